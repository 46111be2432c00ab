import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import type { AgentReport } from '../report/model.js';
import { FindingsQuerySchema, FleetSchema } from './api-schemas.js';
import { findingsPerAgent, folderOf, folderRollup, frameworkCounts, inFolder, normaliseFolder, ownerRollup, rollupAgent } from './fleet-rollups.js';
import { findingList, fleetView } from './fleet-views.js';

function finding(file: string, severity: Finding['severity'], index: number): Finding {
  return {
    ruleId: severity === 'error' ? 'security/shell-tool-injection' : 'reliability/model-client-no-timeout',
    title: 'A finding',
    message: 'Something to fix.',
    file,
    region: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 9 },
    severity,
    category: severity === 'error' ? 'security' : 'reliability',
    persona: severity === 'error' ? 'secops' : 'sre',
    fixability: 'structural',
    remediation: 'Fix it.',
    fingerprint: `${file}-${index}`.padEnd(64, '0'),
    tags: [],
  };
}

/** An agent at `agentPath` with so many errors, warnings and notes; any error blocks it. */
function agent(agentPath: string, counts: { error?: number; warning?: number; note?: number } = {}, frameworks: string[] = ['langgraph'], verdict?: AgentReport['verdict']): AgentReport {
  const file = `${agentPath}/main.py`;
  const findings = (['error', 'warning', 'note'] as const).flatMap((severity) => Array.from({ length: counts[severity] ?? 0 }, (_, index) => finding(file, severity, index)));
  const blocked = (counts.error ?? 0) > 0;
  return {
    id: Buffer.from(agentPath).toString('hex').padEnd(16, '0').slice(0, 16),
    name: agentPath.split('/').pop()!,
    path: agentPath,
    entrypoint: 'main.py',
    language: 'python',
    frameworks,
    verdict: verdict ?? (blocked ? 'policy-block' : 'pass'),
    exitCode: verdict === 'failed' ? 3 : verdict === 'security-block' ? 1 : blocked ? 2 : 0,
    stats: { filesScanned: 1, bytesScanned: 100, filesSkipped: 0 },
    skipped: [],
    findings,
    suppressed: [],
  };
}

function record(report: AgentReport): LakeRecord {
  const at = '2026-12-01T09:00:00.000Z';
  return { schemaVersion: 1, tool: { name: 'agentops-cockpit', version: '0.1.0' }, runId: 'run-1', startedAt: at, finishedAt: at, configDigest: 'c', contentHash: report.id, agent: report };
}

describe('folderOf', () => {
  it('is the parent folder cut to two segments; a top-level agent is its own folder; the root is .', () => {
    expect(folderOf('teams/risk/fraud')).toBe('teams/risk');
    expect(folderOf('teams/risk/fraud/scorer')).toBe('teams/risk');
    expect(folderOf('apps/chat')).toBe('apps');
    expect(folderOf('planner')).toBe('planner');
    expect(folderOf('.')).toBe('.');
    expect(folderOf('')).toBe('.');
  });

  it('names a folder the folder filter finds the agent in', () => {
    for (const agentPath of ['teams/risk/fraud', 'teams/risk/fraud/scorer', 'apps/chat', 'planner', '.']) expect(inFolder(agentPath, folderOf(agentPath))).toBe(true);
  });
});

describe('inFolder', () => {
  it('matches the path itself and what is below it, by whole segments', () => {
    expect(inFolder('team/agent-1', 'team/agent-1')).toBe(true);
    expect(inFolder('team/agent-1/sub', 'team/agent-1')).toBe(true);
    expect(inFolder('team/agent-10', 'team/agent-1')).toBe(false);
    expect(inFolder('teams/risk', 'team')).toBe(false);
    expect(inFolder('team/agent-1', 'team/')).toBe(true);
    expect(inFolder('team/agent-1', './team')).toBe(true);
  });

  it('takes . for the root entry alone, not the whole fleet', () => {
    expect(inFolder('.', '.')).toBe(true);
    expect(inFolder('apps/chat', '.')).toBe(false);
    expect(normaliseFolder('./')).toBe('.');
  });
});

describe('folderRollup', () => {
  it('sums agents, blocked agents and findings per folder, most blocked first', () => {
    const agents = [
      agent('apps/chat', { warning: 2 }),
      agent('apps/search', { note: 1 }),
      agent('teams/risk/fraud', { error: 1, warning: 1 }),
      agent('teams/risk/limits', { error: 2 }),
      agent('teams/growth/leads', { warning: 3 }, ['crewai'], 'failed'),
      agent('planner'),
      agent('.', { error: 1 }, [], 'security-block'),
    ].map(rollupAgent);
    expect(folderRollup(agents)).toEqual([
      { folder: 'teams/risk', agents: 2, blocked: 2, findings: 4, error: 3, warning: 1, note: 0 },
      { folder: '.', agents: 1, blocked: 1, findings: 1, error: 1, warning: 0, note: 0 },
      { folder: 'teams/growth', agents: 1, blocked: 1, findings: 3, error: 0, warning: 3, note: 0 },
      { folder: 'apps', agents: 2, blocked: 0, findings: 3, error: 0, warning: 2, note: 1 },
      { folder: 'planner', agents: 1, blocked: 0, findings: 0, error: 0, warning: 0, note: 0 },
    ]);
  });

  it('adds up to the fleet: every agent is in exactly one folder', () => {
    const agents = ['a/b/c', 'a/b/d', 'a/e', 'f', 'g/h/i/j'].map((agentPath, index) => rollupAgent(agent(agentPath, { warning: index })));
    const rows = folderRollup(agents);
    expect(rows.reduce((sum, row) => sum + row.agents, 0)).toBe(5);
    expect(rows.reduce((sum, row) => sum + row.findings, 0)).toBe(0 + 1 + 2 + 3 + 4);
  });
});

