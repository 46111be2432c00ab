import { describe, expect, it } from 'vitest';
import { withDecision, withoutDecision } from './decisions.js';
import { EMPTY_TRIAGE, type TriageDecision, type TriageFile } from './file.js';
import { triageHistory } from './history.js';

const FP = {
  key: 'a1'.repeat(16),
  host: 'b2'.repeat(16),
  pii: 'c3'.repeat(16),
  loop: 'd4'.repeat(16),
} as const;

function decision(fingerprint: string, decidedAt: string, extra: Partial<TriageDecision> = {}): TriageDecision {
  return { fingerprint, status: 'accepted-risk', reason: 'reviewed by security', author: 'Ana <ana@example.com>', decidedAt, ruleId: 'secret/generic-api-key', agent: 'agents/desk', file: 'agents/desk/main.py', line: 4, ...extra };
}

/** A file built the way `ops triage` and the dashboard build it: every decision and revocation in its history. */
function file(): TriageFile {
  let triage = withDecision(EMPTY_TRIAGE, decision(FP.key, '2026-11-01T10:00:00.000Z', { expires: '2026-11-30' }));
  triage = withDecision(triage, decision(FP.host, '2026-11-02T10:00:00.000Z', { status: 'false-positive', reason: 'a documentation host' }));
  triage = withDecision(triage, decision(FP.pii, '2026-11-03T10:00:00.000Z'));
  triage = withoutDecision(triage, { fingerprint: FP.pii, reason: 'the data is real after all', author: 'Bo', decidedAt: '2026-11-10T10:00:00.000Z' })!;
  triage = withDecision(triage, decision(FP.loop, '2026-11-04T10:00:00.000Z', { reason: 'bounded by the caller' }));
  return withDecision(triage, decision(FP.loop, '2026-11-20T10:00:00.000Z', { reason: 'bounded by the caller, until the rewrite', expires: '2027-01-31', author: 'dashboard' }));
}

const NOW = new Date('2026-12-04T12:00:00.000Z');

describe('triageHistory', () => {
  it('lists every decision and revocation newest first, each decision with what became of it', () => {
    const history = triageHistory(file(), NOW);
    expect(history.entries.map((entry) => [entry.decidedAt.slice(0, 10), entry.action, entry.fingerprint.slice(0, 2), entry.state, entry.endedAt?.slice(0, 10)])).toEqual([
      ['2026-11-20', 'decide', 'd4', 'in-force', undefined],
      ['2026-11-10', 'revoke', 'c3', undefined, undefined],
      ['2026-11-04', 'decide', 'd4', 'replaced', '2026-11-20'],
      ['2026-11-03', 'decide', 'c3', 'revoked', '2026-11-10'],
      ['2026-11-02', 'decide', 'b2', 'in-force', undefined],
      // Its last day was 2026-11-30: the finding gates again.
      ['2026-11-01', 'decide', 'a1', 'expired', undefined],
    ]);
    expect({ inForce: history.inForce, expired: history.expired }).toEqual({ inForce: 2, expired: 1 });
    // A revocation names the decision it ended, and who revoked it and why.
    expect(history.entries[1]).toEqual({
      action: 'revoke',
      fingerprint: FP.pii,
      status: 'accepted-risk',
      reason: 'the data is real after all',
      author: 'Bo',
      decidedAt: '2026-11-10T10:00:00.000Z',
      ruleId: 'secret/generic-api-key',
      agent: 'agents/desk',
      file: 'agents/desk/main.py',
      line: 4,
    });
    expect(history.entries[0]).toMatchObject({ author: 'dashboard', reason: 'bounded by the caller, until the rewrite', expires: '2027-01-31' });
  });

  it("takes the file's decisions as the truth when the history was edited by hand", () => {
    const triage = file();
    // A decision added by hand (no history), and one removed by hand (its history entry left open).
    const edited: TriageFile = {
      ...triage,
      decisions: [...triage.decisions.filter((entry) => entry.fingerprint !== FP.host), decision('e5'.repeat(16), '2026-12-01T08:00:00.000Z')],
    };
    const entries = triageHistory(edited, NOW).entries;
    expect(entries.find((entry) => entry.fingerprint === FP.host)?.state).toBe('revoked');
    expect(entries[0]).toMatchObject({ fingerprint: 'e5'.repeat(16), state: 'in-force' });
    expect(triageHistory(EMPTY_TRIAGE, NOW)).toEqual({ entries: [], inForce: 0, expired: 0 });
  });
});
