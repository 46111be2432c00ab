import type pg from 'pg';
import { AGENT_HASH, LakeRecordSchema, type LakeRecord } from '../../lake/record.js';
import type { AgentList, AgentQuery, Fleet, FindingList, FindingsQuery, HistoryPoint, RunPoint, TrendPoint } from '../../server/api-schemas.js';
import type { FirstSeenLookup } from '../../server/finding-age.js';
import type { FleetStore } from '../../server/fleet-store.js';
import { normaliseFolder } from '../../server/fleet-rollups.js';
import { fleetView } from '../../server/fleet-views.js';
import { CockpitError } from '../../util/errors.js';
import { findingPage } from './findings.js';
import { skeletonRecord, type FleetFacts } from './rows.js';
import { firstSeenRuns, runPoints } from './runs.js';
import { ruleIdsOf } from '../../rules/renamed-ids.js';

/**
 * The server's FleetStore over the PostgreSQL store, plus paginated queries for large fleets.
 * The three FleetStore reads return the same records the lake folder store returns for the same
 * data (validated by the lake's schema, which also puts their keys in the lake's order). The extra
 * methods answer the dashboard's heavy views in SQL: one page of agents, one agent's history
 * points, the fleet trend, without loading every record's history.
 */
export interface PostgresFleetStore extends FleetStore {
  /** The `/api/agents` body: filtered, sorted and paginated in the database. */
  agentPage(query: AgentQuery): Promise<AgentList>;
  /** The `/api/findings` body, from `cockpit_findings` (findings.ts). */
  findingPage(query: FindingsQuery): Promise<FindingList>;
  /** The `/api/agents/{id}/history` items, from columns (no record is read). */
  historyPoints(agentId: string): Promise<HistoryPoint[]>;
  /** The fleet trend (per day, each agent's last run up to that day, summed), in one query. */
  trend(): Promise<TrendPoint[]>;
  /** The `/api/fleet` body: each agent's fleet facts (not its record) in one query, the trend in SQL. */
  fleet(options: { root: string; now: Date }): Promise<Fleet>;
  agentCount(): Promise<number>;
  /** The fleet's last runs with new and fixed findings, from the run columns (runs.ts). */
  runPoints(limit: number): Promise<RunPoint[]>;
  /** The first run of each finding, from the run columns (runs.ts). */
  firstSeen: FirstSeenLookup;
}

interface RecordRow {
  agent_id: string;
  record: unknown;
  source_repository: string | null;
  source_commit: string | null;
  source_ci_run: string | null;
}

const RECORD_COLUMNS = 'r.agent_id, r.record, r.source_repository, r.source_commit, r.source_ci_run';
const LATEST_JOIN = 'cockpit_agents a JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id';

