import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputFileError, readRegularFile, readRegularFileSync } from './read-regular-file.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = (shown: string) => ({ shown, root: dir, maxBytes: 1024 });

async function refusal(promise: Promise<unknown>): Promise<InputFileError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('readRegularFile', () => {
  it('reads a regular file, and one reached through a link inside the root', async () => {
    await writeFile(path.join(dir, 'cockpit.yaml'), 'version: 1\n');
    await mkdir(path.join(dir, 'shared'));
    await writeFile(path.join(dir, 'shared', 'policy.yaml'), 'gitignore: false\n');
    await symlink('../shared/policy.yaml', path.join(dir, 'shared', 'link.yaml'));
    expect(await readRegularFile(path.join(dir, 'cockpit.yaml'), options('cockpit.yaml'))).toBe('version: 1\n');
    expect(await readRegularFile(path.join(dir, 'shared', 'link.yaml'), options('shared/link.yaml'))).toBe('gitignore: false\n');
  });

  it('says ENOENT for a missing file, so callers can treat it as absent', async () => {
    const error = await refusal(readRegularFile(path.join(dir, 'cockpit.yaml'), options('cockpit.yaml')));
    expect(error.reason).toBe('missing');
    expect(error.message).toBe('cockpit.yaml: cannot be read (ENOENT)');
  });

  it('refuses a FIFO at once instead of blocking on it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'cockpit.yaml')]);
    const error = await refusal(readRegularFile(path.join(dir, 'cockpit.yaml'), options('cockpit.yaml')));
    expect(error.message).toBe('cockpit.yaml: a FIFO, not a regular file; not read');
  });

  it('refuses a link that leads out of the root, such as one to /dev/zero', async () => {
    await symlink('/dev/zero', path.join(dir, 'cockpit.yaml'));
    const error = await refusal(readRegularFile(path.join(dir, 'cockpit.yaml'), options('cockpit.yaml')));
    expect(error.reason).toBe('outside');
    expect(error.message).toBe('cockpit.yaml: a symbolic link that leads outside the audited folder; not read');
  });

  it('refuses a device when no root is given (a flag naming /dev/zero)', async () => {
    const error = await refusal(readRegularFile('/dev/zero', { shown: '--baseline /dev/zero', maxBytes: 1024 }));
    expect(error.message).toBe('--baseline /dev/zero: a character device, not a regular file; not read');
  });

  it('refuses a file over the limit', async () => {
    await writeFile(path.join(dir, 'big.yaml'), 'x'.repeat(2048));
    const error = await refusal(readRegularFile(path.join(dir, 'big.yaml'), options('big.yaml')));
    expect(error.message).toBe('big.yaml: larger than 1 KB; not read');
  });

  it('treats a folder named ..foo as inside the root', async () => {
    await mkdir(path.join(dir, '..foo'));
    await writeFile(path.join(dir, '..foo', 'cockpit.yaml'), 'version: 1\n');
    await symlink('..foo/cockpit.yaml', path.join(dir, 'link.yaml'));
    expect(await readRegularFile(path.join(dir, 'link.yaml'), options('link.yaml'))).toBe('version: 1\n');
  });
});

describe('readRegularFileSync', () => {
  it('reads a regular file and refuses a FIFO and a device without blocking', async () => {
    await writeFile(path.join(dir, '.npmrc'), 'registry=https://registry.example/\n');
    expect(readRegularFileSync(path.join(dir, '.npmrc'), { shown: '.npmrc', maxBytes: 1024 })).toBe('registry=https://registry.example/\n');
    execFileSync('mkfifo', [path.join(dir, 'pip.conf')]);
    expect(() => readRegularFileSync(path.join(dir, 'pip.conf'), { shown: 'pip.conf', maxBytes: 1024 })).toThrow('pip.conf: a FIFO, not a regular file; not read');
    expect(() => readRegularFileSync('/dev/zero', { shown: '/dev/zero', maxBytes: 1024 })).toThrow(/a character device/);
  });
});
