import { chmod, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { REPO_ROOT, removeTree, runCli, tokenLike } from './helpers/cli.js';

// Each test runs the real CLI several times; on a loaded CI machine that can take a while.
const SLOW_MACHINE_TIMEOUT = 90_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STAGED = tokenLike('ghp_', 36, 91, ALPHABET);
const UNSTAGED = tokenLike('ghp_', 36, 92, ALPHABET);
const COMMITTED = tokenLike('ghp_', 36, 93, ALPHABET);

const GIT_ENV = { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1' };
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

const adk = (name: string, ...lines: string[]) =>
  ['from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types', ...lines, `root_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")`, ''].join('\n');

const CLEAN = { 'agents/a/agent.py': adk('a'), 'agents/b/agent.py': adk('b') };

async function repo(files: Record<string, string> = CLEAN, options: { commit?: boolean } = {}): Promise<GitRepo> {
  const created = await createGitRepo(files, options);
  cleanups.push(created.remove);
  return created;
}

const staged = (cwd: string, ...extra: string[]) => runCli(['report', '--staged', '--quiet', ...extra], { cwd, env: GIT_ENV });

function parse(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

const locations = (report: Report) => report.agents.flatMap((agent) => agent.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.region.startLine}`));

describe('ops report --staged', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('audits the staged content: a staged secret removed from the work tree is still caught', async () => {
    const fleet = await repo();
    await fleet.write({ 'agents/a/agent.py': adk('a', `TOKEN = "${STAGED}"`) });
    await fleet.git('add', 'agents/a/agent.py');
    await fleet.write({ 'agents/a/agent.py': adk('a', 'import os', 'TOKEN = os.environ["TOKEN"]') });

    const result = await staged(fleet.root, '--workspace', '--format', 'json');
    expect(result.code).toBe(1);
    const parsed = parse(result.stdout);
    expect(parsed.root).toBe('.');
    expect(parsed.changes).toEqual({ mode: 'staged', files: ['agents/a/agent.py'], agents: ['agents/a'], outside: 0 });
    expect(locations(parsed)).toEqual(['secret/github-pat agents/a/agent.py:2']);
    expect(result.stdout).not.toContain(STAGED);

    // The same as one agent (the repository root as PATH).
    const single = await staged(fleet.root, '--format', 'json');
    expect(single.code).toBe(1);
    expect(locations(parse(single.stdout))).toEqual(['secret/github-pat agents/a/agent.py:2']);
  });

  it('does not report a secret that is only in an unstaged edit', async () => {
    const fleet = await repo();
    await fleet.write({ 'agents/a/agent.py': adk('a', '# staged comment') });
    await fleet.git('add', '-A');
    await fleet.write({ 'agents/a/agent.py': adk('a', '# staged comment', `TOKEN = "${UNSTAGED}"`) });

    const result = await staged(fleet.root, '--workspace');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Staged changes: 1 file in 1 agent (agents/a)');
    expect(result.stdout).toContain('Verdict: PASS (exit 0)');
    // The work tree does hold a secret the normal audit catches.
    expect((await runCli(['report', fleet.root, '--workspace', '--quiet', '--jobs', '1', '--no-cache'], { env: GIT_ENV })).code).toBe(1);
  });

  it('gates only the staged lines: a committed secret elsewhere in the file is not counted', async () => {
    const fleet = await repo({ ...CLEAN, 'agents/a/agent.py': adk('a', `TOKEN = "${COMMITTED}"`) });
    await fleet.write({ 'agents/a/agent.py': adk('a', `TOKEN = "${COMMITTED}"`, '# staged comment') });
    await fleet.git('add', '-A');
    const result = await staged(fleet.root, '--workspace', '--format', 'json');
    expect(result.code).toBe(0);
    const parsed = parse(result.stdout);
    expect(parsed.changes?.outside).toBe(1);
    expect(parsed.agents[0]?.outsideChanges?.map((finding) => finding.region.startLine)).toEqual([2]);
  });

  it('works before the first commit, writes no lake and leaves no snapshot behind', async () => {
    const fleet = await repo({ 'agents/a/agent.py': adk('a', `TOKEN = "${STAGED}"`) }, { commit: false });
    await fleet.git('add', '-A');
    const temporary = await mkdtemp(path.join(os.tmpdir(), 'cockpit-staged-tmp-'));
    cleanups.push(() => removeTree(temporary));
    const result = await runCli(['report', '--staged', '--workspace', '--format', 'json'], { cwd: fleet.root, env: { ...GIT_ENV, TMPDIR: temporary } });
    expect(result.code).toBe(1);
    expect(locations(parse(result.stdout))).toEqual(['secret/github-pat agents/a/agent.py:2']);
    expect(await readdir(temporary)).toEqual([]);
    await expect(stat(path.join(fleet.root, '.cockpit'))).rejects.toThrow(/ENOENT/);
  });

  it('passes quickly with nothing staged', async () => {
    const fleet = await repo();
    const result = await staged(fleet.root, '--workspace', '--format', 'json');
    expect(result.code).toBe(0);
    expect(parse(result.stdout).agents).toEqual([]);
    const loud = await runCli(['report', '--staged', '--workspace'], { cwd: fleet.root, env: GIT_ENV });
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain('has staged changes: nothing was audited');
  });

  it('refuses combinations that make no sense, with one line and exit 3', async () => {
    const fleet = await repo();
    for (const [flags, message] of [
      [['--heal'], '--heal: not with --staged'],
      [['--from-lake', '.'], '--staged: needs a folder to audit, not --from-lake'],
      [['--workspace', '--lake', 'x'], '--lake: not with --staged'],
    ] as const) {
      const result = await staged(fleet.root, ...flags);
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    }
  });
});

describe('pre-commit', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('blocks a real git commit that stages a secret, including git commit -a', async () => {
    const fleet = await repo();
    const hook = path.join(fleet.root, '.git', 'hooks', 'pre-commit');
    await writeFile(hook, `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO_ROOT, 'bin', 'ops.js')}" report --staged --quiet --workspace\n`);
    await chmod(hook, 0o755);
    const head = async () => (await fleet.git('rev-parse', 'HEAD')).trim();
    const before = await head();

    await fleet.write({ 'agents/b/agent.py': adk('b', `TOKEN = "${STAGED}"`) });
    await fleet.git('add', '-A');
    await expect(fleet.git('commit', '-q', '-m', 'leak')).rejects.toThrow(/security critical/);
    expect(await head()).toBe(before);

    // `git commit -a` stages tracked edits into a temporary index (GIT_INDEX_FILE) before the hook runs.
    await fleet.git('reset', '-q');
    await expect(fleet.git('commit', '-q', '-a', '-m', 'leak again')).rejects.toThrow(/security critical/);
    expect(await head()).toBe(before);

    await fleet.write({ 'agents/b/agent.py': adk('b', '# safe') });
    await fleet.git('commit', '-q', '-a', '-m', 'safe');
    expect(await head()).not.toBe(before);
  });

  it('ships a .pre-commit-hooks.yaml that runs the staged audit', async () => {
    const hooks = parseYaml(await readFile(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'agentops-cockpit',
        entry: 'ops report --staged --quiet',
        language: 'node',
        pass_filenames: false,
      }),
    ]);
    expect(typeof hooks[0]!['name']).toBe('string');
    // The entry's arguments are ones the CLI accepts (pre-commit appends `args` to them).
    const fleet = await repo();
    const [, ...args] = String(hooks[0]!['entry']).split(' ');
    const result = await runCli(args, { cwd: fleet.root, env: GIT_ENV });
    expect(result.code).toBe(0);
  });
});
