import { readFileSync, statSync } from 'node:fs';
import { buildSignature } from '../util/cache-root.js';
import path from 'node:path';
import type { CodeFileFacts } from '../discovery/discover.js';
import type { AgentReport } from '../report/model.js';
import { CONFIG_FILE_NAMES } from '../config/file-names.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { toPosixRelative } from '../util/paths.js';
import { TOOL_VERSION } from '../version.js';

/**
 * Warm runs that stat instead of read (issue 16). A full fleet run leaves `.cockpit-warm-cache.json` in the lake:
 * the stat signature (size, mtime and ctime in ns, inode) of every folder it walked, every file it
 * walked and every ignore file it read, and for each agent the digests of its lake record. The next run
 * stats the same paths; when all match it reuses the records without walking ignore rules, discovering
 * or reading a single source file. When one differs, the full run still skips hashing the agents whose
 * own files all match (`reusableAgent`), discovery reads only the code files that changed (`codeFacts`), and
 * unchanged records are taken without validating them again (`trustedLatest`).
 *
 * A folder's mtime changes when an entry is added, removed or renamed in it, so matching folders mean the
 * walk would list the same files. Racy timestamps, as in git: a path whose mtime or ctime is not at least
 * RACY_WINDOW_MS older than the moment the walk started is stored as `racy` and never matches, so an edit
 * in the same timestamp tick as the run is never missed. Accepted weakness (as in git and make): an edit
 * that keeps the size and restores mtime and ctime (only by setting the clock) goes unseen; `--no-cache`
 * reads everything.
 */
export const WARM_CACHE_FILE = '.cockpit-warm-cache.json';
const FORMAT = 1;
export const RACY_WINDOW_MS = 2000;
const RACY = 'racy';

/** `size:mtimeNs:ctimeNs:inode:kind`, or `racy`, or `-` for a path that does not exist. */
export type Signature = string;

export interface CachedAgent {
  /** Lake partition (agent hash). */
  id: string;
  /** Workspace-relative POSIX paths of the agent's files, in walk order. */
  files: string[];
  contentHash: string;
  configDigest: string;
  /** Signature of the agent's `latest.json` right after this run: a match means the record this run validated or wrote. */
  latest: Signature;
}

export interface WarmCache {
  format: number;
  key: string;
  /** When the walk started (ms since the epoch): the racy rule's reference. */
  walkedAtMs: number;
  /** Relative POSIX path (`.` for the root) and signature of every folder the walk listed. */
  dirs: Array<[string, Signature]>;
  /** Every walked file, plus the ignore files the walk read. */
  files: Array<[string, Signature]>;
  /** Discovery's facts of each code file (valid while the file's signature holds). */
  codeFacts: Array<[string, CodeFileFacts]>;
  agents: CachedAgent[];
}

/** What a warm run's walk and stats saw: taken right after the walk, before discovery reads anything. */
export interface TreeSnapshot {
  walkedAtMs: number;
  dirs: Array<[string, Signature]>;
  files: Map<string, Signature>;
}

