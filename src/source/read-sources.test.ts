import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from './read-sources.js';

const root = mkdtempSync(path.join(tmpdir(), 'cockpit-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readSources', () => {
  it('reads each listed file once, in order, and says why each other one was skipped', () => {
    writeFileSync(path.join(root, 'agent.py'), 'print("hi")\n');
    writeFileSync(path.join(root, 'big.py'), 'x = 1\n'.repeat(100));
    mkdirSync(path.join(root, 'locked'));
    // A FIFO listed where the walk saw a file (replaced since): reading it would block forever.
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    const listed = ['agent.py', 'big.py', 'gone.py', 'locked', 'pipe.py'].map((name) => path.join(root, name));

    const { files, skipped } = readSources(root, listed, 200);

    expect(files.map((file) => [file.path, file.text, file.language])).toEqual([['agent.py', 'print("hi")\n', 'python']]);
    expect(skipped).toEqual([
      { path: 'big.py', reason: 'too-large' },
      { path: 'gone.py', reason: 'vanished' },
      { path: 'locked', reason: 'unreadable-folder' },
      { path: 'pipe.py', reason: 'unreadable' },
    ]);
  });
});
