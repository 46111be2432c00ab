import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/model.js';
import { runCli } from './helpers/cli.js';

/** The bundled fleet is the quick start: its verdicts are a contract too. */
const EXPECTED: Record<string, { exit: number; categories: string[] }> = {
  'travel-concierge': { exit: 0, categories: [] },
  'billing-assistant-ts': { exit: 0, categories: [] },
  'docs-qa': { exit: 0, categories: [] },
  'research-crew': { exit: 1, categories: ['secret'] },
  'ops-bot': { exit: 1, categories: ['secret'] },
  'support-triage': { exit: 1, categories: ['pii', 'pii', 'pii'] },
  'sql-analyst': { exit: 2, categories: ['security', 'security'] },
};

const BLOCKING = new Set(['secret', 'pii', 'security']);

describe('examples/', () => {
  it.each(Object.entries(EXPECTED))('ops report examples/%s exits as documented', async (agent, expected) => {
    const result = await runCli(['report', `examples/${agent}`, '--format', 'json']);
    expect(result.code).toBe(expected.exit);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    const categories = report.agents[0]!.findings.filter((finding) => BLOCKING.has(finding.category)).map((finding) => finding.category).sort();
    expect(categories).toEqual([...expected.categories].sort());
  });

  it('the fleet run finds all seven agents, never the ignored sandbox, and exits 1', async () => {
    const result = await runCli(['report', '--workspace', 'examples', '--format', 'json', '--no-cache', '--quiet', '--lake', '/tmp/cockpit-examples-lake-test']);
    expect(result.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    // The files beside the agents (README, cockpit.yaml, .cockpitignore) are the repository entry, and clean.
    expect(report.agents.map((agent) => [agent.path, agent.exitCode])).toEqual([
      ['.', 0],
      ...Object.entries(EXPECTED)
        .map(([agent, expected]) => [agent, expected.exit])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ]);
    expect(report.agents[0]).toMatchObject({ kind: 'repository', name: 'examples', findings: [] });
    expect(report.agents[0]!.stats.filesScanned).toBe(3);
    expect(report.agents.some((agent) => agent.path.startsWith('sandbox'))).toBe(false);
    expect(result.stdout).not.toContain('sandbox/notes-agent');
    expect(report.agents.find((agent) => agent.path === 'travel-concierge')?.entrypoint).toBe('agent.py');
  });

  it('ops report /no/such/path exits 3 with one line', async () => {
    const result = await runCli(['report', '/no/such/path']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ops: error: /no/such/path: no such file or directory\n');
  });
});
