import { z } from '@hono/zod-openapi';
import { CategorySchema, FindingSchema, FixabilitySchema, PERSONAS, PersonaSchema, SeveritySchema } from '../findings/model.js';
import { AGENT_HASH, RunSourceSchema } from '../lake/record.js';
import { TRIAGE_STATUSES } from '../findings/kinds.js';
import { AgentReportSchema, HealFileSchema, HealNoteSchema, HealTotalsSchema, SummarySchema, VerdictSchema } from '../report/model.js';
import { TriageEntrySchema } from '../triage/history.js';

/**
 * Every request and response of the cockpit HTTP API (issue 7), as zod schemas: the routes validate
 * with them, the OpenAPI document is generated from them, the tests parse responses with them, and
 * the dashboard imports their types (`import type` only).
 */

const count = () => z.number().int().min(0);

export const ErrorSchema = z.object({ error: z.string().describe('one line, never a stack') }).openapi('Error');

export const HealthSchema = z
  .object({
    ok: z.literal(true),
    version: z.string(),
    lake: z.string().describe('the lake folder as shown to the user'),
    agents: count(),
  })
  .openapi('Health');

const SeverityCountsSchema = z.object({ error: count(), warning: count(), note: count() });

const VerdictCountsSchema = z.object({ pass: count(), 'security-block': count(), 'policy-block': count(), failed: count() });

const TrendPointSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('UTC day'),
  findings: count(),
  error: count(),
  warning: count(),
  note: count(),
  agents: count().describe('agents with a record up to that day'),
});

const RunPointSchema = z.object({
  runId: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().describe("the run's last record"),
  audited: count().describe('agents this run audited (agents whose files had not changed keep their previous record)'),
  agents: count().describe('agents with a record up to this run'),
  findings: count().describe("every agent's findings after this run: its own record, or its previous one"),
  error: count(),
  warning: count(),
  note: count(),
  new: count().describe("findings whose fingerprint the agent's previous record did not have"),
  fixed: count().describe("findings of the agent's previous record that this run no longer found"),
  unchanged: count().describe('findings after this run that were there before it'),
});

const RollupCountsSchema = z.object({
  agents: count(),
  blocked: count().describe('agents whose verdict is not pass: a security or policy block, or a failed audit'),
  findings: count(),
  error: count(),
  warning: count(),
  note: count(),
});

const FolderRollupSchema = RollupCountsSchema.extend({
  folder: z.string().describe("the agent's parent folder cut to two segments (`teams/risk`, `apps`); an agent directly under the root is its own folder, the root `.`"),
});

const OwnerRollupSchema = RollupCountsSchema.extend({ owner: z.string().describe('as CODEOWNERS or an agent\'s cockpit.yaml names it') });

const FindingsBucketSchema = z.object({
  label: z.string(),
  min: count(),
  max: count().optional().describe('absent for the last bucket (and more)'),
  agents: count(),
});

const FrameworkCountSchema = z.object({
  name: z.string(),
  agents: count(),
  verdicts: VerdictCountsSchema.describe('the same agents by verdict'),
});

export const FleetSchema = z
  .object({
    root: z.string(),
    generatedAt: z.iso.datetime(),
    verdict: VerdictSchema,
    exitCode: z.number().int().min(0).max(3),
    summary: SummarySchema,
    verdicts: VerdictCountsSchema,
    topRules: z.array(z.object({ ruleId: z.string(), title: z.string(), count: count() })).describe('at most 10, most findings first'),
    frameworks: z.array(FrameworkCountSchema),
    trend: z.array(TrendPointSchema).describe('per day: the last record of each agent up to that day, summed'),
    folders: z.array(FolderRollupSchema).describe('agents and findings per folder, most blocked agents first'),
    owners: z
      .array(OwnerRollupSchema)
      .optional()
      .describe('agents and findings per owner (an agent with two owners counts for both), most blocked first; only when the server has the workspace to read owners from'),
    unowned: RollupCountsSchema.optional().describe('the agents nobody owns, with owners'),
    findingsPerAgent: z.array(FindingsBucketSchema).describe('how many agents have 0, 1, 2–4, 5–9 and 10 or more findings'),
    runs: z.array(RunPointSchema).optional().describe('with ?runs=N: the last N audit runs, oldest first, with new, fixed and unchanged findings'),
  })
  .openapi('Fleet');

