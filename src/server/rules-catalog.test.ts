import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import { RULES } from '../rules/index.js';
import { ruleCatalog, ruleFindingCounts, ruleList } from './rules-catalog.js';
import { testRecord } from '../lake/testing/test-record.js';

function record(ruleIds: string[], suppressed: string[] = []): LakeRecord {
  const finding = (ruleId: string, index: number): Finding => ({
    ruleId,
    title: ruleId,
    message: ruleId,
    file: 'agent.py',
    region: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'structural',
    remediation: 'Fix it.',
    fingerprint: `${ruleId}-${index}`,
    tags: [],
  });
  const agent = { id: '0123456789abcdef', name: 'a', path: 'agents/a', verdict: 'pass' as const, exitCode: 0, suppressed: suppressed.map(finding) };
  return testRecord({ agent, runId: 'run', startedAt: '2026-12-03T09:00:00.000Z', findings: ruleIds.map(finding) });
}

describe('the rule catalog for the dashboard', () => {
  const catalog = ruleCatalog(RULES);

  it('counts the active findings of every agent per rule, not the suppressed ones', () => {
    const counts = ruleFindingCounts([
      record(['reliability/model-client-no-timeout', 'reliability/model-client-no-timeout', 'secret/openai-project-key']),
      record(['reliability/model-client-no-timeout'], ['finops/no-output-token-cap']),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'reliability/model-client-no-timeout': 3, 'secret/openai-project-key': 1 });
  });

  it('groups by category, agent rules first and the secret detectors last and folded; most findings first in a group, then by id', () => {
    const counts = new Map([
      ['reliability/retired-model', 4],
      ['reliability/model-client-no-timeout', 4],
      ['reliability/unbounded-retry', 1],
      ['secret/anthropic-api-key', 2],
      ['security/shell-injection', 1],
    ]);
    const list = ruleList(catalog, counts);
    // Every rule once, in the catalog's own order, with its count.
    expect(list.items.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(list.items.find((rule) => rule.id === 'reliability/retired-model')!.findings).toBe(4);
    expect(list.items.find((rule) => rule.id === 'ux/agent-without-description')!.findings).toBe(0);
    expect(list.groups.map((group) => group.category)).toEqual(['security', 'reliability', 'policy', 'finops', 'architecture', 'ux', 'dependency', 'pii', 'secret']);
    expect(list.groups.map((group) => group.collapsed)).toEqual([false, false, false, false, false, false, false, false, true]);
    expect(list.groups.flatMap((group) => group.ruleIds).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    const reliability = list.groups.find((group) => group.category === 'reliability')!;
    expect(reliability.findings).toBe(9);
    // Ties by id: model-client-no-timeout before retired-model; then the one with a single finding; then the rest by id.
    expect(reliability.ruleIds.slice(0, 3)).toEqual(['reliability/model-client-no-timeout', 'reliability/retired-model', 'reliability/unbounded-retry']);
    const rest = reliability.ruleIds.slice(3);
    expect(rest).toEqual([...rest].sort());
    const secrets = list.groups.at(-1)!;
    expect(secrets).toMatchObject({ category: 'secret', findings: 2 });
    expect(secrets.ruleIds[0]).toBe('secret/anthropic-api-key');
    expect(secrets.ruleIds.length).toBe(RULES.filter((rule) => rule.category === 'secret').length);
    for (const group of list.groups) {
      expect(group.findings).toBe(group.ruleIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0));
      expect(list.items.filter((rule) => rule.category === group.category).length).toBe(group.ruleIds.length);
    }
  });
});
