// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { d as readHistory, f as readLatest, g as AGENT_HASH, i as agentIds, l as pruneHistory, o as historyNames, s as mergeLakes, u as readAllLatest } from "./chunk-partitions.js";
import { t as renderTable } from "./chunk-table.js";
import { i as withStore } from "./chunk-connection.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { n as pruneStore } from "./chunk-maintenance.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import { t as CockpitError } from "./chunk-errors2.js";
import "./chunk-common.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
// src/cli/commands/lake-run.ts
function lakeOf(flags, io, command = "ls") {
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; ops lake ${command} reads a lake folder (read the store with ops report --from-lake URL or ops serve --store URL)`);
	return path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
}
function jsonOrText(flags) {
	if (flags.format === void 0 || flags.format === "text") return "text";
	if (flags.format === "json") return "json";
	throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
}
/** `ops lake ls`: the agents of a lake with their latest verdict. */
async function runLakeLs(flags, io) {
	const format = jsonOrText(flags);
	const dir = lakeOf(flags, io);
	await requireDirectory(dir, flags.lake ?? DEFAULT_LAKE);
	const records = await readAllLatest(dir);
	const rows = await Promise.all(records.map(async (record) => ({
		id: record.agent.id,
		path: record.agent.path,
		...record.agent.kind ? { kind: record.agent.kind } : {},
		verdict: record.agent.verdict,
		findings: record.agent.findings.length,
		finishedAt: record.finishedAt,
		history: (await historyNames(dir, record.agent.id)).length
	})));
	if (format === "json") io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
	else {
		const table = renderTable([
			"Agent hash",
			"Path",
			"Verdict",
			"Findings",
			"Runs",
			"Last audit"
		], rows.map((row) => [
			row.id,
			row.kind === "repository" ? `${row.path} (repository)` : row.path,
			row.verdict,
			String(row.findings),
			String(row.history),
			row.finishedAt
		]), [
			0,
			1,
			2,
			5
		]);
		io.stdout(`${table.join("\n")}\n`);
	}
	return 0;
}
/** `ops lake show`: an agent's latest record, or its history. */
async function runLakeShow(agent, flags, io) {
	const dir = lakeOf(flags, io, "show");
	await requireDirectory(dir, flags.lake ?? DEFAULT_LAKE);
	let id = AGENT_HASH.test(agent) ? agent : void 0;
	if (!id) id = (await readAllLatest(dir)).find((record) => record.agent.path === agent || record.agent.name === agent)?.agent.id;
	if (!id || !(await agentIds(dir)).includes(id)) throw new CockpitError(`${agent}: no such agent in ${flags.lake ?? DEFAULT_LAKE}`);
	const value = flags.history ? await readHistory(dir, id) : await readLatest(dir, id);
	io.stdout(`${JSON.stringify(value, null, 2)}\n`);
	return 0;
}
/** `ops lake prune`: keep the newest N runs per agent, in a lake folder or the fleet store. */
async function runLakePrune(flags, io) {
	const keep = Number(flags.keep);
	if (!Number.isInteger(keep) || keep < 1) throw new CockpitError(`--keep: '${flags.keep}' is not a positive whole number`);
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) {
		const { label, pruned } = await withStore(flags.lake, io.env, async ({ pool, label }) => ({
			label,
			pruned: await pruneStore(pool, keep)
		}));
		io.stdout(`Removed ${plural(pruned.removed, "run")} from ${label}; kept at most ${keep} per agent (its latest run always).\n`);
		return 0;
	}
	const dir = lakeOf(flags, io);
	await requireDirectory(dir, flags.lake ?? DEFAULT_LAKE);
	const removed = await pruneHistory(dir, keep);
	io.stdout(`Removed ${plural(removed, "history entry", "history entries")}; kept at most ${keep} per agent.\n`);
	return 0;
}
/** `ops lake merge`: shard lakes joined into one. */
async function runLakeMerge(dirs, flags, io) {
	for (const dir of dirs) await requireDirectory(path.resolve(io.cwd, dir), dir);
	const result = await mergeLakes(dirs.map((dir) => path.resolve(io.cwd, dir)), path.resolve(io.cwd, flags.into));
	io.stdout(`Merged ${plural(dirs.length, "lake")} into ${flags.into}: ${result.agents} agents, ${result.entries} new history entries.\n`);
	return 0;
}
export { runLakeLs, runLakeMerge, runLakePrune, runLakeShow };