/** The path's signature now; without `walkedAtMs` no racy rule (for the lake's own records, checked by digest too); `racy` when it changed too close to `walkedAtMs` to be told apart from a later edit. */
export function signatureOf(absolute: string, walkedAtMs: number | undefined): Signature {
  let info;
  try {
    info = statSync(absolute, { bigint: true, throwIfNoEntry: false });
  } catch {
    // ENOTDIR (a folder on the way became a file), EACCES, ...: not the path that was noted.
    return '-';
  }
  if (!info) return '-';
  const limit = walkedAtMs === undefined ? undefined : BigInt(walkedAtMs - RACY_WINDOW_MS) * 1_000_000n;
  if (limit !== undefined && (info.mtimeNs >= limit || info.ctimeNs >= limit)) return RACY;
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.isDirectory() ? 'd' : info.isFile() ? 'f' : 'o'}`;
}

/** Collects the folders a walk lists and the ignore files in them (pass `onDirectory` to listFiles). */
export function walkRecorder(): { onDirectory(directory: string, names: ReadonlySet<string>): void; dirs: string[]; ignoreFiles: string[] } {
  const dirs: string[] = [];
  const ignoreFiles: string[] = [];
  return {
    dirs,
    ignoreFiles,
    onDirectory(directory, names) {
      dirs.push(directory);
      for (const name of ['.gitignore', '.cockpitignore']) if (names.has(name)) ignoreFiles.push(path.join(directory, name));
    },
  };
}

export function takeSnapshot(root: string, walkedAtMs: number, dirs: readonly string[], files: readonly string[]): TreeSnapshot {
  const signatures = new Map<string, Signature>();
  for (const file of files) signatures.set(toPosixRelative(root, file), signatureOf(file, walkedAtMs));
  return { walkedAtMs, dirs: [...dirs].sort().map((dir) => [toPosixRelative(root, dir), signatureOf(dir, walkedAtMs)]), files: signatures };
}

export interface FleetKeyInputs {
  root: string;
  rootName: string;
  lakeDir: string;
  maxFileBytes: number;
  excludeDirs: readonly string[];
  useGitignore: boolean;
  /** `--config FILE`, absolute: the fleet file instead of the root's cockpit.yaml. */
  configFile?: string | undefined;
}

/**
 * Everything besides the tree that decides a fleet's reports: tool version, this build (a rebuilt tool may
 * carry other rules under the same version), settings, where the lake is, and the root cockpit.yaml.
 */
export function fleetKey(inputs: FleetKeyInputs, walkedAtMs: number): string {
  const rootConfig = inputs.configFile
    ? [signatureOf(inputs.configFile, walkedAtMs)]
    : CONFIG_FILE_NAMES.map((name) => signatureOf(path.join(inputs.root, name), walkedAtMs));
  // A racy root config gives a key no later run can match.
  if (rootConfig.includes(RACY)) return `racy ${walkedAtMs} ${Math.random()}`;

  return JSON.stringify({
    tool: TOOL_VERSION,
    build: buildSignature(),
    root: path.resolve(inputs.root),
    rootName: inputs.rootName,
    lake: path.resolve(inputs.lakeDir),
    maxFileBytes: inputs.maxFileBytes,
    excludeDirs: [...inputs.excludeDirs],
    useGitignore: inputs.useGitignore,
    ...(inputs.configFile ? { configFile: inputs.configFile } : {}),
    rootConfig,
  });
}

function readWarmCache(lakeDir: string): WarmCache | undefined {
  try {
    const cache = JSON.parse(readFileSync(path.join(lakeDir, WARM_CACHE_FILE), 'utf8')) as WarmCache;
    return cache.format === FORMAT && Array.isArray(cache.dirs) && Array.isArray(cache.files) && Array.isArray(cache.codeFacts) && Array.isArray(cache.agents) ? cache : undefined;
  } catch {
    return undefined;
  }
}

export async function writeWarmCache(lakeDir: string, cache: Omit<WarmCache, 'format'>): Promise<void> {
  await writeFileAtomic(path.join(lakeDir, WARM_CACHE_FILE), JSON.stringify({ format: FORMAT, ...cache }));
}

export function latestPath(lakeDir: string, id: string): string {
  return path.join(lakeDir, id, 'latest.json');
}

/** A previous run's cache, indexed for the full run's per-agent lookups. */
export interface PreviousRun {
  agents: ReadonlyMap<string, CachedAgent>;
  files: ReadonlyMap<string, Signature>;
  codeFacts: ReadonlyMap<string, CodeFileFacts>;
}

export function previousRun(lakeDir: string): PreviousRun | undefined {
  const cache = readWarmCache(lakeDir);
  return cache && { agents: new Map(cache.agents.map((agent) => [agent.id, agent])), files: new Map(cache.files), codeFacts: new Map(cache.codeFacts) };
}

/** Whether a file's signature now is the one the previous run noted (and was not racy then). */
export function unchangedFile(previous: PreviousRun, relative: string, snapshot: TreeSnapshot): boolean {
  return holds(previous.files.get(relative), snapshot.files.get(relative));
}

/** Whether a signature still stands: equal and never `racy` or missing. */
function holds(cached: Signature | undefined, current: Signature | undefined): boolean {
  return cached !== undefined && cached === current && cached !== RACY && cached !== '-';
}

/**
 * The full run's shortcut for one agent: its previous content hash still holds when its file list is the same
 * and every file's signature matches the cache's. The caller checks the record's digests against `cached`.
 */
export function reusableAgent(previous: PreviousRun | undefined, id: string, files: readonly string[], snapshot: TreeSnapshot): CachedAgent | undefined {
  const cached = previous?.agents.get(id);
  if (!cached || cached.files.length !== files.length) return undefined;
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!;
    if (cached.files[index] !== file || !unchangedFile(previous!, file, snapshot)) return undefined;
  }
  return cached;
}

/**
 * An agent's `latest.json` without schema validation, when its signature is the one the cache noted beside the
 * record this run validated or wrote and its digests are the cached ones; else undefined (read it the full way).
 */
export function trustedLatest(lakeDir: string, agent: CachedAgent): { contentHash: string; configDigest: string; tool: { version: string }; agent: AgentReport } | undefined {
  const latest = latestPath(lakeDir, agent.id);
  if (!holds(agent.latest, signatureOf(latest, undefined))) return undefined;
  let record: { contentHash?: unknown; configDigest?: unknown; tool?: { version?: string }; agent?: AgentReport };
  try {
    record = JSON.parse(readFileSync(latest, 'utf8')) as typeof record;
  } catch {
    return undefined;
  }
  const version = record.tool?.version;
  if (record.contentHash !== agent.contentHash || record.configDigest !== agent.configDigest || !record.agent || typeof version !== 'string') return undefined;
  return { contentHash: agent.contentHash, configDigest: agent.configDigest, tool: { version }, agent: record.agent };
}

/**
 * The warm path: the fleet's reports from the lake when nothing under the root changed (only stats and the
 * lake's own records are read), else undefined and the caller runs the full audit.
 */
export function warmFleetReports(inputs: FleetKeyInputs): { reports: AgentReport[]; files: number; dirs: number } | undefined {
  const cache = readWarmCache(inputs.lakeDir);
  const now = Date.now();
  if (!cache || cache.key !== fleetKey(inputs, now)) return undefined;
  for (const [dir, signature] of cache.dirs) if (!holds(signature, signatureOf(path.join(inputs.root, dir), now))) return undefined;
  for (const [file, signature] of cache.files) if (!holds(signature, signatureOf(path.join(inputs.root, file), now))) return undefined;
  const reports: AgentReport[] = [];
  for (const agent of cache.agents) {
    // The same signature means the record this cache was written beside (validated then), so it is not validated again.
    const record = trustedLatest(inputs.lakeDir, agent);
    if (!record) return undefined;
    reports.push(record.agent);
  }
  return { reports, files: cache.files.length, dirs: cache.dirs.length };
}
