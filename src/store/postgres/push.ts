import path from 'node:path';
import type pg from 'pg';
import type { LakeRecord } from '../../lake/record.js';
import { agentIds, LATEST, partitionDir, readHistory, readRecord } from '../../lake/partitions.js';
import { runSourceFromEnvironment } from '../../lake/source.js';
import { storeRecord } from '../identity.js';
import { normaliseRepository } from '../repository.js';
import { replaceLatestFindings } from './findings.js';
import { migrate } from './migrations.js';
import { agentTableRow, runRow, sortKey, type RecordSource } from './rows.js';
import { inRetriedTransaction } from './transaction.js';

/**
 * Copies lake records into the store. Runs are inserted keyed by (agent, run) with ON CONFLICT DO
 * NOTHING, so a record already there is left untouched (pushing twice changes no row). Each agent's
 * row is upserted with the newest run of the batch and only ever moves forward (WHERE the stored
 * sort key is smaller): concurrent pushes of any shards, in any order, end at the same latest run,
 * the one `mergeLakes` would pick. Both statements lock rows in agent order, so two pushes cannot
 * deadlock each other on the same agents; a deadlock with anything else is retried. An agent whose
 * latest run moved gets its `cockpit_findings` rows replaced in the same transaction, while its row
 * is locked (findings.ts).
 */

export interface PushCounts {
  /** Agents the records belong to; the repository entries (files outside every agent) are counted apart, as reports do. */
  agents: number;
  repositoryEntries: number;
  records: number;
  /** Runs the store did not have. */
  inserted: number;
  /** Runs the store already had (left as they were). */
  unchanged: number;
  /** Agents (not repository entries) whose latest run changed or that are new to the store, each counted once. */
  latestUpdated: number;
  /** The repositories the records were stored under (sorted); empty when none was known. */
  repositories: string[];
}

export interface PushOptions {
  /** Provenance for records that carry none (the pushing job's repository, commit, CI run). */
  source?: RecordSource | undefined;
  /**
   * The repository each record is stored under (identity.ts): `override` beats the record's own
   * `source.repository`, `fallback` names it for records that carry none; neither means the local id.
   */
  repository?: { override?: string | undefined; fallback?: string | undefined };
  /** Records per transaction. */
  batchSize?: number;
  /** Called after each committed batch. */
  onBatch?: (counts: PushCounts) => void;
}

const DEFAULT_BATCH = 250;

const INSERT_RUNS = `
  INSERT INTO cockpit_runs (agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record,
                            started_iso, finished_iso, fingerprints, source_repository, source_commit, source_ci_run)
  SELECT agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record,
         started_iso, finished_iso, ARRAY(SELECT e.fingerprint FROM jsonb_array_elements_text(fingerprints) WITH ORDINALITY AS e(fingerprint, ordinal) ORDER BY e.ordinal),
         source_repository, source_commit, source_ci_run
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, run_id text, sort_key text, finished_at timestamptz, day date, verdict text,
       findings integer, errors integer, warnings integer, notes integer, record jsonb,
       started_iso text, finished_iso text, fingerprints jsonb, source_repository text, source_commit text, source_ci_run text)
  ORDER BY agent_id, run_id
  ON CONFLICT (agent_id, run_id) DO NOTHING
  RETURNING agent_id, run_id`;

/** Columns that describe the latest run: replaced only by a newer run. */
const LATEST_COLUMNS = [
  'latest_run_id', 'latest_sort_key', 'path', 'name_key', 'path_key', 'verdict', 'verdict_rank', 'frameworks', 'personas',
  'rule_ids', 'findings', 'errors', 'last_audit', 'agent_row', 'fleet_facts',
];
const NEWER = 'cockpit_agents.latest_sort_key < EXCLUDED.latest_sort_key';

/**
 * `runs` counts the agent's stored runs (readers use the fleet's total as a cheap "has anything
 * changed" key); it grows by the runs this push inserted. The row is written only when a run was
 * inserted or the latest moves, so a push of nothing new leaves every row as it was.
 */
const UPSERT_AGENTS = `
  INSERT INTO cockpit_agents (agent_id, runs, ${LATEST_COLUMNS.join(', ')})
  SELECT agent_id, new_runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
         ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
         ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, new_runs integer, latest_run_id text, latest_sort_key text, path text,
       name_key text, path_key text, verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb,
       findings integer, errors integer, last_audit text, agent_row jsonb, fleet_facts jsonb)
  ORDER BY agent_id
  ON CONFLICT (agent_id) DO UPDATE SET
    runs = cockpit_agents.runs + EXCLUDED.runs,
    ${LATEST_COLUMNS.map((column) => `${column} = CASE WHEN ${NEWER} THEN EXCLUDED.${column} ELSE cockpit_agents.${column} END`).join(',\n    ')},
    updated_at = now()
  WHERE ${NEWER} OR EXCLUDED.runs > 0
  RETURNING agent_id, latest_run_id`;

