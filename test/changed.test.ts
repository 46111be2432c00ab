import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

// Each test runs the real CLI several times; on a loaded CI machine that can take a while.
const SLOW_MACHINE_TIMEOUT = 90_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (seed: number) => tokenLike('ghp_', 36, seed, ALPHABET);
const OLD_A = token(81);
const NEW_A = token(82);
const NEW_B = token(83);
const OLD_C = token(84);
const MAIN_C = token(85);

// The CLI's git must not read the machine's git configuration either.
const GIT_ENV = { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1' };
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

const adk = (name: string, ...lines: string[]) =>
  ['from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types', ...lines, `root_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")`, ''].join('\n');

const BASE_FILES = {
  'README.md': '# fleet\n',
  'agents/a/agent.py': adk('a', `OLD_TOKEN = "${OLD_A}"`),
  'agents/b/agent.py': adk('b'),
  'agents/c/agent.py': adk('c', `C_TOKEN = "${OLD_C}"`),
};

async function repo(files: Record<string, string> = BASE_FILES): Promise<GitRepo> {
  const created = await createGitRepo(files);
  cleanups.push(created.remove);
  return created;
}

const report = (target: string, ...extra: string[]) => runCli(['report', target, '--no-cache', '--quiet', '--jobs', '1', ...extra], { env: GIT_ENV });

function parse(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

const summary = (agent: Report['agents'][number]) => ({
  path: agent.path,
  findings: agent.findings.map((finding) => `${finding.file}:${finding.region.startLine}`),
  outside: agent.outsideChanges?.map((finding) => `${finding.file}:${finding.region.startLine}`),
});

describe('ops report --changed-since on a feature branch', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  let fleet: GitRepo;
  let mergeBase: string;

  beforeAll(async () => {
    fleet = await repo();
    await fleet.git('checkout', '-q', '-b', 'feature');
    // Committed on the branch: a new secret two lines below the old one.
    await fleet.write({ 'agents/a/agent.py': adk('a', `OLD_TOKEN = "${OLD_A}"`, '', `NEW_TOKEN = "${NEW_A}"`) });
    await fleet.commit('feature work');
    // Meanwhile main moved on with a change in agent c: not this branch's change.
    await fleet.git('checkout', '-q', 'main');
    await fleet.write({ 'agents/c/agent.py': adk('c', `C_TOKEN = "${OLD_C}"`, `MAIN_TOKEN = "${MAIN_C}"`) });
    await fleet.commit('main work');
    await fleet.git('checkout', '-q', 'feature');
    mergeBase = (await fleet.git('merge-base', 'main', 'feature')).trim();
    // Uncommitted work: an edit to b without findings, and an untracked file with a secret.
    await fleet.write({ 'agents/b/agent.py': adk('b', '# reviewed'), 'agents/b/settings.py': `TOKEN = "${NEW_B}"\n` });
  }, SLOW_MACHINE_TIMEOUT);

  it('audits only the changed agents and gates only on changed lines and new files', async () => {
    const result = await report(fleet.root, '--workspace', '--changed-since', 'main', '--format', 'json');
    expect(result.code).toBe(1);
    const parsed = parse(result.stdout);
    expect(parsed.changes).toEqual({
      mode: 'since',
      ref: 'main',
      base: mergeBase,
      files: ['agents/a/agent.py', 'agents/b/agent.py', 'agents/b/settings.py'],
      agents: ['agents/a', 'agents/b'],
      outside: 1,
    });
    expect(parsed.agents.map(summary)).toEqual([
      { path: 'agents/a', findings: ['agents/a/agent.py:4'], outside: ['agents/a/agent.py:2'] },
      { path: 'agents/b', findings: ['agents/b/settings.py:1'], outside: [] },
    ]);
    expect(parsed.summary.findings).toBe(2);
    expect(parsed.summary.agents).toBe(2);
    for (const secret of [OLD_A, NEW_A, NEW_B]) expect(result.stdout).not.toContain(secret);
  });

  it('marks SARIF results new or unchanged and stays valid', async () => {
    const result = await report(fleet.root, '--workspace', '--changed-since', 'main', '--format', 'sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as {
      runs: Array<{ results: Array<{ baselineState?: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(
      log.runs[0]!.results.map((entry) => [entry.locations[0]!.physicalLocation.artifactLocation.uri, entry.locations[0]!.physicalLocation.region.startLine, entry.baselineState]),
    ).toEqual([
      ['agents/a/agent.py', 2, 'unchanged'],
      ['agents/a/agent.py', 4, 'new'],
      ['agents/b/settings.py', 1, 'new'],
    ]);
  });

  it('says what changed in the text report', async () => {
    const result = await report(fleet.root, '--workspace', '--changed-since', 'main');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Changes since main: 3 files in 2 agents (agents/a, agents/b); 1 finding outside the changed lines, not counted');
    expect(result.stdout).toContain('agents/b/settings.py:1');
    expect(result.stdout).not.toContain('agents/c');
  });

  it('works for one agent, with paths relative to it', async () => {
    const result = await report(path.join(fleet.root, 'agents', 'a'), '--changed-since', 'main', '--format', 'json');
    expect(result.code).toBe(1);
    const parsed = parse(result.stdout);
    expect(parsed.changes?.files).toEqual(['agent.py']);
    expect(parsed.agents.map(summary)).toEqual([{ path: '.', findings: ['agent.py:4'], outside: ['agent.py:2'] }]);

    // Agent c has no changes of this branch: nothing to audit, nothing to gate.
    const untouched = await report(path.join(fleet.root, 'agents', 'c'), '--changed-since', 'main', '--format', 'json');
    expect(untouched.code).toBe(0);
    expect(parse(untouched.stdout).agents).toEqual([]);
  });

  it('compares with the ref itself when the ref is an ancestor (local work since a commit)', async () => {
    const result = await report(fleet.root, '--workspace', '--changed-since', 'HEAD', '--format', 'json');
    const parsed = parse(result.stdout);
    // Only the uncommitted work of agent b: the committed secret in a is not a change since HEAD.
    expect(parsed.changes?.agents).toEqual(['agents/b']);
    expect(parsed.changes?.base).toBe((await fleet.git('rev-parse', 'HEAD')).trim());
    expect(parsed.agents.map(summary)).toEqual([{ path: 'agents/b', findings: ['agents/b/settings.py:1'], outside: [] }]);
    expect(result.code).toBe(1);
  });
});

describe('ops report --changed-since selection', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('passes when the only change is away from the existing findings', async () => {
    const fleet = await repo();
    await fleet.write({ 'agents/a/agent.py': adk('a', `OLD_TOKEN = "${OLD_A}"`, '# a harmless comment') });
    const result = await report(fleet.root, '--workspace', '--changed-since', 'HEAD', '--format', 'json');
    expect(result.code).toBe(0);
    const parsed = parse(result.stdout);
    expect(parsed.agents.map(summary)).toEqual([{ path: 'agents/a', findings: [], outside: ['agents/a/agent.py:2'] }]);
    expect(parsed.verdict).toBe('pass');
  });

  it('audits nothing when nothing changed', async () => {
    const fleet = await repo();
    const result = await report(fleet.root, '--workspace', '--changed-since', 'HEAD', '--format', 'json');
    expect(result.code).toBe(0);
    expect(parse(result.stdout).agents).toEqual([]);
    const text = await runCli(['report', fleet.root, '--workspace', '--no-cache', '--changed-since', 'HEAD'], { env: GIT_ENV });
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('has changes since HEAD: nothing was audited');
  });

  it('audits every agent when the fleet policy (root cockpit.yaml) changed, gating only changed lines', async () => {
    const fleet = await repo({ ...BASE_FILES, 'cockpit.yaml': 'version: 1\n' });
    await writeFile(path.join(fleet.root, 'cockpit.yaml'), 'version: 1\ngate:\n  block_on: [error]\n');
    const result = await report(fleet.root, '--workspace', '--changed-since', 'HEAD', '--format', 'json');
    const parsed = parse(result.stdout);
    // The root cockpit.yaml is one of the files outside every agent: the repository entry is audited too.
    expect(parsed.changes?.agents).toEqual(['.', 'agents/a', 'agents/b', 'agents/c']);
    expect(parsed.changes?.outside).toBe(2);
    expect(result.code).toBe(0);
  });

  it('counts a renamed file as new', async () => {
    const fleet = await repo();
    await fleet.git('mv', 'agents/c/agent.py', 'agents/c/main_agent.py');
    const parsed = parse((await report(fleet.root, '--workspace', '--changed-since', 'HEAD', '--format', 'json')).stdout);
    expect(parsed.changes?.files).toEqual(['agents/c/agent.py', 'agents/c/main_agent.py']);
    expect(parsed.agents.map(summary)).toEqual([{ path: 'agents/c', findings: ['agents/c/main_agent.py:2'], outside: [] }]);
    expect(parsed.exitCode).toBe(1);
  });

  it('exits 3 with one line for an unknown ref, a folder outside git, or --staged with it', async () => {
    const fleet = await repo();
    const unknown = await report(fleet.root, '--workspace', '--changed-since', 'no-such-branch');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr.trim().split('\n')).toEqual([expect.stringContaining("--changed-since: unknown git ref 'no-such-branch'")]);

    const option = await report(fleet.root, '--changed-since=--output=x');
    expect(option.code).toBe(3);
    expect(option.stderr).toContain('is not a git ref');

    const plain = await makeTree({ 'agent.py': adk('x') });
    cleanups.push(() => removeTree(plain));
    const outside = await report(plain, '--changed-since', 'HEAD', '--format', 'json');
    expect(outside.code).toBe(3);
    expect(outside.stdout).toBe('');
    expect(outside.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--changed-since: .* is not inside a git work tree$/)]);

    const both = await report(fleet.root, '--changed-since', 'HEAD', '--staged');
    expect(both.code).toBe(3);
    expect(both.stderr).toContain('--staged: not with --changed-since');
  });
});
