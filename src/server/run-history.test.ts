import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/model.js';
import { testFinding } from '../findings/testing/test-finding.js';
import type { LakeRecord } from '../lake/record.js';
import { agentRunPoints, findingDelta, fleetRunPoints } from './run-history.js';
import { testRecord } from '../lake/testing/test-record.js';

/** A finding told apart by its fingerprint alone. */
const finding = (fingerprint: string): Finding => testFinding({ fingerprint });

function record(agentId: string, runId: string, minute: number, fingerprints: string[]): LakeRecord {
  const at = new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
  return testRecord({ agent: { id: agentId, name: agentId, path: agentId }, runId, startedAt: at, findings: fingerprints.map((fingerprint) => finding(fingerprint)) });
}

describe('findingDelta', () => {
  it('counts by fingerprint, as a multiset', () => {
    expect(findingDelta(undefined, [finding('a'), finding('b')])).toEqual({ new: 2, fixed: 0, unchanged: 0 });
    expect(findingDelta([finding('a'), finding('b')], [finding('b'), finding('c')])).toEqual({ new: 1, fixed: 1, unchanged: 1 });
    // The same line twice, then once: one fixed, one unchanged.
    expect(findingDelta([finding('a'), finding('a')], [finding('a')])).toEqual({ new: 0, fixed: 1, unchanged: 1 });
    expect(findingDelta([finding('a')], [])).toEqual({ new: 0, fixed: 1, unchanged: 0 });
  });
});

describe('run points', () => {
  const alpha = [record('aaaaaaaaaaaaaaaa', 'run-1x', 0, ['a1', 'a2']), record('aaaaaaaaaaaaaaaa', 'run-3x', 20, ['a2', 'a3'])];
  const beta = [record('bbbbbbbbbbbbbbbb', 'run-1x', 1, ['b1']), record('bbbbbbbbbbbbbbbb', 'run-2x', 10, [])];

  it("gives each of an agent's runs its change against the run before, oldest first whatever the input order", () => {
    expect(agentRunPoints([...alpha].reverse()).map(({ runId, findings, new: added, fixed, unchanged }) => ({ runId, findings, added, fixed, unchanged }))).toEqual([
      { runId: 'run-1x', findings: 2, added: 2, fixed: 0, unchanged: 0 },
      { runId: 'run-3x', findings: 2, added: 1, fixed: 1, unchanged: 1 },
    ]);
  });

  it('carries agents a run did not audit forward, and sums the change of those it did', () => {
    const runs = fleetRunPoints([alpha, beta]);
    expect(runs.map(({ runId, audited, agents, findings, new: added, fixed, unchanged }) => ({ runId, audited, agents, findings, added, fixed, unchanged }))).toEqual([
      { runId: 'run-1x', audited: 2, agents: 2, findings: 3, added: 3, fixed: 0, unchanged: 0 },
      // Alpha was not audited: its two findings carry over, unchanged.
      { runId: 'run-2x', audited: 1, agents: 2, findings: 2, added: 0, fixed: 1, unchanged: 2 },
      { runId: 'run-3x', audited: 1, agents: 2, findings: 2, added: 1, fixed: 1, unchanged: 1 },
    ]);
    expect(runs[0]).toMatchObject({ startedAt: '2026-12-01T09:00:00.000Z', finishedAt: '2026-12-01T09:01:00.000Z', warning: 3, error: 0 });
    expect(fleetRunPoints([])).toEqual([]);
  });
});
