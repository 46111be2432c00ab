// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { _ as normaliseFolder, a as migrate, g as fleetView, i as withStore, n as openStorePool, r as storeError, s as inTransaction, u as skeletonRecord } from "./chunk-connection.js";
import { _ as LakeRecordSchema, g as AGENT_HASH } from "./chunk-partitions.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as findingPage } from "./chunk-findings.js";
import { t as compareText } from "./chunk-compare-text.js";
import { s as ruleIdsOf } from "./chunk-renamed-ids.js";
// src/server/run-history.ts
function fingerprintCounts(findings) {
	const counts = /* @__PURE__ */ new Map();
	for (const finding of findings) counts.set(finding.fingerprint, (counts.get(finding.fingerprint) ?? 0) + 1);
	return counts;
}
/** A multiset comparison: two findings with one fingerprint (the same line twice) count twice. */
function findingDelta(previous, current) {
	if (!previous) return {
		new: current.length,
		fixed: 0,
		unchanged: 0
	};
	const before = fingerprintCounts(previous);
	const after = fingerprintCounts(current);
	let unchanged = 0;
	for (const [fingerprint, count] of after) unchanged += Math.min(count, before.get(fingerprint) ?? 0);
	return {
		new: current.length - unchanged,
		fixed: previous.length - unchanged,
		unchanged
	};
}
/** The lake's order of one agent's runs: finish time, then run id (its history file names). */
function byFinish(a, b) {
	return compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId);
}
/** One agent's runs, oldest first, each with its new, fixed and unchanged findings against the run before. */
function agentRunPoints(runs) {
	const ordered = [...runs].sort(byFinish);
	return ordered.map((run, index) => {
		const { findings } = run.agent;
		const counts = {
			error: 0,
			warning: 0,
			note: 0
		};
		for (const finding of findings) counts[finding.severity]++;
		return {
			runId: run.runId,
			finishedAt: run.finishedAt,
			verdict: run.agent.verdict,
			findings: findings.length,
			...counts,
			...findingDelta(ordered[index - 1]?.agent.findings, findings)
		};
	});
}
/**
* The fleet's runs, oldest first: every run id in any agent's history is one point. A run's totals
* are every agent's last record up to and including it; new and fixed compare each agent the run
* audited with that agent's previous record.
*/
function fleetRunPoints(histories) {
	const runs = /* @__PURE__ */ new Map();
	histories.forEach((history, agent) => {
		const ordered = [...history].sort(byFinish);
		ordered.forEach((record, index) => {
			const run = runs.get(record.runId) ?? {
				runId: record.runId,
				startedAt: record.startedAt,
				finishedAt: record.finishedAt,
				records: []
			};
			if (record.startedAt < run.startedAt) run.startedAt = record.startedAt;
			if (record.finishedAt > run.finishedAt) run.finishedAt = record.finishedAt;
			run.records.push({
				agent,
				record,
				previous: ordered[index - 1]
			});
			runs.set(record.runId, run);
		});
	});
	const ordered = [...runs.values()].sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId));
	const current = /* @__PURE__ */ new Map();
	return ordered.map((run) => {
		const delta = {
			new: 0,
			fixed: 0,
			unchanged: 0
		};
		for (const { agent, record, previous } of run.records) {
			const change = findingDelta(previous?.agent.findings, record.agent.findings);
			delta.new += change.new;
			delta.fixed += change.fixed;
			current.set(agent, record);
		}
		const totals = {
			findings: 0,
			error: 0,
			warning: 0,
			note: 0
		};
		for (const record of current.values()) {
			for (const finding of record.agent.findings) totals[finding.severity]++;
			totals.findings += record.agent.findings.length;
		}
		return {
			runId: run.runId,
			startedAt: run.startedAt,
			finishedAt: run.finishedAt,
			audited: run.records.length,
			agents: current.size,
			...totals,
			new: delta.new,
			fixed: delta.fixed,
			unchanged: totals.findings - delta.new
		};
	});
}
// src/server/finding-age.ts
/**
* How long findings live, from the runs' fingerprints (as run-history.ts tells new from fixed): a finding was
* first seen in the first run of its agent whose findings hold its fingerprint, and fixed by the first run after
* its last appearance, when the latest run no longer has it. A pruned history starts later, and so do ages.
*/
var DAY_MS = 864e5;
/** The agent page lists this many fixes, newest first. */
var RECENTLY_FIXED = 25;
/** Whole days from `from` to `to` (0 within the first day, never negative). */
function wholeDays(from, to) {
	const elapsed = to.getTime() - Date.parse(from);
	return Number.isFinite(elapsed) && elapsed > 0 ? Math.floor(elapsed / DAY_MS) : 0;
}
function findingAge(first, now) {
	return {
		firstSeen: first.at,
		firstRunId: first.runId,
		ageDays: wholeDays(first.at, now)
	};
}
/** Every fingerprint of one agent's runs → the first run that had it: one pass over the runs, oldest first. */
function firstSeenIndex(runs) {
	const index = /* @__PURE__ */ new Map();
	for (const run of [...runs].sort(byFinish)) for (const finding of run.agent.findings) if (!index.has(finding.fingerprint)) index.set(finding.fingerprint, {
		runId: run.runId,
		at: run.finishedAt
	});
	return index;
}
/**
* One agent's findings over time: the age of each finding of its latest record (by fingerprint), and the
* fingerprints earlier runs had that the latest no longer has, newest fix first, with how long each lived.
*/
function findingTimeline(history, latest, now) {
	const runs = history.some((run) => run.runId === latest.runId) ? [...history].sort(byFinish) : [...history, latest].sort(byFinish);
	const end = runs.findIndex((run) => run.runId === latest.runId);
	const seen = /* @__PURE__ */ new Map();
	runs.slice(0, end + 1).forEach((run, index) => {
		for (const finding of run.agent.findings) {
			const entry = seen.get(finding.fingerprint);
			if (entry) Object.assign(entry, {
				last: index,
				finding
			});
			else seen.set(finding.fingerprint, {
				first: {
					runId: run.runId,
					at: run.finishedAt
				},
				last: index,
				finding
			});
		}
	});
	const ages = {};
	for (const finding of latest.agent.findings) {
		const entry = seen.get(finding.fingerprint);
		if (entry) ages[finding.fingerprint] = findingAge(entry.first, now);
	}
	const fixed = [];
	for (const [fingerprint, { first, last, finding }] of seen) {
		if (last >= end) continue;
		const fixer = runs[last + 1];
		fixed.push({
			fingerprint,
			ruleId: finding.ruleId,
			title: finding.title,
			severity: finding.severity,
			file: finding.file,
			line: finding.region.startLine,
			firstSeen: first.at,
			fixedAt: fixer.finishedAt,
			fixedRunId: fixer.runId,
			daysToFix: wholeDays(first.at, new Date(fixer.finishedAt))
		});
	}
	fixed.sort((a, b) => a.fixedAt < b.fixedAt ? 1 : a.fixedAt > b.fixedAt ? -1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
	return {
		ages,
		fixed: fixed.slice(0, RECENTLY_FIXED)
	};
}
function firstSeenKey(agentId, fingerprint) {
	return `${agentId}/${fingerprint}`;
}
/**
* The lookup over agents' histories (the lake folder store): each agent's fingerprints indexed once and kept
* while its history holds the same runs, so a page of findings costs a map lookup per row.
*/
function historyFirstSeen(history) {
	const indexes = /* @__PURE__ */ new Map();
	return async (findings) => {
		const byAgent = /* @__PURE__ */ new Map();
		for (const { agentId, fingerprint } of findings) byAgent.set(agentId, [...byAgent.get(agentId) ?? [], fingerprint]);
		const found = /* @__PURE__ */ new Map();
		await Promise.all([...byAgent].map(async ([agentId, fingerprints]) => {
			const runs = await history(agentId);
			const key = `${runs.length}:${runs[0]?.runId ?? ""}:${runs.at(-1)?.runId ?? ""}`;
			let cached = indexes.get(agentId);
			if (cached?.key !== key) {
				cached = {
					key,
					index: firstSeenIndex(runs)
				};
				indexes.set(agentId, cached);
			}
			for (const fingerprint of fingerprints) {
				const first = cached.index.get(fingerprint);
				if (first) found.set(firstSeenKey(agentId, fingerprint), first);
			}
		}));
		return found;
	};
}
/** `/api/findings` rows with the age of each finding, where its agent's runs hold it. */
async function withAges(items, lookup, now) {
	if (items.length === 0) return [];
	const found = await lookup(items.map((row) => ({
		agentId: row.agentId,
		fingerprint: row.finding.fingerprint
	})));
	return items.map((row) => {
		const first = found.get(firstSeenKey(row.agentId, row.finding.fingerprint));
		return first ? {
			...row,
			firstSeen: first.at,
			ageDays: wholeDays(first.at, now)
		} : row;
	});
}
// src/store/postgres/runs.ts
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
var RUN_POINTS_SQL = `
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
var RUN_POINTS_WORK_MEM = "64MB";
/** The fleet's last `limit` runs, oldest first: the `runs` of `/api/fleet?runs=N`. */
async function runPoints(pool, limit) {
	return (await inTransaction(pool, async (client) => {
		await client.query(`SET LOCAL work_mem = '${RUN_POINTS_WORK_MEM}'`);
		return (await client.query(RUN_POINTS_SQL, [limit])).rows;
	}, "BEGIN READ ONLY")).map((row) => ({
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
		unchanged: row.findings - row.new
	}));
}
/**
* For each (agent, fingerprint), the agent's first run (in sort_key order) whose findings hold it: one short
* index walk per finding along (agent_id, sort_key) that stops at the first match.
*/
var FIRST_SEEN_SQL = `
  SELECT w.agent_id, w.fingerprint, first.run_id, first.finished_iso
  FROM jsonb_to_recordset($1::jsonb) AS w(agent_id text, fingerprint text)
  CROSS JOIN LATERAL (
    SELECT r.run_id, r.finished_iso FROM cockpit_runs r
    WHERE r.agent_id = w.agent_id AND r.fingerprints @> ARRAY[w.fingerprint]
    ORDER BY r.sort_key LIMIT 1
  ) first`;
async function firstSeenRuns(pool, findings) {
	const wanted = new Map(findings.map(({ agentId, fingerprint }) => [firstSeenKey(agentId, fingerprint), {
		agent_id: agentId,
		fingerprint
	}]));
	const found = /* @__PURE__ */ new Map();
	if (wanted.size === 0) return found;
	const result = await pool.query(FIRST_SEEN_SQL, [JSON.stringify([...wanted.values()])]);
	for (const row of result.rows) found.set(firstSeenKey(row.agent_id, row.fingerprint), {
		runId: row.run_id,
		at: row.finished_iso
	});
	return found;
}
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
	warnings: "((agent_row->'bySeverity'->>'warning')::int)",
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
	if (query.verdict === "blocked") conditions.push(`verdict <> 'pass'`);
	else if (query.verdict) add((p) => `verdict = ${p}`, query.verdict);
	if (query.folder) add((p) => `(path = ${p} OR left(path, length(${p}) + 1) = (${p} || '/'))`, normaliseFolder(query.folder));
	if (query.persona) add((p) => `personas @> ARRAY[${p}::text]`, query.persona);
	if (query.framework) add((p) => `frameworks @> ARRAY[${p}::text]`, query.framework);
	if (query.rule) add((p) => `rule_ids && ${p}::text[]`, ruleIdsOf(query.rule));
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
	let cachedRuns;
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
		},
		async runPoints(limit) {
			const key = `${await changeKey()}:${limit}`;
			if (cachedRuns?.key !== key) cachedRuns = {
				key,
				points: await runPoints(pool, limit)
			};
			return cachedRuns.points;
		},
		firstSeen: (findings) => firstSeenRuns(pool, findings)
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
export { withAges as a, fleetRunPoints as c, historyFirstSeen as i, readStoreLatest as n, agentRunPoints as o, findingTimeline as r, findingDelta as s, openPostgresFleetStore as t };
