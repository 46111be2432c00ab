import { describe, expect, it } from 'vitest';
import { readPyproject } from './pyproject.js';

const PEP621 = `[project]
name = "research-agent"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "google-adk==1.2.1",
    "langgraph>=0.4.8,<0.5",
    'openai-agents[voice]>=0.0.17',
    "pydantic_ai_slim[anthropic,openai]==0.2.4; python_version >= '3.11'",
    "tools @ git+https://github.com/acme/tools.git@v1",
]

[project.optional-dependencies]
eval = ["ragas>=0.2", "langsmith"]
dev = [
  "pytest==8.3.5",
]

[dependency-groups]
test = ["pytest-asyncio>=0.26", { include-group = "lint" }]
lint = ["ruff==0.11.9"]

[tool.uv]
index-url = "https://token:abc@pypi.corp.example/simple"
extra-index-url = ["https://download.pytorch.org/whl/cpu"]

[[tool.uv.index]]
name = "corp"
url = "https://pkgs.corp.example/pypi/simple"
default = true

[[tool.uv.index]]
name = "torch"
url = "https://download.pytorch.org/whl/cu124"
explicit = true
`;

describe('readPyproject: PEP 621 / PEP 735 / uv', () => {
  const r = readPyproject(PEP621, 'agents/research/pyproject.toml');
  const dep = (n: string) => r.dependencies.find((d) => d.name === n);

  it('reads [project] dependencies with their lines', () => {
    expect(r.issues).toEqual([]);
    expect(dep('google-adk')).toEqual({
      ecosystem: 'pypi', name: 'google-adk', specifier: '==1.2.1', pinned: true, version: '1.2.1',
      source: { file: 'agents/research/pyproject.toml', line: 6 },
    });
    expect(dep('langgraph')).toMatchObject({ specifier: '>=0.4.8,<0.5', pinned: false, source: { line: 7 } });
    expect(dep('openai-agents')).toMatchObject({ extras: ['voice'], source: { line: 8 } });
    expect(dep('pydantic-ai-slim')).toMatchObject({ extras: ['anthropic', 'openai'], marker: "python_version >= '3.11'", pinned: true, source: { line: 9 } });
    expect(dep('tools')).toMatchObject({ specifier: 'git+https://github.com/acme/tools.git@v1', direct: true, pinned: false, source: { line: 10 } });
    expect(dep('google-adk')?.dev).toBeUndefined();
  });

  it('marks optional-dependencies and dependency-groups as dev, skipping include-group', () => {
    expect(dep('ragas')).toMatchObject({ dev: true, group: 'eval', source: { line: 14 } });
    expect(dep('langsmith')).toMatchObject({ dev: true, group: 'eval', source: { line: 14 } });
    expect(dep('pytest')).toMatchObject({ dev: true, group: 'dev', pinned: true, source: { line: 16 } });
    expect(dep('pytest-asyncio')).toMatchObject({ dev: true, group: 'test', source: { line: 20 } });
    expect(dep('ruff')).toMatchObject({ group: 'lint', source: { line: 21 } });
    expect(r.dependencies).toHaveLength(10);
  });

  it('reads uv indexes', () => {
    expect(r.indexes).toEqual([
      { url: 'https://token:abc@pypi.corp.example/simple', kind: 'index-url', source: { file: 'agents/research/pyproject.toml', line: 24 } },
      { url: 'https://download.pytorch.org/whl/cpu', kind: 'extra-index-url', source: { file: 'agents/research/pyproject.toml', line: 25 } },
      { url: 'https://pkgs.corp.example/pypi/simple', kind: 'index-url', name: 'corp', source: { file: 'agents/research/pyproject.toml', line: 29 } },
      { url: 'https://download.pytorch.org/whl/cu124', kind: 'extra-index-url', name: 'torch', source: { file: 'agents/research/pyproject.toml', line: 34 } },
    ]);
  });

  it('gives duplicate entries successive lines', () => {
    const x = readPyproject('[project]\nname = "x"\ndependencies = [\n  "crewai",\n  "crewai",\n]\n', 'p.toml');
    expect(x.dependencies.map((d) => d.source.line)).toEqual([4, 5]);
  });

  it('finds entries in inline tables and escaped strings', () => {
    const x = readPyproject('[project]\nname = "x"\noptional-dependencies = { voice = [\n  "openai-agents[voice]" ] }\ndependencies = ["pywin32; sys_platform == \\"win32\\""]\n', 'p.toml');
    expect(x.dependencies.map((d) => [d.name, d.source.line, d.marker])).toEqual([
      ['pywin32', 5, 'sys_platform == "win32"'],
      ['openai-agents', 4, undefined],
    ]);
  });
});