// Query values arrive as strings: numbers are coerced, enums are checked, anything else is a 400.
const limit = (fallback: number) =>
  z.coerce.number().int().min(1).max(500).default(fallback).openapi({ type: 'integer', minimum: 1, maximum: 500, default: fallback });
const offset = () => z.coerce.number().int().min(0).default(0).openapi({ type: 'integer', minimum: 0, default: 0 });

export const FleetQuerySchema = z.object({
  runs: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: 100, description: 'also list the last N audit runs (reads every agent history)' }),
});

const AgentIdSchema = z
  .string()
  .regex(AGENT_HASH, 'is not an agent hash (16 hex characters)')
  .openapi({ example: '4a444cfc357afaf3', description: 'the agent hash' });

const RuleIdSchema = z.string().max(200).regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'is not a rule id (category/slug)');
const FrameworkNameSchema = z.string().max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'is not a framework name');

const AGENT_SORTS = ['name', 'path', 'verdict', 'findings', 'errors', 'warnings', 'lastAudit'] as const;

/** An owner as CODEOWNERS or an agent's cockpit.yaml names it (`@org/team`, e-mail), any case; needs the server's workspace. */
const OwnerFilterSchema = z.string().min(1).max(200).optional().describe("agents this owner owns now (CODEOWNERS or the agent's cockpit.yaml `owners`), case-insensitive; needs the server's workspace");
/** Agents at this path or below it, by whole segments (`teams/risk` holds `teams/risk/fraud`, not `teams/risky`). */
const FolderFilterSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
  .optional()
  .describe('agents at this path or below it (a path prefix by whole segments), as the overview\'s folder roll-up names them');
/** A verdict, or `blocked`: any verdict but pass (the roll-ups' Blocked column). */
const VerdictFilterSchema = z.enum([...VerdictSchema.options, 'blocked']).optional();

export const AgentQuerySchema = z.object({
  verdict: VerdictFilterSchema.describe('agents with this verdict; `blocked`: any verdict but pass (the agents that fail CI)'),
  owner: OwnerFilterSchema,
  folder: FolderFilterSchema,
  persona: PersonaSchema.optional().describe('agents with at least one finding for this persona'),
  framework: FrameworkNameSchema.optional(),
  rule: RuleIdSchema.optional().describe('agents with at least one finding of this rule'),
  // NUL cannot reach a PostgreSQL text value, nor any control character a name or path: refused here as a 400.
  q: z.string().max(200).regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters').optional().describe('name or path substring, case-insensitive'),
  sort: z.enum(AGENT_SORTS).default('path'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: limit(50),
  offset: offset(),
});

const AgentRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  repository: z.string().optional().describe('the repository the agent belongs to (owner/name), when its record says'),
  kind: AgentReportSchema.shape.kind,
  language: AgentReportSchema.shape.language,
  frameworks: z.array(z.string()),
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3),
  findings: count(),
  bySeverity: SeverityCountsSchema,
  byPersona: z.object(Object.fromEntries(PERSONAS.map((persona) => [persona, count()])) as { [K in (typeof PERSONAS)[number]]: z.ZodNumber }),
  lastAudit: z.iso.datetime(),
});

export const AgentListSchema = z.object({ total: count(), items: z.array(AgentRowSchema) }).openapi('AgentList');

export const AgentParamsSchema = z.object({ id: AgentIdSchema.openapi({ param: { name: 'id', in: 'path' } }) });

const ExcerptSchema = z.object({
  startLine: z.number().int().min(1),
  lines: z.array(z.string()).describe('redacted like report snippets'),
});

const ExcerptMarkSchema = z.object({
  line: z.number().int().min(1),
  start: z.number().int().min(0).describe('UTF-16 offset into the shown (redacted) line'),
  end: z.number().int().min(1).describe('exclusive'),
});

const ExcerptGroupSchema = z.object({
  file: z.string(),
  startLine: z.number().int().min(1),
  lines: z.array(z.string()).describe('redacted like report snippets'),
  findings: z
    .array(
      z.object({
        fingerprint: z.string(),
        marks: z.array(ExcerptMarkSchema).describe("the finding's span on each shown line it covers"),
        first: z.number().int().min(1).describe("the first line of the finding's own window (its lines with context), inside the excerpt"),
        last: z.number().int().min(1).describe("the last line of the finding's own window"),
      }),
    )
    .describe('every active finding the excerpt is shown for, in order of position'),
});

