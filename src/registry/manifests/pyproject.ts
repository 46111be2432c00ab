import { TomlLocator } from './locate-toml.js';
import { isRecord } from './names.js';
import { safeParseToml, startManifest } from './parse.js';
import { parseRequirement, pinOf } from './pep508.js';
import { readPoetry } from './poetry.js';
import type { Dependency, ManifestResult } from './types.js';

/** PEP 621 [project], PEP 735 [dependency-groups], Poetry, and uv / Poetry package indexes. */
export function readPyproject(text: string, file: string): ManifestResult {
  const { result, doc } = startManifest(safeParseToml(text, file));
  if (!doc) return result;
  const loc = new TomlLocator(text);

  const readArray = (table: string[], keys: string[], value: unknown, extra: Partial<Dependency>): void => {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      result.issues.push({ file, line: loc.keyLine(table, keys), message: `${[...table, ...keys].join('.')} must be an array` });
      return;
    }
    for (const entry of value) {
      // PEP 735 `{include-group = "x"}`: that group's entries are read on their own.
      if (isRecord(entry) && typeof entry['include-group'] === 'string') continue;
      if (typeof entry !== 'string') {
        result.issues.push({ file, line: loc.keyLine(table, keys), message: `non-string entry in ${[...table, ...keys].join('.')}` });
        continue;
      }
      const line = loc.valueLine(table, keys, entry);
      const req = parseRequirement(entry);
      if (!req.ok) {
        result.issues.push({ file, line, message: `line ${line}: invalid requirement: ${req.error}` });
        continue;
      }
      const { name, extras, specifier, url, marker } = req.value;
      const version = url ? undefined : pinOf(specifier);
      const dep: Dependency = { ecosystem: 'pypi', name, specifier: url ?? specifier, pinned: version !== undefined, source: { file, line }, ...extra };
      if (version !== undefined) dep.version = version;
      if (extras.length > 0) dep.extras = extras;
      if (marker) dep.marker = marker;
      if (url) dep.direct = true;
      result.dependencies.push(dep);
    }
  };

  const project = doc['project'];
  if (isRecord(project)) {
    readArray(['project'], ['dependencies'], project['dependencies'], {});
    const optional = project['optional-dependencies'];
    if (isRecord(optional)) {
      for (const [group, list] of Object.entries(optional)) {
        readArray(['project', 'optional-dependencies'], [group], list, { dev: true, group });
      }
    }
  }
  const groups = doc['dependency-groups'];
  if (isRecord(groups)) {
    for (const [group, list] of Object.entries(groups)) readArray(['dependency-groups'], [group], list, { dev: true, group });
  }

  const tool = isRecord(doc['tool']) ? doc['tool'] : {};
  if (isRecord(tool['poetry'])) readPoetry(tool['poetry'], file, loc, result);
  if (isRecord(tool['uv'])) readUvIndexes(tool['uv'], file, loc, result);
  return result;
}

function readUvIndexes(uv: Record<string, unknown>, file: string, loc: TomlLocator, result: ManifestResult): void {
  const t = ['tool', 'uv'];
  if (typeof uv['index-url'] === 'string') {
    result.indexes.push({ url: uv['index-url'], kind: 'index-url', source: { file, line: loc.keyLine(t, ['index-url']) } });
  }
  const extra = uv['extra-index-url'];
  for (const url of Array.isArray(extra) ? extra : typeof extra === 'string' ? [extra] : []) {
    if (typeof url !== 'string') continue;
    result.indexes.push({ url, kind: 'extra-index-url', source: { file, line: loc.valueLine(t, ['extra-index-url'], url) } });
  }
  const indexes = uv['index'];
  if (indexes === undefined) return;
  if (!Array.isArray(indexes)) {
    result.issues.push({ file, line: loc.keyLine(t, ['index']), message: 'tool.uv.index must be an array of tables' });
    return;
  }
  indexes.forEach((index, i) => {
    const line = loc.keyLine([...t, 'index'], ['url'], i);
    if (!isRecord(index) || typeof index['url'] !== 'string') {
      result.issues.push({ file, line, message: `tool.uv.index entry ${i + 1} has no url` });
      return;
    }
    const name = typeof index['name'] === 'string' ? index['name'] : undefined;
    result.indexes.push({
      url: index['url'],
      kind: index['default'] === true ? 'index-url' : 'extra-index-url',
      ...(name ? { name } : {}),
      source: { file, line },
    });
  });
}
