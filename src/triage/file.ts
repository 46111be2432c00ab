import { z } from 'zod';
import { describeWriteError, writeFileAtomic } from '../util/atomic-write.js';
import { CockpitError } from '../util/errors.js';
import { InputFileError, readRegularFile } from '../util/read-regular-file.js';
import { TRIAGE_STATUSES } from '../findings/kinds.js';

/**
 * The triage file (`.cockpit/triage.json`, committed beside the baseline): decisions people made about single
 * findings (an accepted risk, a false positive), each with a reason, an author, a date and an optional expiry,
 * and the history of every decision and revocation. Findings are named by fingerprint; no snippet, message or
 * secret is stored.
 */
const TRIAGE_VERSION = 1;
;
const MAX_TRIAGE_BYTES = 16 * 1024 * 1024;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const TriageDecisionSchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'a 32-character fingerprint'),
  status: z.enum(TRIAGE_STATUSES),
  reason: z.string().min(1),
  author: z.string().min(1),
  /** ISO date and time the decision was made. */
  decidedAt: z.string(),
  /** The last day (UTC, YYYY-MM-DD) the decision holds; after it the finding gates again. */
  expires: z.string().regex(DATE, 'a date as YYYY-MM-DD').optional(),
  /** What the finding was when decided, for people reading the file; matching uses the fingerprint only. */
  ruleId: z.string().optional(),
  agent: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().min(1).optional(),
});
export type TriageDecision = z.infer<typeof TriageDecisionSchema>;

const TriageEventSchema = z.union([
  TriageDecisionSchema.extend({ action: z.literal('decide') }),
  z.object({ action: z.literal('revoke'), fingerprint: z.string(), reason: z.string().min(1), author: z.string().min(1), decidedAt: z.string() }),
]);

const TriageFileSchema = z.object({
  version: z.literal(TRIAGE_VERSION),
  /** The decisions in force, one per fingerprint. */
  decisions: z.array(TriageDecisionSchema),
  /** Every decision and revocation, oldest first. */
  history: z.array(TriageEventSchema),
});
export type TriageFile = z.infer<typeof TriageFileSchema>;

export const EMPTY_TRIAGE: TriageFile = { version: TRIAGE_VERSION, decisions: [], history: [] };

/** Reads and validates a triage file; undefined when it does not exist and `missingOk`; every problem one line (exit 3). */
export async function readTriage(filePath: string, shown: string, options: { missingOk: boolean; root?: string }): Promise<TriageFile | undefined> {
  let text: string;
  try {
    // With a root (MCP), the file must stay inside it after symbolic links are followed.
    text = await readRegularFile(filePath, { shown, maxBytes: MAX_TRIAGE_BYTES, ...(options.root !== undefined ? { root: options.root } : {}) });
  } catch (error) {
    if (error instanceof InputFileError && error.reason === 'missing') {
      if (options.missingOk) return undefined;
      throw new CockpitError(`${shown}: no such file (record a decision with: ops triage accept FINGERPRINT --reason TEXT)`);
    }
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CockpitError(`${shown}: not valid JSON`);
  }
  const parsed = TriageFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new CockpitError(`${shown}: not a cockpit triage file (${where}${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

export async function writeTriage(filePath: string, shown: string, triage: TriageFile): Promise<void> {
  try {
    await writeFileAtomic(filePath, `${JSON.stringify(triage, null, 2)}\n`);
  } catch (error) {
    throw new CockpitError(`${shown}: cannot write the triage file (${describeWriteError(error)})`);
  }
}