/** How long a finding has been there, by fingerprint over its agent's runs (src/server/finding-age.ts). */
const FindingAgeSchema = z.object({
  firstSeen: z.iso.datetime().describe("when the agent's first run whose findings hold this fingerprint finished"),
  firstRunId: z.string(),
  ageDays: count().describe('whole days from firstSeen to now'),
});

/** A fingerprint an earlier run of the agent had and its latest run no longer has. */
const FixedFindingSchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  file: z.string().describe('where it was when last found'),
  line: z.number().int().min(1),
  firstSeen: z.iso.datetime(),
  fixedAt: z.iso.datetime().describe('when the first run that no longer had it finished'),
  fixedRunId: z.string(),
  daysToFix: count().describe('whole days from firstSeen to fixedAt'),
});

export const AgentDetailSchema = z
  .object({
    agent: AgentReportSchema,
    record: z.object({
      runId: z.string(),
      startedAt: z.iso.datetime(),
      finishedAt: z.iso.datetime(),
      tool: z.object({ name: z.string(), version: z.string() }),
      source: RunSourceSchema.optional(),
    }),
    ages: z.record(z.string(), FindingAgeSchema).describe("by finding fingerprint: when the agent's runs first had it, and its age"),
    fixed: z.array(FixedFindingSchema).describe('findings earlier runs had and the latest no longer has, newest fix first (at most 25), with the time each took to fix'),
    excerpts: z.record(z.string(), ExcerptSchema).describe("each finding's own lines, by finding fingerprint; omitted when the file cannot be read"),
    excerptGroups: z
      .array(ExcerptGroupSchema)
      .describe('the active findings by excerpt, as the agent page shows them: findings whose lines overlap share one excerpt, each span marked'),
    codeLinks: z.record(z.string(), z.string()).describe("by finding fingerprint: the finding's lines on GitHub or GitLab at the audited commit, when the record names both"),
  })
  .openapi('AgentDetail');

const HistoryPointSchema = z.object({
  runId: z.string(),
  finishedAt: z.iso.datetime(),
  verdict: VerdictSchema,
  findings: count(),
  error: count(),
  warning: count(),
  note: count(),
  // By fingerprint against the agent's previous run (the first run: every finding is new). The
  // PostgreSQL store's history, answered from columns, does not have them yet.
  new: count().optional().describe('findings whose fingerprint the previous run did not have'),
  fixed: count().optional().describe("the previous run's findings this run no longer has"),
  unchanged: count().optional().describe('findings the previous run had too'),
});

export const AgentHistorySchema = z.object({ items: z.array(HistoryPointSchema).describe('oldest first') }).openapi('AgentHistory');


export const FindingsQuerySchema = z.object({
  severity: SeveritySchema.optional(),
  persona: PersonaSchema.optional(),
  category: CategorySchema.optional(),
  rule: RuleIdSchema.optional(),
  agent: AgentIdSchema.optional(),
  owner: OwnerFilterSchema,
  folder: FolderFilterSchema,
  verdict: VerdictFilterSchema.describe("findings of agents with this verdict; `blocked`: any verdict but pass (the agents that fail CI)"),
  limit: limit(100),
  offset: offset(),
});

export const FindingRowSchema = z.object({
  agentId: z.string(),
  agentName: z.string(),
  agentPath: z.string(),
  /** Who owns the agent now (CODEOWNERS or its cockpit.yaml), when the server has the workspace to read them. */
  owners: z.array(z.string()).optional(),
  finding: FindingSchema,
  codeUrl: z.string().optional().describe("the finding's lines on GitHub or GitLab at the audited commit, when the agent's record names both"),
  firstSeen: z.iso.datetime().optional().describe("when the agent's first run whose findings hold this fingerprint finished"),
  ageDays: count().optional().describe('whole days from firstSeen to now'),
});

export const FindingListSchema = z.object({ total: count(), items: z.array(FindingRowSchema) }).openapi('FindingList');

const RuleDocSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: CategorySchema,
  persona: PersonaSchema,
  severity: SeveritySchema,
  fixability: FixabilitySchema,
  precision: z.enum(['very-high', 'high', 'medium', 'low']),
  description: z.string(),
  remediation: z.string(),
  tags: z.array(z.string()).describe('OWASP LLM / Agentic and CWE references'),
  frameworks: z.array(z.string()),
  securitySeverity: z.number().optional(),
  docsUrl: z.string().optional().describe("where the framework documents the safe form"),
  docs: z.string().describe('markdown: description, remediation, references'),
});

