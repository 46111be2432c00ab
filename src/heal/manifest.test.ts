import { describe, expect, it } from 'vitest';
import { declaredPackages, packageForModule, pyprojectKind, withPackages } from './manifest.js';

const TENACITY = { name: 'tenacity', bound: '>=8.2,<10' };

describe('packageForModule', () => {
  it('needs nothing for the standard library, a bounded package for what fixes import, and says when it does not know', () => {
    expect(packageForModule('os')).toBeNull();
    expect(packageForModule('urllib.request')).toBeNull();
    expect(packageForModule('tenacity')).toEqual(TENACITY);
    expect(packageForModule('somethingelse')).toBeUndefined();
  });
});

describe('requirements.txt', () => {
  it('reads names past extras, markers, comments and options, PEP 503-normalised', () => {
    const text = '-r base.txt\n# tools\nSlack_SDK>=3.33  # chat\ncrewai[tools]>=0.203,<1 ; python_version >= "3.10"\n\n';
    expect([...declaredPackages('requirements', text)].sort()).toEqual(['crewai', 'slack-sdk']);
  });

  it('appends the bounded requirement, keeping CRLF and a missing final newline', () => {
    expect(withPackages('requirements', 'httpx>=0.27\n', [TENACITY])).toBe('httpx>=0.27\ntenacity>=8.2,<10\n');
    expect(withPackages('requirements', 'httpx>=0.27\r\npydantic>=2', [TENACITY])).toBe('httpx>=0.27\r\npydantic>=2\r\ntenacity>=8.2,<10\r\n');
  });
});

describe('pyproject.toml [project] dependencies', () => {
  it('adds an entry per line in the array style, after the last entry and its comment', () => {
    const text = '[project]\nname = "bot"\ndependencies = [\n    "httpx>=0.27",\n    "slack-sdk>=3.33",  # alerts\n]\n\n[tool.ruff]\nline-length = 100\n';
    expect(pyprojectKind(text)).toBe('pyproject');
    expect([...declaredPackages('pyproject', text)].sort()).toEqual(['httpx', 'slack-sdk']);
    expect(withPackages('pyproject', text, [TENACITY])).toBe(
      '[project]\nname = "bot"\ndependencies = [\n    "httpx>=0.27",\n    "slack-sdk>=3.33",  # alerts\n    "tenacity>=8.2,<10",\n]\n\n[tool.ruff]\nline-length = 100\n',
    );
  });

  it('adds the missing comma of the last entry, and extends a one-line or empty array', () => {
    expect(withPackages('pyproject', '[project]\ndependencies = [\n  "a>=1"\n]\n', [TENACITY])).toBe('[project]\ndependencies = [\n  "a>=1",\n  "tenacity>=8.2,<10",\n]\n');
    expect(withPackages('pyproject', '[project]\ndependencies = ["a>=1", "b"]\n', [TENACITY])).toBe('[project]\ndependencies = ["a>=1", "b", "tenacity>=8.2,<10"]\n');
    expect(withPackages('pyproject', '[project]\ndependencies = []\n', [TENACITY])).toBe('[project]\ndependencies = ["tenacity>=8.2,<10"]\n');
  });

  it('a pyproject.toml without a dependency list has nowhere to declare', () => {
    const text = '[build-system]\nrequires = ["hatchling"]\n\n[tool.crewai]\ntype = "crew"\n';
    expect(pyprojectKind(text)).toBeUndefined();
  });
});

describe('pyproject.toml [tool.poetry.dependencies]', () => {
  it('adds a key after the table, before the blank line and the next table', () => {
    const text = '[tool.poetry]\nname = "bot"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nhttpx = "^0.27"\n\n[build-system]\nrequires = ["poetry-core"]\n';
    expect(pyprojectKind(text)).toBe('poetry');
    expect([...declaredPackages('poetry', text)].sort()).toEqual(['httpx', 'python']);
    expect(withPackages('poetry', text, [TENACITY])).toBe(
      '[tool.poetry]\nname = "bot"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nhttpx = "^0.27"\ntenacity = ">=8.2,<10"\n\n[build-system]\nrequires = ["poetry-core"]\n',
    );
  });
});
