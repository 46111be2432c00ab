import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { ReportSchema } from '../src/report/model.js';
import { tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/** The pre-commit hook's own command (`ops report --staged --quiet`, no --workspace) in a real git repository. */

const GIT_ENV = { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1' };
const STAGED = tokenLike('ghp_', 36, 94, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

const adk = (name: string, ...lines: string[]) =>
  ['from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types', ...lines, `root_agent = Agent(name="${name}", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")`, ''].join('\n');

const repos: GitRepo[] = [];
afterAll(async () => {
  await Promise.all(repos.map((repo) => repo.remove()));
});

async function monorepo(): Promise<GitRepo> {
  const repo = await createGitRepo({ 'agents/a/agent.py': adk('a'), 'agents/b/agent.py': adk('b'), 'README.md': '# agents\n' });
  repos.push(repo);
  return repo;
}

const hook = (cwd: string, ...extra: string[]) => runInProcess(['report', '--staged', '--quiet', ...extra], { cwd, env: GIT_ENV });

describe('ops report --staged (the pre-commit hook)', { timeout: 60_000 }, () => {
  it('prints nothing and exits 0 when nothing is staged', async () => {
    const repo = await monorepo();
    const result = await hook(repo.root);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('still answers in JSON with nothing staged (a script reads it)', async () => {
    const repo = await monorepo();
    const result = await hook(repo.root, '--format', 'json');
    expect(result.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(result.stdout)).agents).toEqual([]);
  });

  it('audits only the agents that own staged files, not the monorepo as one agent', async () => {
    const repo = await monorepo();
    await repo.write({ 'agents/b/agent.py': adk('b', '# a staged comment') });
    await repo.git('add', '-A');
    const result = await hook(repo.root, '--format', 'json');
    expect(result.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.agents.map((agent) => agent.path)).toEqual(['agents/b']);
    // Named after the agent, not the temporary snapshot folder.
    expect(report.agents[0]!.name).not.toMatch(/cockpit-staged/);
    expect(report.changes).toMatchObject({ mode: 'staged', files: ['agents/b/agent.py'], agents: ['agents/b'] });
  });

  it('blocks a staged secret in one agent and names its file from the repository root', async () => {
    const repo = await monorepo();
    await repo.write({ 'agents/a/agent.py': adk('a', `TOKEN = "${STAGED}"`) });
    await repo.git('add', '-A');
    const result = await hook(repo.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('agents/a/agent.py:2');
    expect(result.stdout).not.toContain(STAGED);
    expect(result.stdout).toContain('1 agent');
    expect(result.stdout).not.toMatch(/\b1 agents\b/);
  });

  it('says "Fleet (1 agent)" in the full text report', async () => {
    const repo = await monorepo();
    await repo.write({ 'agents/a/agent.py': adk('a', '# staged') });
    await repo.git('add', '-A');
    const result = await runInProcess(['report', '--staged'], { cwd: repo.root, env: GIT_ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fleet (1 agent)');
    expect(result.stdout).not.toMatch(/\b1 agents\b/);
  });

  it('scans a staged file outside every agent for secrets (the repository entry)', async () => {
    const repo = await monorepo();
    await repo.write({ 'scripts/deploy.sh': `export GITHUB_TOKEN="${STAGED}"\n` });
    await repo.git('add', '-A');
    const result = await hook(repo.root, '--format', 'json');
    expect(result.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.agents.map((agent) => agent.path)).toEqual(['.']);
    expect(report.agents[0]!.findings.map((finding) => finding.file)).toEqual(['scripts/deploy.sh']);
  });
});
