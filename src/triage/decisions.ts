import type { TriageDecision, TriageFile } from './file.js';

/** The decisions that hold on `now` (an expiry is the last day, UTC, it holds) and those that have lapsed. */
export function triageInForce(triage: TriageFile, now: Date): { active: Map<string, TriageDecision>; expired: TriageDecision[] } {
  const today = now.toISOString().slice(0, 10);
  const active = new Map<string, TriageDecision>();
  const expired: TriageDecision[] = [];
  for (const decision of triage.decisions) {
    if (decision.expires !== undefined && decision.expires < today) expired.push(decision);
    else active.set(decision.fingerprint, decision);
  }
  return { active, expired };
}

/** The file with `decision` in force for its fingerprint (replacing an earlier one) and recorded in the history. */
export function withDecision(triage: TriageFile, decision: TriageDecision): TriageFile {
  return {
    ...triage,
    decisions: [...triage.decisions.filter((entry) => entry.fingerprint !== decision.fingerprint), decision].sort((a, b) =>
      a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
    ),
    history: [...triage.history, { action: 'decide', ...decision }],
  };
}

/** The file without a decision for `fingerprint`, the revocation recorded; undefined when none is in force. */
export function withoutDecision(triage: TriageFile, revocation: { fingerprint: string; reason: string; author: string; decidedAt: string }): TriageFile | undefined {
  if (!triage.decisions.some((entry) => entry.fingerprint === revocation.fingerprint)) return undefined;
  return {
    ...triage,
    decisions: triage.decisions.filter((entry) => entry.fingerprint !== revocation.fingerprint),
    history: [...triage.history, { action: 'revoke', ...revocation }],
  };
}
