import type pg from 'pg';
import { AGENT_HASH } from '../../lake/record.js';
import { storeAgentId } from '../identity.js';
import { normaliseRepository } from '../repository.js';
import { migrate } from './migrations.js';
import { inRetriedTransaction } from './transaction.js';

/**
 * Retention and removal in the fleet store, the counterparts of `ops lake prune` and `ops lake
 * remove` on a lake folder. Both keep `cockpit_agents.runs` exact (readers use its sum to see that
 * the store changed) and touch `updated_at`, so a dashboard's cached fleet view is recomputed.
 */

/**
 * Keeps each agent's newest `keep` runs (by the lake's order: finish time, then run id) and never
 * its latest run; returns how many runs were removed. A later push of a lake that still holds the
 * removed runs stores them again, as `ops lake merge` would.
 */
export async function pruneStore(pool: pg.Pool, keep: number): Promise<{ removed: number; agents: number }> {
  await migrate(pool);
  return inRetriedTransaction(pool, async (client) => {
    const result = await client.query<{ agents: number; removed: number }>(
      `WITH ranked AS (
         SELECT agent_id, run_id, row_number() OVER (PARTITION BY agent_id ORDER BY sort_key DESC) AS newest
         FROM cockpit_runs
       ), removed AS (
         DELETE FROM cockpit_runs r
         USING ranked k, cockpit_agents a
         WHERE r.agent_id = k.agent_id AND r.run_id = k.run_id AND k.newest > $1
           AND a.agent_id = r.agent_id AND r.run_id <> a.latest_run_id
         RETURNING r.agent_id
       ), counted AS (
         SELECT agent_id, count(*)::int AS removed FROM removed GROUP BY agent_id
       ), updated AS (
         UPDATE cockpit_agents a SET runs = a.runs - c.removed, updated_at = now()
         FROM counted c WHERE a.agent_id = c.agent_id
         RETURNING c.removed
       )
       SELECT count(*)::int AS agents, coalesce(sum(removed), 0)::int AS removed FROM updated`,
      [keep],
    );
    return { removed: result.rows[0]?.removed ?? 0, agents: result.rows[0]?.agents ?? 0 };
  });
}

export interface StoreAgentMatch {
  id: string;
  path: string;
  name: string;
  repository: string | null;
  runs: number;
}

/**
 * The store agents an argument names: an agent hash (the store id; with `repository`, the lake's
 * hash of that repository's agent too), or an agent path (or name, as `ops lake show` accepts),
 * narrowed to one repository when `repository` is given.
 */
export async function findStoreAgents(pool: pg.Pool, agent: string, repository?: string): Promise<StoreAgentMatch[]> {
  await migrate(pool);
  const normalised = repository === undefined ? undefined : normaliseRepository(repository);
  const hashes = [agent, ...(normalised ? [storeAgentId(normalised, agent)] : [])];
  const result = await pool.query<StoreAgentMatch>(
    `SELECT a.agent_id AS id, a.path, a.fleet_facts->>'name' AS name, r.source_repository AS repository, a.runs
     FROM cockpit_agents a JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id
     WHERE ${AGENT_HASH.test(agent) ? 'a.agent_id = ANY($1::text[])' : "(a.path = $1 OR a.fleet_facts->>'name' = $1)"}
     ORDER BY a.path, r.source_repository NULLS FIRST, a.agent_id`,
    [AGENT_HASH.test(agent) ? hashes : agent],
  );
  const wanted = repository === undefined ? undefined : (normalised ?? repository).toLowerCase();
  return result.rows.filter((row) => wanted === undefined || row.repository?.toLowerCase() === wanted);
}

/** Removes an agent and every run of it; returns how many runs went (0: no such agent). */
export async function removeStoreAgent(pool: pg.Pool, agentId: string): Promise<number> {
  return inRetriedTransaction(pool, async (client) => {
    // The agent's row first: it references its latest run.
    await client.query('DELETE FROM cockpit_agents WHERE agent_id = $1', [agentId]);
    const runs = await client.query('DELETE FROM cockpit_runs WHERE agent_id = $1', [agentId]);
    return runs.rowCount ?? 0;
  });
}
