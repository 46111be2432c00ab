import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 19: triage decisions (accepted risk, false positive) with a reason, an author and an expiry, stored in
 * .cockpit/triage.json, honoured by the gate and listed in JSON and SARIF; an expired or revoked decision gates again.
 */
const TOKEN = tokenLike('ghp_', 36, 91);
const AGENT = `from agents import Agent

GITHUB_TOKEN = "${TOKEN}"

agent = Agent(name="release-notes", instructions="Summarise merged pull requests.")
`;

let tree = '';
afterEach(async () => {
  if (tree) await removeTree(tree);
  tree = '';
});

interface JsonFinding {
  ruleId: string;
  fingerprint: string;
  suppression?: { kind: string; status?: string; reason: string; author?: string; expires?: string };
}
interface JsonReport {
  exitCode: number;
  triage?: { file: string; applied: number; expired: Array<{ fingerprint: string; expires: string }> };
  agents: Array<{ path: string; findings: JsonFinding[]; suppressed: JsonFinding[] }>;
}

async function fleet(): Promise<string> {
  return makeTree({ 'agents/notes/agent.py': AGENT, 'agents/notes/requirements.txt': 'openai-agents==0.4.2\n' });
}

async function report(root: string, ...extra: string[]): Promise<{ code: number; json: JsonReport }> {
  const result = await runInProcess(['report', '--workspace', root, '--format', 'json', '--quiet', '--jobs', '1', ...extra]);
  expect(result.stderr).toBe('');
  return { code: result.code, json: JSON.parse(result.stdout) as JsonReport };
}

const secretOf = (json: JsonReport) => json.agents.flatMap((agent) => agent.findings).find((finding) => finding.ruleId.startsWith('secret/'))!;

