import { lstat, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { CockpitError } from '../util/errors.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { AGENT_HASH, LakeRecordSchema, type LakeRecord } from './record.js';

/**
 * The partitioned evidence lake. One folder per agent; every write is a temp file + rename in that
 * folder, so readers never see a torn file and concurrent writers never need a lock: history entries
 * have unique names (timestamp + run id), and `latest.json` converges to the newest history entry.
 */
export const LATEST = 'latest.json';
export const HISTORY = 'history';

export function partitionDir(lake: string, agentId: string): string {
  // Agent ids come from URLs and arguments too: only a hash may name a folder.
  if (!AGENT_HASH.test(agentId)) throw new CockpitError(`'${agentId}' is not an agent hash (16 hex characters)`);
  return path.join(lake, agentId);
}

/** `2026-11-24T10:48:12.345Z` + run id → a file name that sorts by time. */
export function historyName(record: Pick<LakeRecord, 'finishedAt' | 'runId'>): string {
  return `${record.finishedAt.replace(/[-:]/g, '').replace('.', '')}-${record.runId}.json`;
}

/** Far above any real record (a few MB for thousands of findings), below what a string can hold. */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

function serialise(record: LakeRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** One lake file, validated; a torn or foreign file is a one-line CockpitError naming it. */
export async function readRecord(file: string): Promise<LakeRecord> {
  // Only a regular file (a FIFO in a lake given by --from-lake must not block); a missing one keeps code ENOENT.
  const text = await readRegularFile(file, { shown: file, maxBytes: MAX_RECORD_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CockpitError(`${file}: not a lake record (invalid JSON)`);
  }
  const parsed = LakeRecordSchema.safeParse(json);
  if (!parsed.success) throw new CockpitError(`${file}: not a lake record (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

export async function historyNames(lake: string, agentId: string): Promise<string[]> {
  try {
    return (await readdir(path.join(partitionDir(lake, agentId), HISTORY))).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/** Appends a record to its agent's history and makes it `latest.json` unless a newer run already is. */
export async function writeRecord(lake: string, record: LakeRecord): Promise<void> {
  const partition = partitionDir(lake, record.agent.id);
  await mkdir(path.join(partition, HISTORY), { recursive: true });
  const name = historyName(record);
  const content = serialise(record);
  await writeFileAtomic(path.join(partition, HISTORY, name), content);
  await writeFileAtomic(path.join(partition, LATEST), content);
  // Another process may have renamed an older run over ours meanwhile, or ours over a newer one, or
  // written what it saw as newest before ours existed. Every writer re-lists after each write of
  // latest.json and writes again until the newest entry it sees is the one it wrote; the last writer's
  // check comes after every other write, so latest.json ends as the newest history entry.
  for (let written = name; ; ) {
    const newest = (await historyNames(lake, record.agent.id)).at(-1);
    if (!newest || newest === written) return;
    await writeFileAtomic(path.join(partition, LATEST), await readFile(path.join(partition, HISTORY, newest), 'utf8'));
    written = newest;
  }
}

export async function agentIds(lake: string): Promise<string[]> {
  try {
    return (await readdir(lake, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && AGENT_HASH.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function readLatest(lake: string, agentId: string): Promise<LakeRecord | undefined> {
  try {
    return await readRecord(path.join(partitionDir(lake, agentId), LATEST));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function readAllLatest(lake: string): Promise<LakeRecord[]> {
  const records = await Promise.all((await agentIds(lake)).map((id) => readLatest(lake, id)));
  return records.filter((record): record is LakeRecord => record !== undefined);
}

export async function readHistory(lake: string, agentId: string): Promise<LakeRecord[]> {
  const partition = partitionDir(lake, agentId);
  return Promise.all((await historyNames(lake, agentId)).map((name) => readRecord(path.join(partition, HISTORY, name))));
}

/** The temp file writeFileAtomic renames into place: `.<name>.<pid>.<random hex>.tmp`. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;
/** A temp file untouched this long was left by a killed writer; a live write finishes in well under a second. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes temp files an interrupted write (kill -9) left in a partition or its history; returns how many. */
async function removeStaleTempFiles(lake: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const id of await agentIds(lake)) {
    for (const folder of [partitionDir(lake, id), path.join(partitionDir(lake, id), HISTORY)]) {
      let names: string[];
      try {
        names = (await readdir(folder)).filter((name) => TEMP_FILE.test(name));
      } catch {
        continue;
      }
      for (const name of names) {
        const file = path.join(folder, name);
        const stats = await lstat(file).catch(() => undefined);
        // Age by mtime, so a temp file another process is writing right now is left alone.
        if (!stats?.isFile() || now - stats.mtimeMs < STALE_TEMP_MS) continue;
        await rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/**
 * Keeps the newest `keep` history entries of every agent and clears stale temp files; returns how
 * many history entries were removed.
 */
export async function pruneHistory(lake: string, keep: number): Promise<number> {
  await removeStaleTempFiles(lake);
  let removed = 0;
  for (const id of await agentIds(lake)) {
    const names = await historyNames(lake, id);
    for (const name of names.slice(0, Math.max(0, names.length - keep))) {
      await rm(path.join(partitionDir(lake, id), HISTORY, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/** Removes an agent's partition (latest and history); returns how many history entries it held. */
export async function removeAgent(lake: string, agentId: string): Promise<number> {
  const entries = (await historyNames(lake, agentId)).length;
  await rm(partitionDir(lake, agentId), { recursive: true, force: true });
  return entries;
}

/** Joins shard lakes: the union of every history, and each agent's newest run as latest. */
export async function mergeLakes(sources: readonly string[], into: string): Promise<{ agents: number; entries: number }> {
  const touched = new Set<string>();
  let entries = 0;
  for (const source of sources) {
    for (const id of await agentIds(source)) {
      const names = await historyNames(source, id);
      const target = path.join(partitionDir(into, id), HISTORY);
      await mkdir(target, { recursive: true });
      const existing = new Set(await historyNames(into, id));
      for (const name of names) {
        if (existing.has(name)) continue;
        await writeFileAtomic(path.join(target, name), await readFile(path.join(partitionDir(source, id), HISTORY, name), 'utf8'));
        entries++;
      }
      touched.add(id);
    }
  }
  for (const id of touched) {
    const newest = (await historyNames(into, id)).at(-1);
    if (newest) await writeFileAtomic(path.join(partitionDir(into, id), LATEST), await readFile(path.join(partitionDir(into, id), HISTORY, newest), 'utf8'));
  }
  return { agents: touched.size, entries };
}
