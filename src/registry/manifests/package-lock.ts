import { JsonLocator } from './locate-json.js';
import { isRecord } from './names.js';
import { classifyNpmSpec, registryOf } from './npm-spec.js';
import { safeParseJson, startManifest, stripBom } from './parse.js';
import type { Dependency, ManifestResult } from './types.js';

/** package-lock.json / npm-shrinkwrap.json: v2/v3 `packages` map, else v1 nested `dependencies`. */
export function readPackageLock(text: string, file: string): ManifestResult {
  const { result, doc } = startManifest(safeParseJson(text, file));
  if (!doc) return result;
  const loc = new JsonLocator(stripBom(text));
  const registries = new Set<string>();

  const add = (name: string, entry: Record<string, unknown>, path: string[], installedAs?: string): void => {
    const line = loc.line(path);
    const rawVersion = typeof entry['version'] === 'string' ? entry['version'] : '';
    // v1 writes aliases as `npm:real@1.0.0` and git/file deps as their spec in `version`.
    const spec = classifyNpmSpec(name, rawVersion);
    const resolved = typeof entry['resolved'] === 'string' ? entry['resolved'] : undefined;
    // Registry tarballs always live under `/<name>/-/`; other URLs are git hosts or plain tarballs.
    const fromRegistry = resolved === undefined || (/^https?:/.test(resolved) && resolved.includes('/-/'));
    const direct = spec.direct || entry['link'] === true || !fromRegistry;
    const dep: Dependency = {
      ecosystem: 'npm',
      name: spec.name,
      specifier: direct ? (resolved ?? rawVersion) : spec.specifier,
      pinned: !direct && spec.version !== undefined,
      source: { file, line },
    };
    if (!direct && spec.version) dep.version = spec.version;
    if (direct) dep.direct = true;
    if (entry['dev'] === true) dep.dev = true;
    if (installedAs && installedAs !== dep.name) dep.alias = installedAs;
    result.dependencies.push(dep);
    const registry = resolved && !direct ? registryOf(resolved, spec.name) : undefined;
    if (registry && !registries.has(registry)) {
      registries.add(registry);
      result.indexes.push({ url: registry, kind: 'registry', source: { file, line: loc.line([...path, 'resolved']) } });
    }
  };

  const packages = doc['packages'];
  if (isRecord(packages)) {
    for (const [key, entry] of Object.entries(packages)) {
      // '' is the root project; paths without node_modules/ are workspace folders, not installed packages.
      const at = key.lastIndexOf('node_modules/');
      if (at < 0) continue;
      if (!isRecord(entry)) {
        result.issues.push({ file, line: loc.line(['packages', key]), message: `packages["${key}"] must be an object` });
        continue;
      }
      const installedAs = key.slice(at + 'node_modules/'.length);
      add(typeof entry['name'] === 'string' ? entry['name'] : installedAs, entry, ['packages', key], installedAs);
    }
    return result;
  }

  const walk = (deps: unknown, path: string[]): void => {
    if (!isRecord(deps)) return;
    for (const [name, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) {
        result.issues.push({ file, line: loc.line([...path, name]), message: `dependencies["${name}"] must be an object` });
        continue;
      }
      add(name, entry, [...path, name]);
      walk(entry['dependencies'], [...path, name, 'dependencies']);
    }
  };
  walk(doc['dependencies'], ['dependencies']);
  return result;
}
