// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as defaultCacheDir, t as buildSignature } from "./chunk-cache-root2.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import { createHash } from "node:crypto";
import path from "node:path";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
// src/config/config-cache.ts
var RACY_MS = 2e3;
var FORMAT = 1;
function keyOf(file) {
	const stat = lstatSync(file, {
		bigint: true,
		throwIfNoEntry: false
	});
	if (!stat?.isFile()) return void 0;
	return {
		key: JSON.stringify([
			FORMAT,
			TOOL_VERSION,
			buildSignature(),
			path.resolve(file),
			`${stat.size}`,
			`${stat.ino}`,
			`${stat.mtimeNs}`,
			`${stat.ctimeNs}`
		]),
		changedMs: Number(stat.ctimeNs > stat.mtimeNs ? stat.ctimeNs : stat.mtimeNs) / 1e6
	};
}
function entryPath(folder, file) {
	return path.join(folder, `${createHash("sha256").update(path.resolve(file)).digest("hex").slice(0, 32)}.json`);
}
/** Every key path of an object tree (arrays are leaves: no setting is addressed inside one). */
function keyPaths(value, prefix = []) {
	if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
	return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...keyPaths(child, [...prefix, key])]);
}
function fromCache(entry, shownPath) {
	const positions = new Map(entry.positions.map(([key, line, column]) => [key, {
		line,
		column
	}]));
	return {
		config: entry.config,
		shownPath,
		positionOf(keyPath) {
			for (let depth = keyPath.length; depth > 0; depth--) {
				const found = positions.get(keyPath.slice(0, depth).join("\0"));
				if (found) return found;
			}
			return {
				line: 1,
				column: 1
			};
		}
	};
}
/** loadCockpitFile, answered from the cache when the file has not changed since it was last validated. */
async function loadCockpitFileCached(file, shownPath, env = process.env, now = Date.now()) {
	const signature = keyOf(file);
	const folder = path.join(defaultCacheDir(env), "config");
	const entry = signature ? entryPath(folder, file) : void 0;
	if (signature && entry) try {
		const cached = JSON.parse(readFileSync(entry, "utf8"));
		if (cached.key === signature.key) return fromCache(cached, shownPath);
	} catch {}
	const { loadCockpitFile } = await import("./chunk-load-file.js");
	const loaded = await loadCockpitFile(file, shownPath);
	if (signature && entry && now - signature.changedMs > RACY_MS) {
		const positions = keyPaths(loaded.config).map((keys) => {
			const at = loaded.positionOf(keys);
			return [
				keys.join("\0"),
				at.line,
				at.column
			];
		});
		const temp = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		try {
			mkdirSync(folder, { recursive: true });
			writeFileSync(temp, JSON.stringify({
				key: signature.key,
				config: loaded.config,
				positions
			}));
			renameSync(temp, entry);
		} catch {
			rmSync(temp, { force: true });
		}
	}
	return loaded;
}
export { loadCockpitFileCached };
