import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY, LATEST, pruneHistory, STALE_TEMP_MS } from './partitions.js';

const AGENT = '0123456789abcdef';
let lake: string | undefined;

afterEach(async () => {
  if (lake) await rm(lake, { recursive: true, force: true });
  lake = undefined;
});

async function backdate(file: string, ageMs: number): Promise<void> {
  const when = new Date(Date.now() - ageMs);
  await utimes(file, when, when);
}

describe('pruneHistory and temp files left by interrupted writes', () => {
  it('removes temp files older than the threshold and keeps fresh ones, which may still be being written', async () => {
    lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
    const partition = path.join(lake, AGENT);
    await mkdir(path.join(partition, HISTORY), { recursive: true });
    await writeFile(path.join(partition, LATEST), '{}\n');
    await writeFile(path.join(partition, HISTORY, '20261201T000000000Z-run1.json'), '{}\n');
    const staleLatest = path.join(partition, `.${LATEST}.4242.a1b2c3d4e5f6.tmp`);
    const staleHistory = path.join(partition, HISTORY, '.20261201T000000000Z-run2.json.4242.0a0b0c0d0e0f.tmp');
    const fresh = path.join(partition, `.${LATEST}.4343.111111222222.tmp`);
    for (const file of [staleLatest, staleHistory, fresh]) await writeFile(file, '{"torn":');
    await backdate(staleLatest, STALE_TEMP_MS + 60_000);
    await backdate(staleHistory, 24 * 60 * 60 * 1000);
    await backdate(fresh, 60_000);

    expect(await pruneHistory(lake, 5)).toBe(0);

    expect((await readdir(partition)).sort()).toEqual([`.${LATEST}.4343.111111222222.tmp`, HISTORY, LATEST].sort());
    expect(await readdir(path.join(partition, HISTORY))).toEqual(['20261201T000000000Z-run1.json']);
  });

  it('leaves other dot files and old files that are not temp files alone', async () => {
    lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-lake-'));
    const history = path.join(lake, AGENT, HISTORY);
    await mkdir(history, { recursive: true });
    const keep = [path.join(history, '.notes'), path.join(history, 'readme.tmp')];
    for (const file of keep) {
      await writeFile(file, 'x');
      await backdate(file, 24 * 60 * 60 * 1000);
    }
    await pruneHistory(lake, 1);
    expect((await readdir(history)).sort()).toEqual(['.notes', 'readme.tmp']);
  });
});