const RuleGroupSchema = z.object({
  category: CategorySchema,
  findings: count().describe("the fleet's active findings of the group's rules"),
  ruleIds: z.array(z.string()).describe('most findings first, then by id'),
  collapsed: z.boolean().describe('shown folded (the secret detectors: many rules, one job)'),
});

export const RuleListSchema = z
  .object({
    items: z.array(RuleDocSchema.extend({ findings: count().describe("the fleet's active findings of this rule now") })),
    groups: z.array(RuleGroupSchema).describe('by category: the agent rules first, the secret detectors last'),
  })
  .openapi('RuleList');

export const HealPreviewSchema = z
  .object({
    dryRun: z.literal(true),
    totals: HealTotalsSchema,
    notes: z.array(HealNoteSchema),
    files: z.array(HealFileSchema),
  })
  .openapi('HealPreview');

const AuditIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'is not an audit id (16 hex characters)');

export const AuditParamsSchema = z.object({ id: AuditIdSchema.openapi({ param: { name: 'id', in: 'path' } }) });

const AuditStatusSchema = z.enum(['running', 'done', 'failed', 'cancelled']);

/** Finding agents (the walk and discovery), checking which changed (digests), auditing, writing the records at the end. */
const AuditPhaseSchema = z.enum(['discovering', 'checking', 'auditing', 'writing']);

export const AuditStartBodySchema = z.object({}).strict().openapi('AuditStartBody');

export const AuditCancelBodySchema = z.object({}).strict().openapi('AuditCancelBody');

const AuditAgentChangeSchema = z.object({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  new: count(),
  fixed: count(),
  /** Absent for an agent the lake had no record of. */
  verdictBefore: VerdictSchema.optional(),
  verdict: VerdictSchema,
});

/** What a finished audit changed against each agent's record before it, by finding fingerprint. */
const AuditChangesSchema = z
  .object({
    compared: count().describe('agents of this run the lake had a record of before it'),
    new: count().describe('findings whose fingerprint the agent\'s previous record did not have'),
    fixed: count().describe("findings of the previous records this run no longer has"),
    unchanged: count(),
    changedAgents: count().describe('agents with a new or fixed finding, or another verdict'),
    verdictChanges: count().describe('agents whose verdict is not the one before (new agents included)'),
    agents: z.array(AuditAgentChangeSchema).describe('the changed agents, verdict changes first, then most changed; at most 20'),
  })
  .openapi('AuditChanges');

export const AuditStartedSchema = z.object({ id: z.string(), status: z.literal('running') }).openapi('AuditStarted');

export const AuditConflictSchema = z
  .object({ id: z.string().optional(), status: AuditStatusSchema.optional(), error: z.string() })
  .openapi('AuditConflict');