const POETRY = `[tool.poetry]
name = "crew-agent"
version = "0.1.0"

[tool.poetry.dependencies]
python = ">=3.10,<3.13"
crewai = { version = "^0.121.0", extras = ["tools"] }
"langchain-openai" = "~0.3.18"
litellm = "1.72.0"
openai = "*"
anthropic = [
  { version = "^0.52", python = ">=3.11" },
  { version = "^0.40", python = "<3.11", markers = "platform_system == 'Linux'" },
]
agent-tools = { git = "https://github.com/acme/agent-tools.git", tag = "v0.3.0" }
local-utils = { path = "../utils", develop = true }

[tool.poetry.dependencies.ai_sdk_py]
version = "==0.4.1"

[tool.poetry.group.dev.dependencies]
pytest = "^8.3"

[tool.poetry.dev-dependencies]
black = "24.4.2"

[[tool.poetry.source]]
name = "corp"
url = "https://pkgs.corp.example/simple/"
priority = "supplemental"

[[tool.poetry.source]]
name = "mirror"
url = "https://mirror.example/simple/"
`;

describe('readPyproject: Poetry', () => {
  const r = readPyproject(POETRY, 'pyproject.toml');
  const dep = (n: string) => r.dependencies.filter((d) => d.name === n);

  it('reads caret, tilde, exact, star, table and list forms; skips python', () => {
    expect(r.issues).toEqual([]);
    expect(dep('python')).toEqual([]);
    expect(dep('crewai')[0]).toMatchObject({ specifier: '^0.121.0', extras: ['tools'], pinned: false, source: { line: 7 } });
    expect(dep('langchain-openai')[0]).toMatchObject({ specifier: '~0.3.18', pinned: false, source: { line: 8 } });
    expect(dep('litellm')[0]).toMatchObject({ specifier: '1.72.0', pinned: true, version: '1.72.0', source: { line: 9 } });
    expect(dep('openai')[0]).toMatchObject({ specifier: '*', pinned: false });
    expect(dep('anthropic').map((d) => [d.specifier, d.marker, d.source.line])).toEqual([
      ['^0.52', undefined, 11],
      ['^0.40', "platform_system == 'Linux'", 11],
    ]);
    expect(dep('agent-tools')[0]).toMatchObject({ specifier: 'https://github.com/acme/agent-tools.git@v0.3.0', direct: true, pinned: false, source: { line: 15 } });
    expect(dep('local-utils')[0]).toMatchObject({ specifier: '../utils', direct: true, editable: true });
    expect(dep('ai-sdk-py')[0]).toMatchObject({ specifier: '==0.4.1', pinned: true, version: '0.4.1', source: { line: 18 } });
  });

  it('marks groups and legacy dev-dependencies as dev', () => {
    expect(dep('pytest')[0]).toMatchObject({ dev: true, group: 'dev', source: { line: 22 } });
    expect(dep('black')[0]).toMatchObject({ dev: true, pinned: true, source: { line: 25 } });
    expect(dep('crewai')[0]?.dev).toBeUndefined();
  });

  it('reads sources by priority', () => {
    expect(r.indexes).toEqual([
      { url: 'https://pkgs.corp.example/simple/', kind: 'extra-index-url', name: 'corp', source: { file: 'pyproject.toml', line: 29 } },
      { url: 'https://mirror.example/simple/', kind: 'index-url', name: 'mirror', source: { file: 'pyproject.toml', line: 34 } },
    ]);
  });
});

