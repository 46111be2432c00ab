import { z } from 'zod';
import { FindingCommitteeSchema } from './committee.js';

import { CATEGORIES, FIXABILITIES, PERSONAS, SEVERITIES, TRIAGE_STATUSES } from './kinds.js';

export { CATEGORIES, FIXABILITIES, PERSONAS, SEVERITIES };

export const SeveritySchema = z.enum(SEVERITIES);
export const CategorySchema = z.enum(CATEGORIES);
export const PersonaSchema = z.enum(PERSONAS);
export const FixabilitySchema = z.enum(FIXABILITIES);

export type Severity = z.infer<typeof SeveritySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type Fixability = z.infer<typeof FixabilitySchema>;

/** 1-based lines and columns, end inclusive of the last character's line, end column exclusive. */
const RegionSchema = z.object({
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});
export type Region = z.infer<typeof RegionSchema>;

const SuppressionSchema = z.discriminatedUnion('kind', [
  /** A `cockpit: ignore[...] reason` comment in the code. */
  z.object({ kind: z.literal('inline'), reason: z.string() }),
  /** A decision in the triage file (`ops triage`, the dashboard), in force until it expires or is revoked. */
  z.object({
    kind: z.literal('triage'),
    status: z.enum(TRIAGE_STATUSES),
    reason: z.string(),
    author: z.string(),
    decidedAt: z.string(),
    expires: z.string().optional(),
  }),
]);
export type Suppression = z.infer<typeof SuppressionSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  message: z.string(),
  /** POSIX path relative to the audited root. */
  file: z.string(),
  region: RegionSchema,
  severity: SeveritySchema,
  category: CategorySchema,
  persona: PersonaSchema,
  fixability: FixabilitySchema,
  remediation: z.string(),
  /** Stable across line moves: rule + path + normalised matched content (never the raw secret). */
  fingerprint: z.string(),
  /** The matched line with any secret redacted. */
  snippet: z.string().optional(),
  tags: z.array(z.string()).default([]),
  /** What the one-click fix changes, when the cockpit can heal this finding itself. */
  fix: z.string().optional(),
  suppression: SuppressionSchema.optional(),
  /** With a committee (--import-sarif, cockpit.yaml `committee:`): every auditor's vote and the quorum (docs/COMMITTEE.md). */
  committee: FindingCommitteeSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A half-open UTF-16 range in the file text whose content must never be shown, and what to show instead. */
export interface SensitiveSpan {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}
