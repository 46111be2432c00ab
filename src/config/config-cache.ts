import { createHash } from 'node:crypto';
import { buildSignature, defaultCacheDir } from '../util/cache-root.js';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TOOL_VERSION } from '../version.js';
import type { CockpitFile } from './file-schema.js';
import type { LoadedCockpitFile } from './load-file.js';

/**
 * Validated cockpit.yaml files, kept by their stat signature (issue 16: a single agent's run validates the fleet
 * file above it, and loading the YAML parser and zod for that cost ~120 ms of a ~300 ms start). A hit needs the
 * same path, size, inode, mtime and ctime (nanoseconds), tool version and build; a file changed within the last
 * two seconds is never stored (its next change could keep the same timestamps). Invalid files are never stored,
 * so they fail with the same message every run. A link is always read in full (the loader checks where it leads).
 */
interface CachedConfig {
  key: string;
  config: CockpitFile;
  /** Every key path of the file (joined with NUL) and its 1-based line and column. */
  positions: Array<[string, number, number]>;
}

const RACY_MS = 2_000;
const FORMAT = 1;


function keyOf(file: string): { key: string; changedMs: number } | undefined {
  const stat = lstatSync(file, { bigint: true, throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const key = JSON.stringify([FORMAT, TOOL_VERSION, buildSignature(), path.resolve(file), `${stat.size}`, `${stat.ino}`, `${stat.mtimeNs}`, `${stat.ctimeNs}`]);
  return { key, changedMs: Number(stat.ctimeNs > stat.mtimeNs ? stat.ctimeNs : stat.mtimeNs) / 1e6 };
}

function entryPath(folder: string, file: string): string {
  return path.join(folder, `${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 32)}.json`);
}

/** Every key path of an object tree (arrays are leaves: no setting is addressed inside one). */
function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [[...prefix, key], ...keyPaths(child, [...prefix, key])]);
}

function fromCache(entry: CachedConfig, shownPath: string): LoadedCockpitFile {
  const positions = new Map(entry.positions.map(([key, line, column]) => [key, { line, column }]));
  return {
    config: entry.config,
    shownPath,
    positionOf(keyPath) {
      for (let depth = keyPath.length; depth > 0; depth--) {
        const found = positions.get(keyPath.slice(0, depth).join('\0'));
        if (found) return found;
      }
      return { line: 1, column: 1 };
    },
  };
}

/** loadCockpitFile, answered from the cache when the file has not changed since it was last validated. */
export async function loadCockpitFileCached(file: string, shownPath: string, env: NodeJS.ProcessEnv = process.env, now = Date.now()): Promise<LoadedCockpitFile> {
  const signature = keyOf(file);
  const folder = path.join(defaultCacheDir(env), 'config');
  const entry = signature ? entryPath(folder, file) : undefined;
  if (signature && entry) {
    try {
      const cached = JSON.parse(readFileSync(entry, 'utf8')) as CachedConfig;
      if (cached.key === signature.key) return fromCache(cached, shownPath);
    } catch {
      // No entry, or one that cannot be read: validate the file.
    }
  }
  const { loadCockpitFile } = await import('./load-file.js');
  const loaded = await loadCockpitFile(file, shownPath);
  if (signature && entry && now - signature.changedMs > RACY_MS) {
    const positions = keyPaths(loaded.config).map((keys): [string, number, number] => {
      const at = loaded.positionOf(keys);
      return [keys.join('\0'), at.line, at.column];
    });
    const temp = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(temp, JSON.stringify({ key: signature.key, config: loaded.config, positions } satisfies CachedConfig));
      renameSync(temp, entry);
    } catch {
      // A cache that cannot be written costs the next run its time, nothing else.
      rmSync(temp, { force: true });
    }
  }
  return loaded;
}
