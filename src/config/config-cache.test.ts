import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCockpitFileCached } from './config-cache.js';
import { loadCockpitFile } from './load-file.js';

const FILE = 'version: 1\ngate:\n  block_on: [error, warning]\nrules:\n  finops/*: off\n';
let dir = '';
let env: NodeJS.ProcessEnv = {};
const later = Date.now() + 10_000;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-config-cache-'));
  env = { COCKPIT_CACHE_DIR: path.join(dir, 'cache') };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function entries(): Promise<string[]> {
  return readdir(path.join(dir, 'cache', 'config')).catch(() => []);
}

describe('loadCockpitFileCached', () => {
  it('answers from the cache while the file is unchanged, with the same config and key positions', async () => {
    const file = path.join(dir, 'cockpit.yaml');
    await writeFile(file, FILE);
    const first = await loadCockpitFileCached(file, 'cockpit.yaml', env, later);
    expect(await entries()).toHaveLength(1);
    const [entry] = await entries();
    // Proof that the second answer is the cache's: an entry edited by hand is what comes back.
    const cached = JSON.parse(await readFile(path.join(dir, 'cache', 'config', entry!), 'utf8')) as { config: Record<string, unknown> };
    await writeFile(path.join(dir, 'cache', 'config', entry!), JSON.stringify({ ...cached, config: { ...cached.config, max_fix_files: 7 } }));
    const second = await loadCockpitFileCached(file, 'cockpit.yaml', env, later);
    expect(second.config).toEqual({ ...first.config, max_fix_files: 7 });
    const direct = await loadCockpitFile(file, 'cockpit.yaml');
    for (const keyPath of [['gate', 'block_on'], ['rules', 'finops/*'], ['gate', 'secrets'], ['nowhere']]) {
      expect(second.positionOf(keyPath)).toEqual(direct.positionOf(keyPath));
    }
  });

  it('validates again when the file changes, and never stores an invalid or a just-written file', async () => {
    const file = path.join(dir, 'cockpit.yaml');
    await writeFile(file, FILE);
    await loadCockpitFileCached(file, 'cockpit.yaml', env, later);
    await writeFile(file, `${FILE}max_fix_files: 3\n`);
    expect((await loadCockpitFileCached(file, 'cockpit.yaml', env, later)).config.max_fix_files).toBe(3);

    await writeFile(file, 'gate:\n  block_on: [fatal]\n');
    await expect(loadCockpitFileCached(file, 'cockpit.yaml', env, later)).rejects.toThrow(/gate\.block_on\.0/);
    await expect(loadCockpitFileCached(file, 'cockpit.yaml', env, later)).rejects.toThrow(/gate\.block_on\.0/);

    const fresh = path.join(dir, 'fresh.yaml');
    await writeFile(fresh, FILE);
    const before = (await entries()).length;
    await loadCockpitFileCached(fresh, 'fresh.yaml', env, Date.now());
    expect((await entries()).length).toBe(before);
    // Same size, same content length, an mtime put back: the ctime still tells the change apart.
    await writeFile(file, FILE);
    await loadCockpitFileCached(file, 'cockpit.yaml', env, later);
    await writeFile(file, FILE.replace('warning', 'note   '));
    const stat = { atime: new Date(), mtime: new Date(Date.now() - 60_000) };
    await utimes(file, stat.atime, stat.mtime);
    expect((await loadCockpitFileCached(file, 'cockpit.yaml', env, later)).config.gate?.block_on).toEqual(['error', 'note']);
  });
});
