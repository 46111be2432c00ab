// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { lstat } from "node:fs/promises";
import path from "node:path";
// src/config/root-config.ts
/** True when nothing is at `file`; any other answer (a file, a link, an error) is left to the loader to judge. */
async function absent(file) {
	try {
		await lstat(file);
		return false;
	} catch (error) {
		return error.code === "ENOENT";
	}
}
/**
* The cockpit.yaml (or .yml) in `root`, validated; undefined when there is none. The YAML parser,
* the schema (zod) and the rule catalog load only when a file is there to validate.
*/
async function loadRootConfig(root) {
	for (const name of CONFIG_FILE_NAMES) {
		const file = path.join(root, name);
		if (await absent(file)) continue;
		const { loadCockpitFileCached } = await import("./chunk-config-cache.js");
		try {
			return await loadCockpitFileCached(file, name);
		} catch (error) {
			if (error instanceof Error && / cannot be read \(ENOENT\)$/.test(error.message)) continue;
			throw error;
		}
	}
}
/**
* The fleet's file: the one `--config` names (which must load: a missing or broken file is exit 3), else the
* cockpit.yaml in `root`.
*/
async function loadFleetConfig(root, configFile) {
	if (!configFile) return loadRootConfig(root);
	const { loadCockpitFileCached } = await import("./chunk-config-cache.js");
	return loadCockpitFileCached(configFile.path, configFile.shown);
}
export { loadRootConfig as n, loadFleetConfig as t };
