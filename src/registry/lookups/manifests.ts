import path from 'node:path';
import { readManifests, readerFor } from '../manifests/read.js';
import type { Dependency, ManifestResult } from '../manifests/types.js';

const LOCK_FILES = new Set(['uv.lock', 'poetry.lock', 'package-lock.json', 'npm-shrinkwrap.json']);

/** The agent's manifest and lock files among its files (absolute paths). */
function manifestFiles(files: readonly string[]): string[] {
  return files.filter((file) => readerFor(file) !== undefined).sort();
}

/**
 * Reads every manifest of one agent; never throws (malformed content becomes issues). `texts` maps absolute
 * paths to contents already read, and receives what this reads, so later steps never read a file again.
 */
export function readAgentManifests(root: string, files: readonly string[], texts?: Map<string, string>): ManifestResult {
  return readManifests(root, manifestFiles(files), texts ? { texts } : {});
}

/** A lock entry records what was installed; a manifest entry is what a person asked for. */
export function fromLockFile(dependency: Dependency): boolean {
  return LOCK_FILES.has(path.posix.basename(dependency.source.file));
}

/** Dependencies a registry can answer for: declared (not locked), not a URL, path or workspace reference. */
export function declaredRegistryDependencies(manifests: ManifestResult): Dependency[] {
  return manifests.dependencies.filter((dependency) => !dependency.direct && !fromLockFile(dependency));
}

export const packageKey = (dependency: Pick<Dependency, 'ecosystem' | 'name'>): string => `${dependency.ecosystem}:${dependency.name}`;
