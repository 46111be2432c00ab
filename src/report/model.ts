import { z } from 'zod';
import { CATEGORIES, FindingSchema, FIXABILITIES, PERSONAS, SEVERITIES } from '../findings/model.js';
import { REPORT_SCHEMA_VERSION } from './summary.js';
import { CommitteeRunSchema } from '../findings/committee.js';

// The helpers that build reports live in summary.ts (no zod), so rendering a report loads no schema.
export { isRepositoryEntry,   summarise } from './summary.js';

const countsOf = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().min(0)])) as { [K in T[number]]: z.ZodNumber });

const PersonaVerdictSchema = z.enum(['approved', 'approved-with-warnings', 'blocked']);

/** One row of the Persona Matrix: what each persona would say about shipping this. */
const PersonaRowSchema = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  note: z.number().int().min(0),
  oneClick: z.number().int().min(0),
  structural: z.number().int().min(0),
  verdict: PersonaVerdictSchema,
});

const PersonaMatrixSchema = z.object(
  Object.fromEntries(PERSONAS.map((persona) => [persona, PersonaRowSchema])) as { [K in (typeof PERSONAS)[number]]: typeof PersonaRowSchema },
);

export const SummarySchema = z.object({
  agents: z.number().int().min(0).describe('entries of agents[]: the agents and, when files lie outside them all, the repository entry'),
  findings: z.number().int().min(0).describe('findings that count for the gate'),
  suppressed: z.number().int().min(0),
  bySeverity: countsOf(SEVERITIES),
  byCategory: countsOf(CATEGORIES),
  byPersona: countsOf(PERSONAS),
  byFixability: countsOf(FIXABILITIES),
  personaMatrix: PersonaMatrixSchema,
});

export const VerdictSchema = z.enum(['pass', 'security-block', 'policy-block', 'failed']);

/** What an entry of `agents[]` is; absent means an agent. */
export const EntryKindSchema = z
  .enum(['agent', 'repository'])
  .describe('`repository`: the files outside every agent of a workspace run, scanned for secrets and personal data only; absent for an agent');
export type EntryKind = z.infer<typeof EntryKindSchema>;


/** A file the audit did not scan, and why. */
const SkippedFileSchema = z.object({
  path: z.string().describe('POSIX, relative to the audited root; a folder that could not be listed is named as such'),
  reason: z
    .enum(['lockfile', 'binary-extension', 'binary-content', 'nul-prefixed', 'too-large', 'unreadable', 'unreadable-folder', 'vanished'])
    .describe('`unreadable`, `unreadable-folder` and `nul-prefixed` may hide a secret and fail the audit (exit 3) unless excluded; the others pass'),
});

export const AgentReportSchema = z.object({
  id: z.string().describe('the agent hash: stable across machines'),
  name: z.string(),
  path: z.string().describe('POSIX, relative to the audited root'),
  kind: EntryKindSchema.optional(),
  entrypoint: z.string().nullable().describe('POSIX, relative to the agent path'),
  language: z.enum(['python', 'typescript', 'javascript', 'mixed', 'unknown']),
  frameworks: z.array(z.string()),
  /** Who owns the agent now: its cockpit.yaml `owners`, else the repository's CODEOWNERS. */
  owners: z.array(z.string()).optional(),
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3),
  stats: z.object({
    filesScanned: z.number().int().min(0),
    bytesScanned: z.number().int().min(0),
    filesSkipped: z.number().int().min(0),
  }),
  /** Files not scanned, with the reason; absent in reports from before it was recorded. */
  skipped: z.array(SkippedFileSchema).optional(),
  findings: z.array(FindingSchema),
  suppressed: z.array(FindingSchema),
  /** Why the audit of this agent failed (verdict `failed`, exit 3). */
  error: z.string().optional(),
  /** With --baseline: findings the baseline already lists; shown, not counted for the gate. */
  baselined: z.array(FindingSchema).optional(),
  /** With --changed-since or --staged: findings outside the changed lines and files; shown, not counted. */
  outsideChanges: z.array(FindingSchema).optional(),
  /** With a committee: findings fewer auditors agreed on than their quorum needs; shown, not counted (docs/COMMITTEE.md). */
  belowQuorum: z.array(FindingSchema).optional(),
});

/** A baseline entry as reported (stale entries): identifiers only, never a snippet. */
const BaselineEntryReportSchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  file: z.string(),
  line: z.number().int().min(1).describe('where the finding was when the baseline was made'),
  agent: z.string(),
});

/** With --baseline: how the findings compared with the baseline file. */
const BaselineRunSchema = z.object({
  file: z.string().describe('the baseline file as given'),
  matched: z.number().int().min(0).describe('findings the baseline lists (not counted for the gate)'),
  new: z.number().int().min(0).describe('findings the baseline does not list (these are gated)'),
  stale: z.array(BaselineEntryReportSchema).describe('baseline entries no longer found in the audited agents: fixed, or moved to another file'),
});

/** With a triage file: how many findings its decisions took out of the gate, and which decisions have lapsed. */
const TriageRunSchema = z.object({
  file: z.string().describe('the triage file as given or found'),
  applied: z.number().int().min(0).describe('findings an accepted-risk or false-positive decision took out of the gate (listed as suppressed)'),
  expired: z
    .array(z.object({ fingerprint: z.string(), ruleId: z.string().optional(), file: z.string().optional(), expires: z.string() }))
    .describe('decisions whose expiry has passed: their findings gate again'),
});

