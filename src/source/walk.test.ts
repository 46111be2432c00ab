import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE_DIRS } from '../config/settings.js';
import { listFiles } from './walk.js';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-walk-'));
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
  return root;
}

async function listed(options: { useGitignore?: boolean; extraPatterns?: string[] } = {}): Promise<string[]> {
  const files = await listFiles(root, { excludeDirs: DEFAULT_EXCLUDE_DIRS, useGitignore: options.useGitignore ?? true, extraPatterns: options.extraPatterns ?? [] });
  return files.map((file) => path.relative(root, file).split(path.sep).join('/'));
}

describe('listFiles with ignore files', () => {
  it('applies gitignore semantics: anchoring, **, negation, directory-only patterns', async () => {
    await tree({
      '.cockpitignore': ['/scratch.py', '**/generated/**', '*.log', '!keep.log', 'cache/', 'docs/*.md'].join('\n'),
      'scratch.py': '', 'sub/scratch.py': '',
      'a/generated/x.py': '', 'a/b/generated/y.py': '',
      'debug.log': '', 'keep.log': '',
      'cache/c.py': '', 'cache.py': '',
      'docs/a.md': '', 'docs/deep/b.md': '',
    });
    expect(await listed()).toEqual(['.cockpitignore', 'cache.py', 'docs/deep/b.md', 'keep.log', 'sub/scratch.py']);
  });

  it('scopes nested .cockpitignore files to their folder and lets them re-include', async () => {
    await tree({
      '.cockpitignore': '*.secret\n',
      'agents/a/.cockpitignore': 'fixtures/\n!allowed.secret\n',
      'agents/a/fixtures/keys.py': '',
      'agents/a/allowed.secret': '',
      'agents/a/other.secret': '',
      'agents/b/fixtures/keys.py': '',
    });
    expect(await listed()).toEqual(['.cockpitignore', 'agents/a/.cockpitignore', 'agents/a/allowed.secret', 'agents/b/fixtures/keys.py']);
  });

  it('respects .gitignore unless turned off, and always skips default excluded folders', async () => {
    await tree({ '.gitignore': 'secrets.env\n', 'secrets.env': '', 'node_modules/x/index.js': '', '.venv/lib.py': '', 'app.py': '' });
    expect(await listed()).toEqual(['.gitignore', 'app.py']);
    expect(await listed({ useGitignore: false })).toEqual(['.gitignore', 'app.py', 'secrets.env']);
  });

  it('adds configured patterns relative to the root', async () => {
    await tree({ 'legacy/old.py': '', 'app.py': '' });
    expect(await listed({ extraPatterns: ['legacy/'] })).toEqual(['app.py']);
  });
});

describe('listFiles with hostile ignore files', () => {
  it('applies the root ignore file inside a folder named ..foo (a name, not a way out)', async () => {
    await tree({ '.cockpitignore': 'generated.py\n', '..foo/generated.py': '', '..foo/agent.py': '' });
    expect(await listed()).toEqual(['..foo/agent.py', '.cockpitignore']);
  });

  it('refuses a FIFO named .cockpitignore at once, naming it, instead of blocking', async () => {
    await tree({ 'agent.py': '' });
    await mkdir(path.join(root, 'sub'));
    execFileSync('mkfifo', [path.join(root, 'sub', '.cockpitignore')]);
    await expect(listed()).rejects.toThrow('sub/.cockpitignore: a FIFO, not a regular file; not read');
  });

  it('refuses an ignore file that links out of the root', async () => {
    await tree({ 'agent.py': '' });
    await symlink('/dev/zero', path.join(root, '.gitignore'));
    await expect(listed()).rejects.toThrow('.gitignore: a symbolic link that leads outside the audited folder; not read');
  });

  it('names the file and line of a pattern too long for any path (100 KB)', async () => {
    await tree({ 'agents/a/.cockpitignore': `*.log\n${'x'.repeat(100_000)}*\n`, 'agents/a/agent.py': '' });
    await expect(listed()).rejects.toThrow(/^agents\/a\/\.cockpitignore:2: pattern longer than 4096 characters/);
  });

  it('still skips an ignore file that vanished or cannot be read, as git does', async () => {
    await tree({ 'agent.py': '' });
    await symlink('missing-target', path.join(root, '.cockpitignore'));
    expect(await listed()).toEqual(['agent.py']);
  });
});
