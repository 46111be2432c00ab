import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import type { FindingRow } from './api-schemas.js';
import { findingTimeline, firstSeenIndex, historyFirstSeen, wholeDays, withAges } from './finding-age.js';
import { testRecord } from '../lake/testing/test-record.js';

function finding(fingerprint: string, line: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId: severity === 'error' ? 'security/shell-tool' : 'reliability/llm-call-without-timeout',
    title: severity === 'error' ? 'Tool runs shell commands' : 'Model call without a timeout',
    message: 'message',
    file: 'agents/desk/main.py',
    region: { startLine: line, startColumn: 1, endLine: line, endColumn: 9 },
    severity,
    category: severity === 'error' ? 'security' : 'reliability',
    persona: severity === 'error' ? 'secops' : 'sre',
    fixability: 'structural',
    remediation: 'Fix it.',
    fingerprint,
    tags: [],
  };
}

const AGENT = 'd35cd35cd35cd35c';

function run(runId: string, finishedAt: string, findings: Finding[]): LakeRecord {
  return testRecord({ agent: { id: AGENT, name: 'desk', path: 'agents/desk', verdict: 'pass', exitCode: 0 }, runId, startedAt: finishedAt, findings });
}

/**
 * Three runs of one agent: run 1 finds a and b; run 2 (5 days later) keeps a and b (b moved lines) and adds c;
 * run 3 (7 days after run 1, and hours later) fixes a, keeps b and c, adds the error d.
 */
const RUN_1 = run('run-0001', '2026-11-20T09:00:00.000Z', [finding('a', 3), finding('b', 10)]);
const RUN_2 = run('run-0002', '2026-11-25T09:00:00.000Z', [finding('a', 3), finding('b', 12), finding('c', 40)]);
const RUN_3 = run('run-0003', '2026-11-27T15:30:00.000Z', [finding('b', 12), finding('c', 41), finding('d', 7, 'error')]);
const NOW = new Date('2026-12-02T10:00:00.000Z');

describe('first seen, age and time to fix over three runs', () => {
  it("dates each of the latest run's findings by the first run that had its fingerprint, whatever the order given", () => {
    const { ages } = findingTimeline([RUN_3, RUN_1, RUN_2], RUN_3, NOW);
    expect(ages).toEqual({
      b: { firstSeen: RUN_1.finishedAt, firstRunId: 'run-0001', ageDays: 12 },
      c: { firstSeen: RUN_2.finishedAt, firstRunId: 'run-0002', ageDays: 7 },
      d: { firstSeen: RUN_3.finishedAt, firstRunId: 'run-0003', ageDays: 4 },
    });
  });

  it('lists a finding the latest run no longer has as fixed by the first run without it, with the days it lived', () => {
    const { fixed } = findingTimeline([RUN_1, RUN_2, RUN_3], RUN_3, NOW);
    expect(fixed).toEqual([
      {
        fingerprint: 'a',
        ruleId: 'reliability/llm-call-without-timeout',
        title: 'Model call without a timeout',
        severity: 'warning',
        file: 'agents/desk/main.py',
        line: 3,
        firstSeen: RUN_1.finishedAt,
        fixedAt: RUN_3.finishedAt,
        fixedRunId: 'run-0003',
        daysToFix: 7,
      },
    ]);
    // Before run 3 nothing was fixed yet; a finding that comes back is current again, not fixed.
    expect(findingTimeline([RUN_1, RUN_2], RUN_2, NOW).fixed).toEqual([]);
    const back = run('run-0004', '2026-12-01T09:00:00.000Z', [finding('a', 3)]);
    const again = findingTimeline([RUN_1, RUN_2, RUN_3, back], back, NOW);
    expect(again.ages['a']).toEqual({ firstSeen: RUN_1.finishedAt, firstRunId: 'run-0001', ageDays: 12 });
    // One fixing run: by place, as last found (d at line 7, b at 12, c at 41).
    expect(again.fixed.map((entry) => [entry.fingerprint, entry.line, entry.fixedRunId])).toEqual([
      ['d', 7, 'run-0004'],
      ['b', 12, 'run-0004'],
      ['c', 41, 'run-0004'],
    ]);
  });

  it('counts a latest record that a pruned history no longer holds as a run', () => {
    const { ages, fixed } = findingTimeline([RUN_2], RUN_3, NOW);
    expect(ages['b']?.firstRunId).toBe('run-0002');
    expect(ages['d']?.firstRunId).toBe('run-0003');
    expect(fixed.map((entry) => entry.fingerprint)).toEqual(['a']);
  });

  it('gives whole days, never negative', () => {
    expect(wholeDays('2026-12-01T10:00:00.000Z', new Date('2026-12-02T09:59:59.000Z'))).toBe(0);
    expect(wholeDays('2026-12-01T10:00:00.000Z', new Date('2026-12-02T10:00:00.000Z'))).toBe(1);
    expect(wholeDays('2026-12-03T10:00:00.000Z', NOW)).toBe(0);
  });
});

describe('ages of /api/findings rows', () => {
  const row = (fingerprint: string): FindingRow => ({ agentId: AGENT, agentName: 'desk', agentPath: 'agents/desk', finding: finding(fingerprint, 1) });

  it('indexes each agent history once and answers again from the index while its runs stay the same', async () => {
    let reads = 0;
    let history = [RUN_1, RUN_2, RUN_3];
    const lookup = historyFirstSeen(async () => {
      reads++;
      return history;
    });
    const rows = await withAges([row('b'), row('d'), row('zz')], lookup, NOW);
    expect(rows.map((entry) => [entry.finding.fingerprint, entry.firstSeen, entry.ageDays])).toEqual([
      ['b', RUN_1.finishedAt, 12],
      ['d', RUN_3.finishedAt, 4],
      // Not in any run of the history: no age rather than a guess.
      ['zz', undefined, undefined],
    ]);
    expect(firstSeenIndex(history).size).toBe(4);
    await withAges([row('c')], lookup, NOW);
    expect(reads).toBe(2);
    // A new run: the index is built again from the new history.
    history = [...history, run('run-0005', '2026-12-02T09:00:00.000Z', [finding('e', 2)])];
    expect((await withAges([row('e')], lookup, NOW))[0]).toMatchObject({ firstSeen: '2026-12-02T09:00:00.000Z', ageDays: 0 });
  });
});
