import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeAgentId } from './identity.js';
import { gitRemoteRepository, normaliseRepository, originUrl, pushRepository } from './repository.js';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-repository-'));
  temps.push(dir);
  return dir;
}

describe('normaliseRepository', () => {
  it.each([
    ['acme/agents', 'acme/agents'],
    ['git@github.com:acme/agents.git', 'acme/agents'],
    ['https://github.com/acme/agents.git', 'acme/agents'],
    ['https://github.com/acme/agents', 'acme/agents'],
    ['https://x-access-token:ghs_notarealtoken@github.com/acme/agents.git', 'acme/agents'],
    ['https://oauth2:glpat/with:odd@chars@gitlab.example.com:8443/group/sub/project.git', 'group/sub/project'],
    ['ssh://git@github.com:22/acme/agents.git', 'acme/agents'],
    ['ssh://git@github.com/acme/agents.git/', 'acme/agents'],
    ['git://example.org/acme/agents.git', 'acme/agents'],
    ['github.com:acme/agents', 'acme/agents'],
    ['https://github.com/acme/agents.git?ref=main#readme', 'acme/agents'],
    ['  acme/agents  ', 'acme/agents'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseRepository(raw)).toBe(expected);
  });

  it('never keeps a credential, and names nothing for empty input', () => {
    expect(normaliseRepository('https://user:hunter2@github.com/acme/agents.git')).not.toContain('hunter2');
    expect(normaliseRepository('')).toBeUndefined();
    expect(normaliseRepository('   ')).toBeUndefined();
    expect(normaliseRepository('https://github.com/')).toBeUndefined();
    expect(normaliseRepository(undefined)).toBeUndefined();
  });
});

describe('store identity', () => {
  it('is the local id without a repository, 16 hex of (repository, id) with one, case-insensitive', () => {
    expect(storeAgentId(undefined, '4a444cfc357afaf3')).toBe('4a444cfc357afaf3');
    const a = storeAgentId('acme/a', '4a444cfc357afaf3');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(storeAgentId('acme/b', '4a444cfc357afaf3'));
    expect(storeAgentId('Acme/A', '4a444cfc357afaf3')).toBe(a);
  });
});

describe('the git remote of a checkout', () => {
  it('reads origin from .git/config (quoted, commented, among other remotes)', () => {
    const config = [
      '[core]',
      '\trepositoryformatversion = 0',
      '[remote "upstream"]',
      '\turl = git@github.com:upstream/agents.git',
      '[remote "origin"]',
      '\tfetch = +refs/heads/*:refs/remotes/origin/*',
      '\turl = "https://github.com/acme/agents.git" ; the fork',
    ].join('\n');
    expect(originUrl(config)).toBe('https://github.com/acme/agents.git');
    expect(originUrl('[remote "upstream"]\n url = x/y\n')).toBeUndefined();
  });

  it('finds the checkout above a lake folder, also through a worktree gitdir file', async () => {
    const root = await temp();
    await mkdir(path.join(root, 'main', '.git'), { recursive: true });
    await writeFile(path.join(root, 'main', '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/agents.git\n');
    const lake = path.join(root, 'main', '.cockpit', 'evidence_lake');
    await mkdir(lake, { recursive: true });
    expect(await gitRemoteRepository(lake)).toBe('acme/agents');

    // A linked worktree: `.git` is a file naming its git folder, whose `commondir` leads to the config.
    const worktreeGit = path.join(root, 'main', '.git', 'worktrees', 'feature');
    await mkdir(worktreeGit, { recursive: true });
    await writeFile(path.join(worktreeGit, 'commondir'), '../..\n');
    await mkdir(path.join(root, 'feature'), { recursive: true });
    await writeFile(path.join(root, 'feature', '.git'), `gitdir: ${worktreeGit}\n`);
    expect(await gitRemoteRepository(path.join(root, 'feature'))).toBe('acme/agents');

    expect(await gitRemoteRepository(await temp())).toBeUndefined();
  });

  it('push precedence: --repository, then CI, then the git remote', async () => {
    const root = await temp();
    await mkdir(path.join(root, '.git'), { recursive: true });
    await writeFile(path.join(root, '.git', 'config'), '[remote "origin"]\n\turl = https://tok@github.com/acme/from-git.git\n');
    const lakeDir = root;
    expect(await pushRepository({ flag: 'https://github.com/acme/flag.git', env: { GITHUB_REPOSITORY: 'acme/ci' }, lakeDir })).toEqual({ override: { name: 'acme/flag', from: '--repository' } });
    expect(await pushRepository({ env: { GITHUB_REPOSITORY: 'acme/ci' }, lakeDir })).toEqual({ fallback: { name: 'acme/ci', from: 'GITHUB_REPOSITORY' } });
    expect(await pushRepository({ env: { CI_PROJECT_PATH: 'group/project' }, lakeDir })).toEqual({ fallback: { name: 'group/project', from: 'CI_PROJECT_PATH' } });
    expect(await pushRepository({ env: { GITHUB_REPOSITORY: '' }, lakeDir })).toEqual({ fallback: { name: 'acme/from-git', from: 'git remote origin' } });
    await expect(pushRepository({ flag: 'https://tok@github.com/', env: {}, lakeDir })).rejects.toThrow(/^--repository: names no repository/);
  });
});