/** With --changed-since or --staged: what changed and which agents were therefore audited. */
const ChangesRunSchema = z.object({
  mode: z.enum(['since', 'staged']),
  ref: z.string().optional().describe('the git ref as given (--changed-since)'),
  base: z.string().optional().describe('the commit compared against: the merge base of the ref and HEAD'),
  files: z.array(z.string()).describe('changed files under the root (POSIX, relative to it), deleted ones included'),
  agents: z.array(z.string()).describe('agents with changes: the only ones audited'),
  outside: z.number().int().min(0).describe('findings outside the changed lines (not counted for the gate)'),
});

/** One file of a heal plan: the fixes, what was dropped and why, and the redacted unified diff. */
export const HealFileSchema = z.object({
  agent: z.string(),
  file: z.string(),
  fixes: z.array(z.object({ ruleId: z.string(), fingerprint: z.string(), description: z.string() })),
  dropped: z.array(z.object({ ruleId: z.string(), description: z.string(), reason: z.string() })),
  skipped: z.string().optional(),
  diff: z.string().describe('unified diff, secrets and personal data redacted'),
});
/** What heal cannot do itself: rotate a key it moved out of the code, declare a package by hand. */
export const HealNoteSchema = z.object({ agent: z.string(), kind: z.enum(['rotate-secret', 'undeclared-package']), text: z.string() });
export const HealTotalsSchema = z.object({ fixes: z.number(), files: z.number(), dropped: z.number(), skippedFiles: z.number() });

const EcosystemSchema = z.enum(['pypi', 'npm']);

/** With --resolve: the indexes asked, where each was configured, and every failover. URLs are redacted. */
const RegistryRunSchema = z.object({
  mode: z.enum(['online', 'offline']),
  publicOnly: z.boolean(),
  indexes: z.array(
    z.object({
      ecosystem: EcosystemSchema,
      role: z.enum(['primary', 'extra', 'scoped', 'mirror']),
      scope: z.string().optional(),
      url: z.string(),
      origin: z.string().describe('where the setting came from: a flag, an environment variable, a file and key'),
      hasCredentials: z.boolean(),
      credentialSource: z.string().optional().describe('where the credential came from; never the credential'),
    }),
  ),
  mirrors: z.array(z.object({ ecosystem: EcosystemSchema, url: z.string(), origin: z.string() })),
  failovers: z.array(
    z.object({
      ecosystem: EcosystemSchema,
      index: z.string().describe('the index that refused, failed or answered a broken document'),
      origin: z.string(),
      status: z.number().int().describe('HTTP status of the first failure (401, 403, 500, 200 for a broken document); 0 when there was no HTTP answer'),
      reason: z.string().describe('what happened: refused (401), HTTP 500, timed out after 10 s, redirect loop, answered a login page, …'),
      mirror: z.string().optional().describe('the mirror that answered instead'),
      resolved: z.array(z.string()).describe('packages the mirror had'),
      unresolved: z.array(z.string()).describe('packages no mirror could answer for'),
    }),
  ),
  refused: z.array(
    z.object({ ecosystem: EcosystemSchema, index: z.string(), status: z.number().int(), scope: z.string().optional().describe('the npm scope refused; absent: unscoped names (and every PyPI name)') }),
  ),
  packages: z.object({
    checked: z.number().int().min(0),
    found: z.number().int().min(0),
    missing: z.number().int().min(0),
    unresolved: z.number().int().min(0),
  }),
  requests: z.number().int().min(0),
  fromCache: z.number().int().min(0),
  warnings: z.array(z.string()),
});
export type RegistryRunReport = z.infer<typeof RegistryRunSchema>;
export type ChangesRun = z.infer<typeof ChangesRunSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  root: z.string().describe('the audited root as given, POSIX'),
  exitCode: z.number().int().min(0).max(3),
  verdict: VerdictSchema,
  summary: SummarySchema,
  /** Set for a partial run of a CI matrix: `K/N`. */
  shard: z.string().optional(),
  registry: RegistryRunSchema.optional(),
  baseline: BaselineRunSchema.optional(),
  changes: ChangesRunSchema.optional(),
  /** With --import-sarif or cockpit.yaml `committee:`: the auditors and how they voted (docs/COMMITTEE.md). */
  committee: CommitteeRunSchema.optional(),
  triage: TriageRunSchema.optional(),
  /** With --heal: the plan (dry run) or what was applied, one unified diff per file. */
  heal: z
    .object({
      dryRun: z.boolean(),
      /** After applying: findings of the audit before healing that the re-audit no longer reports. */
      resolved: z.number().int().min(0).optional(),
      /** After applying with --branch: the branch the fixes were committed on. */
      branch: z.string().optional(),
      totals: HealTotalsSchema,
      /** What heal cannot do itself: rotate a key it moved out of the code, declare a package by hand. */
      notes: z.array(HealNoteSchema).default([]),
      files: z.array(HealFileSchema),
    })
    .optional(),
  agents: z.array(AgentReportSchema),
});

export type Summary = z.infer<typeof SummarySchema>;
export type PersonaMatrix = z.infer<typeof PersonaMatrixSchema>;
export type AgentReport = z.infer<typeof AgentReportSchema>;
export type Report = z.infer<typeof ReportSchema>;

/** SARIF's `baselineState` per fingerprint: `new` findings are gated, `unchanged` ones were there before. */
export type BaselineState = 'new' | 'unchanged';
