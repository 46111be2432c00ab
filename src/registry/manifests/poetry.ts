import type { TomlLocator } from './locate-toml.js';
import { isRecord, normalizePypiName, PYPI_NAME } from './names.js';
import type { Dependency, ManifestResult } from './types.js';

/** Poetry's bare `1.2.3` (or `==1.2.3`) is an exact pin; `^`, `~`, `*`, ranges are not. */
function poetryPin(spec: string): string | undefined {
  const m = /^(?:==)?\s*(\d[A-Za-z0-9.+!_-]*)$/.exec(spec.trim());
  return m?.[1];
}

/** [tool.poetry] dependencies, legacy dev-dependencies, group dependencies, and [[tool.poetry.source]]. */
export function readPoetry(poetry: Record<string, unknown>, file: string, loc: TomlLocator, result: ManifestResult): void {
  const base = ['tool', 'poetry'];
  readTable(poetry['dependencies'], [...base, 'dependencies'], {}, file, loc, result);
  readTable(poetry['dev-dependencies'], [...base, 'dev-dependencies'], { dev: true, group: 'dev' }, file, loc, result);
  const groups = poetry['group'];
  if (isRecord(groups)) {
    for (const [group, body] of Object.entries(groups)) {
      if (!isRecord(body)) continue;
      readTable(body['dependencies'], [...base, 'group', group, 'dependencies'], { dev: true, group }, file, loc, result);
    }
  }

  const sources = poetry['source'];
  if (!Array.isArray(sources)) return;
  sources.forEach((source, i) => {
    if (!isRecord(source) || typeof source['url'] !== 'string') return; // e.g. a priority for the implicit PyPI
    const priority = source['priority'];
    // Poetry ≥1.8 defaults to primary (replacing PyPI); legacy `default = true` did the same.
    const primary = priority === undefined ? source['secondary'] !== true : priority === 'primary' || priority === 'default';
    const name = typeof source['name'] === 'string' ? source['name'] : undefined;
    result.indexes.push({
      url: source['url'],
      kind: primary || source['default'] === true ? 'index-url' : 'extra-index-url',
      ...(name ? { name } : {}),
      source: { file, line: loc.keyLine([...base, 'source'], ['url'], i) },
    });
  });
}

function readTable(
  table: unknown,
  path: string[],
  extra: Partial<Dependency>,
  file: string,
  loc: TomlLocator,
  result: ManifestResult,
): void {
  if (table === undefined) return;
  if (!isRecord(table)) {
    result.issues.push({ file, line: loc.keyLine(path), message: `${path.join('.')} must be a table` });
    return;
  }
  for (const [rawName, value] of Object.entries(table)) {
    if (rawName.toLowerCase() === 'python') continue; // the interpreter constraint, not a package
    const line = loc.keyLine(path, [rawName]);
    if (!PYPI_NAME.test(rawName)) {
      result.issues.push({ file, line, message: `line ${line}: invalid package name "${rawName}"` });
      continue;
    }
    // A list of tables gives per-environment constraints: one entry each.
    const forms = Array.isArray(value) ? value : [value];
    for (const form of forms) {
      const dep = poetryDependency(normalizePypiName(rawName), form, { file, line });
      if (dep) result.dependencies.push({ ...dep, ...extra });
      else result.issues.push({ file, line, message: `line ${line}: unsupported dependency value for "${rawName}"` });
    }
  }
}

function poetryDependency(name: string, value: unknown, source: { file: string; line: number }): Dependency | undefined {
  if (typeof value === 'string') {
    const version = poetryPin(value);
    return { ecosystem: 'pypi', name, specifier: value, pinned: version !== undefined, ...(version ? { version } : {}), source };
  }
  if (!isRecord(value)) return undefined;
  const dep: Dependency = { ecosystem: 'pypi', name, specifier: '', pinned: false, source };
  const direct = ['git', 'url', 'path', 'file'].find((k) => typeof value[k] === 'string');
  if (direct) {
    const ref = ['tag', 'rev', 'branch'].map((k) => value[k]).find((v) => typeof v === 'string');
    dep.specifier = `${String(value[direct])}${ref ? `@${String(ref)}` : ''}`;
    dep.direct = true;
    if (value['develop'] === true) dep.editable = true;
  } else if (typeof value['version'] === 'string') {
    dep.specifier = value['version'];
    const version = poetryPin(value['version']);
    if (version) Object.assign(dep, { pinned: true, version });
  } else if (Object.keys(value).length === 0) return undefined;
  if (Array.isArray(value['extras'])) {
    const extras = value['extras'].filter((e): e is string => typeof e === 'string').map(normalizePypiName);
    if (extras.length > 0) dep.extras = extras;
  }
  if (typeof value['markers'] === 'string') dep.marker = value['markers'];
  return dep;
}
