import { z } from 'zod';
import { CategorySchema, FixabilitySchema, PersonaSchema, SeveritySchema, type Finding } from '../findings/model.js';
import { EntryKindSchema, HealFileSchema, HealNoteSchema, HealTotalsSchema, SummarySchema, VerdictSchema, type AgentReport } from '../report/model.js';
import { RULES } from '../rules/index.js';
import { TriageEntrySchema } from '../triage/history.js';

/**
 * Rule ids the input descriptions show as examples: taken from the registry, so a renamed or removed rule
 * cannot leave a schema pointing a client at an id that does not exist (src/mcp/schemas.test.ts).
 */
export const EXAMPLE_RULE_ID = (RULES.find((rule) => rule.id.startsWith('reliability/') && rule.id.includes('timeout')) ?? RULES[0]!).id;
export const EXAMPLE_SECRET_RULE_ID = (RULES.find((rule) => rule.id.startsWith('secret/')) ?? RULES[0]!).id;

/**
 * Input and output schemas of the MCP tools (zod raw shapes, as `registerTool` takes them). Outputs
 * reuse the report's own schemas where they exist, so a tool result and `ops report --format json`
 * describe the same things the same way.
 */

const pathInput = z
  .string()
  .max(4096)
  .describe("folder relative to the server's root (ops mcp --root), e.g. `agents/support-bot`; `.` is the root itself");

export const AuditAgentInput = { path: pathInput };

export const AuditWorkspaceInput = {
  path: pathInput.optional().describe("workspace folder relative to the server's root; default: the root"),
  shard: z.string().max(32).optional().describe('audit only the K-th of N deterministic slices of the fleet, e.g. `2/4`'),
  includePassing: z.boolean().optional().describe('also list every passing agent in `agents` (default: passing agents are only counted, in `passing`)'),
};

export const ListFindingsInput = {
  path: pathInput,
  severity: SeveritySchema.optional().describe('only findings of this severity'),
  rule: z.string().max(200).optional().describe(`a rule id (\`${EXAMPLE_SECRET_RULE_ID}\`) or an id prefix ending in \`/\` (\`secret/\`)`),
  persona: PersonaSchema.optional().describe('only findings for this persona'),
  limit: z.number().int().min(1).max(1000).optional().describe('at most this many findings (default 100)'),
};

export const ExplainRuleInput = {
  ruleId: z.string().min(1).max(200).describe(`the rule id as findings show it, e.g. \`${EXAMPLE_RULE_ID}\``),
};

export const ListTriageInput = {
  path: pathInput.optional().describe("the audited folder whose `.cockpit/triage.json` to read, relative to the server's root; default: the root"),
  fingerprint: z.string().max(64).optional().describe('only the decisions about this fingerprint, or a prefix of it'),
  limit: z.number().int().min(1).max(1000).optional().describe('at most this many entries, newest first (default 100)'),
};

export const PreviewHealInput = {
  path: pathInput,
  force: z.boolean().optional().describe('plan files with uncommitted git changes too (as `--heal --force` would); still writes nothing'),
};

/** One finding as a coding agent needs it: where, what, why, and how to fix it. */
const FindingViewSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  persona: PersonaSchema,
  category: CategorySchema,
  file: z.string().describe("POSIX, relative to the server's root"),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  message: z.string(),
  remediation: z.string(),
  fixability: FixabilitySchema,
  fix: z.string().optional().describe('what the one-click fix changes (see preview_heal)'),
  snippet: z.string().optional().describe('the matched line, secrets and personal data redacted'),
  fingerprint: z.string(),
});
export type FindingView = z.infer<typeof FindingViewSchema>;

const AgentIdentitySchema = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  frameworks: z.array(z.string()),
  entrypoint: z.string().nullable(),
});

export const AuditAgentOutput = {
  path: z.string(),
  agent: AgentIdentitySchema,
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3).describe('0 pass, 1 secret/PII, 2 blocking policy finding, 3 audit failed'),
  summary: SummarySchema,
  filesScanned: z.number().int().min(0),
  filesSkipped: z.number().int().min(0),
  findings: z.array(FindingViewSchema),
  truncated: z.boolean().describe('more findings exist than shown; use list_findings with filters'),
};

