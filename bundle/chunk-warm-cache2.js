// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as buildSignature } from "./chunk-cache-root2.js";
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import path from "node:path";
import { readFileSync, statSync } from "node:fs";
// src/audit/warm-cache.ts
/**
* Warm runs that stat instead of read (issue 16). A full fleet run leaves `.cockpit-warm-cache.json` in the lake:
* the stat signature (size, mtime and ctime in ns, inode) of every folder it walked, every file it
* walked and every ignore file it read, and for each agent the digests of its lake record. The next run
* stats the same paths; when all match it reuses the records without walking ignore rules, discovering
* or reading a single source file. When one differs, the full run still skips hashing the agents whose
* own files all match (`reusableAgent`), discovery reads only the code files that changed (`codeFacts`), and
* unchanged records are taken without validating them again (`trustedLatest`).
*
* A folder's mtime changes when an entry is added, removed or renamed in it, so matching folders mean the
* walk would list the same files. Racy timestamps, as in git: a path whose mtime or ctime is not at least
* RACY_WINDOW_MS older than the moment the walk started is stored as `racy` and never matches, so an edit
* in the same timestamp tick as the run is never missed. Accepted weakness (as in git and make): an edit
* that keeps the size and restores mtime and ctime (only by setting the clock) goes unseen; `--no-cache`
* reads everything.
*/
var WARM_CACHE_FILE = ".cockpit-warm-cache.json";
var FORMAT = 1;
var RACY_WINDOW_MS = 2e3;
var RACY = "racy";
/** The path's signature now; without `walkedAtMs` no racy rule (for the lake's own records, checked by digest too); `racy` when it changed too close to `walkedAtMs` to be told apart from a later edit. */
function signatureOf(absolute, walkedAtMs) {
	let info;
	try {
		info = statSync(absolute, {
			bigint: true,
			throwIfNoEntry: false
		});
	} catch {
		return "-";
	}
	if (!info) return "-";
	const limit = walkedAtMs === void 0 ? void 0 : BigInt(walkedAtMs - RACY_WINDOW_MS) * 1000000n;
	if (limit !== void 0 && (info.mtimeNs >= limit || info.ctimeNs >= limit)) return RACY;
	return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.isDirectory() ? "d" : info.isFile() ? "f" : "o"}`;
}
/** Collects the folders a walk lists and the ignore files in them (pass `onDirectory` to listFiles). */
function walkRecorder() {
	const dirs = [];
	const ignoreFiles = [];
	return {
		dirs,
		ignoreFiles,
		onDirectory(directory, names) {
			dirs.push(directory);
			for (const name of [".gitignore", ".cockpitignore"]) if (names.has(name)) ignoreFiles.push(path.join(directory, name));
		}
	};
}
function takeSnapshot(root, walkedAtMs, dirs, files) {
	const signatures = /* @__PURE__ */ new Map();
	for (const file of files) signatures.set(toPosixRelative(root, file), signatureOf(file, walkedAtMs));
	return {
		walkedAtMs,
		dirs: [...dirs].sort().map((dir) => [toPosixRelative(root, dir), signatureOf(dir, walkedAtMs)]),
		files: signatures
	};
}
/**
* Everything besides the tree that decides a fleet's reports: tool version, this build (a rebuilt tool may
* carry other rules under the same version), settings, where the lake is, and the root cockpit.yaml.
*/
function fleetKey(inputs, walkedAtMs) {
	const rootConfig = inputs.configFile ? [signatureOf(inputs.configFile, walkedAtMs)] : CONFIG_FILE_NAMES.map((name) => signatureOf(path.join(inputs.root, name), walkedAtMs));
	if (rootConfig.includes(RACY)) return `racy ${walkedAtMs} ${Math.random()}`;
	return JSON.stringify({
		tool: TOOL_VERSION,
		build: buildSignature(),
		root: path.resolve(inputs.root),
		rootName: inputs.rootName,
		lake: path.resolve(inputs.lakeDir),
		maxFileBytes: inputs.maxFileBytes,
		excludeDirs: [...inputs.excludeDirs],
		useGitignore: inputs.useGitignore,
		...inputs.configFile ? { configFile: inputs.configFile } : {},
		rootConfig
	});
}
function readWarmCache(lakeDir) {
	try {
		const cache = JSON.parse(readFileSync(path.join(lakeDir, WARM_CACHE_FILE), "utf8"));
		return cache.format === FORMAT && Array.isArray(cache.dirs) && Array.isArray(cache.files) && Array.isArray(cache.codeFacts) && Array.isArray(cache.agents) ? cache : void 0;
	} catch {
		return;
	}
}
async function writeWarmCache(lakeDir, cache) {
	await writeFileAtomic(path.join(lakeDir, WARM_CACHE_FILE), JSON.stringify({
		format: FORMAT,
		...cache
	}));
}
function latestPath(lakeDir, id) {
	return path.join(lakeDir, id, "latest.json");
}
function previousRun(lakeDir) {
	const cache = readWarmCache(lakeDir);
	return cache && {
		agents: new Map(cache.agents.map((agent) => [agent.id, agent])),
		files: new Map(cache.files),
		codeFacts: new Map(cache.codeFacts)
	};
}
/** Whether a file's signature now is the one the previous run noted (and was not racy then). */
function unchangedFile(previous, relative, snapshot) {
	return holds(previous.files.get(relative), snapshot.files.get(relative));
}
/** Whether a signature still stands: equal and never `racy` or missing. */
function holds(cached, current) {
	return cached !== void 0 && cached === current && cached !== RACY && cached !== "-";
}
/**
* The full run's shortcut for one agent: its previous content hash still holds when its file list is the same
* and every file's signature matches the cache's. The caller checks the record's digests against `cached`.
*/
function reusableAgent(previous, id, files, snapshot) {
	const cached = previous?.agents.get(id);
	if (!cached || cached.files.length !== files.length) return void 0;
	for (let index = 0; index < files.length; index++) {
		const file = files[index];
		if (cached.files[index] !== file || !unchangedFile(previous, file, snapshot)) return void 0;
	}
	return cached;
}
/**
* An agent's `latest.json` without schema validation, when its signature is the one the cache noted beside the
* record this run validated or wrote and its digests are the cached ones; else undefined (read it the full way).
*/
function trustedLatest(lakeDir, agent) {
	const latest = latestPath(lakeDir, agent.id);
	if (!holds(agent.latest, signatureOf(latest, void 0))) return void 0;
	let record;
	try {
		record = JSON.parse(readFileSync(latest, "utf8"));
	} catch {
		return;
	}
	const version = record.tool?.version;
	if (record.contentHash !== agent.contentHash || record.configDigest !== agent.configDigest || !record.agent || typeof version !== "string") return void 0;
	return {
		contentHash: agent.contentHash,
		configDigest: agent.configDigest,
		tool: { version },
		agent: record.agent
	};
}
/**
* The warm path: the fleet's reports from the lake when nothing under the root changed (only stats and the
* lake's own records are read), else undefined and the caller runs the full audit.
*/
function warmFleetReports(inputs) {
	const cache = readWarmCache(inputs.lakeDir);
	const now = Date.now();
	if (!cache || cache.key !== fleetKey(inputs, now)) return void 0;
	for (const [dir, signature] of cache.dirs) if (!holds(signature, signatureOf(path.join(inputs.root, dir), now))) return void 0;
	for (const [file, signature] of cache.files) if (!holds(signature, signatureOf(path.join(inputs.root, file), now))) return void 0;
	const reports = [];
	for (const agent of cache.agents) {
		const record = trustedLatest(inputs.lakeDir, agent);
		if (!record) return void 0;
		reports.push(record.agent);
	}
	return {
		reports,
		files: cache.files.length,
		dirs: cache.dirs.length
	};
}
export { previousRun as a, takeSnapshot as c, walkRecorder as d, warmFleetReports as f, latestPath as i, trustedLatest as l, WARM_CACHE_FILE as n, reusableAgent as o, writeWarmCache as p, fleetKey as r, signatureOf as s, RACY_WINDOW_MS as t, unchangedFile as u };
