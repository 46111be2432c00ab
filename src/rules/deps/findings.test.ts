import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../config/policy.js';
import type { DependencyLookups } from '../../registry/lookups/lookups.js';
import { readAgentManifests } from '../../registry/lookups/manifests.js';
import { columnOf, dependencyFindings, hasNoUpperBound, redactLine } from '../../audit/dependency-findings.js';

/** Writes an agent folder of manifest files and runs the dependency rules over it, as the engine does. */
const roots: string[] = [];
function audit(files: Record<string, string>, lookups?: DependencyLookups) {
  const root = mkdtempSync(path.join(tmpdir(), 'cockpit-deps-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const texts = new Map<string, string>();
  const manifests = readAgentManifests(root, Object.keys(files).map((name) => path.join(root, name)), texts);
  return dependencyFindings({ root, prefix: 'agents/demo/', manifests, policy: DEFAULT_POLICY, texts, ...(lookups ? { lookups } : {}) });
}
/** Sorted as the engine sorts the agent's findings, by file then line. */
const ids = (findings: ReturnType<typeof audit>) =>
  findings
    .filter((f) => !f.suppression)
    .map((f) => `${f.ruleId} ${f.file}:${f.region.startLine}`)
    .sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!, 'en', { numeric: true }));

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('hasNoUpperBound', () => {
  it.each([
    ['pypi', '', true],
    ['pypi', '>=0.2', true],
    ['pypi', '>0.2,!=0.3.1', true],
    ['pypi', '~=0.3.0', false],
    ['pypi', '>=0.3,<0.4', false],
    ['pypi', '==0.3.*', false],
    ['npm', '*', true],
    ['npm', 'latest', true],
    ['npm', '>=4', true],
    ['npm', '^5.0.0', false],
    ['npm', '~1.2.0', false],
    ['npm', '>=4 <6', false],
    ['npm', '4.x || >=6', true],
  ] as const)('%s %s → %s', (ecosystem, specifier, expected) => {
    expect(hasNoUpperBound({ ecosystem, specifier })).toBe(expected);
  });
});

