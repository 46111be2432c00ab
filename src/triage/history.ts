import { z } from 'zod';
import { TRIAGE_STATUSES } from '../findings/kinds.js';
import { triageInForce } from './decisions.js';
import type { TriageDecision, TriageFile } from './file.js';

/** What became of a decision: it holds, it lapsed (its last day passed), a revocation ended it, or a later decision did. */
const TRIAGE_STATES = ['in-force', 'expired', 'revoked', 'replaced'] as const;

/**
 * One event of a triage file's history as people read it (the dashboard, `GET /api/triage`, MCP `list_triage`):
 * a decision with its state, or a revocation with the decision it ended.
 */
export const TriageEntrySchema = z.object({
  action: z.enum(['decide', 'revoke']),
  fingerprint: z.string(),
  status: z.enum(TRIAGE_STATUSES).optional().describe('a decision: what was decided; a revocation: the decision it ended'),
  reason: z.string(),
  author: z.string().describe('who decided or revoked'),
  decidedAt: z.string().describe('when (ISO date and time)'),
  expires: z.string().optional().describe('the last day (UTC) the decision holds'),
  ruleId: z.string().optional(),
  agent: z.string().optional().describe("the agent's path when decided"),
  file: z.string().optional(),
  line: z.number().int().optional(),
  state: z.enum(TRIAGE_STATES).optional().describe('a decision only: in-force, expired, revoked or replaced'),
  endedAt: z.string().optional().describe('a revoked or replaced decision: when the revocation or the next decision came'),
});
export type TriageEntry = z.infer<typeof TriageEntrySchema>;

interface TriageHistory {
  /** Newest first. */
  entries: TriageEntry[];
  /** Decisions that hold today, and those whose last day has passed (their findings gate again). */
  inForce: number;
  expired: number;
}

/** A decision as an entry: the file's fields, in one order whatever the file's. */
function decisionEntry(decision: TriageDecision, state: TriageEntry['state']): TriageEntry {
  return {
    action: 'decide',
    fingerprint: decision.fingerprint,
    status: decision.status,
    reason: decision.reason,
    author: decision.author,
    decidedAt: decision.decidedAt,
    ...(decision.expires !== undefined ? { expires: decision.expires } : {}),
    ...(decision.ruleId !== undefined ? { ruleId: decision.ruleId } : {}),
    ...(decision.agent !== undefined ? { agent: decision.agent } : {}),
    ...(decision.file !== undefined ? { file: decision.file } : {}),
    ...(decision.line !== undefined ? { line: decision.line } : {}),
    ...(state ? { state } : {}),
  };
}

/**
 * Every decision and revocation of a triage file, newest first, each decision with what became of it. The file's
 * `decisions` are the truth for what holds: a decision the history leaves open that is not among them was ended
 * by an edit of the file (revoked); one among them that the history lacks (written by hand) is listed too.
 */
export function triageHistory(triage: TriageFile, now: Date): TriageHistory {
  const { active, expired } = triageInForce(triage, now);
  const lapsed = new Set(expired.map((decision) => decision.fingerprint));
  const entries: TriageEntry[] = [];
  // Per fingerprint, the decision no revocation or later decision has ended yet.
  const open = new Map<string, TriageEntry>();
  for (const event of triage.history) {
    const previous = open.get(event.fingerprint);
    if (event.action === 'decide') {
      if (previous) Object.assign(previous, { state: 'replaced', endedAt: event.decidedAt });
      const entry = decisionEntry(event, 'in-force');
      entries.push(entry);
      open.set(event.fingerprint, entry);
      continue;
    }
    if (previous) {
      Object.assign(previous, { state: 'revoked', endedAt: event.decidedAt });
      open.delete(event.fingerprint);
    }
    entries.push({
      action: 'revoke',
      fingerprint: event.fingerprint,
      ...(previous?.status ? { status: previous.status } : {}),
      reason: event.reason,
      author: event.author,
      decidedAt: event.decidedAt,
      ...(previous?.ruleId !== undefined ? { ruleId: previous.ruleId } : {}),
      ...(previous?.agent !== undefined ? { agent: previous.agent } : {}),
      ...(previous?.file !== undefined ? { file: previous.file } : {}),
      ...(previous?.line !== undefined ? { line: previous.line } : {}),
    });
  }
  for (const decision of triage.decisions) {
    const state = lapsed.has(decision.fingerprint) ? 'expired' : 'in-force';
    const entry = open.get(decision.fingerprint);
    if (entry && entry.decidedAt === decision.decidedAt) {
      entry.state = state;
      open.delete(decision.fingerprint);
      continue;
    }
    if (entry) {
      entry.state = 'replaced';
      open.delete(decision.fingerprint);
    }
    entries.push(decisionEntry(decision, state));
  }
  for (const entry of open.values()) entry.state = 'revoked';
  // Newest first; events of the same moment keep the file's order, reversed.
  const newestFirst = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.decidedAt < b.entry.decidedAt ? 1 : a.entry.decidedAt > b.entry.decidedAt ? -1 : b.index - a.index))
    .map(({ entry }) => entry);
  return { entries: newestFirst, inForce: active.size, expired: expired.length };
}

/**
 * A triage file's history as the dashboard and MCP show it: read only inside `root` (after symbolic links), entries
 * of a fingerprint prefix (any case) when one is given, and every reason masked (free text people typed). `exists`
 * is false when there is no file; a broken file throws the reader's one-line error.
 */
export async function shownTriageHistory(options: {
  file: string;
  shown: string;
  root: string;
  now: Date;
  fingerprint?: string | undefined;
}): Promise<TriageHistory & { exists: boolean }> {
  const [{ readTriage }, { redactText }] = await Promise.all([import('./file.js'), import('../secrets/sensitive-spans.js')]);
  const triage = await readTriage(options.file, options.shown, { missingOk: true, root: options.root });
  const history = triage ? triageHistory(triage, options.now) : { entries: [], inForce: 0, expired: 0 };
  const wanted = options.fingerprint?.trim().toLowerCase();
  const entries = history.entries
    .filter((entry) => wanted === undefined || entry.fingerprint.startsWith(wanted))
    .map((entry) => ({ ...entry, reason: redactText(entry.reason) }));
  return { ...history, entries, exists: triage !== undefined };
}