/** A finding that blocks an agent, as the fleet answer names it: where and what (the fix is in `fixes`, once per rule). */
const BlockingFindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  file: z.string(),
  line: z.number().int().min(1),
  message: z.string(),
  fixability: FixabilitySchema,
});
export type BlockingFinding = z.infer<typeof BlockingFindingSchema>;

export const AuditWorkspaceOutput = {
  path: z.string(),
  shard: z.string().optional(),
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3),
  summary: SummarySchema,
  passing: z.number().int().min(0).describe('entries that pass (listed in `agents` only with includePassing)'),
  truncated: z.boolean().describe('more blocked or failed entries exist than `agents` lists; audit_agent or list_findings on a path for the rest'),
  fixes: z.array(z.object({ ruleId: z.string(), remediation: z.string() })).describe('how to fix each rule that appears in a `blocking` list, once per rule'),
  agents: z.array(
    z.object({
      path: z.string(),
      name: z.string(),
      kind: EntryKindSchema.optional(),
      verdict: VerdictSchema,
      exitCode: z.number().int().min(0).max(3),
      findings: z.number().int().min(0),
      errors: z.number().int().min(0),
      warnings: z.number().int().min(0),
      notes: z.number().int().min(0),
      error: z.string().optional().describe('why the audit of this agent failed'),
      blocking: z.array(BlockingFindingSchema).optional().describe('a blocked entry\'s first blocking findings (errors first), with the fix advice'),
      moreBlocking: z.number().int().min(0).optional().describe('blocking findings not listed in `blocking`'),
    }),
  ).describe('the blocked and failed entries (at most 25), and with includePassing every entry'),
};

export const ListFindingsOutput = {
  path: z.string(),
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3),
  total: z.number().int().min(0).describe('findings of the audit before filtering'),
  matched: z.number().int().min(0),
  truncated: z.boolean(),
  findings: z.array(FindingViewSchema),
};

export const ExplainRuleOutput = {
  id: z.string(),
  title: z.string(),
  persona: PersonaSchema,
  category: CategorySchema,
  severity: SeveritySchema,
  fixability: FixabilitySchema,
  precision: z.enum(['very-high', 'high', 'medium', 'low']),
  description: z.string(),
  remediation: z.string(),
  tags: z.array(z.string()),
  frameworks: z.array(z.string()),
  docsUrl: z.string().optional(),
  securitySeverity: z.number().optional(),
  docs: z.string().describe('Markdown, as docs/RULES.md shows the rule'),
};

export const ListTriageOutput = {
  path: z.string(),
  triageFile: z.string().describe("the triage file, relative to the server's root"),
  exists: z.boolean().describe('false: no decisions were ever recorded here'),
  inForce: z.number().int().min(0).describe('decisions that hold today: their findings do not count for the gate'),
  expired: z.number().int().min(0).describe('decisions whose last day has passed: their findings gate again'),
  matched: z.number().int().min(0),
  truncated: z.boolean(),
  entries: z.array(TriageEntrySchema).describe('decisions (with their state: in-force, expired, revoked, replaced) and revocations, newest first'),
};

export const PreviewHealOutput = {
  path: z.string(),
  dryRun: z.literal(true),
  findings: z.number().int().min(0).describe('findings of the audit the plan was made from'),
  totals: HealTotalsSchema,
  notes: z.array(HealNoteSchema).describe('keys to rotate, packages to declare by hand'),
  files: z.array(HealFileSchema),
};

export function findingView(finding: Finding): FindingView {
  return {
    ruleId: finding.ruleId,
    title: finding.title,
    severity: finding.severity,
    persona: finding.persona,
    category: finding.category,
    file: finding.file,
    line: finding.region.startLine,
    column: finding.region.startColumn,
    endLine: finding.region.endLine,
    message: finding.message,
    remediation: finding.remediation,
    fixability: finding.fixability,
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...(finding.snippet !== undefined ? { snippet: finding.snippet } : {}),
    fingerprint: finding.fingerprint,
  };
}

export function blockingFinding(finding: Finding): BlockingFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: finding.file,
    line: finding.region.startLine,
    message: finding.message,
    fixability: finding.fixability,
  };
}

export function agentIdentity(agent: AgentReport): z.infer<typeof AgentIdentitySchema> {
  return { id: agent.id, name: agent.name, language: agent.language, frameworks: agent.frameworks, entrypoint: agent.entrypoint };
}
