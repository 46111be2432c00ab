import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerFor, readManifests } from './read.js';

let root: string;
let outside: string;

const write = (base: string, rel: string, text: string): void => {
  mkdirSync(dirname(join(base, rel)), { recursive: true });
  writeFileSync(join(base, rel), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cockpit-manifests-'));
  outside = mkdtempSync(join(tmpdir(), 'cockpit-outside-'));
  write(outside, 'secret.txt', 'leaked==1.0\n');
  write(root, 'agent/requirements.txt', '-r requirements/base.txt\n-c constraints.txt\ncrewai[tools]==0.121.1\n-r requirements/base.txt\n-r missing.txt\n-r https://example.com/r.txt\n');
  write(root, 'agent/requirements/base.txt', '# shared\ngoogle-adk>=1.2\n-r ../common.txt\n');
  write(root, 'agent/common.txt', 'langgraph==0.4.8\n-r requirements/base.txt\n');
  write(root, 'agent/constraints.txt', '--index-url https://pypi.corp.example/simple\nopenai<2\n-r more-constraints.txt\n');
  write(root, 'agent/more-constraints.txt', 'httpx==0.28.1\n');
  write(root, 'agent/self.txt', '-r self.txt\nx\n');
  write(root, 'agent/escape-requirements.txt', `-r ${join(outside, 'secret.txt')}\n-r ../../${outside.split('/').pop()}/secret.txt\n`);
  write(root, 'web/package.json', '{ "dependencies": { "ai": "4.3.16", "@ai-sdk/openai": "^1.3.22" } }');
  write(root, 'web/package-lock.json', '{ "lockfileVersion": 3, "packages": { "node_modules/ai": { "version": "4.3.16", "resolved": "https://registry.npmjs.org/ai/-/ai-4.3.16.tgz" } } }');
  write(root, 'py/pyproject.toml', '[project]\nname = "p"\ndependencies = ["pydantic-ai==0.2.4"]\n');
  write(root, 'py/uv.lock', 'version = 1\n[[package]]\nname = "pydantic-ai"\nversion = "0.2.4"\n');
  write(root, 'py/poetry.lock', 'not toml = = =\n');
  write(root, 'README.md', '# not a manifest\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('readerFor', () => {
  it('picks readers by file name', () => {
    for (const f of ['requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements.in', 'pyproject.toml', 'uv.lock', 'poetry.lock', 'package.json', 'package-lock.json', 'npm-shrinkwrap.json']) {
      expect(readerFor(`a/b/${f}`), f).toBeTypeOf('function');
    }
    for (const f of ['README.md', 'setup.py', 'yarn.lock', 'constraints.txt']) expect(readerFor(f), f).toBeUndefined();
  });
});

describe('readManifests', () => {
  it('follows includes once, reads constraints apart and reports cycles, missing and remote includes', () => {
    const r = readManifests(root, ['agent/requirements.txt']);
    expect(r.dependencies.map((d) => [d.name, d.source.file, d.source.line])).toEqual([
      ['google-adk', 'agent/requirements/base.txt', 2],
      ['langgraph', 'agent/common.txt', 1],
      ['crewai', 'agent/requirements.txt', 3],
    ]);
    expect(r.constraints?.map((d) => [d.name, d.source.file])).toEqual([
      ['openai', 'agent/constraints.txt'],
      ['httpx', 'agent/more-constraints.txt'],
    ]);
    expect(r.indexes).toEqual([{ url: 'https://pypi.corp.example/simple', kind: 'index-url', source: { file: 'agent/constraints.txt', line: 1 } }]);
    expect(r.issues).toEqual([
      { file: 'agent/common.txt', line: 2, message: 'line 2: include cycle agent/requirements.txt -> agent/requirements/base.txt -> agent/common.txt -> agent/requirements/base.txt' },
      { file: 'agent/requirements.txt', line: 5, message: 'line 5: included file missing.txt not found' },
      { file: 'agent/requirements.txt', line: 6, message: 'line 6: remote include -r not followed' },
    ]);
  });

  it('detects a file including itself', () => {
    const r = readManifests(root, ['agent/self.txt', 'agent/requirements/base.txt']);
    // self.txt is not named like a requirements file: readManifests skips it.
    expect(r.dependencies.map((d) => d.name)).toEqual(['google-adk', 'langgraph']);
    write(root, 'agent/self-requirements.txt', '-r self-requirements.txt\nx\n');
    const s = readManifests(root, ['agent/self-requirements.txt']);
    expect(s.dependencies.map((d) => d.name)).toEqual(['x']);
    expect(s.issues).toEqual([{ file: 'agent/self-requirements.txt', line: 1, message: 'line 1: include cycle agent/self-requirements.txt -> agent/self-requirements.txt' }]);
  });

  it('refuses includes outside the root, including through symlinks', () => {
    symlinkSync(join(outside, 'secret.txt'), join(root, 'agent/link.txt'));
    write(root, 'agent/link-requirements.txt', '-r link.txt\n');
    const r = readManifests(root, ['agent/escape-requirements.txt', 'agent/link-requirements.txt']);
    expect(r.dependencies).toEqual([]);
    expect(r.issues.map((i) => [i.file, i.line])).toEqual([
      ['agent/escape-requirements.txt', 1],
      ['agent/escape-requirements.txt', 2],
      ['agent/link-requirements.txt', 1],
    ]);
    expect(r.issues.every((i) => i.message.includes('outside the agent root'))).toBe(true);
  });

  it('reads every manifest kind with POSIX paths, skips unknown files and reports broken ones', () => {
    const r = readManifests(root, ['web/package.json', 'web/package-lock.json', 'py/pyproject.toml', join(root, 'py/uv.lock'), 'py/poetry.lock', 'README.md', 'nope/requirements.txt']);
    expect(r.dependencies.map((d) => [d.ecosystem, d.name, d.pinned, d.source.file])).toEqual([
      ['npm', 'ai', true, 'web/package.json'],
      ['npm', '@ai-sdk/openai', false, 'web/package.json'],
      ['npm', 'ai', true, 'web/package-lock.json'],
      ['pypi', 'pydantic-ai', true, 'py/pyproject.toml'],
      ['pypi', 'pydantic-ai', true, 'py/uv.lock'],
    ]);
    expect(r.indexes.map((i) => i.url)).toEqual(['https://registry.npmjs.org/']);
    expect(r.issues).toEqual([
      { file: 'py/poetry.lock', line: 1, message: expect.stringMatching(/^invalid TOML at line 1/) },
      { file: 'nope/requirements.txt', line: 1, message: 'nope/requirements.txt not found' },
    ]);
  });
});