describe('deps/unpinned-agent-package', () => {
  it('fires on agent frameworks and model SDKs with no upper bound, at their line and column', () => {
    const findings = audit({
      'requirements.txt': 'requests>=2\nlangchain>=0.2\ncrewai\nopenai~=1.50\n',
      'package.json': JSON.stringify({ dependencies: { ai: '*', '@ai-sdk/openai': 'latest', zod: '*' } }, null, 2),
    });
    expect(ids(findings).filter((id) => id.startsWith('deps/unpinned'))).toEqual([
      'deps/unpinned-agent-package agents/demo/package.json:3',
      'deps/unpinned-agent-package agents/demo/package.json:4',
      'deps/unpinned-agent-package agents/demo/requirements.txt:2',
      'deps/unpinned-agent-package agents/demo/requirements.txt:3',
    ]);
    const crewai = findings.find((f) => f.region.startLine === 3 && f.file.endsWith('requirements.txt'))!;
    expect(crewai.message).toMatch(/crewai has no version at all/);
    expect(findings.find((f) => f.file.endsWith('package.json'))!.region.startColumn).toBe(6);
  });

  it('stays silent for bounded ranges, exact pins, dev groups and packages a lock file pins', () => {
    const findings = audit({
      'pyproject.toml': [
        '[project]',
        'name = "demo"',
        'version = "0.1.0"',
        'dependencies = ["google-adk>=1.0", "langgraph~=0.4", "pydantic-ai==1.0.2", "anthropic>=0.40,<1"]',
        '[dependency-groups]',
        'dev = ["langchain"]',
      ].join('\n'),
      'uv.lock': 'version = 1\n\n[[package]]\nname = "google-adk"\nversion = "1.2.0"\nsource = { registry = "https://pypi.org/simple" }\n',
      'package.json': JSON.stringify({ dependencies: { ai: '^5.0.0', '@langchain/core': '>=0.3 <0.4', '@openai/agents': '0.1.0' } }),
    });
    expect(ids(findings).filter((id) => id.startsWith('deps/unpinned'))).toEqual([]);
  });

  it('honours an inline suppression with a reason', () => {
    const findings = audit({ 'requirements.txt': 'langchain>=0.2  # cockpit: ignore[deps/unpinned-agent-package] pinned by the platform image\n' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.suppression?.reason).toBe('pinned by the platform image');
  });
});

describe('deps/deprecated-sdk', () => {
  it('fires on google-generativeai and its npm twin, naming the successor', () => {
    const findings = audit({
      'requirements.txt': 'google-generativeai==0.8.3\n',
      'package.json': JSON.stringify({ dependencies: { '@google/generative-ai': '^0.21.0' } }, null, 2),
    });
    const deprecated = findings.filter((f) => f.ruleId === 'deps/deprecated-sdk');
    expect(deprecated.map((f) => f.file).sort()).toEqual(['agents/demo/package.json', 'agents/demo/requirements.txt']);
    expect(deprecated.find((f) => f.file.endsWith('.txt'))!.message).toMatch(/google-genai/);
    expect(deprecated.find((f) => f.file.endsWith('.json'))!.message).toMatch(/@google\/genai/);
  });
  it('stays silent for the successors', () => {
    const findings = audit({ 'requirements.txt': 'google-genai==1.20.0\n', 'package.json': JSON.stringify({ dependencies: { '@google/genai': '^1.0.0' } }) });
    expect(findings.filter((f) => f.ruleId === 'deps/deprecated-sdk')).toEqual([]);
  });
});

describe('deps/dangerous-release', () => {
  it('fires on a pinned affected version and on a locked transitive one, naming the advisory', () => {
    const findings = audit({
      'requirements.txt': 'langchain-core==0.3.79\n',
      'sub/uv.lock': 'version = 1\n\n[[package]]\nname = "langchain-core"\nversion = "0.3.80"\nsource = { registry = "https://pypi.org/simple" }\n',
    });
    const dangerous = findings.filter((f) => f.ruleId === 'deps/dangerous-release');
    expect(dangerous.map((f) => `${f.file}:${f.region.startLine}`)).toEqual(['agents/demo/requirements.txt:1', 'agents/demo/sub/uv.lock:4']);
    expect(dangerous[0]!.message).toMatch(/CVE-2025-68664/);
    expect(dangerous[0]!.severity).toBe('error');
  });
  it('stays silent on the fixed version and on unpinned ranges', () => {
    const findings = audit({ 'requirements.txt': 'langchain-core==0.3.81\nlangchain-core>=0.3.0\n' });
    expect(findings.filter((f) => f.ruleId === 'deps/dangerous-release')).toEqual([]);
  });
});

describe('deps/malformed-manifest', () => {
  it('names the file and line of what cannot be read, and the audit goes on', () => {
    const findings = audit({ 'requirements.txt': 'langchain~=0.3.0\nthis is not a requirement ===\n', 'package.json': '{ "dependencies": ' });
    const malformed = findings.filter((f) => f.ruleId === 'deps/malformed-manifest');
    expect(malformed.map((f) => `${f.file}:${f.region.startLine}`).sort()).toEqual(['agents/demo/package.json:1', 'agents/demo/requirements.txt:2']);
  });
});

describe('registry rules (with lookups)', () => {
  const base = { yanked: {}, deprecated: {} };
  it('fires deps/unknown-package when every index said not found, and notes what could not be checked', () => {
    const findings = audit(
      { 'requirements.txt': 'langchain~=0.3.0\nlangchian-community~=0.3.0\nacme-private==1.0\n' },
      {
        'pypi:langchain': { ...base, status: 'found' },
        'pypi:langchian-community': { ...base, status: 'missing' },
        'pypi:acme-private': { ...base, status: 'unresolved', reason: 'http://idx refused (401); mirror https://pypi.org/simple not found' },
      },
    );
    expect(ids(findings)).toEqual(['deps/unknown-package agents/demo/requirements.txt:2', 'deps/unresolved-package agents/demo/requirements.txt:3']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[1]!.severity).toBe('note');
    expect(findings[1]!.message).toMatch(/refused \(401\)/);
  });

  it('fires deps/yanked-release for a yanked pinned version and deps/deprecated-release for npm deprecations', () => {
    const findings = audit(
      { 'requirements.txt': 'acme-agent-tools==1.0.0\n', 'package.json': JSON.stringify({ dependencies: { openai: '4.0.0', 'left-ai': '^1.0.0' } }, null, 2) },
      {
        'pypi:acme-agent-tools': { ...base, status: 'found', yanked: { '1.0.0': 'broken build' }, answeredBy: 'http://mirror/simple' },
        'npm:openai': { ...base, status: 'found', deprecated: { '4.0.0': 'v4 is no longer supported' } },
        'npm:left-ai': { ...base, status: 'found', latest: '1.2.0', deprecated: { '1.2.0': 'use right-ai' } },
      },
    );
    expect(ids(findings).sort()).toEqual([
      'deps/deprecated-release agents/demo/package.json:3',
      'deps/deprecated-release agents/demo/package.json:4',
      'deps/yanked-release agents/demo/requirements.txt:1',
    ]);
    expect(findings.find((f) => f.ruleId === 'deps/yanked-release')!.message).toMatch(/"broken build"/);
  });

  it('never shows credentials from an index line in a snippet', () => {
    const findings = audit(
      { 'requirements.txt': '--index-url https://ci:s3cr3t-t0ken@pkgs.example.com/simple\nnot-a-real-pkg==1.0  # https://ci:s3cr3t-t0ken@x\n' },
      { 'pypi:not-a-real-pkg': { ...base, status: 'missing' } },
    );
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain('s3cr3t-t0ken');
  });
});

describe('deps/dependency-confusion-risk', () => {
  const base = { yanked: {}, deprecated: {} };
  const failed = 'http://pkgs.corp.example/simple refused (401)';

  it('fires when a private name is answered by a public registry the installer asks', () => {
    const findings = audit(
      { 'requirements.txt': '--extra-index-url https://pypi.org/simple\nacme-agent-tools==1.1.0\n' },
      { 'pypi:acme-agent-tools': { ...base, status: 'found', privatePattern: 'acme-*', publicAnswer: 'https://pypi.org/simple', answeredBy: 'https://pkgs.corp.example/simple' } },
    );
    expect(ids(findings)).toEqual(['deps/dependency-confusion-risk agents/demo/requirements.txt:2']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/private name \(registries\.private 'acme-\*'\), but the public registry https:\/\/pypi\.org\/simple has a package of that name/);
  });

  it('fires when an index failed and the one that answered lacks the pinned or locked version', () => {
    const findings = audit(
      {
        'requirements.txt': 'acme-agent-tools==1.0.0\n',
        'package.json': JSON.stringify({ dependencies: { '@acme/tools': '2.0.0' } }, null, 2),
      },
      {
        'pypi:acme-agent-tools': { ...base, status: 'found', failedIndex: failed, absentVersions: ['1.0.0'], answeredBy: 'https://pypi.org/simple' },
        'npm:@acme/tools': { ...base, status: 'found', failedIndex: 'https://npm.corp.example/ HTTP 503', absentVersions: ['2.0.0'], answeredBy: 'https://registry.npmjs.org/' },
      },
    );
    expect(ids(findings).sort()).toEqual(['deps/dependency-confusion-risk agents/demo/package.json:3', 'deps/dependency-confusion-risk agents/demo/requirements.txt:1']);
    const pypi = findings.find((f) => f.file.endsWith('requirements.txt'))!;
    expect(pypi.message).toBe(
      'acme-agent-tools ==1.0.0: http://pkgs.corp.example/simple refused (401), and https://pypi.org/simple has a package of that name but not 1.0.0: it may be a different (squatted) package than the one the unreachable index holds.',
    );
  });

  it('stays silent for a public package answered by a mirror after a refusal when its pinned version is there', () => {
    const findings = audit(
      { 'requirements.txt': 'requests==2.32.3\n' },
      { 'pypi:requests': { ...base, status: 'found', failedIndex: failed, answeredBy: 'https://pypi.org/simple' } },
    );
    expect(ids(findings)).toEqual([]);
  });

  it('stays silent for a missing version when no index failed (a wrong pin, not confusion)', () => {
    const findings = audit({ 'requirements.txt': 'requests==9.9.9\n' }, { 'pypi:requests': { ...base, status: 'found', absentVersions: ['9.9.9'] } });
    expect(ids(findings)).toEqual([]);
  });

  it('stays silent for a private name answered only by the private index, and for unresolved or missing private names', () => {
    const findings = audit(
      { 'requirements.txt': 'acme-agent-tools==1.1.0\nacme-billing==1.0\nacme-ghost==1.0\n' },
      {
        'pypi:acme-agent-tools': { ...base, status: 'found', privatePattern: 'acme-*', answeredBy: 'https://pkgs.corp.example/simple' },
        'pypi:acme-billing': { ...base, status: 'unresolved', cause: 'private', privatePattern: 'acme-*', reason: 'a private name' },
        'pypi:acme-ghost': { ...base, status: 'missing', privatePattern: 'acme-*' },
      },
    );
    expect(ids(findings)).toEqual(['deps/unresolved-package agents/demo/requirements.txt:2', 'deps/unknown-package agents/demo/requirements.txt:3']);
  });

  it('honours an inline suppression with a reason', () => {
    const findings = audit(
      { 'requirements.txt': 'acme-agent-tools==1.0.0  # cockpit: ignore[deps/dependency-confusion-risk] pinned by hash in the lock\n' },
      { 'pypi:acme-agent-tools': { ...base, status: 'found', failedIndex: failed, absentVersions: ['1.0.0'] } },
    );
    expect(findings.filter((f) => f.ruleId === 'deps/dependency-confusion-risk').map((f) => Boolean(f.suppression))).toEqual([true]);
  });
});

/** Linear time, with room for a slow shared machine: quadratic versions took tens of seconds here. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

describe('snippet redaction and columns on adversarial lines', () => {
  it('redacts index credentials and keeps the rest', () => {
    expect(redactLine('-i https://user:s3cret@pypi.internal.example/simple')).toBe('-i https://****@pypi.internal.example/simple');
    expect(redactLine('agent-tools @ git+https://tok3n@git.example/acme/tools.git')).toBe('agent-tools @ git+https://****@git.example/acme/tools.git');
    // No scheme letter before `://`, no `@` after it: nothing to redact.
    expect(redactLine('1://a@b and https://host/path')).toBe('1://a@b and https://host/path');
  });

  it.each([
    ['a 3 MB run of letters (every position a scheme start)', 'langchain>=0.1 ; ' + 'a'.repeat(3_000_000)],
    ['a scheme followed by 3 MB without @', 'x://' + 'b'.repeat(3_000_000)],
    ['750,000 schemes in a row', 'x://'.repeat(750_000)],
    ['a 3 MB scheme before real credentials', 'a'.repeat(3_000_000) + '://u:p@host'],
  ])('redacts %s in linear time', (_name, line) => {
    const { value, ms } = timed(() => redactLine(line));
    expect(value.length).toBeLessThanOrEqual(200);
    expect(ms).toBeLessThan(2000);
  });

  it('finds a package name with PEP 503 separators and case, and is linear on a 3 MB line', () => {
    expect(columnOf('    "Pydantic_AI.Slim[openai]==0.2.4",', 'pydantic-ai-slim')).toBe(6);
    expect(columnOf('crewai[tools]~=0.121.0', 'crewai')).toBe(1);
    expect(columnOf('nothing here', 'langchain')).toBe(1);
    const line = 'a-'.repeat(1_500_000) + 'a-b';
    const name = `${'a-'.repeat(500)}b`;
    const { value, ms } = timed(() => columnOf(line, name));
    expect(value).toBe(line.length - name.length + 1);
    expect(ms).toBeLessThan(2000);
  });

  it('audits a 3 MB single-line requirements file in well under 5 s', () => {
    const { value, ms } = timed(() => audit({ 'requirements.txt': `langchain>=0.1 ; ${'a'.repeat(3_000_000)}\n` }));
    expect(value.map((finding) => finding.ruleId)).toContain('deps/unpinned-agent-package');
    expect(ms).toBeLessThan(5000);
  });
});
