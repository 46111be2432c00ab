import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { runInProcess } from './helpers/in-process.js';

describe('ops (no arguments)', () => {
  it('prints the help on stdout and exits 0', async () => {
    const result = await runInProcess([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: ops [options] [command]');
    expect(result.stdout).toMatch(/\n {2}rules \[options\] \[id\]/);
    expect(result.stdout).toMatch(/\n {2}init \[path\]/);
    expect(result.stderr).toBe('');
  });
});

describe('ops rules', () => {
  it('lists every rule with its id, severity, category and summary', async () => {
    const result = await runInProcess(['rules']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Rule\s+Severity\s+Category\s+Summary/);
    for (const rule of RULES) expect(result.stdout).toMatch(new RegExp(`^${rule.id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s+${rule.severity}\\s+${rule.category}\\s`, 'm'));
    expect(result.stdout).toContain(`${RULES.length} rules.`);
  });

  it('lists them as JSON with --format json', async () => {
    const result = await runInProcess(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as Array<Record<string, string>>;
    expect(listed.map((rule) => rule['id'])).toEqual(RULES.map((rule) => rule.id));
    expect(listed.find((rule) => rule['id'] === 'secret/openai-project-key')).toMatchObject({ severity: 'error', category: 'secret', persona: 'secops' });
  });

  it('prints one rule\'s documentation: what and why, the fix and examples', async () => {
    const rule = RULES.find((candidate) => candidate.id === 'reliability/http-call-no-timeout')!;
    const result = await runInProcess(['rules', rule.id]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${rule.id}: ${rule.title}`);
    expect(result.stdout).toContain(rule.description);
    expect(result.stdout).toContain(`Fix:\n  ${rule.remediation}`);
    expect(result.stdout).toContain(`# cockpit: ignore[${rule.id}]`);
  });

  it('gives one rule as JSON, the same document the dashboard and MCP use', async () => {
    const result = await runInProcess(['rules', 'secret/openai-project-key', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'secret/openai-project-key', severity: 'error', docs: expect.stringContaining('*Remediation:*') });
  });

  it('exits 3 with one line naming the closest id for a typo', async () => {
    const result = await runInProcess(['rules', 'secret/openai-projekt-key']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("ops: error: unknown rule 'secret/openai-projekt-key' (did you mean 'secret/openai-project-key'?); `ops rules` lists them all\n");
  });

  it('exits 3 without a suggestion for an id like no rule, and for an unknown format', async () => {
    const unknown = await runInProcess(['rules', 'zzzzzzzzzzzzzzzzzzzz']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe("ops: error: unknown rule 'zzzzzzzzzzzzzzzzzzzz'; `ops rules` lists them all\n");
    const format = await runInProcess(['rules', '--format', 'sarif']);
    expect(format.code).toBe(3);
    expect(format.stderr).toContain("--format: unknown format 'sarif' (expected text, json)");
  });
});
