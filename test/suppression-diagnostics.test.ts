import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Inline suppressions that do not do what they say (policy/invalid-suppression, a warning; policy/unused-suppression,
 * a note): must-fire and must-stay-silent cases through the real CLI, one agent each.
 */

const TOKEN = tokenLike('ghp_', 36, 95, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const AGENT = 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="helper", model="gemini-2.5-flash", instruction="Help.")\n';

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function audit(files: Record<string, string>): Promise<{ code: number; report: Report }> {
  const root = await makeTree({ 'agent.py': AGENT, ...files });
  trees.push(root);
  const result = await runInProcess(['report', root, '--format', 'json', '--jobs', '1']);
  return { code: result.code, report: ReportSchema.parse(JSON.parse(result.stdout)) };
}

const diagnostics = (report: Report) =>
  report.agents
    .flatMap((agent) => agent.findings)
    .filter((finding) => finding.ruleId.endsWith('-suppression'))
    .map((finding) => `${finding.ruleId} ${finding.severity} ${finding.file}:${finding.region.startLine} ${finding.message}`);

describe('policy/invalid-suppression and policy/unused-suppression', () => {
  it.each([
    [
      'an unknown rule id, with the closest id',
      { 'tools.py': `# cockpit: ignore[secret/github-patt] sandbox token\nTOKEN = "${TOKEN}"\n` },
      ["policy/invalid-suppression warning tools.py:1 cockpit: ignore[...] names unknown rule 'secret/github-patt' (did you mean 'secret/github-pat'?); it silences nothing."],
      1,
    ],
    [
      'ignore[*]',
      { 'tools.py': `# cockpit: ignore[*] legacy file\nTOKEN = "${TOKEN}"\n` },
      ['policy/invalid-suppression warning tools.py:1 cockpit: ignore[*] is never honoured: a blanket suppression would hide every future finding there; name the rule ids (or category/*).'],
      1,
    ],
    [
      'ignore[] with no rule',
      { 'tools.py': 'x = 1  # cockpit: ignore[] because\n' },
      ['policy/invalid-suppression warning tools.py:1 cockpit: ignore[] names no rule: put the rule id the finding shows between the brackets.'],
      0,
    ],
    [
      'no reason, aimed at nothing',
      { 'tools.py': 'x = 1  # cockpit: ignore[secret/jwt]\n' },
      ["policy/invalid-suppression warning tools.py:1 cockpit: ignore[secret/jwt] has no reason after its ']': a suppression is honoured only with one."],
      0,
    ],
    [
      'a valid suppression with no finding to silence (a note)',
      { 'tools.py': 'x = 1  # cockpit: ignore[secret/jwt] expired token from a recording\n' },
      ['policy/unused-suppression note tools.py:1 cockpit: ignore[secret/jwt] silences no finding on line 1 or 2; remove it or move it next to the finding.'],
      0,
    ],
    [
      'a TypeScript comment too',
      { 'web/client.ts': 'export const x = 1; // cockpit: ignore[security/evil] because\n' },
      ["policy/invalid-suppression warning web/client.ts:1 cockpit: ignore[...] names unknown rule 'security/evil'; it silences nothing."],
      0,
    ],
  ])('fire: %s', async (_name, files, expected, exitCode) => {
    const { code, report } = await audit(files);
    expect(diagnostics(report)).toEqual(expected);
    // A warning or a note never blocks by default: the exit code is the one the other findings decide.
    expect(code).toBe(exitCode);
  });

  it.each([
    ['a suppression that silences a finding on the next line', { 'tools.py': `# cockpit: ignore[secret/github-pat] revoked sandbox token\nTOKEN = "${TOKEN}"\n` }],
    ['a suppression of a manifest rule in requirements.txt', { 'requirements.txt': 'google-adk>=1.0  # cockpit: ignore[deps/unpinned-agent-package] pinned by the platform image\n' }],
    ['a category suppression on the same line', { 'tools.py': `TOKEN = "${TOKEN}"  # cockpit: ignore[secret/*] revoked sandbox token\n` }],
    ['the syntax shown in documentation', { 'docs/usage.md': '# Suppressing\n\n    # cockpit: ignore[RULE-ID] why\n    # cockpit: ignore[*] never\n' }],
    ['a file with no suppression at all', { 'tools.py': 'x = 1\n' }],
    ['the syntax shown in help text (placeholder ids)', { 'cli.py': 'HELP = "Suppress with: # cockpit: ignore[RULE-ID] why it is safe"\n', 'web/help.ts': 'export const help = (id: string) => `  # cockpit: ignore[${id}] why`;\n' }],
  ])('silent: %s', async (_name, files) => {
    const { code, report } = await audit(files);
    expect(diagnostics(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('explains a reasonless suppression in the finding it failed to silence, and adds no second finding', async () => {
    const { code, report } = await audit({ 'tools.py': `TOKEN = "${TOKEN}"  # cockpit: ignore[secret/*]\n` });
    expect(code).toBe(1);
    const findings = report.agents[0]!.findings.filter((finding) => finding.file === 'tools.py');
    expect(findings.map((finding) => finding.ruleId)).toEqual(['secret/github-pat']);
    expect(findings[0]!.message).toContain("(the cockpit: ignore on line 1 has no reason after its ']', so it is not honoured)");
  });

  it('can be turned off in cockpit.yaml like any rule', async () => {
    const { report } = await audit({
      'cockpit.yaml': 'version: 1\nrules:\n  policy/unused-suppression: off\n',
      'tools.py': 'x = 1  # cockpit: ignore[secret/jwt] expired token from a recording\n',
    });
    expect(diagnostics(report)).toEqual([]);
  });

  it('blocks when the policy blocks on warnings (a broken suppression is then a blocking problem)', async () => {
    const { code, report } = await audit({
      'cockpit.yaml': 'version: 1\ngate:\n  block_on: [error, warning]\n',
      'tools.py': 'x = 1  # cockpit: ignore[secret/jwt]\n',
    });
    expect(diagnostics(report)).toHaveLength(1);
    expect(code).toBe(2);
  });
});