describe('ops triage', () => {
  it('takes an accepted risk out of the gate, with its decision in JSON, SARIF and the text report, until revoked', async () => {
    tree = await fleet();
    const before = await report(tree);
    expect(before.code).toBe(1);
    const fingerprint = secretOf(before.json).fingerprint;

    const decided = await runInProcess(['triage', 'accept', fingerprint.slice(0, 8), '--reason', 'read-only token for a public mirror', '--expires', '2999-12-31', '--author', 'Ana <ana@example.com>', '--root', tree]);
    expect(decided).toMatchObject({ code: 0, stderr: '' });
    expect(decided.stdout).toMatch(/^accepted risk: secret\/[\w-]+ at agents\/notes\/agent\.py:3, until 2999-12-31; written to .*\.cockpit\/triage\.json\n$/);
    const stored = await readFile(path.join(tree, '.cockpit', 'triage.json'), 'utf8');
    expect(stored).not.toContain(TOKEN);
    expect(JSON.parse(stored)).toMatchObject({ version: 1, decisions: [{ fingerprint, status: 'accepted-risk', author: 'Ana <ana@example.com>', expires: '2999-12-31' }] });

    const after = await report(tree);
    expect(after.code).toBe(0);
    expect(after.json.triage).toMatchObject({ applied: 1, expired: [] });
    const suppressed = after.json.agents.flatMap((agent) => agent.suppressed).find((finding) => finding.fingerprint === fingerprint);
    expect(suppressed?.suppression).toEqual({ kind: 'triage', status: 'accepted-risk', reason: 'read-only token for a public mirror', author: 'Ana <ana@example.com>', decidedAt: expect.any(String), expires: '2999-12-31' });

    const sarif = await runInProcess(['report', '--workspace', tree, '--format', 'sarif', '--quiet', '--jobs', '1']);
    const result = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; suppressions?: unknown[] }> }> }).runs[0]!.results.find((entry) =>
      Object.values(entry.partialFingerprints).includes(fingerprint),
    );
    expect(result?.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted', justification: expect.stringContaining('accepted risk: read-only token for a public mirror (Ana <ana@example.com>') })]);

    const text = await runInProcess(['report', '--workspace', tree, '--quiet', '--jobs', '1', '--no-color']);
    expect(text.stdout).toMatch(/Triage: .*triage\.json: 1 finding accepted or marked false positive/);

    const revoked = await runInProcess(['triage', 'revoke', fingerprint.slice(0, 10), '--reason', 'token now has write scope', '--author', 'Bo', '--root', tree]);
    expect(revoked.code).toBe(0);
    expect((await report(tree)).code).toBe(1);
    const history = await runInProcess(['triage', 'list', '--history', '--root', tree]);
    expect(history.stdout.trim().split('\n').map((line) => line.replace(/^\S+\s+/, '').split(/\s{2,}| /)[0])).toEqual(['accepted', 'revoked']);
  });

  it('lets an expired decision gate again and says so', async () => {
    tree = await fleet();
    const fingerprint = secretOf((await report(tree)).json).fingerprint;
    const triage = {
      version: 1,
      decisions: [{ fingerprint, status: 'false-positive', reason: 'fixture', author: 'Ana', decidedAt: '2026-01-02T10:00:00.000Z', expires: '2026-02-01' }],
      history: [],
    };
    await writeFile(path.join(tree, '.cockpit', 'triage.json'), JSON.stringify(triage));
    const run = await report(tree);
    expect(run.code).toBe(1);
    expect(run.json.triage).toEqual({ file: expect.stringMatching(/triage\.json$/), applied: 0, expired: [{ fingerprint, expires: '2026-02-01' }] });
    const listed = await runInProcess(['triage', 'list', '--root', tree]);
    expect(listed.stdout).toMatch(/false positive .*2026-02-01 \(expired\)/);
  });

  it('honours the agent folder triage file when one agent is audited on its own', async () => {
    tree = await fleet();
    const agent = path.join(tree, 'agents/notes');
    const single = await runInProcess(['report', agent, '--format', 'json']);
    const fingerprint = secretOf(JSON.parse(single.stdout) as JsonReport).fingerprint;
    expect((await runInProcess(['triage', 'false-positive', fingerprint, '--reason', 'a documented example token', '--author', 'Ana', '--root', agent])).code).toBe(0);
    expect((await runInProcess(['report', agent, '--format', 'json'])).code).toBe(0);
  });

  it.each([
    [['triage', 'accept', 'abcdef12', '--reason', 'why not'], /no finding in .* starts with it/],
    [['triage', 'accept', 'xyz', '--reason', 'why not'], /expected hexadecimal, at least 6 characters/],
    [['triage', 'accept', '0123456789abcdef0123456789abcdef', '--reason', 'fine here', '--expires', '2026-02-30'], /--expires: '2026-02-30' is not a date/],
    [['triage', 'accept', '0123456789abcdef0123456789abcdef', '--reason', 'fine here', '--expires', '2020-01-01'], /--expires: 2020-01-01 has already passed/],
    [['triage', 'accept', '0123456789abcdef0123456789abcdef', '--reason', 'ok'], /--reason: say why in a few words/],
    [['triage', 'accept', '0123456789abcdef0123456789abcdef'], /required option '-r, --reason <text>' not specified/],
    [['triage', 'revoke', '0123456789', '--reason', 'gone'], /triage\.json: no such file/],
  ])('refuses %j with exit 3 and one line', async (args, message) => {
    tree = await fleet();
    const result = await runInProcess([...args, '--root', tree]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a triage file that is not one, naming it, before auditing', async () => {
    tree = await fleet();
    await runInProcess(['report', '--workspace', tree, '--quiet', '--jobs', '1']);
    await writeFile(path.join(tree, '.cockpit', 'triage.json'), '{"version": 1, "decisions": [{"fingerprint": "nope"}]}');
    const result = await runInProcess(['report', '--workspace', tree, '--quiet', '--jobs', '1']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\.cockpit\/triage\.json: not a cockpit triage file \(decisions\.0\.fingerprint: /);
  });
});
