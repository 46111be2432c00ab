// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as readRegularFile } from "./chunk-read-regular-file2.js";
import { t as AgentReportSchema } from "./chunk-model2.js";
import { lstat, mkdir, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
/** Where a run happened (CI variables); the API's agent detail returns it as stored. */
var RunSourceSchema = z.object({
	repository: z.string().optional(),
	commit: z.string().optional(),
	ciRun: z.string().optional(),
	/** The repository's web address (no credentials), when the CI environment names it: the dashboard links findings to the code at `commit`. */
	remote: z.string().optional(),
	/** Which forge serves `remote`, so its file links are written the right way. */
	forge: z.enum(["github", "gitlab"]).optional(),
	/** The audited folder relative to the repository's top (POSIX), when it is not the top: report paths are relative to it. */
	root: z.string().optional()
});
var LakeRecordSchema = z.object({
	schemaVersion: z.literal(1),
	tool: z.object({
		name: z.string(),
		version: z.string()
	}),
	runId: z.string().regex(/^[0-9a-z-]{6,64}$/),
	/** ISO 8601 UTC. */
	startedAt: z.iso.datetime(),
	finishedAt: z.iso.datetime(),
	/** Digest of the effective policy the agent was audited under. */
	configDigest: z.string(),
	/** Digest of the agent's files (paths and contents): unchanged means the audit would be identical. */
	contentHash: z.string(),
	/** Where the run happened, when the environment says (CI variables). */
	source: RunSourceSchema.optional(),
	agent: AgentReportSchema
});
var AGENT_HASH = /^[0-9a-f]{16}$/;
// src/lake/partitions.ts
/**
* The partitioned evidence lake. One folder per agent; every write is a temp file + rename in that
* folder, so readers never see a torn file and concurrent writers never need a lock: history entries
* have unique names (timestamp + run id), and `latest.json` converges to the newest history entry.
*/
var LATEST = "latest.json";
var HISTORY = "history";
function partitionDir(lake, agentId) {
	if (!AGENT_HASH.test(agentId)) throw new CockpitError(`'${agentId}' is not an agent hash (16 hex characters)`);
	return path.join(lake, agentId);
}
/** `2026-11-24T10:48:12.345Z` + run id → a file name that sorts by time. */
function historyName(record) {
	return `${record.finishedAt.replace(/[-:]/g, "").replace(".", "")}-${record.runId}.json`;
}
/** Far above any real record (a few MB for thousands of findings), below what a string can hold. */
var MAX_RECORD_BYTES = 268435456;
function serialise(record) {
	return `${JSON.stringify(record, null, 2)}\n`;
}
/** One lake file, validated; a torn or foreign file is a one-line CockpitError naming it. */
async function readRecord(file) {
	const text = await readRegularFile(file, {
		shown: file,
		maxBytes: MAX_RECORD_BYTES
	});
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		throw new CockpitError(`${file}: not a lake record (invalid JSON)`);
	}
	const parsed = LakeRecordSchema.safeParse(json);
	if (!parsed.success) throw new CockpitError(`${file}: not a lake record (${parsed.error.issues[0]?.message ?? "invalid"})`);
	return parsed.data;
}
async function historyNames(lake, agentId) {
	try {
		return (await readdir(path.join(partitionDir(lake, agentId), HISTORY))).filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
	} catch {
		return [];
	}
}
/** Appends a record to its agent's history and makes it `latest.json` unless a newer run already is. */
async function writeRecord(lake, record) {
	const partition = partitionDir(lake, record.agent.id);
	await mkdir(path.join(partition, HISTORY), { recursive: true });
	const name = historyName(record);
	const content = serialise(record);
	await writeFileAtomic(path.join(partition, HISTORY, name), content);
	await writeFileAtomic(path.join(partition, LATEST), content);
	for (let written = name;;) {
		const newest = (await historyNames(lake, record.agent.id)).at(-1);
		if (!newest || newest === written) return;
		await writeFileAtomic(path.join(partition, LATEST), await readFile(path.join(partition, HISTORY, newest), "utf8"));
		written = newest;
	}
}
async function agentIds(lake) {
	try {
		return (await readdir(lake, { withFileTypes: true })).filter((entry) => entry.isDirectory() && AGENT_HASH.test(entry.name)).map((entry) => entry.name).sort();
	} catch (error) {
		if (error.code === "ENOENT") return [];
		throw error;
	}
}
async function readLatest(lake, agentId) {
	try {
		return await readRecord(path.join(partitionDir(lake, agentId), LATEST));
	} catch (error) {
		if (error.code === "ENOENT") return void 0;
		throw error;
	}
}
async function readAllLatest(lake) {
	return (await Promise.all((await agentIds(lake)).map((id) => readLatest(lake, id)))).filter((record) => record !== void 0);
}
async function readHistory(lake, agentId) {
	const partition = partitionDir(lake, agentId);
	return Promise.all((await historyNames(lake, agentId)).map((name) => readRecord(path.join(partition, HISTORY, name))));
}
/** The temp file writeFileAtomic renames into place: `.<name>.<pid>.<random hex>.tmp`. */
var TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;
/** A temp file untouched this long was left by a killed writer; a live write finishes in well under a second. */
var STALE_TEMP_MS = 6e5;
/** Removes temp files an interrupted write (kill -9) left in a partition or its history; returns how many. */
async function removeStaleTempFiles(lake, now = Date.now()) {
	let removed = 0;
	for (const id of await agentIds(lake)) for (const folder of [partitionDir(lake, id), path.join(partitionDir(lake, id), HISTORY)]) {
		let names;
		try {
			names = (await readdir(folder)).filter((name) => TEMP_FILE.test(name));
		} catch {
			continue;
		}
		for (const name of names) {
			const file = path.join(folder, name);
			const stats = await lstat(file).catch(() => void 0);
			if (!stats?.isFile() || now - stats.mtimeMs < 6e5) continue;
			await rm(file, { force: true });
			removed++;
		}
	}
	return removed;
}
/**
* Keeps the newest `keep` history entries of every agent and clears stale temp files; returns how
* many history entries were removed.
*/
async function pruneHistory(lake, keep) {
	await removeStaleTempFiles(lake);
	let removed = 0;
	for (const id of await agentIds(lake)) {
		const names = await historyNames(lake, id);
		for (const name of names.slice(0, Math.max(0, names.length - keep))) {
			await rm(path.join(partitionDir(lake, id), HISTORY, name), { force: true });
			removed++;
		}
	}
	return removed;
}
/** Removes an agent's partition (latest and history); returns how many history entries it held. */
async function removeAgent(lake, agentId) {
	const entries = (await historyNames(lake, agentId)).length;
	await rm(partitionDir(lake, agentId), {
		recursive: true,
		force: true
	});
	return entries;
}
/** Joins shard lakes: the union of every history, and each agent's newest run as latest. */
async function mergeLakes(sources, into) {
	const touched = /* @__PURE__ */ new Set();
	let entries = 0;
	for (const source of sources) for (const id of await agentIds(source)) {
		const names = await historyNames(source, id);
		const target = path.join(partitionDir(into, id), HISTORY);
		await mkdir(target, { recursive: true });
		const existing = new Set(await historyNames(into, id));
		for (const name of names) {
			if (existing.has(name)) continue;
			await writeFileAtomic(path.join(target, name), await readFile(path.join(partitionDir(source, id), HISTORY, name), "utf8"));
			entries++;
		}
		touched.add(id);
	}
	for (const id of touched) {
		const newest = (await historyNames(into, id)).at(-1);
		if (newest) await writeFileAtomic(path.join(partitionDir(into, id), LATEST), await readFile(path.join(partitionDir(into, id), HISTORY, newest), "utf8"));
	}
	return {
		agents: touched.size,
		entries
	};
}
export { LakeRecordSchema as _, historyName as a, partitionDir as c, readHistory as d, readLatest as f, AGENT_HASH as g, writeRecord as h, agentIds as i, pruneHistory as l, removeAgent as m, LATEST as n, historyNames as o, readRecord as p, STALE_TEMP_MS as r, mergeLakes as s, HISTORY as t, readAllLatest as u, RunSourceSchema as v };
