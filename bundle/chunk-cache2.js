// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
// src/registry/resolve/cache.ts
/** `COCKPIT_CACHE_DIR`, else `$XDG_CACHE_HOME/agentops-cockpit`, else `~/.cache/agentops-cockpit`. */
function defaultCacheDir(env) {
	if (env["COCKPIT_CACHE_DIR"]) return path.resolve(env["COCKPIT_CACHE_DIR"]);
	const base = env["XDG_CACHE_HOME"] || path.join(env["HOME"] || homedir(), ".cache");
	return path.join(base, "agentops-cockpit");
}
/**
* One small JSON file per (index, package) under `<dir>/registry/`, written atomically so concurrent runs never
* see a torn entry. Keys hash the index URL without credentials, so no secret reaches the disk.
*/
function diskCache(dir, ttlMs, now = Date.now) {
	const file = (ecosystem, indexUrl, name) => path.join(dir, "registry", `${sha256Hex(`${ecosystem}\0${indexUrl.replace(/\/+$/, "")}\0${name}`).slice(0, 40)}.json`);
	return {
		async get(ecosystem, indexUrl, name, options = {}) {
			let entry;
			try {
				entry = JSON.parse(await readFile(file(ecosystem, indexUrl, name), "utf8"));
			} catch {
				return;
			}
			if (entry.version !== 1 || typeof entry.fetchedAt !== "number" || !entry.answer) return void 0;
			if (!options.stale && now() - entry.fetchedAt > ttlMs) return void 0;
			return entry.answer;
		},
		async put(ecosystem, indexUrl, name, answer) {
			const entry = {
				version: 1,
				fetchedAt: now(),
				answer
			};
			try {
				await writeFileAtomic(file(ecosystem, indexUrl, name), JSON.stringify(entry));
			} catch {}
		}
	};
}
export { diskCache as n, defaultCacheDir as t };
