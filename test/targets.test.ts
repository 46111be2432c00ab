import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/** `ops report` with several paths, or a file, as ruff and eslint take them. */

const TOKEN_A = tokenLike('ghp_', 36, 96, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const TOKEN_B = tokenLike('ghp_', 36, 97, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

const adk = (name: string) =>
  `from google.adk.agents import Agent\nfrom google.adk.models import Gemini\nfrom google.genai import types\n\nroot_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")\n`;

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function monorepo(extra: Record<string, string> = {}): Promise<string> {
  const root = await makeTree({
    'agents/a/pyproject.toml': '[project]\nname = "a"\ndependencies = ["google-adk"]\n',
    'agents/a/a/__init__.py': '',
    'agents/a/a/agent.py': adk('a'),
    'agents/a/a/tools.py': 'def lookup(city: str) -> str:\n    return city\n',
    'agents/b/requirements.txt': 'google-adk\n',
    'agents/b/agent.py': adk('b'),
    'agents/c/requirements.txt': 'google-adk\n',
    'agents/c/agent.py': adk('c'),
    ...extra,
  });
  trees.push(root);
  return root;
}

const report = (cwd: string, ...args: string[]) => runInProcess(['report', ...args, '--format', 'json', '--jobs', '1'], { cwd });
const parse = (stdout: string): Report => ReportSchema.parse(JSON.parse(stdout));
const located = (parsed: Report) => parsed.agents.flatMap((agent) => agent.findings.filter((finding) => finding.category === 'secret').map((finding) => `${finding.ruleId} ${finding.file}:${finding.region.startLine}`));

describe('ops report PATH PATH…', () => {
  it('audits several agent folders as a small fleet, each under its own path', async () => {
    const root = await monorepo({ 'agents/b/config.py': `TOKEN = "${TOKEN_B}"\n` });
    const result = await report(root, 'agents/a', 'agents/b');
    expect(result.code).toBe(1);
    const parsed = parse(result.stdout);
    expect(parsed.root).toBe('agents');
    expect(parsed.agents.map((agent) => [agent.path, agent.exitCode])).toEqual([['a', 0], ['b', 1]]);
    expect(located(parsed)).toEqual(['secret/github-pat b/config.py:1']);
  });

  it('shows the fleet table for several folders ("Fleet (2 agents)")', async () => {
    const root = await monorepo();
    const result = await runInProcess(['report', 'agents/a', 'agents/c', '--jobs', '1'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fleet (2 agents)');
  });

  it('exits 3 with one line for a missing path among several, before auditing', async () => {
    const root = await monorepo();
    const result = await report(root, 'agents/a', 'agents/nope');
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('ops: error: agents/nope: no such file or directory\n');
  });

  it('exits 3 for a folder inside another one given', async () => {
    const root = await monorepo();
    const result = await report(root, 'agents', 'agents/b');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ops: error: agents/b: inside agents, which is audited too; give one of them\n');
  });
});

describe('ops report FILE', () => {
  it('reports and gates only the file given, from the agent that owns it', async () => {
    const root = await monorepo({ 'agents/a/a/config.py': `TOKEN = "${TOKEN_A}"\n` });
    // The agent has a secret elsewhere: the file given does not, so it passes.
    const clean = await report(root, 'agents/a/a/tools.py');
    expect(clean.code).toBe(0);
    const parsed = parse(clean.stdout);
    // The agent is the folder with the manifest (as discovery chooses it), not the file's package folder.
    expect(parsed.root).toBe('agents/a');
    expect(parsed.agents.map((agent) => agent.path)).toEqual(['.']);
    expect(located(parsed)).toEqual([]);
    // The file that holds the secret fails, and names it from the agent's folder.
    const leaking = await report(root, 'agents/a/a/config.py');
    expect(leaking.code).toBe(1);
    expect(located(parse(leaking.stdout))).toEqual(['secret/github-pat a/config.py:1']);
  });

  it('takes several files, and files of different agents', async () => {
    const root = await monorepo({ 'agents/a/a/config.py': `TOKEN = "${TOKEN_A}"\n`, 'agents/b/config.py': `TOKEN = "${TOKEN_B}"\n` });
    const result = await report(root, 'agents/a/a/config.py', 'agents/b/config.py', 'agents/b/agent.py');
    expect(result.code).toBe(1);
    expect(located(parse(result.stdout))).toEqual(['secret/github-pat a/a/config.py:1', 'secret/github-pat b/config.py:1']);
  });

  it('a folder given whole wins over a file of it given too', async () => {
    const root = await monorepo({ 'agents/b/config.py': `TOKEN = "${TOKEN_B}"\n` });
    const result = await report(root, 'agents/b/agent.py', 'agents/b');
    expect(result.code).toBe(1);
    expect(located(parse(result.stdout))).toEqual(['secret/github-pat config.py:1']);
  });

  it('works from an absolute path, and with the same finding a folder run reports', async () => {
    const root = await monorepo({ 'agents/b/config.py': `TOKEN = "${TOKEN_B}"\n` });
    const file = await report(root, path.join(root, 'agents/b/config.py'));
    const folder = await report(root, 'agents/b');
    expect(parse(file.stdout).agents[0]!.findings.map((finding) => finding.fingerprint)).toEqual(
      parse(folder.stdout).agents[0]!.findings.filter((finding) => finding.file === 'config.py').map((finding) => finding.fingerprint),
    );
  });

  it('takes source files only: a manifest or config file is named with one line and exit 3', async () => {
    const root = await monorepo();
    const result = await report(root, 'agents/b/requirements.txt');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('ops: error: agents/b/requirements.txt: not a directory or a source file (Python, TypeScript, JavaScript or a notebook)\n');
  });

  it('refuses flags that need one folder, with one line and exit 3', async () => {
    const root = await monorepo();
    for (const [args, message] of [
      [['agents/b/agent.py', '--workspace'], '--workspace: takes one folder, not a file'],
      [['agents/a', 'agents/b', '--heal'], '--heal: takes one folder, not several paths'],
      [['agents/a', 'agents/b', '--baseline', 'x.json'], '--baseline: takes one folder, not several paths'],
    ] as const) {
      const result = await report(root, ...args);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`ops: error: ${message}\n`);
    }
  });
});
