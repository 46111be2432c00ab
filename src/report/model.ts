import { z } from 'zod';
import {
  CATEGORIES,
  FindingSchema,
  FIXABILITIES,
  PERSONAS,
  SEVERITIES,
  type Category,
  type Finding,
} from '../findings/model.js';

/** The JSON report: a public contract (docs/report.schema.json is generated from this schema). */
export const REPORT_SCHEMA_VERSION = 1;

const countsOf = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().min(0)])) as { [K in T[number]]: z.ZodNumber });

export const PersonaVerdictSchema = z.enum(['approved', 'approved-with-warnings', 'blocked']);

/** One row of the Persona Matrix: what each persona would say about shipping this. */
export const PersonaRowSchema = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  note: z.number().int().min(0),
  oneClick: z.number().int().min(0),
  structural: z.number().int().min(0),
  verdict: PersonaVerdictSchema,
});

export const PersonaMatrixSchema = z.object(
  Object.fromEntries(PERSONAS.map((persona) => [persona, PersonaRowSchema])) as { [K in (typeof PERSONAS)[number]]: typeof PersonaRowSchema },
);

export const SummarySchema = z.object({
  agents: z.number().int().min(0),
  findings: z.number().int().min(0).describe('findings that count for the gate'),
  suppressed: z.number().int().min(0),
  bySeverity: countsOf(SEVERITIES),
  byCategory: countsOf(CATEGORIES),
  byPersona: countsOf(PERSONAS),
  byFixability: countsOf(FIXABILITIES),
  personaMatrix: PersonaMatrixSchema,
});

export const VerdictSchema = z.enum(['pass', 'security-block', 'policy-block', 'failed']);

export const AgentReportSchema = z.object({
  id: z.string().describe('the agent hash: stable across machines'),
  name: z.string(),
  path: z.string().describe('POSIX, relative to the audited root'),
  entrypoint: z.string().nullable().describe('POSIX, relative to the agent path'),
  language: z.enum(['python', 'typescript', 'javascript', 'mixed', 'unknown']),
  frameworks: z.array(z.string()),
  verdict: VerdictSchema,
  exitCode: z.number().int().min(0).max(3),
  stats: z.object({
    filesScanned: z.number().int().min(0),
    bytesScanned: z.number().int().min(0),
    filesSkipped: z.number().int().min(0),
  }),
  findings: z.array(FindingSchema),
  suppressed: z.array(FindingSchema),
  /** Why the audit of this agent failed (verdict `failed`, exit 3). */
  error: z.string().optional(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  root: z.string().describe('the audited root as given, POSIX'),
  exitCode: z.number().int().min(0).max(3),
  verdict: VerdictSchema,
  summary: SummarySchema,
  /** Set for a partial run of a CI matrix: `K/N`. */
  shard: z.string().optional(),
  /** With --heal: the plan (dry run) or what was applied, one unified diff per file. */
  heal: z
    .object({
      dryRun: z.boolean(),
      /** After applying: findings of the audit before healing that the re-audit no longer reports. */
      resolved: z.number().int().min(0).optional(),
      /** After applying with --branch: the branch the fixes were committed on. */
      branch: z.string().optional(),
      totals: z.object({ fixes: z.number(), files: z.number(), dropped: z.number(), skippedFiles: z.number() }),
      files: z.array(
        z.object({
          agent: z.string(),
          file: z.string(),
          fixes: z.array(z.object({ ruleId: z.string(), fingerprint: z.string(), description: z.string() })),
          dropped: z.array(z.object({ ruleId: z.string(), description: z.string(), reason: z.string() })),
          skipped: z.string().optional(),
          diff: z.string(),
        }),
      ),
    })
    .optional(),
  agents: z.array(AgentReportSchema),
});

export type Summary = z.infer<typeof SummarySchema>;
export type PersonaMatrix = z.infer<typeof PersonaMatrixSchema>;
export type AgentReport = z.infer<typeof AgentReportSchema>;
export type Report = z.infer<typeof ReportSchema>;

function zeroCounts<T extends readonly string[]>(keys: T): Record<T[number], number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<T[number], number>;
}

/** The Persona Matrix of a set of findings; a persona blocks when any of its findings is an error. */
export function personaMatrix(findings: readonly Finding[]): PersonaMatrix {
  const matrix = Object.fromEntries(
    PERSONAS.map((persona) => [persona, { error: 0, warning: 0, note: 0, oneClick: 0, structural: 0, verdict: 'approved' }]),
  ) as PersonaMatrix;
  for (const finding of findings) {
    const row = matrix[finding.persona];
    row[finding.severity]++;
    if (finding.fixability === 'one-click') row.oneClick++;
    else row.structural++;
  }
  for (const row of Object.values(matrix)) {
    row.verdict = row.error > 0 ? 'blocked' : row.warning > 0 ? 'approved-with-warnings' : 'approved';
  }
  return matrix;
}

export function summarise(agents: readonly AgentReport[]): Summary {
  const summary: Summary = {
    agents: agents.length,
    findings: 0,
    suppressed: 0,
    bySeverity: zeroCounts(SEVERITIES),
    byCategory: zeroCounts(CATEGORIES) as Record<Category, number>,
    byPersona: zeroCounts(PERSONAS),
    byFixability: zeroCounts(FIXABILITIES),
    personaMatrix: personaMatrix(agents.flatMap((agent) => agent.findings)),
  };
  for (const agent of agents) {
    summary.suppressed += agent.suppressed.length;
    for (const finding of agent.findings as Finding[]) {
      summary.findings++;
      summary.bySeverity[finding.severity]++;
      summary.byCategory[finding.category]++;
      summary.byPersona[finding.persona]++;
      summary.byFixability[finding.fixability]++;
    }
  }
  return summary;
}
