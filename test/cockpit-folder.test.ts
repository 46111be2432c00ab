import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/** `.cockpit/` holds the evidence lake (local) and the baseline and triage files (committed): its .gitignore keeps them apart. */

const AGENT = { 'agents/a/agent.py': 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="a", model="gemini-2.5-flash", instruction="Help.")\n' };

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function repo(files: Record<string, string> = AGENT): Promise<GitRepo> {
  const created = await createGitRepo(files);
  cleanups.push(created.remove);
  return created;
}

const audit = (root: string, ...extra: string[]) => runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', ...extra]);

describe('.cockpit/.gitignore', { timeout: 60_000 }, () => {
  it('is written with the lake, so git ignores the lake and keeps the baseline', async () => {
    const fleet = await repo();
    expect((await audit(fleet.root)).code).toBe(0);
    expect(await readFile(path.join(fleet.root, '.cockpit', '.gitignore'), 'utf8')).toContain('/evidence_lake/\n');
    expect((await runInProcess(['baseline', 'create', fleet.root])).code).toBe(0);
    // Real git decides: the lake is ignored, the baseline and the .gitignore itself are not.
    const untracked = (await fleet.git('ls-files', '--others', '--exclude-standard')).split('\n').filter(Boolean).sort();
    expect(untracked).toEqual(['.cockpit/.gitignore', '.cockpit/baseline.json']);
    await expect(fleet.git('check-ignore', '-q', '.cockpit/evidence_lake/latest.json')).resolves.toBe('');
  });

  it('never replaces a .gitignore the user keeps there', async () => {
    const fleet = await repo({ ...AGENT, '.cockpit/.gitignore': '# mine\n*\n' });
    expect((await audit(fleet.root)).code).toBe(0);
    expect(await readFile(path.join(fleet.root, '.cockpit', '.gitignore'), 'utf8')).toBe('# mine\n*\n');
  });

  it('is written only when the lake is created, not into a lake folder the user kept without one', async () => {
    const root = await makeTree(AGENT);
    cleanups.push(() => removeTree(root));
    await mkdir(path.join(root, '.cockpit', 'evidence_lake'), { recursive: true });
    expect((await audit(root)).code).toBe(0);
    await expect(stat(path.join(root, '.cockpit', '.gitignore'))).rejects.toThrow(/ENOENT/);
  });

  it('is not written for a lake outside .cockpit/', async () => {
    const root = await makeTree(AGENT);
    cleanups.push(() => removeTree(root));
    expect((await audit(root, '--lake', path.join(root, 'lake'))).code).toBe(0);
    await expect(stat(path.join(root, '.gitignore'))).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(root, '.cockpit'))).rejects.toThrow(/ENOENT/);
  });

  it('names the lake it was made for (a lake of another name in .cockpit/)', async () => {
    const root = await makeTree(AGENT);
    cleanups.push(() => removeTree(root));
    await writeFile(path.join(root, 'placeholder'), '');
    expect((await audit(root, '--lake', path.join(root, '.cockpit', 'nightly'))).code).toBe(0);
    expect(await readFile(path.join(root, '.cockpit', '.gitignore'), 'utf8')).toContain('/nightly/\n');
  });
});
