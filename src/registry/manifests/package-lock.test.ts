import { describe, expect, it } from 'vitest';
import { readPackageLock } from './package-lock.js';

const LOCK_V3 = `{
  "name": "support-agent",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "support-agent",
      "version": "1.0.0",
      "workspaces": ["packages/*"],
      "dependencies": { "ai": "^4.3.16" }
    },
    "node_modules/ai": {
      "version": "4.3.16",
      "resolved": "https://registry.npmjs.org/ai/-/ai-4.3.16.tgz",
      "integrity": "sha512-AAAA"
    },
    "node_modules/@ai-sdk/openai": {
      "version": "1.3.22",
      "resolved": "https://registry.npmjs.org/@ai-sdk/openai/-/openai-1.3.22.tgz"
    },
    "node_modules/@acme/llm-kit": {
      "version": "2.1.0",
      "resolved": "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/@acme/llm-kit/-/llm-kit-2.1.0.tgz",
      "dev": true
    },
    "node_modules/ai/node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz"
    },
    "node_modules/openai-v4": {
      "name": "openai",
      "version": "4.104.0",
      "resolved": "https://registry.npmjs.org/openai/-/openai-4.104.0.tgz"
    },
    "node_modules/shared-tools": {
      "resolved": "packages/shared-tools",
      "link": true
    },
    "node_modules/gitdep": {
      "version": "1.0.0",
      "resolved": "git+ssh://git@github.com/acme/gitdep.git#0123abcd"
    },
    "packages/shared-tools": {
      "version": "0.0.1"
    }
  }
}
`;

describe('readPackageLock v2/v3', () => {
  const r = readPackageLock(LOCK_V3, 'package-lock.json');
  it('reads node_modules entries as pinned, skipping root and workspace folders', () => {
    expect(r.issues).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.pinned, d.source.line])).toEqual([
      ['ai', '4.3.16', true, 13],
      ['@ai-sdk/openai', '1.3.22', true, 18],
      ['@acme/llm-kit', '2.1.0', true, 22],
      ['zod', '3.23.8', true, 27],
      ['openai', '4.104.0', true, 31],
      ['shared-tools', undefined, false, 36],
      ['gitdep', undefined, false, 40],
    ]);
    expect(r.dependencies[2]?.dev).toBe(true);
    expect(r.dependencies[4]?.alias).toBe('openai-v4');
    expect(r.dependencies[5]).toMatchObject({ direct: true, specifier: 'packages/shared-tools' });
    expect(r.dependencies[6]).toMatchObject({ direct: true, specifier: 'git+ssh://git@github.com/acme/gitdep.git#0123abcd' });
  });
  it('lists each registry once, keeping path prefixes', () => {
    expect(r.indexes).toEqual([
      { url: 'https://registry.npmjs.org/', kind: 'registry', source: { file: 'package-lock.json', line: 15 } },
      { url: 'https://acme.jfrog.io/artifactory/api/npm/npm-virtual/', kind: 'registry', source: { file: 'package-lock.json', line: 24 } },
    ]);
  });
});

const LOCK_V1 = `{
  "name": "old-agent",
  "lockfileVersion": 1,
  "dependencies": {
    "langchain": {
      "version": "0.0.200",
      "resolved": "https://registry.npmjs.org/langchain/-/langchain-0.0.200.tgz",
      "dependencies": {
        "zod": {
          "version": "3.22.4",
          "resolved": "https://npm.corp.example/zod/-/zod-3.22.4.tgz"
        }
      }
    },
    "jest": { "version": "29.7.0", "dev": true },
    "my-openai": { "version": "npm:openai@4.20.0" },
    "tools": { "version": "file:../tools" }
  }
}`;

describe('readPackageLock v1', () => {
  const r = readPackageLock(LOCK_V1, 'npm-shrinkwrap.json');
  it('walks nested dependencies', () => {
    expect(r.issues).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.pinned, d.dev ?? false, d.source.line])).toEqual([
      ['langchain', '0.0.200', true, false, 5],
      ['zod', '3.22.4', true, false, 9],
      ['jest', '29.7.0', true, true, 15],
      ['openai', '4.20.0', true, false, 16],
      ['tools', undefined, false, false, 17],
    ]);
    expect(r.indexes.map((i) => [i.url, i.source.line])).toEqual([
      ['https://registry.npmjs.org/', 7],
      ['https://npm.corp.example/', 11],
    ]);
  });
});

describe('readPackageLock: malformed', () => {
  it('reports truncated JSON and wrong entry shapes', () => {
    const cut = LOCK_V3.slice(0, 400);
    const x = readPackageLock(cut, 'package-lock.json');
    expect(x.dependencies).toEqual([]);
    expect(x.issues).toHaveLength(1);
    expect(x.issues[0]?.line).toBe(cut.split('\n').length);
    const y = readPackageLock('{"packages": {"node_modules/a": "1.0.0", "node_modules/b": {"version": "1.0.0"}}}', 'package-lock.json');
    expect(y.dependencies.map((d) => d.name)).toEqual(['b']);
    expect(y.issues).toEqual([{ file: 'package-lock.json', line: 1, message: 'packages["node_modules/a"] must be an object' }]);
  });
});

describe('readPackageLock: non-registry tarballs', () => {
  it('treats URLs outside a registry layout as direct and lists no registry for them', () => {
    const x = readPackageLock(
      '{"lockfileVersion": 3, "packages": {"node_modules/kit": {"version": "0.1.0", "resolved": "https://codeload.github.com/acme/kit/tar.gz/0123abcd"}}}',
      'package-lock.json',
    );
    expect(x.dependencies).toMatchObject([{ name: 'kit', direct: true, pinned: false, specifier: 'https://codeload.github.com/acme/kit/tar.gz/0123abcd' }]);
    expect(x.indexes).toEqual([]);
  });
});
