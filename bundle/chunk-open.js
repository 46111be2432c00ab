// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as migrate, c as skeletonRecord, i as withStore, m as fleetView, n as openStorePool, r as storeError } from "./chunk-connection.js";
import { _ as LakeRecordSchema, g as AGENT_HASH } from "./chunk-store.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as findingPage } from "./chunk-findings.js";
// src/store/postgres/fleet-store.ts
var RECORD_COLUMNS = "r.agent_id, r.record, r.source_repository, r.source_commit, r.source_ci_run";
var LATEST_JOIN = "cockpit_agents a JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id";
/** A stored record back as a lake record; the provenance columns fill in a record that carries none. */
function toRecord(row) {
	const parsed = LakeRecordSchema.safeParse(row.record);
	if (!parsed.success) throw new CockpitError(`store row of agent ${row.agent_id} is not a lake record (${parsed.error.issues[0]?.message ?? "invalid"})`);
	const record = parsed.data;
	if (record.source || !row.source_repository && !row.source_commit && !row.source_ci_run) return record;
	return {
		...record,
		source: {
			...row.source_repository ? { repository: row.source_repository } : {},
			...row.source_commit ? { commit: row.source_commit } : {},
			...row.source_ci_run ? { ciRun: row.source_ci_run } : {}
		}
	};
}
var SORT_COLUMNS = {
	name: "name_key",
	path: "path",
	verdict: "verdict_rank",
	findings: "findings",
	errors: "errors",
	lastAudit: "last_audit"
};
/** Filters as SQL with only the conditions asked for, so the planner can use the matching index. */
function agentFilter(query) {
	const conditions = [];
	const values = [];
	const add = (condition, value) => {
		values.push(value);
		conditions.push(condition(`$${values.length}`));
	};
	if (query.verdict) add((p) => `verdict = ${p}`, query.verdict);
	if (query.persona) add((p) => `personas @> ARRAY[${p}::text]`, query.persona);
	if (query.framework) add((p) => `frameworks @> ARRAY[${p}::text]`, query.framework);
	if (query.rule) add((p) => `rule_ids @> ARRAY[${p}::text]`, query.rule);
	if (query.q) add((p) => `(strpos(name_key, ${p}) > 0 OR strpos(path_key, ${p}) > 0)`, query.q.toLowerCase());
	return {
		where: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "",
		values
	};
}
/** Batches the history() calls made in one tick (the fleet view asks for every agent at once) into one query. */
function historyLoader(pool) {
	let pending;
	const CHUNK = 500;
	async function load(batch) {
		const ids = [...batch.keys()];
		try {
			const byAgent = /* @__PURE__ */ new Map();
			for (let start = 0; start < ids.length; start += CHUNK) {
				const result = await pool.query(`SELECT ${RECORD_COLUMNS} FROM cockpit_runs r WHERE r.agent_id = ANY($1::text[]) ORDER BY r.agent_id, r.sort_key`, [ids.slice(start, start + CHUNK)]);
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
	return (agentId) => new Promise((resolve, reject) => {
		if (!pending) {
			const batch = /* @__PURE__ */ new Map();
			pending = batch;
			queueMicrotask(() => {
				pending = void 0;
				load(batch);
			});
		}
		const waiters = pending.get(agentId) ?? [];
		waiters.push({
			resolve,
			reject
		});
		pending.set(agentId, waiters);
	});
}
/**
* Per day with runs: each agent's last run of the day opens a segment that lasts until its next run
* day; adding each segment at its start and removing it at its end, a running sum gives the day's
* totals. Same numbers as fleetTrend over every history, without reading a record: both windows
* follow the (agent_id, sort_key) index, which carries the columns needed (an index-only scan).
*/
var TREND_SQL = `
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
function postgresFleetStore(pool) {
	const history = historyLoader(pool);
	let cachedTrend;
	let cachedFleet;
	async function changeKey() {
		return (await pool.query(`SELECT concat(count(*), ':', coalesce(sum(runs), 0), ':', max(updated_at)) AS key FROM cockpit_agents`)).rows[0]?.key ?? "";
	}
	async function listLatest() {
		return (await pool.query(`SELECT ${RECORD_COLUMNS} FROM ${LATEST_JOIN} ORDER BY a.path, a.agent_id`)).rows.map(toRecord);
	}
	async function trend(key) {
		const current = key ?? await changeKey();
		if (cachedTrend?.key === current) return cachedTrend.points;
		const points = (await pool.query(TREND_SQL)).rows.map((row) => ({
			date: row.date,
			findings: row.findings,
			error: row.error,
			warning: row.warning,
			note: row.note,
			agents: row.agents
		}));
		cachedTrend = {
			key: current,
			points
		};
		return points;
	}
	return {
		listLatest,
		async latest(agentId) {
			if (!AGENT_HASH.test(agentId)) return void 0;
			const row = (await pool.query(`SELECT ${RECORD_COLUMNS} FROM ${LATEST_JOIN} WHERE a.agent_id = $1`, [agentId])).rows[0];
			return row ? toRecord(row) : void 0;
		},
		async history(agentId) {
			if (!AGENT_HASH.test(agentId)) return [];
			return history(agentId);
		},
		async agentPage(query) {
			const { where, values } = agentFilter(query);
			const direction = query.order === "desc" ? "DESC" : "ASC";
			const [count, page] = await Promise.all([pool.query(`SELECT count(*)::int AS total FROM cockpit_agents ${where}`, values), pool.query(`SELECT agent_row FROM cockpit_agents ${where}
           ORDER BY ${SORT_COLUMNS[query.sort]} ${direction}, path ASC, agent_id ASC
           LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [
				...values,
				query.limit,
				query.offset
			])]);
			return {
				total: count.rows[0]?.total ?? 0,
				items: page.rows.map((row) => row.agent_row)
			};
		},
		findingPage: (query) => findingPage(pool, query),
		async historyPoints(agentId) {
			if (!AGENT_HASH.test(agentId)) return [];
			return (await pool.query(`SELECT run_id AS "runId", record->>'finishedAt' AS "finishedAt", verdict, findings, errors AS error, warnings AS warning, notes AS note
         FROM cockpit_runs WHERE agent_id = $1 ORDER BY sort_key`, [agentId])).rows;
		},
		trend: () => trend(),
		async fleet({ root, now }) {
			const key = await changeKey();
			if (cachedFleet?.key !== key) {
				const [facts, points] = await Promise.all([pool.query("SELECT agent_id, path, fleet_facts FROM cockpit_agents ORDER BY path, agent_id"), trend(key)]);
				const records = facts.rows.map((row) => skeletonRecord(row.agent_id, row.path, row.fleet_facts));
				const { root: _root, generatedAt: _generatedAt, ...fleet } = fleetView({
					root,
					records,
					histories: [],
					now
				});
				cachedFleet = {
					key,
					fleet: {
						...fleet,
						trend: points
					}
				};
			}
			return {
				root,
				generatedAt: now.toISOString(),
				...cachedFleet.fleet
			};
		},
		async agentCount() {
			return (await pool.query("SELECT count(*)::int AS count FROM cockpit_agents")).rows[0]?.count ?? 0;
		}
	};
}
// src/store/open.ts
/** For `ops serve --store`: the pool stays open until close(). */
async function openPostgresFleetStore(url, env) {
	const opened = await openStorePool(url, env);
	try {
		await migrate(opened.pool);
	} catch (error) {
		await opened.close().catch(() => void 0);
		throw storeError(opened.label, error);
	}
	return {
		...opened,
		store: postgresFleetStore(opened.pool)
	};
}
/** For `ops report --from-lake postgres://…`: every agent's latest record, and the store's label. */
function readStoreLatest(url, env) {
	return withStore(url, env, async ({ pool, label }) => {
		await migrate(pool);
		return {
			label,
			records: await postgresFleetStore(pool).listLatest()
		};
	});
}
export { readStoreLatest as n, openPostgresFleetStore as t };
