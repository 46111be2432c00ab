import { describe, expect, it } from 'vitest';
import { testFinding } from '../findings/testing/test-finding.js';
import type { LakeRecord } from '../lake/record.js';
import type { AgentReport } from '../report/model.js';
import { auditChanges } from './audit-changes.js';

function agent(name: string, verdict: AgentReport['verdict'], fingerprints: string[]): AgentReport {
  return {
    id: `${name}`.padEnd(16, '0'),
    name,
    path: `agents/${name}`,
    entrypoint: 'agent.py',
    language: 'python',
    frameworks: ['langgraph'],
    verdict,
    exitCode: ({ pass: 0, 'security-block': 1, 'policy-block': 2, failed: 3 } as const)[verdict],
    stats: { filesScanned: 2, bytesScanned: 300, filesSkipped: 0 },
    findings: fingerprints.map((fingerprint) => testFinding({ fingerprint })),
    suppressed: [],
  };
}

function record(report: AgentReport): LakeRecord {
  const at = '2026-12-03T09:00:00.000Z';
  return { schemaVersion: 1, tool: { name: 'agentops-cockpit', version: '0.1.0' }, runId: 'earlier-run', startedAt: at, finishedAt: at, configDigest: 'c', contentHash: report.id, agent: report };
}

describe('auditChanges', () => {
  const before = [agent('alpha', 'pass', ['a1', 'a2']), agent('bravo', 'pass', ['b1']), agent('charlie', 'security-block', ['c1'])].map(record);

  it('counts new and fixed findings by fingerprint, and lists the changed agents, verdict changes first', () => {
    const changes = auditChanges(before, [
      // Alpha: a2 stays, a1 fixed, a3 new; same verdict.
      agent('alpha', 'pass', ['a2', 'a3']),
      // Bravo: from the cache, exactly as before.
      before[1]!.agent,
      // Charlie: its secret is gone.
      agent('charlie', 'pass', []),
    ]);
    expect(changes).toEqual({
      compared: 3,
      new: 1,
      fixed: 2,
      unchanged: 2,
      changedAgents: 2,
      verdictChanges: 1,
      agents: [
        { id: before[2]!.agent.id, name: 'charlie', path: 'agents/charlie', new: 0, fixed: 1, verdictBefore: 'security-block', verdict: 'pass' },
        { id: before[0]!.agent.id, name: 'alpha', path: 'agents/alpha', new: 1, fixed: 1, verdictBefore: 'pass', verdict: 'pass' },
      ],
    });
  });

  it('an agent new to the lake brings all its findings as new and counts as a verdict change', () => {
    const changes = auditChanges(before, [agent('delta', 'policy-block', ['d1', 'd2'])]);
    expect(changes).toMatchObject({ compared: 0, new: 2, fixed: 0, verdictChanges: 1, changedAgents: 1 });
    expect(changes.agents[0]).not.toHaveProperty('verdictBefore');
    expect(auditChanges([], [])).toEqual({ compared: 0, new: 0, fixed: 0, unchanged: 0, changedAgents: 0, verdictChanges: 0, agents: [] });
  });

  it('an agent that failed this time fixed nothing: only its verdict changed', () => {
    const changes = auditChanges(before, [agent('alpha', 'failed', [])]);
    expect(changes).toMatchObject({ new: 0, fixed: 0, verdictChanges: 1, agents: [{ name: 'alpha', new: 0, fixed: 0, verdictBefore: 'pass', verdict: 'failed' }] });
  });

  it('names at most twenty agents; the counts cover them all', () => {
    const many = Array.from({ length: 25 }, (_, index) => agent(`agent${String(index).padStart(2, '0')}`, 'pass', [`f${index}`]));
    const changes = auditChanges([], many);
    expect(changes.changedAgents).toBe(25);
    expect(changes.new).toBe(25);
    expect(changes.agents).toHaveLength(20);
    // Same change everywhere: by path.
    expect(changes.agents[0]!.path).toBe('agents/agent00');
  });
});
