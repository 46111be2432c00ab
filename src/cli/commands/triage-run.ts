import path from 'node:path';
import { DEFAULT_TRIAGE } from '../../triage/default-path.js';
import { decidingAuthor } from '../../triage/author.js';
import { triageInForce, withoutDecision } from '../../triage/decisions.js';
import { checkReason, recordDecision } from '../../triage/record.js';
import { EMPTY_TRIAGE, readTriage, writeTriage, type TriageDecision, type TriageFile } from '../../triage/file.js';
import { TRIAGE_STATUS_LABELS } from '../../triage/labels.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { requireDirectory } from './common.js';
import { DEFAULT_LAKE } from '../../lake/default-path.js';
import { renderTable } from '../../report/table.js';
import { plural } from '../../util/plural.js';

interface TriageTarget {
  root?: string;
  file?: string;
}
export interface TriageDecideFlags extends TriageTarget {
  reason: string;
  expires?: string;
  author?: string;
  lake?: string;
}
export interface TriageRevokeFlags extends TriageTarget {
  reason: string;
  author?: string;
}
export interface TriageListFlags extends TriageTarget {
  history?: boolean;
  format?: string;
}

async function triageLocation(flags: TriageTarget, io: CliIo): Promise<{ root: string; file: string; shown: string }> {
  const root = path.resolve(io.cwd, flags.root ?? '.');
  await requireDirectory(root, flags.root ?? '.');
  const file = flags.file !== undefined ? path.resolve(io.cwd, flags.file) : path.join(root, ...DEFAULT_TRIAGE.split('/'));
  return { root, file, shown: flags.file ?? (path.relative(io.cwd, file).split(path.sep).join('/') || file) };
}

export async function runTriageDecide(status: TriageDecision['status'], given: string, flags: TriageDecideFlags, io: CliIo, now = new Date()): Promise<number> {
  const { root, file, shown } = await triageLocation(flags, io);
  const { decision } = await recordDecision({
    root,
    file,
    shown,
    lake: flags.lake !== undefined ? path.resolve(io.cwd, flags.lake) : path.join(root, DEFAULT_LAKE),
    fingerprint: given,
    status,
    reason: flags.reason,
    author: flags.author?.trim() || (await decidingAuthor(root)),
    ...(flags.expires !== undefined ? { expires: flags.expires } : {}),
    now,
    names: { reason: '--reason', expires: '--expires' },
  });
  const where = decision.ruleId ? `${decision.ruleId} at ${decision.file}:${decision.line}` : `${decision.fingerprint} (not in the lake: recorded as given)`;
  io.stdout(`${TRIAGE_STATUS_LABELS[status]}: ${where}${decision.expires ? `, until ${decision.expires}` : ''}; written to ${shown}\n`);
  return 0;
}

export async function runTriageRevoke(given: string, flags: TriageRevokeFlags, io: CliIo, now = new Date()): Promise<number> {
  const reason = checkReason(flags.reason);
  const { root, file, shown } = await triageLocation(flags, io);
  const triage = (await readTriage(file, shown, { missingOk: false }))!;
  const wanted = given.trim().toLowerCase();
  const matching = triage.decisions.filter((decision) => decision.fingerprint.startsWith(wanted));
  if (matching.length !== 1) {
    throw new CockpitError(`fingerprint '${given}': ${matching.length === 0 ? 'no decision' : `${matching.length} decisions`} in ${shown} start${matching.length === 1 ? 's' : ''} with it`);
  }
  const fingerprint = matching[0]!.fingerprint;
  const revoked = withoutDecision(triage, { fingerprint, reason, author: flags.author?.trim() || (await decidingAuthor(root)), decidedAt: now.toISOString() })!;
  await writeTriage(file, shown, revoked);
  io.stdout(`revoked: ${matching[0]!.ruleId ?? fingerprint}${matching[0]!.file ? ` at ${matching[0]!.file}` : ''}; it gates again. Written to ${shown}\n`);
  return 0;
}

export async function runTriageList(flags: TriageListFlags, io: CliIo, now = new Date()): Promise<number> {
  if (flags.format !== undefined && flags.format !== 'text' && flags.format !== 'json') throw new CockpitError(`--format: unknown format '${flags.format}' (expected text or json)`);
  const { file, shown } = await triageLocation(flags, io);
  const triage: TriageFile = (await readTriage(file, shown, { missingOk: true })) ?? EMPTY_TRIAGE;
  const { expired } = triageInForce(triage, now);
  const lapsed = new Set(expired.map((decision) => decision.fingerprint));
  if (flags.format === 'json') {
    const body = flags.history ? triage.history : triage.decisions.map((decision) => ({ ...decision, expired: lapsed.has(decision.fingerprint) }));
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  if (flags.history) {
    if (triage.history.length === 0) io.stdout(`No decisions in ${shown}.\n`);
    for (const event of triage.history) {
      const what = event.action === 'revoke' ? 'revoked' : TRIAGE_STATUS_LABELS[event.status];
      io.stdout(`${event.decidedAt.slice(0, 10)}  ${what.padEnd(14)} ${event.fingerprint.slice(0, 12)}  ${event.author}: ${event.reason}\n`);
    }
    return 0;
  }
  if (triage.decisions.length === 0) {
    io.stdout(`No decisions in ${shown}.\n`);
    return 0;
  }
  const rows = triage.decisions.map((decision) => [
    decision.fingerprint.slice(0, 12),
    TRIAGE_STATUS_LABELS[decision.status],
    decision.ruleId ?? '?',
    decision.file ? `${decision.file}${decision.line ? `:${decision.line}` : ''}` : '?',
    decision.expires ? (lapsed.has(decision.fingerprint) ? `${decision.expires} (expired)` : decision.expires) : 'never',
    decision.author,
    decision.reason,
  ]);
  io.stdout(`${renderTable(['fingerprint', 'decision', 'rule', 'where', 'expires', 'author', 'reason'], rows, [0, 1, 2, 3, 4, 5, 6]).join('\n')}\n`);
  io.stdout(`${plural(triage.decisions.length, 'decision')} in ${shown}${expired.length > 0 ? `, ${expired.length} expired (their findings gate again)` : ''}\n`);
  return 0;
}
