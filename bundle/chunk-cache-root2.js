// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { statSync } from "node:fs";
import { homedir } from "node:os";
// src/util/cache-root.ts
/** `COCKPIT_CACHE_DIR`, else `$XDG_CACHE_HOME/agentops-cockpit`, else `~/.cache/agentops-cockpit`. */
function defaultCacheDir(env) {
	if (env["COCKPIT_CACHE_DIR"]) return path.resolve(env["COCKPIT_CACHE_DIR"]);
	const base = env["XDG_CACHE_HOME"] || path.join(env["HOME"] || homedir(), ".cache");
	return path.join(base, "agentops-cockpit");
}
/**
* This build of the tool, for cache keys: a rebuilt tool may carry other rules under the same version. Every build
* writes this module again (tsc and the bundle alike), so its size and mtime change with the build.
*/
function buildSignature() {
	const stat = statSync(fileURLToPath(import.meta.url), {
		bigint: true,
		throwIfNoEntry: false
	});
	return stat ? `${stat.size}:${stat.mtimeNs}` : "";
}
export { defaultCacheDir as n, buildSignature as t };
