import type pg from 'pg';
import type { RunPoint } from '../../server/api-schemas.js';
import { firstSeenKey, type FirstSeen } from '../../server/finding-age.js';
import { inTransaction } from './transaction.js';

/**
 * Runs as history over the store, from the run columns of migration 4 (no record is read). Each answer must be
 * exactly what run-history.ts and finding-age.ts compute from the same records; the tests compare them.
 */

/**
 * The fleet's last runs, as fleetRunPoints orders and counts them. A run is one run id across agents (first
 * start, last finish, agents audited), ordered by start, finish, then id as text ("C": code points). Each
 * record is its agent's current one from its run's position until the agent's next record's: after a run, the
 * totals sum the records current then (only records current somewhere in the last runs are summed). New and
 * fixed compare each record of those runs with the agent's record before it (in the lake's order, sort_key),
 * fingerprints as multisets: INTERSECT ALL keeps a fingerprint as often as both hold it. Every read of
 * cockpit_runs here can be an index-only scan of cockpit_runs_by_run, whose INCLUDE columns are these.
 */
const RUN_POINTS_SQL = `
  WITH runs AS (
    SELECT run_id, min(started_iso) AS started_at, max(finished_iso) AS finished_at, count(*)::int AS audited
    FROM cockpit_runs GROUP BY run_id
  ), positions AS (
    SELECT run_id, started_at, finished_at, audited,
           row_number() OVER (ORDER BY started_at, finished_at, run_id COLLATE "C") AS pos
    FROM runs
  ), last_runs AS (
    SELECT * FROM positions ORDER BY pos DESC LIMIT $1
  ), records AS (
    SELECT p.pos, r.findings, r.errors, r.warnings, r.notes,
           lead(p.pos) OVER (PARTITION BY r.agent_id ORDER BY p.pos) AS next_pos
    FROM cockpit_runs r JOIN positions p ON p.run_id = r.run_id
  ), current AS (
    SELECT * FROM records
    WHERE pos <= (SELECT max(pos) FROM last_runs) AND (next_pos IS NULL OR next_pos > (SELECT min(pos) FROM last_runs))
  ), totals AS (
    SELECT l.pos, count(*)::int AS agents, sum(c.findings)::int AS findings, sum(c.errors)::int AS error,
           sum(c.warnings)::int AS warning, sum(c.notes)::int AS note
    FROM last_runs l JOIN current c ON c.pos <= l.pos AND (c.next_pos IS NULL OR c.next_pos > l.pos)
    GROUP BY l.pos
  ), changes AS (
    SELECT r.run_id,
           sum(cardinality(r.fingerprints) - kept.unchanged)::int AS "new",
           sum(coalesce(cardinality(previous.fingerprints), 0) - kept.unchanged)::int AS "fixed"
    FROM cockpit_runs r
    LEFT JOIN LATERAL (
      SELECT p.fingerprints FROM cockpit_runs p
      WHERE p.agent_id = r.agent_id AND p.sort_key < r.sort_key
      ORDER BY p.sort_key DESC LIMIT 1
    ) previous ON true
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS unchanged
      FROM (SELECT unnest(r.fingerprints) INTERSECT ALL SELECT unnest(previous.fingerprints)) AS common
    ) kept
    WHERE r.run_id IN (SELECT run_id FROM last_runs)
    GROUP BY r.run_id
  )
  SELECT l.run_id AS "runId", l.started_at AS "startedAt", l.finished_at AS "finishedAt", l.audited, t.agents,
         t.findings, t.error, t.warning, t.note, c."new", c."fixed"
  FROM last_runs l JOIN totals t ON t.pos = l.pos JOIN changes c ON c.run_id = l.run_id
  ORDER BY l.pos`;

/** The sorts above see every run once: in memory rather than in temporary files (the server's default is 4 MB). */
const RUN_POINTS_WORK_MEM = '64MB';

interface RunPointRow {
  runId: string;
  startedAt: string;
  finishedAt: string;
  audited: number;
  agents: number;
  findings: number;
  error: number;
  warning: number;
  note: number;
  new: number;
  fixed: number;
}

/** The fleet's last `limit` runs, oldest first: the `runs` of `/api/fleet?runs=N`. */
export async function runPoints(pool: pg.Pool, limit: number): Promise<RunPoint[]> {
  const rows = await inTransaction(
    pool,
    async (client) => {
      await client.query(`SET LOCAL work_mem = '${RUN_POINTS_WORK_MEM}'`);
      return (await client.query<RunPointRow>(RUN_POINTS_SQL, [limit])).rows;
    },
    'BEGIN READ ONLY',
  );
  // In RunPointSchema's key order, as fleetRunPoints builds them.
  return rows.map((row) => ({
    runId: row.runId,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    audited: row.audited,
    agents: row.agents,
    findings: row.findings,
    error: row.error,
    warning: row.warning,
    note: row.note,
    new: row.new,
    fixed: row.fixed,
    unchanged: row.findings - row.new,
  }));
}

/**
 * For each (agent, fingerprint), the agent's first run (in sort_key order) whose findings hold it: one short
 * index walk per finding along (agent_id, sort_key) that stops at the first match.
 */
const FIRST_SEEN_SQL = `
  SELECT w.agent_id, w.fingerprint, first.run_id, first.finished_iso
  FROM jsonb_to_recordset($1::jsonb) AS w(agent_id text, fingerprint text)
  CROSS JOIN LATERAL (
    SELECT r.run_id, r.finished_iso FROM cockpit_runs r
    WHERE r.agent_id = w.agent_id AND r.fingerprints @> ARRAY[w.fingerprint]
    ORDER BY r.sort_key LIMIT 1
  ) first`;

export async function firstSeenRuns(pool: pg.Pool, findings: ReadonlyArray<{ agentId: string; fingerprint: string }>): Promise<Map<string, FirstSeen>> {
  const wanted = new Map(findings.map(({ agentId, fingerprint }) => [firstSeenKey(agentId, fingerprint), { agent_id: agentId, fingerprint }]));
  const found = new Map<string, FirstSeen>();
  if (wanted.size === 0) return found;
  const result = await pool.query<{ agent_id: string; fingerprint: string; run_id: string; finished_iso: string }>(FIRST_SEEN_SQL, [JSON.stringify([...wanted.values()])]);
  for (const row of result.rows) found.set(firstSeenKey(row.agent_id, row.fingerprint), { runId: row.run_id, at: row.finished_iso });
  return found;
}
