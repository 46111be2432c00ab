import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { sha256Hex } from '../../util/hash.js';
import type { Ecosystem } from '../indexes/types.js';
import type { PackageInfo } from './metadata.js';

/** What an index said about a package. Refusals and network failures are never cached: the next run asks again. */
type CachedAnswer = { kind: 'found'; info: PackageInfo } | { kind: 'missing' };

interface CacheEntry {
  version: 1;
  fetchedAt: number;
  answer: CachedAnswer;
}

export interface RegistryCache {
  /** An answer no older than the TTL; with `stale` any age (offline mode). */
  get(ecosystem: Ecosystem, indexUrl: string, name: string, options?: { stale?: boolean }): Promise<CachedAnswer | undefined>;
  put(ecosystem: Ecosystem, indexUrl: string, name: string, answer: CachedAnswer): Promise<void>;
}


/**
 * One small JSON file per (index, package) under `<dir>/registry/`, written atomically so concurrent runs never
 * see a torn entry. Keys hash the index URL without credentials, so no secret reaches the disk.
 */
export function diskCache(dir: string, ttlMs: number, now: () => number = Date.now): RegistryCache {
  const file = (ecosystem: Ecosystem, indexUrl: string, name: string): string =>
    path.join(dir, 'registry', `${sha256Hex(`${ecosystem}\0${indexUrl.replace(/\/+$/, '')}\0${name}`).slice(0, 40)}.json`);
  return {
    async get(ecosystem, indexUrl, name, options = {}) {
      let entry: CacheEntry;
      try {
        entry = JSON.parse(await readFile(file(ecosystem, indexUrl, name), 'utf8')) as CacheEntry;
      } catch {
        return undefined;
      }
      if (entry.version !== 1 || typeof entry.fetchedAt !== 'number' || !entry.answer) return undefined;
      if (!options.stale && now() - entry.fetchedAt > ttlMs) return undefined;
      return entry.answer;
    },
    async put(ecosystem, indexUrl, name, answer) {
      const entry: CacheEntry = { version: 1, fetchedAt: now(), answer };
      try {
        await writeFileAtomic(file(ecosystem, indexUrl, name), JSON.stringify(entry));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
