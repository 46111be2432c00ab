// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { g as AGENT_HASH } from "./chunk-partitions.js";
import { C as storeAgentId, a as migrate, o as inRetriedTransaction, x as normaliseRepository } from "./chunk-connection.js";
// src/store/postgres/maintenance.ts
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
async function pruneStore(pool, keep) {
	await migrate(pool);
	return inRetriedTransaction(pool, async (client) => {
		const result = await client.query(`WITH ranked AS (
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
       SELECT count(*)::int AS agents, coalesce(sum(removed), 0)::int AS removed FROM updated`, [keep]);
		return {
			removed: result.rows[0]?.removed ?? 0,
			agents: result.rows[0]?.agents ?? 0
		};
	});
}
/**
* The store agents an argument names: an agent hash (the store id; with `repository`, the lake's
* hash of that repository's agent too), or an agent path (or name, as `ops lake show` accepts),
* narrowed to one repository when `repository` is given.
*/
async function findStoreAgents(pool, agent, repository) {
	await migrate(pool);
	const normalised = repository === void 0 ? void 0 : normaliseRepository(repository);
	const hashes = [agent, ...normalised ? [storeAgentId(normalised, agent)] : []];
	const result = await pool.query(`SELECT a.agent_id AS id, a.path, a.fleet_facts->>'name' AS name, r.source_repository AS repository, a.runs
     FROM cockpit_agents a JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id
     WHERE ${AGENT_HASH.test(agent) ? "a.agent_id = ANY($1::text[])" : "(a.path = $1 OR a.fleet_facts->>'name' = $1)"}
     ORDER BY a.path, r.source_repository NULLS FIRST, a.agent_id`, [AGENT_HASH.test(agent) ? hashes : agent]);
	const wanted = repository === void 0 ? void 0 : (normalised ?? repository).toLowerCase();
	return result.rows.filter((row) => wanted === void 0 || row.repository?.toLowerCase() === wanted);
}
/** Removes an agent and every run of it; returns how many runs went (0: no such agent). */
async function removeStoreAgent(pool, agentId) {
	return inRetriedTransaction(pool, async (client) => {
		await client.query("DELETE FROM cockpit_agents WHERE agent_id = $1", [agentId]);
		return (await client.query("DELETE FROM cockpit_runs WHERE agent_id = $1", [agentId])).rowCount ?? 0;
	});
}
export { pruneStore as n, removeStoreAgent as r, findStoreAgents as t };
