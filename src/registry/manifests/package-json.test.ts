import { describe, expect, it } from 'vitest';
import { readPackageJson } from './package-json.js';

const PKG = `{
  "name": "support-agent",
  "private": true,
  "dependencies": {
    "ai": "^4.3.16",
    "@ai-sdk/openai": "1.3.22",
    "@openai/agents": "~0.0.5",
    "@langchain/langgraph": ">=0.2.0 <0.3.0",
    "zod": "=3.25.28",
    "shared-tools": "workspace:*",
    "local-prompts": "file:../prompts",
    "linked": "link:../linked",
    "mastra-fork": "github:acme/mastra#v0.10.1",
    "gh-short": "acme/agent-kit",
    "tarball": "https://registry.example/tarball-1.0.0.tgz",
    "gitdep": "git+ssh://git@github.com/acme/gitdep.git#main",
    "openai-v4": "npm:openai@4.104.0",
    "langchain": "latest"
  },
  "devDependencies": {
    "vitest": "3.1.4",
    "typescript": "^5.8.3"
  },
  "optionalDependencies": { "fsevents": "2.3.3" },
  "peerDependencies": { "react": "^18 || ^19" },
  "publishConfig": {
    "registry": "https://npm.corp.example/",
    "@acme:registry": "https://_authToken=abc@npm.acme.example/"
  }
}
`;

describe('readPackageJson', () => {
  const r = readPackageJson(PKG, 'apps/agent/package.json');
  const dep = (n: string) => r.dependencies.find((d) => d.name === n);

  it('reads every section with lines and dev flags', () => {
    expect(r.issues).toEqual([]);
    expect(dep('ai')).toEqual({
      ecosystem: 'npm', name: 'ai', specifier: '^4.3.16', pinned: false, group: 'dependencies',
      source: { file: 'apps/agent/package.json', line: 5 },
    });
    expect(dep('@ai-sdk/openai')).toMatchObject({ pinned: true, version: '1.3.22', source: { line: 6 } });
    expect(dep('@openai/agents')).toMatchObject({ pinned: false, specifier: '~0.0.5' });
    expect(dep('@openai/agents')?.direct).toBeUndefined();
    expect(dep('@langchain/langgraph')).toMatchObject({ pinned: false, specifier: '>=0.2.0 <0.3.0' });
    expect(dep('@langchain/langgraph')?.direct).toBeUndefined();
    expect(dep('zod')).toMatchObject({ pinned: true, version: '3.25.28' });
    expect(dep('vitest')).toMatchObject({ dev: true, pinned: true, group: 'devDependencies', source: { line: 21 } });
    expect(dep('fsevents')).toMatchObject({ group: 'optionalDependencies', pinned: true, source: { line: 24 } });
    expect(dep('fsevents')?.dev).toBeUndefined();
    expect(dep('react')).toMatchObject({ group: 'peerDependencies', pinned: false });
    expect(dep('langchain')).toMatchObject({ specifier: 'latest', pinned: false });
  });

  it('keeps workspace, file, link, git and URL specifiers as direct, unpinned', () => {
    for (const name of ['shared-tools', 'local-prompts', 'linked', 'mastra-fork', 'gh-short', 'tarball', 'gitdep']) {
      expect(dep(name), name).toMatchObject({ direct: true, pinned: false });
    }
    expect(dep('shared-tools')?.specifier).toBe('workspace:*');
  });

  it('resolves npm: aliases to the real package', () => {
    expect(dep('openai')).toMatchObject({ alias: 'openai-v4', specifier: '4.104.0', pinned: true, version: '4.104.0', source: { line: 17 } });
  });

  it('reads publishConfig registries as written', () => {
    expect(r.indexes).toEqual([
      { url: 'https://npm.corp.example/', kind: 'registry', source: { file: 'apps/agent/package.json', line: 27 } },
      { url: 'https://_authToken=abc@npm.acme.example/', kind: 'scoped-registry', scope: '@acme', source: { file: 'apps/agent/package.json', line: 28 } },
    ]);
  });

  it('works on minified JSON (all on line 1)', () => {
    const x = readPackageJson('{"dependencies":{"ai":"4.3.16"},"devDependencies":{"ai":"4.3.16"}}', 'package.json');
    expect(x.dependencies.map((d) => [d.name, d.dev ?? false, d.source.line])).toEqual([['ai', false, 1], ['ai', true, 1]]);
  });

  it('reports bad values and names without throwing', () => {
    const x = readPackageJson('{\n  "dependencies": {\n    "ok": "1.0.0",\n    "num": 1,\n    "Bad Name": "1.0.0"\n  },\n  "devDependencies": []\n}', 'package.json');
    expect(x.dependencies.map((d) => d.name)).toEqual(['ok']);
    expect(x.issues.map((i) => [i.line, i.message])).toEqual([
      [4, 'line 4: dependencies.num must be a string'],
      [5, 'line 5: invalid package name in dependencies'],
      [7, 'devDependencies must be an object'],
    ]);
  });

  it('reports malformed JSON once with the line from the parser position', () => {
    const x = readPackageJson('{\n  "dependencies": {\n    "ai": "4.3.16",\n  }\n}\n', 'package.json');
    expect(x.dependencies).toEqual([]);
    expect(x.issues).toEqual([{ file: 'package.json', line: 4, message: 'invalid JSON at line 4' }]);
    expect(readPackageJson('', 'package.json').issues).toEqual([{ file: 'package.json', line: 1, message: 'invalid JSON at line 1' }]);
    expect(readPackageJson('{\n "a": 1\n', 'package.json').issues[0]?.line).toBe(2);
    expect(readPackageJson('[1]', 'package.json').issues[0]?.message).toBe('expected a JSON object');
  });

  it('tolerates a BOM and escaped keys', () => {
    const x = readPackageJson('\uFEFF{\n"dependencies": {\n"\\u0061i": "4.0.0"\n}}', 'package.json');
    expect(x.dependencies).toMatchObject([{ name: 'ai', source: { line: 3 } }]);
  });
});
