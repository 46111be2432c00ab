import { TomlLocator } from './locate-toml.js';
import { isRecord, normalizePypiName } from './names.js';
import { safeParseToml, startManifest } from './parse.js';
import type { Dependency, ManifestResult } from './types.js';

type SourceOf = (pkg: Record<string, unknown>) => { registry?: string; direct?: string };

/** uv.lock: `source = { registry = "…" }`, or git / url / path / directory / editable / virtual for non-registry packages. */
const uvSource: SourceOf = (pkg) => {
  const src = pkg['source'];
  if (!isRecord(src)) return {};
  if (typeof src['registry'] === 'string') return { registry: src['registry'] };
  for (const key of ['git', 'url', 'path', 'directory', 'editable', 'virtual']) {
    if (typeof src[key] === 'string') return { direct: src[key] };
  }
  return {};
};

/** poetry.lock: `[package.source] type/url`; no source table means PyPI. */
const poetrySource: SourceOf = (pkg) => {
  const src = pkg['source'];
  if (!isRecord(src) || typeof src['url'] !== 'string') return {};
  const type = src['type'];
  if (type === 'legacy' || type === 'simple') return { registry: src['url'] };
  const ref = typeof src['resolved_reference'] === 'string' ? `@${src['resolved_reference']}` : '';
  return { direct: `${src['url']}${type === 'git' ? ref : ''}` };
};

function readPythonLock(text: string, file: string, sourceOf: SourceOf): ManifestResult {
  const { result, doc } = startManifest(safeParseToml(text, file));
  if (!doc) return result;
  const packages = doc['package'];
  if (packages === undefined) return result;
  const loc = new TomlLocator(text);
  if (!Array.isArray(packages)) {
    result.issues.push({ file, line: loc.keyLine(['package']), message: 'package must be an array of tables' });
    return result;
  }
  const seen = new Set<string>();
  packages.forEach((pkg, i) => {
    const line = loc.keyLine(['package'], ['name'], i);
    if (!isRecord(pkg) || typeof pkg['name'] !== 'string') {
      result.issues.push({ file, line, message: `line ${line}: [[package]] without a name` });
      return;
    }
    const version = typeof pkg['version'] === 'string' ? pkg['version'] : undefined;
    const { registry, direct } = sourceOf(pkg);
    const dep: Dependency = {
      ecosystem: 'pypi',
      name: normalizePypiName(pkg['name']),
      specifier: direct ?? (version ? `==${version}` : ''),
      pinned: version !== undefined && direct === undefined,
      source: { file, line },
    };
    if (version !== undefined) dep.version = version;
    if (direct !== undefined) dep.direct = true;
    // Poetry < 1.5 lock files mark dev packages with a category.
    if (pkg['category'] === 'dev') dep.dev = true;
    result.dependencies.push(dep);
    if (registry && !seen.has(registry)) {
      seen.add(registry);
      result.indexes.push({ url: registry, kind: 'registry', source: { file, line: loc.keyLine(['package'], ['source'], i) } });
    }
  });
  return result;
}

export const readUvLock = (text: string, file: string): ManifestResult => readPythonLock(text, file, uvSource);
export const readPoetryLock = (text: string, file: string): ManifestResult => readPythonLock(text, file, poetrySource);
