import path from 'node:path';
import { CockpitError } from '../util/errors.js';
import { DEFAULT_TRIAGE } from './default-path.js';
import { withDecision } from './decisions.js';
import { EMPTY_TRIAGE, readTriage, writeTriage, type TriageDecision } from './file.js';
import { findFinding } from './lookup.js';

export interface DecisionRequest {
  /** The audited root: its `.cockpit/triage.json` unless `file` names another. */
  root: string;
  file?: string;
  /** How the file is named in messages. */
  shown?: string;
  /** The lake to find the finding in (metadata and prefixes); absent: a full fingerprint is taken as given. */
  lake?: string;
  /** How the lake is named in messages (default: its path). */
  lakeShown?: string;
  fingerprint: string;
  status: TriageDecision['status'];
  reason: string;
  author: string;
  expires?: string;
  now?: Date;
  /** How errors name the reason and expiry: the CLI's flags, or the API body's fields (the default). */
  names?: { reason: string; expires: string };
}

/** YYYY-MM-DD, a real day, not already past; the error names `flag`. */
function checkExpiry(value: string, now: Date, flag = '--expires'): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new CockpitError(`${flag}: '${value}' is not a date as YYYY-MM-DD`);
  if (value < now.toISOString().slice(0, 10)) throw new CockpitError(`${flag}: ${value} has already passed`);
  return value;
}

export function checkReason(reason: string, flag = '--reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw new CockpitError(`${flag}: say why in a few words (an unexplained decision is how gates rot)`);
  return trimmed;
}

/**
 * Records one decision in the triage file (the one place `ops triage` and the dashboard write it): the finding
 * looked up in the lake, the decision in force replacing an earlier one, the history kept; written atomically.
 */
export async function recordDecision(request: DecisionRequest): Promise<{ decision: TriageDecision; shown: string; inLake: boolean }> {
  const now = request.now ?? new Date();
  const names = request.names ?? { reason: 'reason', expires: 'expires' };
  const reason = checkReason(request.reason, names.reason);
  const expires = request.expires !== undefined ? checkExpiry(request.expires, now, names.expires) : undefined;
  const file = request.file ?? path.join(request.root, ...DEFAULT_TRIAGE.split('/'));
  const shown = request.shown ?? file;
  const triage = (await readTriage(file, shown, { missingOk: true })) ?? EMPTY_TRIAGE;
  const found = await findFinding(request.lake, request.fingerprint, request.lakeShown);
  const decision: TriageDecision = {
    fingerprint: found.fingerprint,
    status: request.status,
    reason,
    author: request.author,
    decidedAt: now.toISOString(),
    ...(expires ? { expires } : {}),
    ...('ruleId' in found ? { ruleId: found.ruleId, agent: found.agent, file: found.file, line: found.line } : {}),
  };
  await writeTriage(file, shown, withDecision(triage, decision));
  return { decision, shown, inLake: 'ruleId' in found };
}
