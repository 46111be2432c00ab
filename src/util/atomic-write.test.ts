import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWriteError, OutputRefusedError, writeFileAtomic } from './atomic-write.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** What the writer left behind, by kind: the writer must never change what a name is. */
async function kind(file: string): Promise<string> {
  const info = await lstat(file);
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isFile()) return 'file';
  return 'other';
}

describe('writeFileAtomic: regular files', () => {
  it('creates a missing file and its folders', async () => {
    const file = path.join(dir, 'a', 'b', 'report.json');
    await writeFileAtomic(file, '{}\n');
    expect(await readFile(file, 'utf8')).toBe('{}\n');
  });

  it('replaces an existing file whole and keeps its permissions, leaving no temporary file', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, 'old', { mode: 0o600 });
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['report.txt']);
  });
});

describe('writeFileAtomic: what it must not replace', () => {
  it('writes through a symbolic link to its target and keeps the link', async () => {
    const target = path.join(dir, 'real.sarif');
    const link = path.join(dir, 'latest.sarif');
    await writeFile(target, 'old');
    await symlink('real.sarif', link);
    await writeFileAtomic(link, 'new');
    expect(await kind(link)).toBe('symlink');
    expect(await readlink(link)).toBe('real.sarif');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('creates the target of a dangling link, through a chain of links', async () => {
    await symlink('second', path.join(dir, 'first'));
    await symlink('out/final.txt', path.join(dir, 'second'));
    await writeFileAtomic(path.join(dir, 'first'), 'report');
    expect(await kind(path.join(dir, 'first'))).toBe('symlink');
    expect(await kind(path.join(dir, 'second'))).toBe('symlink');
    expect(await readFile(path.join(dir, 'out', 'final.txt'), 'utf8')).toBe('report');
  });

  it('refuses a loop of links in one line', async () => {
    await symlink('b', path.join(dir, 'a'));
    await symlink('a', path.join(dir, 'b'));
    const error = await writeFileAtomic(path.join(dir, 'a'), 'x').catch((caught: unknown) => caught);
    expect(describeWriteError(error)).toMatch(/ELOOP/);
  });

  it('writes through a FIFO that a reader holds open, and it stays a FIFO', async () => {
    const fifo = path.join(dir, 'report.pipe');
    mkfifo(fifo);
    // A reader opened first (without waiting for a writer); the report is small enough for the pipe's buffer.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      await writeFileAtomic(fifo, 'through the pipe\n');
      const buffer = Buffer.alloc(100);
      const read = readSync(reader, buffer, 0, buffer.length, null);
      expect(buffer.subarray(0, read).toString()).toBe('through the pipe\n');
    } finally {
      closeSync(reader);
    }
    expect(await kind(fifo)).toBe('fifo');
  });

  it('refuses a FIFO nobody reads instead of waiting for ever', async () => {
    const fifo = path.join(dir, 'nobody.pipe');
    mkfifo(fifo);
    const error = await writeFileAtomic(fifo, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputRefusedError);
    expect(describeWriteError(error)).toBe('a FIFO that no process is reading');
    expect(await kind(fifo)).toBe('fifo');
  });

  it('writes through a link to /dev/null, which stays a character device', async () => {
    const link = path.join(dir, 'discard');
    await symlink('/dev/null', link);
    await writeFileAtomic(link, 'gone');
    expect(await kind(link)).toBe('symlink');
    expect(await kind('/dev/null')).toBe('character-device');
  });

  it('reports a full device (/dev/full through a link) as ENOSPC and changes nothing', async () => {
    const link = path.join(dir, 'full');
    await symlink('/dev/full', link);
    const error = await writeFileAtomic(link, 'x').catch((caught: unknown) => caught);
    expect(describeWriteError(error)).toBe('ENOSPC: no space left on the device');
    expect(await kind(link)).toBe('symlink');
    expect(await kind('/dev/full')).toBe('character-device');
  });

  it('refuses a directory', async () => {
    const error = await writeFileAtomic(dir, 'x').catch((caught: unknown) => caught);
    expect(describeWriteError(error)).toBe('a directory');
  });
});
