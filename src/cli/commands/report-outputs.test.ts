import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../config/settings.js';
import { healCommand, repositoryPrefix, reportDestinations } from './report-outputs.js';

describe('reportDestinations', () => {
  it('is the default format to stdout without flags', () => {
    expect(reportDestinations(undefined, undefined, DEFAULT_SETTINGS)).toEqual([{ format: 'text' }]);
    expect(reportDestinations(undefined, ['r.txt'], { ...DEFAULT_SETTINGS, format: 'json' })).toEqual([{ format: 'json', file: 'r.txt' }]);
  });

  it('pairs formats with files by position, the one left over going to stdout', () => {
    expect(reportDestinations(['sarif', 'json', 'compact'], ['a.sarif', 'b.json'], DEFAULT_SETTINGS)).toEqual([
      { format: 'sarif', file: 'a.sarif' },
      { format: 'json', file: 'b.json' },
      { format: 'compact' },
    ]);
  });

  it('refuses more files than formats, two formats for stdout and one file twice', () => {
    expect(() => reportDestinations(['json'], ['a', 'b'], DEFAULT_SETTINGS)).toThrow(/--output: 2 files but 1 --format/);
    expect(() => reportDestinations(['json', 'sarif', 'html'], ['a'], DEFAULT_SETTINGS)).toThrow(/2 formats would go to stdout/);
    expect(() => reportDestinations(['json', 'sarif'], ['a', 'a'], DEFAULT_SETTINGS)).toThrow(/'a' is given twice/);
    expect(() => reportDestinations(['xml'], [], DEFAULT_SETTINGS)).toThrow(/unknown format 'xml'/);
  });
});

describe('repositoryPrefix', () => {
  const roots: string[] = [];
  afterAll(async () => {
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  });

  it('is the folder from the work tree root, or the shown path outside a repository', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-prefix-'));
    roots.push(root);
    await mkdir(path.join(root, 'services', 'bot'), { recursive: true });
    expect(repositoryPrefix(path.join(root, 'services', 'bot'), 'bot')).toBe('bot');
    await mkdir(path.join(root, '.git'));
    expect(repositoryPrefix(path.join(root, 'services', 'bot'), 'bot')).toBe('services/bot');
    expect(repositoryPrefix(root, '.')).toBe('');
  });
});

describe('healCommand', () => {
  it('repeats the target, quoted for a shell when it needs to be', () => {
    expect(healCommand('examples', true)).toBe('ops report --workspace examples --heal --dry-run');
    expect(healCommand('.', false)).toBe('ops report . --heal --dry-run');
    expect(healCommand("my agent's", false)).toBe(`ops report 'my agent'\\''s' --heal --dry-run`);
  });
});