/** A stored record back as a lake record; the provenance columns fill in a record that carries none. */
function toRecord(row: RecordRow): LakeRecord {
  const parsed = LakeRecordSchema.safeParse(row.record);
  if (!parsed.success) throw new CockpitError(`store row of agent ${row.agent_id} is not a lake record (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  const record = parsed.data;
  if (record.source || (!row.source_repository && !row.source_commit && !row.source_ci_run)) return record;
  return {
    ...record,
    source: {
      ...(row.source_repository ? { repository: row.source_repository } : {}),
      ...(row.source_commit ? { commit: row.source_commit } : {}),
      ...(row.source_ci_run ? { ciRun: row.source_ci_run } : {}),
    },
  };
}

const SORT_COLUMNS: Record<AgentQuery['sort'], string> = {
  name: 'name_key',
  path: 'path',
  verdict: 'verdict_rank',
  findings: 'findings',
  errors: 'errors',
  // No column of its own (the table predates the warnings column): read from the row the API returns.
  warnings: "((agent_row->'bySeverity'->>'warning')::int)",
  lastAudit: 'last_audit',
};

/** Filters as SQL with only the conditions asked for, so the planner can use the matching index. */
function agentFilter(query: AgentQuery): { where: string; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(condition(`$${values.length}`));
  };
  // `blocked`: any verdict but pass, as isBlocked says (fleet-rollups.ts).
  if (query.verdict === 'blocked') conditions.push(`verdict <> 'pass'`);
  else if (query.verdict) add((p) => `verdict = ${p}`, query.verdict);
  // inFolder's test: the path itself, or below it by whole segments (no LIKE: `_` and `%` are path characters).
  if (query.folder) add((p) => `(path = ${p} OR left(path, length(${p}) + 1) = (${p} || '/'))`, normaliseFolder(query.folder));
  if (query.persona) add((p) => `personas @> ARRAY[${p}::text]`, query.persona);
  if (query.framework) add((p) => `frameworks @> ARRAY[${p}::text]`, query.framework);
  // A renamed rule's findings in runs made before the rename carry its former id.
  if (query.rule) add((p) => `rule_ids && ${p}::text[]`, ruleIdsOf(query.rule));
  // Lower-cased in JavaScript on both sides, so the match is the dashboard's toLowerCase() match.
  if (query.q) add((p) => `(strpos(name_key, ${p}) > 0 OR strpos(path_key, ${p}) > 0)`, query.q.toLowerCase());
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

/** Batches the history() calls made in one tick (the fleet view asks for every agent at once) into one query. */
function historyLoader(pool: pg.Pool): (agentId: string) => Promise<LakeRecord[]> {
  type Waiter = { resolve: (records: LakeRecord[]) => void; reject: (error: unknown) => void };
  let pending: Map<string, Waiter[]> | undefined;
  const CHUNK = 500;

  async function load(batch: Map<string, Waiter[]>): Promise<void> {
    const ids = [...batch.keys()];
    try {
      const byAgent = new Map<string, LakeRecord[]>();
      for (let start = 0; start < ids.length; start += CHUNK) {
        const result = await pool.query<RecordRow>(
          `SELECT ${RECORD_COLUMNS} FROM cockpit_runs r WHERE r.agent_id = ANY($1::text[]) ORDER BY r.agent_id, r.sort_key`,
          [ids.slice(start, start + CHUNK)],
        );
        for (const row of result.rows) {
          const list = byAgent.get(row.agent_id) ?? [];
          list.push(toRecord(row));
          byAgent.set(row.agent_id, list);
        }
      }
      for (const [id, waiters] of batch) for (const waiter of waiters) waiter.resolve(byAgent.get(id) ?? []);
    } catch (error) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
  }

  return (agentId) =>
    new Promise<LakeRecord[]>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<string, Waiter[]>();
        pending = batch;
        queueMicrotask(() => {
          pending = undefined;
          void load(batch);
        });
      }
      const waiters = pending.get(agentId) ?? [];
      waiters.push({ resolve, reject });
      pending.set(agentId, waiters);
    });
}

/**
 * Per day with runs: each agent's last run of the day opens a segment that lasts until its next run
 * day; adding each segment at its start and removing it at its end, a running sum gives the day's
 * totals. Same numbers as fleetTrend over every history, without reading a record: both windows
 * follow the (agent_id, sort_key) index, which carries the columns needed (an index-only scan).
 */
export const TREND_SQL = `
  WITH runs AS (
    SELECT agent_id, sort_key, day, findings, errors, warnings, notes,
           lead(day) OVER (PARTITION BY agent_id ORDER BY sort_key) AS next_run_day
    FROM cockpit_runs
  ), segments AS (
    SELECT day, lead(day) OVER (PARTITION BY agent_id ORDER BY sort_key) AS next_day, findings, errors, warnings, notes
    FROM runs WHERE next_run_day IS DISTINCT FROM day
  ), deltas AS (
    SELECT day, findings, errors, warnings, notes, 1 AS agents FROM segments
    UNION ALL
    SELECT next_day, -findings, -errors, -warnings, -notes, -1 FROM segments WHERE next_day IS NOT NULL
  )
  SELECT to_char(day, 'YYYY-MM-DD') AS date,
         (sum(sum(findings)) OVER w)::int AS findings, (sum(sum(errors)) OVER w)::int AS error,
         (sum(sum(warnings)) OVER w)::int AS warning, (sum(sum(notes)) OVER w)::int AS note,
         (sum(sum(agents)) OVER w)::int AS agents
  FROM deltas GROUP BY day
  WINDOW w AS (ORDER BY day)
  ORDER BY day`;

export function postgresFleetStore(pool: pg.Pool): PostgresFleetStore {
  const history = historyLoader(pool);
  // The trend and the fleet view read every run or every agent; they are kept while the store's
  // agents, run count and last change are unchanged (every push, prune or removal changes one).
  let cachedTrend: { key: string; points: TrendPoint[] } | undefined;
  let cachedFleet: { key: string; fleet: Omit<Fleet, 'root' | 'generatedAt'> } | undefined;
  let cachedRuns: { key: string; points: RunPoint[] } | undefined;

  async function changeKey(): Promise<string> {
    // The newest updated_at too: a prune (fewer runs) and a push (more) between two polls may leave the counts as they were.
    const result = await pool.query<{ key: string }>(`SELECT concat(count(*), ':', coalesce(sum(runs), 0), ':', max(updated_at)) AS key FROM cockpit_agents`);
    return result.rows[0]?.key ?? '';
  }

  async function listLatest(): Promise<LakeRecord[]> {
    const result = await pool.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${LATEST_JOIN} ORDER BY a.path, a.agent_id`);
    return result.rows.map(toRecord);
  }

  async function trend(key?: string): Promise<TrendPoint[]> {
    const current = key ?? (await changeKey());
    if (cachedTrend?.key === current) return cachedTrend.points;
    const result = await pool.query<TrendPoint>(TREND_SQL);
    const points = result.rows.map((row) => ({ date: row.date, findings: row.findings, error: row.error, warning: row.warning, note: row.note, agents: row.agents }));
    cachedTrend = { key: current, points };
    return points;
  }

  return {
    listLatest,
    async latest(agentId) {
      if (!AGENT_HASH.test(agentId)) return undefined;
      const result = await pool.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${LATEST_JOIN} WHERE a.agent_id = $1`, [agentId]);
      const row = result.rows[0];
      return row ? toRecord(row) : undefined;
    },
    async history(agentId) {
      if (!AGENT_HASH.test(agentId)) return [];
      return history(agentId);
    },
    async agentPage(query) {
      const { where, values } = agentFilter(query);
      const direction = query.order === 'desc' ? 'DESC' : 'ASC';
      const [count, page] = await Promise.all([
        pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM cockpit_agents ${where}`, values),
        pool.query<{ agent_row: AgentList['items'][number] }>(
          `SELECT agent_row FROM cockpit_agents ${where}
           ORDER BY ${SORT_COLUMNS[query.sort]} ${direction}, path ASC, agent_id ASC
           LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, query.offset],
        ),
      ]);
      return { total: count.rows[0]?.total ?? 0, items: page.rows.map((row) => row.agent_row) };
    },
    findingPage: (query) => findingPage(pool, query),
    async historyPoints(agentId) {
      if (!AGENT_HASH.test(agentId)) return [];
      const result = await pool.query<HistoryPoint>(
        `SELECT run_id AS "runId", record->>'finishedAt' AS "finishedAt", verdict, findings, errors AS error, warnings AS warning, notes AS note
         FROM cockpit_runs WHERE agent_id = $1 ORDER BY sort_key`,
        [agentId],
      );
      return result.rows;
    },
    trend: () => trend(),
    async fleet({ root, now }) {
      const key = await changeKey();
      if (cachedFleet?.key !== key) {
        const [facts, points] = await Promise.all([
          pool.query<{ agent_id: string; path: string; fleet_facts: FleetFacts }>('SELECT agent_id, path, fleet_facts FROM cockpit_agents ORDER BY path, agent_id'),
          trend(key),
        ]);
        const records = facts.rows.map((row) => skeletonRecord(row.agent_id, row.path, row.fleet_facts));
        const { root: _root, generatedAt: _generatedAt, ...fleet } = fleetView({ root, records, histories: [], now });
        cachedFleet = { key, fleet: { ...fleet, trend: points } };
      }
      return { root, generatedAt: now.toISOString(), ...cachedFleet.fleet };
    },
    async agentCount() {
      const result = await pool.query<{ count: number }>('SELECT count(*)::int AS count FROM cockpit_agents');
      return result.rows[0]?.count ?? 0;
    },
    async runPoints(limit) {
      // Every run is read to count the totals: kept, like the trend, until the store changes.
      const key = `${await changeKey()}:${limit}`;
      if (cachedRuns?.key !== key) cachedRuns = { key, points: await runPoints(pool, limit) };
      return cachedRuns.points;
    },
    firstSeen: (findings) => firstSeenRuns(pool, findings),
  };
}
