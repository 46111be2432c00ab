import { JsonLocator } from './locate-json.js';
import { isRecord, NPM_NAME } from './names.js';
import { classifyNpmSpec } from './npm-spec.js';
import { safeParseJson, startManifest, stripBom } from './parse.js';
import type { Dependency, ManifestResult } from './types.js';

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

export function readPackageJson(text: string, file: string): ManifestResult {
  const { result, doc } = startManifest(safeParseJson(text, file));
  if (!doc) return result;
  const loc = new JsonLocator(stripBom(text));

  for (const section of SECTIONS) {
    const deps = doc[section];
    if (deps === undefined) continue;
    if (!isRecord(deps)) {
      result.issues.push({ file, line: loc.line([section]), message: `${section} must be an object` });
      continue;
    }
    for (const [key, value] of Object.entries(deps)) {
      const line = loc.line([section, key]);
      if (typeof value !== 'string') {
        result.issues.push({ file, line, message: `line ${line}: ${section}.${key} must be a string` });
        continue;
      }
      const spec = classifyNpmSpec(key, value);
      if (!NPM_NAME.test(key) || !NPM_NAME.test(spec.name)) {
        result.issues.push({ file, line, message: `line ${line}: invalid package name in ${section}` });
        continue;
      }
      const dep: Dependency = { ecosystem: 'npm', name: spec.name, specifier: spec.specifier, pinned: spec.pinned, source: { file, line }, group: section };
      if (spec.version) dep.version = spec.version;
      if (spec.direct) dep.direct = true;
      if (spec.name !== key) dep.alias = key;
      if (section === 'devDependencies') dep.dev = true;
      result.dependencies.push(dep);
    }
  }

  const publish = doc['publishConfig'];
  if (isRecord(publish)) {
    for (const [key, url] of Object.entries(publish)) {
      if (typeof url !== 'string') continue;
      const source = { file, line: loc.line(['publishConfig', key]) };
      if (key === 'registry') result.indexes.push({ url, kind: 'registry', source });
      else if (/^@[^:]+:registry$/.test(key)) result.indexes.push({ url, kind: 'scoped-registry', scope: key.slice(0, key.indexOf(':')), source });
    }
  }
  return result;
}
