import type * as SmolToml from 'smol-toml';
import { lazyRequire } from '../util/lazy-require.js';

// Most agents have no pyproject.toml; smol-toml's CommonJS build is one module where its ESM build is nine.
const toml = lazyRequire<typeof SmolToml>('smol-toml');

/**
 * Just enough manifest reading to name an agent and list its declared packages. Full dependency
 * parsing (markers, includes, lock files) belongs to the registry module.
 */
export interface ManifestInfo {
  name?: string;
  pythonPackages: string[];
  npmPackages: string[];
}

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

function readRequirements(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('-')) continue;
    const match = REQUIREMENT_NAME.exec(trimmed);
    if (match) names.push(match[1] as string);
  }
  return names;
}

export function readPackageJson(text: string): ManifestInfo {
  const info: ManifestInfo = { pythonPackages: [], npmPackages: [] };
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    if (typeof manifest['name'] === 'string') info.name = manifest['name'];
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      const dependencies = manifest[field];
      if (dependencies && typeof dependencies === 'object') info.npmPackages.push(...Object.keys(dependencies));
    }
  } catch {
    // A malformed package.json names nothing; the dependency rules report it.
  }
  return info;
}

function table(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** PEP 621 `[project]` and Poetry's `[tool.poetry]`. */
export function readPyproject(text: string): ManifestInfo {
  const info: ManifestInfo = { pythonPackages: [], npmPackages: [] };
  let document: Record<string, unknown>;
  try {
    document = toml().parse(text);
  } catch {
    return info;
  }
  const project = table(document['project']);
  const poetry = table(table(document['tool'])?.['poetry']);
  const name = project?.['name'] ?? poetry?.['name'];
  if (typeof name === 'string') info.name = name;
  const dependencies = project?.['dependencies'];
  if (Array.isArray(dependencies)) {
    for (const requirement of dependencies) {
      const match = typeof requirement === 'string' ? REQUIREMENT_NAME.exec(requirement) : null;
      if (match) info.pythonPackages.push(match[1] as string);
    }
  }
  const poetryDependencies = table(poetry?.['dependencies']);
  if (poetryDependencies) info.pythonPackages.push(...Object.keys(poetryDependencies).filter((key) => key !== 'python'));
  return info;
}

/** What a manifest file declares, read by its base name; undefined for a file that is no manifest this module reads. */
export function readManifest(base: string, text: string): ManifestInfo | undefined {
  if (base === 'package.json') return readPackageJson(text);
  if (base === 'pyproject.toml') return readPyproject(text);
  if (/^requirements[\w.-]*\.txt$/.test(base)) return { pythonPackages: readRequirements(text), npmPackages: [] };
  return undefined;
}
