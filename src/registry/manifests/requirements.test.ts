import { describe, expect, it } from 'vitest';
import { parseRequirement, pinOf } from './pep508.js';
import { readRequirementsTxt } from './requirements.js';

const AGENT_REQS = `# Customer-support agent (google-adk)
google-adk==1.2.1
google-cloud-aiplatform[adk,agent_engines]>=1.95.1,<2
crewai[tools]~=0.121.0

langgraph>=0.4 ; python_version >= "3.10"
Pydantic_AI.Slim[openai]==0.2.4  # trailing comment
openai-agents \\
    ==0.0.17 \\
    --hash=sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \\
    --hash=sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
litellm
-i https://user:s3cret@pypi.internal.example/simple
--extra-index-url=https://download.pytorch.org/whl/cpu
-e .
-e git+https://github.com/acme/agent-tools.git@v0.3.0#egg=agent_tools
mcp @ https://files.example/mcp-1.9.0-py3-none-any.whl ; sys_platform != "win32"
-r requirements-dev.txt
--constraint constraints.txt
`;

describe('readRequirementsTxt', () => {
  const r = readRequirementsTxt(AGENT_REQS, 'agents/support/requirements.txt');
  const byName = (n: string) => r.dependencies.find((d) => d.name === n);

  it('reads pins, ranges, extras and normalises names', () => {
    expect(byName('google-adk')).toMatchObject({ ecosystem: 'pypi', specifier: '==1.2.1', pinned: true, version: '1.2.1', source: { line: 2 } });
    expect(byName('google-cloud-aiplatform')).toMatchObject({ extras: ['adk', 'agent-engines'], specifier: '>=1.95.1,<2', pinned: false });
    expect(byName('crewai')).toMatchObject({ extras: ['tools'], specifier: '~=0.121.0', pinned: false, source: { line: 4 } });
    expect(byName('pydantic-ai-slim')).toMatchObject({ extras: ['openai'], pinned: true, version: '0.2.4', source: { line: 7 } });
    expect(byName('litellm')).toMatchObject({ specifier: '', pinned: false, source: { line: 12 } });
    expect(byName('litellm')?.version).toBeUndefined();
  });

  it('keeps markers and joins continuations with hashes on the first line', () => {
    expect(byName('langgraph')).toMatchObject({ specifier: '>=0.4', marker: 'python_version >= "3.10"', source: { line: 6 } });
    expect(byName('openai-agents')).toMatchObject({ specifier: '==0.0.17', pinned: true, version: '0.0.17', source: { line: 8 } });
  });

  it('records index URLs as written, includes and constraints', () => {
    expect(r.indexes).toEqual([
      { url: 'https://user:s3cret@pypi.internal.example/simple', kind: 'index-url', source: { file: 'agents/support/requirements.txt', line: 13 } },
      { url: 'https://download.pytorch.org/whl/cpu', kind: 'extra-index-url', source: { file: 'agents/support/requirements.txt', line: 14 } },
    ]);
    expect(r.includes).toEqual([
      { kind: 'requirement', path: 'requirements-dev.txt', source: { file: 'agents/support/requirements.txt', line: 18 } },
      { kind: 'constraint', path: 'constraints.txt', source: { file: 'agents/support/requirements.txt', line: 19 } },
    ]);
  });

  it('keeps editable and direct URL requirements unpinned', () => {
    expect(r.dependencies.find((d) => d.specifier === '.')).toMatchObject({ name: '.', editable: true, direct: true, pinned: false, source: { line: 15 } });
    expect(byName('agent-tools')).toMatchObject({
      specifier: 'git+https://github.com/acme/agent-tools.git@v0.3.0#egg=agent_tools',
      editable: true,
      direct: true,
      pinned: false,
    });
    expect(byName('mcp')).toMatchObject({
      specifier: 'https://files.example/mcp-1.9.0-py3-none-any.whl',
      marker: 'sys_platform != "win32"',
      direct: true,
      pinned: false,
      source: { line: 17 },
    });
    expect(r.issues).toEqual([]);
  });

  it('names nameless URLs and archives from the path', () => {
    const x = readRequirementsTxt(
      ['git+https://github.com/org/langchain-extras.git@main', './wheels/crewai_tools-0.4.0-py3-none-any.whl', 'https://x.example/smolagents-1.2.0.tar.gz', '-e ./libs/my_tools[dev]'].join('\n'),
      'requirements.txt',
    );
    expect(x.dependencies.map((d) => [d.name, d.direct, d.extras])).toEqual([
      ['langchain-extras', true, undefined],
      ['crewai-tools', true, undefined],
      ['smolagents', true, undefined],
      ['my-tools', true, ['dev']],
    ]);
    expect(x.issues).toEqual([]);
  });

  it('handles option spellings', () => {
    const x = readRequirementsTxt(['-rbase.txt', '--requirement=more.txt', '-c', '--index-url https://a.example/simple', '--no-index', '--pre', '--trusted-host a.example', '-f ./wheels'].join('\n'), 'r.txt');
    expect(x.includes?.map((i) => i.path)).toEqual(['base.txt', 'more.txt']);
    expect(x.indexes.map((i) => i.url)).toEqual(['https://a.example/simple']);
    expect(x.issues).toEqual([{ file: 'r.txt', line: 3, message: 'line 3: -c needs a value' }]);
  });

  it('keeps #egg fragments and comments apart, and a comment line ends a continuation', () => {
    const x = readRequirementsTxt('pkg-a==1 \\\n# note\npkg-b>=2 # why\n', 'r.txt');
    expect(x.dependencies.map((d) => [d.name, d.source.line])).toEqual([['pkg-a', 1], ['pkg-b', 3]]);
  });

  it('reports invalid lines with their number and keeps going', () => {
    const x = readRequirementsTxt(['openai==', 'crewai[tools', '!!!', 'anthropic >= 0.50', 'foo==1.0 --frobnicate', '--bogus x', 'bar; ', 'x @ not-a-url', 'ok==1 ; (python_version < "3"'].join('\n'), 'r.txt');
    expect(x.dependencies.map((d) => d.name)).toEqual(['anthropic', 'foo']);
    expect(x.issues.map((i) => i.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    expect(x.issues[0]?.message).toMatch(/^line 1: invalid requirement/);
    expect(x.issues[3]?.message).toContain('--frobnicate');
  });

  it('handles CRLF and empty input', () => {
    expect(readRequirementsTxt('', 'r.txt')).toMatchObject({ dependencies: [], issues: [] });
    const x = readRequirementsTxt('a==1\r\nb\\\r\n==2\r\n', 'r.txt');
    expect(x.dependencies.map((d) => [d.name, d.version, d.source.line])).toEqual([['a', '1', 1], ['b', '2', 2]]);
  });
});

describe('readRequirementsTxt on adversarial long lines', () => {
  /** Each of these took seconds per 20 KB (tens of seconds per 200 KB) with the old patterns. */
  const n = 3_000_000;
  it.each([
    ['a long run of blanks before a non-comment', `langchain${' '.repeat(n)}x`],
    ['a long run of blanks before a marker-less path', `./pkg${' '.repeat(n)}x`],
    ['a path ending in many slashes and a name', `./pkg${'/'.repeat(n)}x`],
    ['many unclosed brackets', `./pkg${'['.repeat(n)}`],
    ['an archive name with versions separated by line separators', `./w/${'-1\u2028'.repeat(n / 3)}.zip`],
    ['a URL followed by blanks and no marker', `pkg @ https://x.example/p${' '.repeat(n)}x`],
  ])('reads %s in linear time', (_name, line) => {
    const started = performance.now();
    readRequirementsTxt(`${line}\n`, 'requirements.txt');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('still strips comments and splits markers as pip does', () => {
    const x = readRequirementsTxt(['pkg-a==1    # why', 'pkg-b#not-a-comment==2', './local/lib[dev,test] ; python_version >= "3.11"', 'https://x.example/tools.tar.gz/// ;os_name=="posix"'].join('\n'), 'r.txt');
    expect(x.dependencies.map((d) => [d.name, d.specifier, d.marker, d.extras])).toEqual([
      ['pkg-a', '==1', undefined, undefined],
      ['lib', './local/lib', 'python_version >= "3.11"', ['dev', 'test']],
      ['tools', 'https://x.example/tools.tar.gz///', 'os_name=="posix"', undefined],
    ]);
    expect(x.issues.map((i) => i.line)).toEqual([2]);
  });
});

describe('parseRequirement', () => {
  it('parses PEP 508 forms', () => {
    expect(parseRequirement('requests [security , socks] (>=2.8.1, ==2.8.*) ; python_version < "2.7"')).toEqual({
      ok: true,
      value: { name: 'requests', extras: ['security', 'socks'], specifier: '>=2.8.1, ==2.8.*', marker: 'python_version < "2.7"' },
    });
    expect(parseRequirement('pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee')).toMatchObject({ ok: true, value: { url: 'https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee' } });
    expect(parseRequirement('A.B-C_D')).toMatchObject({ ok: true, value: { name: 'a-b-c-d', specifier: '' } });
  });
  it('detects pins', () => {
    expect(pinOf('==1.2.3')).toBe('1.2.3');
    expect(pinOf('=== 1.0')).toBe('1.0');
    expect(pinOf('==1.*')).toBeUndefined();
    expect(pinOf('==1,<2')).toBeUndefined();
    expect(pinOf('>=1')).toBeUndefined();
  });
});