export const AuditStateSchema = z
  .object({
    id: z.string(),
    status: AuditStatusSchema,
    done: count(),
    total: count(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().optional(),
    phase: AuditPhaseSchema.optional().describe('what a running audit is doing'),
    exitCode: z.number().int().min(0).max(3).optional(),
    verdict: VerdictSchema.optional(),
    error: z.string().optional(),
    changes: AuditChangesSchema.optional().describe('a finished audit: what it changed'),
  })
  .openapi('AuditState');

/** The `data` of each Server-Sent Event of `/api/audits/{id}/events`, by event name. */
export const AuditStartEventSchema = z.object({ total: count() });
export const AuditPhaseEventSchema = z.object({ phase: AuditPhaseSchema });
export const AuditProgressEventSchema = z.object({
  done: count(),
  total: count(),
  agent: z.string(),
  verdict: VerdictSchema,
  cached: z.boolean(),
  /** Time left at the rate of the agents audited so far; given once a few were audited (not taken from the cache). */
  etaMs: count().optional(),
});
export const AuditDoneEventSchema = z.object({ exitCode: z.number().int().min(0).max(3), verdict: VerdictSchema, agents: count(), changes: AuditChangesSchema.optional() });
export const AuditCancelledEventSchema = z.object({ done: count(), total: count() });
const AuditErrorEventSchema = z.object({ error: z.string() });

export type Health = z.infer<typeof HealthSchema>;
export type Fleet = z.infer<typeof FleetSchema>;
export type TrendPoint = z.infer<typeof TrendPointSchema>;
export type RollupCounts = z.infer<typeof RollupCountsSchema>;
export type FolderRollup = z.infer<typeof FolderRollupSchema>;
export type OwnerRollup = z.infer<typeof OwnerRollupSchema>;
export type FindingsBucket = z.infer<typeof FindingsBucketSchema>;
export type FrameworkCount = z.infer<typeof FrameworkCountSchema>;
export type AgentQuery = z.infer<typeof AgentQuerySchema>;
export type AgentRow = z.infer<typeof AgentRowSchema>;
export type AgentList = z.infer<typeof AgentListSchema>;
export type Excerpt = z.infer<typeof ExcerptSchema>;
export type ExcerptGroup = z.infer<typeof ExcerptGroupSchema>;
export type AgentDetail = z.infer<typeof AgentDetailSchema>;
export type HistoryPoint = z.infer<typeof HistoryPointSchema>;
export type FindingAge = z.infer<typeof FindingAgeSchema>;
export type FixedFinding = z.infer<typeof FixedFindingSchema>;
export type RunPoint = z.infer<typeof RunPointSchema>;
export type FindingsQuery = z.infer<typeof FindingsQuerySchema>;
export type FindingRow = z.infer<typeof FindingRowSchema>;
export type FindingList = z.infer<typeof FindingListSchema>;
export type RuleDoc = z.infer<typeof RuleDocSchema>;
export type RuleList = z.infer<typeof RuleListSchema>;
export type RuleGroup = z.infer<typeof RuleGroupSchema>;
export type HealPreview = z.infer<typeof HealPreviewSchema>;
export type AuditState = z.infer<typeof AuditStateSchema>;
export type AuditStartEvent = z.infer<typeof AuditStartEventSchema>;
export type AuditPhaseEvent = z.infer<typeof AuditPhaseEventSchema>;
export type AuditCancelledEvent = z.infer<typeof AuditCancelledEventSchema>;
export type AuditChanges = z.infer<typeof AuditChangesSchema>;
export type AuditProgressEvent = z.infer<typeof AuditProgressEventSchema>;
export type AuditDoneEvent = z.infer<typeof AuditDoneEventSchema>;
export type AuditErrorEvent = z.infer<typeof AuditErrorEventSchema>;

/** POST /api/triage: one decision about one finding (docs/BASELINES.md, Triage). */
export const TriageBodySchema = z
  .object({
    fingerprint: z.string().regex(/^[0-9a-f]{6,32}$/).describe('the finding\'s fingerprint, or a prefix of at least 6 characters that names one finding in the lake'),
    status: z.enum(TRIAGE_STATUSES),
    reason: z.string().min(3).max(2000),
    expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('the last day (UTC) the decision holds'),
    author: z.string().min(1).max(200).optional().describe('who decides (default: dashboard)'),
  })
  .strict()
  .openapi('TriageBody');

export const TriageDecisionSchema = z
  .object({
    fingerprint: z.string(),
    status: z.enum(TRIAGE_STATUSES),
    reason: z.string(),
    author: z.string(),
    decidedAt: z.string(),
    expires: z.string().optional(),
    ruleId: z.string().optional(),
    agent: z.string().optional(),
    file: z.string().optional(),
    line: z.number().int().optional(),
    triageFile: z.string().describe('where the decision was written, as the server shows its workspace'),
  })
  .openapi('TriageDecision');
export type TriageDecision = z.infer<typeof TriageDecisionSchema>;

/** GET /api/triage: the decisions of the workspace's triage file and what became of each. */
export const TriageQuerySchema = z.object({
  agent: AgentIdSchema.optional().describe("only the decisions about this agent's findings"),
  fingerprint: z.string().regex(/^[0-9a-f]{6,32}$/, 'is not a fingerprint (6 to 32 hex characters)').optional().describe('only the decisions about this fingerprint (or prefix)'),
});

export const TriageHistorySchema = z
  .object({
    triageFile: z.string().nullable().describe('the triage file, as the server shows its workspace; null when the server has no workspace (no decisions to read)'),
    inForce: count().describe('decisions that hold today'),
    expired: count().describe('decisions whose last day has passed: their findings gate again'),
    entries: z.array(TriageEntrySchema).describe('every decision and revocation that matches, newest first'),
  })
  .openapi('TriageHistory');
export type TriageHistory = z.infer<typeof TriageHistorySchema>;
