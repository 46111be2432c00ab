// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { c as partitionDir, d as readHistory, i as agentIds, n as LATEST, p as readRecord } from "./chunk-partitions.js";
import { n as runSourceFromEnvironment } from "./chunk-source.js";
import { a as migrate, c as agentTableRow, d as sortKey, l as runRow, o as inRetriedTransaction, w as storeRecord, x as normaliseRepository } from "./chunk-connection.js";
import { n as replaceLatestFindings } from "./chunk-findings.js";
import path from "node:path";
// src/store/postgres/push.ts
var DEFAULT_BATCH = 250;
var INSERT_RUNS = `
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
var LATEST_COLUMNS = [
	"latest_run_id",
	"latest_sort_key",
	"path",
	"name_key",
	"path_key",
	"verdict",
	"verdict_rank",
	"frameworks",
	"personas",
	"rule_ids",
	"findings",
	"errors",
	"last_audit",
	"agent_row",
	"fleet_facts"
];
var NEWER = "cockpit_agents.latest_sort_key < EXCLUDED.latest_sort_key";
/**
* `runs` counts the agent's stored runs (readers use the fleet's total as a cheap "has anything
* changed" key); it grows by the runs this push inserted. The row is written only when a run was
* inserted or the latest moves, so a push of nothing new leaves every row as it was.
*/
var UPSERT_AGENTS = `
  INSERT INTO cockpit_agents (agent_id, runs, ${LATEST_COLUMNS.join(", ")})
  SELECT agent_id, new_runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
         ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
         ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, new_runs integer, latest_run_id text, latest_sort_key text, path text,
       name_key text, path_key text, verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb,
       findings integer, errors integer, last_audit text, agent_row jsonb, fleet_facts jsonb)
  ORDER BY agent_id
  ON CONFLICT (agent_id) DO UPDATE SET
    runs = cockpit_agents.runs + EXCLUDED.runs,
    ${LATEST_COLUMNS.map((column) => `${column} = CASE WHEN ${NEWER} THEN EXCLUDED.${column} ELSE cockpit_agents.${column} END`).join(",\n    ")},
    updated_at = now()
  WHERE ${NEWER} OR EXCLUDED.runs > 0
  RETURNING agent_id, latest_run_id`;
/** The newest record of each agent among `records`. */
function newestPerAgent(records) {
	const newest = /* @__PURE__ */ new Map();
	for (const record of records) {
		const key = sortKey(record);
		const current = newest.get(record.agent.id);
		if (!current || current.key < key) newest.set(record.agent.id, {
			key,
			record
		});
	}
	return [...newest.values()].map((entry) => entry.record);
}
/** One batch in one transaction; returns how many runs were new and how many agents moved to a new latest run. */
async function pushBatch(pool, records, source) {
	const runs = JSON.stringify(records.map((record) => runRow(record, source)));
	const candidates = newestPerAgent(records);
	return inRetriedTransaction(pool, async (client) => {
		const inserted = await client.query(INSERT_RUNS, [runs]);
		const newRuns = /* @__PURE__ */ new Map();
		const newKeys = /* @__PURE__ */ new Set();
		for (const row of inserted.rows) {
			newRuns.set(row.agent_id, (newRuns.get(row.agent_id) ?? 0) + 1);
			newKeys.add(`${row.agent_id}/${row.run_id}`);
		}
		const agents = JSON.stringify(candidates.map((record) => ({
			...agentTableRow(record),
			new_runs: newRuns.get(record.agent.id) ?? 0
		})));
		const latestUpdated = (await client.query(UPSERT_AGENTS, [agents])).rows.filter((row) => newKeys.has(`${row.agent_id}/${row.latest_run_id}`)).map((row) => row.agent_id);
		const moved = new Set(latestUpdated);
		await replaceLatestFindings(client, candidates.filter((record) => moved.has(record.agent.id)));
		return {
			inserted: inserted.rowCount ?? 0,
			latestUpdated
		};
	});
}
/** Pushes records (any agents, any order) in batches; migrates the schema first. */
async function pushRecords(pool, records, options = {}) {
	await migrate(pool);
	const batchSize = options.batchSize ?? DEFAULT_BATCH;
	const counts = {
		agents: 0,
		repositoryEntries: 0,
		records: 0,
		inserted: 0,
		unchanged: 0,
		latestUpdated: 0,
		repositories: []
	};
	const agents = /* @__PURE__ */ new Set();
	const repositoryEntries = /* @__PURE__ */ new Set();
	const latestUpdated = /* @__PURE__ */ new Set();
	const repositories = /* @__PURE__ */ new Set();
	const seen = /* @__PURE__ */ new Set();
	let batch = [];
	const flush = async () => {
		if (batch.length === 0) return;
		const result = await pushBatch(pool, batch, options.source);
		counts.inserted += result.inserted;
		counts.unchanged += batch.length - result.inserted;
		for (const id of result.latestUpdated) if (agents.has(id)) latestUpdated.add(id);
		counts.latestUpdated = latestUpdated.size;
		batch = [];
		options.onBatch?.({
			...counts,
			agents: agents.size,
			repositoryEntries: repositoryEntries.size,
			repositories: [...repositories].sort()
		});
	};
	for await (const lakeRecord of records) {
		const repository = options.repository?.override ?? normaliseRepository(lakeRecord.source?.repository) ?? options.repository?.fallback;
		const record = storeRecord(lakeRecord, repository, options.source);
		if (repository) repositories.add(repository);
		const key = `${record.agent.id}/${record.runId}`;
		if (seen.has(key)) continue;
		seen.add(key);
		(record.agent.kind === "repository" ? repositoryEntries : agents).add(record.agent.id);
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
async function* lakeRecords(lake) {
	for (const id of await agentIds(lake)) {
		const history = await readHistory(lake, id);
		yield* history;
		let latest;
		try {
			latest = await readRecord(path.join(partitionDir(lake, id), LATEST));
		} catch (error) {
			if (error.code !== "ENOENT") throw error;
		}
		if (latest && !history.some((record) => record.runId === latest.runId)) yield latest;
	}
}
function pushLake(pool, lake, options = {}) {
	return pushRecords(pool, lakeRecords(lake), options);
}
/** Provenance from the CI environment (GitHub Actions, GitLab CI), as the audit records it. */
var sourceFromEnvironment = runSourceFromEnvironment;
export { sourceFromEnvironment as n, pushLake as t };
