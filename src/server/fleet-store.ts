import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AGENT_HASH, type LakeRecord } from '../lake/record.js';
import type { AgentList, AgentQuery, Fleet, FindingList, FindingsQuery, HistoryPoint, RunPoint } from './api-schemas.js';
import type { FirstSeenLookup } from './finding-age.js';
import { agentIds, HISTORY, historyNames, LATEST, readRecord } from '../lake/partitions.js';

/**
 * Where the server reads audit records from. The lake folder is the only store today; a database
 * store (issue 9) implements the same three reads.
 */
export interface FleetStore {
  /** Every agent's latest record, sorted by agent path. */
  listLatest(): Promise<LakeRecord[]>;
  latest(agentId: string): Promise<LakeRecord | undefined>;
  /** Every run of one agent, oldest first. */
  history(agentId: string): Promise<LakeRecord[]>;
  /**
   * Optional answers computed by the store itself (a database pages and aggregates in SQL); when absent
   * the server derives them from the three reads above. Each must return exactly what the derived view does.
   */
  fleet?(options: { root: string; now: Date }): Promise<Fleet>;
  agentPage?(query: AgentQuery): Promise<AgentList>;
  findingPage?(query: FindingsQuery): Promise<FindingList>;
  historyPoints?(agentId: string): Promise<HistoryPoint[]>;
  agentCount?(): Promise<number>;
  /** The fleet's last `limit` runs, oldest first, as run-history.ts's fleetRunPoints gives them over every history. */
  runPoints?(limit: number): Promise<RunPoint[]>;
  /** The first run holding each (agent, fingerprint), keyed by finding-age.ts's firstSeenKey, as firstSeenIndex gives it. */
  firstSeen?: FirstSeenLookup;
}

function byPath(a: LakeRecord, b: LakeRecord): number {
  return a.agent.path < b.agent.path ? -1 : a.agent.path > b.agent.path ? 1 : 0;
}

/**
 * The lake folder the CLI writes, read on every request so new audits show without a restart.
 * Parsed records are kept while their file is unchanged: `latest.json` is keyed by its stat (every
 * write is a rename, so a new run is a new inode), history entries are immutable once written.
 */
export function lakeFolderStore(lakeDir: string): FleetStore {
  const latestCache = new Map<string, { key: string; record: LakeRecord }>();
  const historyCache = new Map<string, Map<string, LakeRecord>>();

  async function latest(agentId: string): Promise<LakeRecord | undefined> {
    if (!AGENT_HASH.test(agentId)) return undefined;
    const file = path.join(lakeDir, agentId, LATEST);
    let key: string;
    try {
      const info = await stat(file);
      key = `${info.ino}:${info.mtimeMs}:${info.size}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      latestCache.delete(agentId);
      return undefined;
    }
    const cached = latestCache.get(agentId);
    if (cached?.key === key) return cached.record;
    let record: LakeRecord;
    try {
      record = await readRecord(file);
    } catch (error) {
      // Removed between stat and read (a prune or a re-created lake): the agent is simply gone.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    latestCache.set(agentId, { key, record });
    return record;
  }

  return {
    async listLatest() {
      const ids = await agentIds(lakeDir);
      for (const id of latestCache.keys()) if (!ids.includes(id)) latestCache.delete(id);
      const records = await Promise.all(ids.map(latest));
      return records.filter((record): record is LakeRecord => record !== undefined).sort(byPath);
    },
    latest,
    async history(agentId) {
      if (!AGENT_HASH.test(agentId)) return [];
      const names = await historyNames(lakeDir, agentId);
      const previous = historyCache.get(agentId) ?? new Map<string, LakeRecord>();
      const current = new Map<string, LakeRecord>();
      for (const name of names) {
        let record = previous.get(name);
        if (!record) {
          try {
            record = await readRecord(path.join(lakeDir, agentId, HISTORY, name));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // pruned meanwhile
            throw error;
          }
        }
        current.set(name, record);
      }
      historyCache.set(agentId, current);
      return [...current.values()];
    },
  };
}