/** The newest record of each agent among `records`. */
function newestPerAgent(records: readonly LakeRecord[]): LakeRecord[] {
  const newest = new Map<string, { key: string; record: LakeRecord }>();
  for (const record of records) {
    const key = sortKey(record);
    const current = newest.get(record.agent.id);
    if (!current || current.key < key) newest.set(record.agent.id, { key, record });
  }
  return [...newest.values()].map((entry) => entry.record);
}

/** One batch in one transaction; returns how many runs were new and how many agents moved to a new latest run. */
async function pushBatch(pool: pg.Pool, records: readonly LakeRecord[], source: RecordSource | undefined): Promise<{ inserted: number; latestUpdated: string[] }> {
  const runs = JSON.stringify(records.map((record) => runRow(record, source)));
  const candidates = newestPerAgent(records);
  return inRetriedTransaction(pool, async (client) => {
    const inserted = await client.query<{ agent_id: string; run_id: string }>(INSERT_RUNS, [runs]);
    const newRuns = new Map<string, number>();
    const newKeys = new Set<string>();
    for (const row of inserted.rows) {
      newRuns.set(row.agent_id, (newRuns.get(row.agent_id) ?? 0) + 1);
      newKeys.add(`${row.agent_id}/${row.run_id}`);
    }
    const agents = JSON.stringify(candidates.map((record) => ({ ...agentTableRow(record), new_runs: newRuns.get(record.agent.id) ?? 0 })));
    const written = await client.query<{ agent_id: string; latest_run_id: string }>(UPSERT_AGENTS, [agents]);
    // The latest moved to one of our runs exactly when that run is new and is now the latest.
    const latestUpdated = written.rows.filter((row) => newKeys.has(`${row.agent_id}/${row.latest_run_id}`)).map((row) => row.agent_id);
    // Their findings rows follow in this transaction, under the agents' row locks taken just above.
    const moved = new Set(latestUpdated);
    await replaceLatestFindings(client, candidates.filter((record) => moved.has(record.agent.id)));
    return { inserted: inserted.rowCount ?? 0, latestUpdated };
  });
}

/** Pushes records (any agents, any order) in batches; migrates the schema first. */
export async function pushRecords(pool: pg.Pool, records: Iterable<LakeRecord> | AsyncIterable<LakeRecord>, options: PushOptions = {}): Promise<PushCounts> {
  await migrate(pool);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const counts: PushCounts = { agents: 0, repositoryEntries: 0, records: 0, inserted: 0, unchanged: 0, latestUpdated: 0, repositories: [] };
  const agents = new Set<string>();
  const repositoryEntries = new Set<string>();
  // An agent whose runs span several batches moves its latest in each of them: count it once.
  const latestUpdated = new Set<string>();
  const repositories = new Set<string>();
  const seen = new Set<string>();
  let batch: LakeRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await pushBatch(pool, batch, options.source);
    counts.inserted += result.inserted;
    counts.unchanged += batch.length - result.inserted;
    for (const id of result.latestUpdated) if (agents.has(id)) latestUpdated.add(id);
    counts.latestUpdated = latestUpdated.size;
    batch = [];
    options.onBatch?.({ ...counts, agents: agents.size, repositoryEntries: repositoryEntries.size, repositories: [...repositories].sort() });
  };
  for await (const lakeRecord of records) {
    // Keyed by the store's identity before anything else sees the record (identity.ts).
    const repository = options.repository?.override ?? normaliseRepository(lakeRecord.source?.repository) ?? options.repository?.fallback;
    const record = storeRecord(lakeRecord, repository, options.source);
    if (repository) repositories.add(repository);
    // latest.json repeats its history entry: push each run once.
    const key = `${record.agent.id}/${record.runId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (record.agent.kind === 'repository' ? repositoryEntries : agents).add(record.agent.id);
    counts.records++;
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  counts.agents = agents.size;
  counts.repositoryEntries = repositoryEntries.size;
  counts.repositories = [...repositories].sort();
  return counts;
}

/** Every record of a lake folder: each agent's history, and its latest.json when history lacks it (a pruned lake). */
async function* lakeRecords(lake: string): AsyncGenerator<LakeRecord> {
  for (const id of await agentIds(lake)) {
    const history = await readHistory(lake, id);
    yield* history;
    let latest: LakeRecord | undefined;
    try {
      latest = await readRecord(path.join(partitionDir(lake, id), LATEST));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (latest && !history.some((record) => record.runId === latest.runId)) yield latest;
  }
}

export function pushLake(pool: pg.Pool, lake: string, options: PushOptions = {}): Promise<PushCounts> {
  return pushRecords(pool, lakeRecords(lake), options);
}

/** Provenance from the CI environment (GitHub Actions, GitLab CI), as the audit records it. */
export const sourceFromEnvironment: (env: NodeJS.ProcessEnv) => RecordSource | undefined = runSourceFromEnvironment;