describe('readPyproject: malformed', () => {
  it('reports invalid TOML once with its line and no echoed content', () => {
    const r = readPyproject('[project]\nname = "x"\ndependencies = ["a",\n  "b" "c"]\n', 'pyproject.toml');
    expect(r.dependencies).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'pyproject.toml', line: 4 });
    expect(r.issues[0]?.message).not.toContain('"c"');
  });

  it('reports wrong shapes and bad entries without throwing', () => {
    const r = readPyproject(
      '[project]\nname = "x"\ndependencies = "crewai"\n[project.optional-dependencies]\nx = ["ok", 3, "bad=="]\n[tool.poetry.dependencies]\n"bad name!" = "1"\nfoo = 3\n[[tool.uv.index]]\nname = "n"\n',
      'p.toml',
    );
    expect(r.dependencies.map((d) => d.name)).toEqual(['ok']);
    expect(r.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'project.dependencies must be an array'],
      [5, 'non-string entry in project.optional-dependencies.x'],
      [5, 'line 5: invalid requirement: invalid version specifier "=="'],
      [7, 'line 7: invalid package name "bad name!"'],
      [8, 'line 8: unsupported dependency value for "foo"'],
      [9, 'tool.uv.index entry 1 has no url'],
    ]);
  });

  it('accepts an empty file', () => {
    expect(readPyproject('', 'pyproject.toml')).toEqual({ dependencies: [], issues: [], indexes: [] });
  });
});

describe('readPyproject on adversarial long lines', () => {
  it('locates entries in linear time when a line opens with [ and runs on (an array of arrays)', () => {
    // Every line starting with `[` is tried as a table header; the old lazy header pattern was quadratic in its blanks.
    const text = `[project]\nname = "x"\ndependencies = ["langchain>=0.1"]\n\n[tool.x]\nmatrix = [\n  ["a",${' '.repeat(3_000_000)}"b"],\n]\n`;
    const started = performance.now();
    const result = readPyproject(text, 'pyproject.toml');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.dependencies.map((d) => [d.name, d.source.line])).toEqual([['langchain', 3]]);
  });
});

describe('readPyproject on adversarial keys', () => {
  it('locates a very long quoted dependency name without building a pattern from it', () => {
    // A pattern made of this key was too large to compile: the whole manifest failed.
    const name = `${'a.'.repeat(40_000)}b`;
    const text = `[tool.poetry.dependencies]\npython = "^3.11"\nnote = "${'.a'.repeat(80_000)}"\n"${name}" = "1.0"\nlangchain = "^0.3"\n`;
    const started = performance.now();
    const result = readPyproject(text, 'pyproject.toml');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.dependencies.map((d) => [d.name.length > 40 ? 'long' : d.name, d.source.line])).toEqual([
      ['note', 3],
      ['long', 4],
      ['langchain', 5],
    ]);
  });

  it('splits a header-like line with an unclosed quote in linear time', () => {
    const text = `[project]\nname = "x"\ndependencies = ["langchain>=0.1"]\ndescription = """\n["${'\\"'.repeat(1_000_000)}]\n"""\n`;
    const started = performance.now();
    const result = readPyproject(text, 'pyproject.toml');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.dependencies.map((d) => [d.name, d.source.line])).toEqual([['langchain', 3]]);
  });

  it('still finds quoted and dotted keys', () => {
    const text = `[tool.poetry.dependencies]\npython = "^3.11"\n"zope.interface" = "^6"\n'crewai' = { version = "^0.80", extras = ["tools"] }\n\n[tool.poetry.group."dev.tools".dependencies]\npytest = "^8"\n`;
    expect(readPyproject(text, 'pyproject.toml').dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['zope-interface', 3],
      ['crewai', 4],
      ['pytest', 7],
    ]);
  });
});
