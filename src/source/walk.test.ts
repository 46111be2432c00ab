import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
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