describe('ownerRollup', () => {
  const agents = [
    agent('teams/risk/fraud', { error: 1 }),
    agent('teams/risk/limits', { warning: 2 }),
    agent('apps/chat', { warning: 1, note: 1 }),
    agent('apps/legacy', { error: 1 }),
  ].map(rollupAgent);
  const owners = new Map<string, string[]>([
    ['teams/risk/fraud', ['@acme/risk', '@acme/platform']],
    ['teams/risk/limits', ['@ACME/Risk']],
    ['apps/chat', ['@acme/platform']],
  ]);

  it('counts an agent for each of its owners, owners equal but for case as one, worst first', () => {
    const { owners: rows } = ownerRollup(agents, owners);
    expect(rows).toEqual([
      { owner: '@acme/risk', agents: 2, blocked: 1, findings: 3, error: 1, warning: 2, note: 0 },
      { owner: '@acme/platform', agents: 2, blocked: 1, findings: 3, error: 1, warning: 1, note: 1 },
    ]);
  });

  it('counts the agents nobody owns apart', () => {
    expect(ownerRollup(agents, owners).unowned).toEqual({ agents: 1, blocked: 1, findings: 1, error: 1, warning: 0, note: 0 });
    expect(ownerRollup(agents, new Map()).owners).toEqual([]);
    expect(ownerRollup(agents, new Map()).unowned.agents).toBe(4);
  });

  it('does not count one agent twice for an owner named twice', () => {
    const { owners: rows } = ownerRollup([rollupAgent(agent('x/y', { note: 1 }))], new Map([['x/y', ['@a', '@A', '@a']]]));
    expect(rows).toEqual([{ owner: '@a', agents: 1, blocked: 0, findings: 1, error: 0, warning: 0, note: 1 }]);
  });
});

describe('findingsPerAgent', () => {
  it('puts each agent in one of 0, 1, 2–4, 5–9 and 10+, edges included', () => {
    const agents = [0, 0, 1, 2, 4, 5, 9, 10, 250].map((count, index) => rollupAgent(agent(`a/${index}`, { note: count })));
    expect(findingsPerAgent(agents).map((bucket) => [bucket.label, bucket.agents])).toEqual([
      ['0', 2],
      ['1', 1],
      ['2–4', 2],
      ['5–9', 2],
      ['10+', 2],
    ]);
    expect(findingsPerAgent([]).every((bucket) => bucket.agents === 0)).toBe(true);
  });
});

describe('frameworkCounts', () => {
  it('gives each framework its agents by verdict, an agent with two frameworks in both', () => {
    const agents = [
      agent('a/one', {}, ['langgraph', 'langchain']),
      agent('a/two', { error: 1 }, ['langgraph']),
      agent('a/three', {}, ['crewai'], 'failed'),
      agent('a/four', { error: 1 }, ['langgraph', 'langgraph'], 'security-block'),
    ];
    expect(frameworkCounts(agents)).toEqual([
      { name: 'langgraph', agents: 3, verdicts: { pass: 1, 'security-block': 1, 'policy-block': 1, failed: 0 } },
      { name: 'crewai', agents: 1, verdicts: { pass: 0, 'security-block': 0, 'policy-block': 0, failed: 1 } },
      { name: 'langchain', agents: 1, verdicts: { pass: 1, 'security-block': 0, 'policy-block': 0, failed: 0 } },
    ]);
  });
});

describe('the fleet view and the findings list', () => {
  const records = [
    agent('apps/chat', { warning: 2 }),
    agent('teams/risk/fraud', { error: 1, note: 1 }),
    agent('teams/risky/bot', { warning: 1 }),
    agent('.', { error: 1 }, [], 'security-block'),
  ].map(record);

  it('carries the folder roll-up and the histogram, and the schema accepts them', () => {
    const fleet = FleetSchema.parse(fleetView({ root: 'fleet', records, histories: [], now: new Date('2026-12-04T00:00:00Z') }));
    expect(fleet.folders.map((row) => [row.folder, row.agents, row.blocked])).toEqual([
      ['teams/risk', 1, 1],
      ['.', 1, 1],
      ['apps', 1, 0],
      ['teams/risky', 1, 0],
    ]);
    expect(fleet.findingsPerAgent.map((bucket) => bucket.agents)).toEqual([0, 2, 2, 0, 0]);
    expect(fleet.owners).toBeUndefined();
  });

  it('filters by folder as a path prefix by whole segments, and by the agent verdict', () => {
    const list = (fields: Record<string, unknown>) => findingList(records, FindingsQuerySchema.parse({ limit: 500, ...fields }));
    expect(new Set(list({ folder: 'teams/risk' }).items.map((row) => row.agentPath))).toEqual(new Set(['teams/risk/fraud']));
    expect(list({ folder: 'teams' }).total).toBe(3);
    expect(list({ folder: 'teams/risk/' }).total).toBe(2);
    expect(list({ folder: '.' }).items.map((row) => row.agentPath)).toEqual(['.']);
    expect(list({ folder: 'nowhere' }).total).toBe(0);
    expect(new Set(list({ verdict: 'blocked' }).items.map((row) => row.agentPath))).toEqual(new Set(['.', 'teams/risk/fraud']));
    expect(list({ verdict: 'security-block' }).items.map((row) => row.agentPath)).toEqual(['.']);
    expect(list({ verdict: 'pass', folder: 'teams' }).items.map((row) => row.agentPath)).toEqual(['teams/risky/bot']);
    expect(FindingsQuerySchema.safeParse({ folder: 'a\nb' }).success).toBe(false);
    expect(FindingsQuerySchema.safeParse({ verdict: 'green' }).success).toBe(false);
  });
});
