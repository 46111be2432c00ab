// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as loadRootConfig, t as loadFleetConfig } from "./chunk-root-config2.js";
import path from "node:path";
import { existsSync } from "node:fs";
// src/config/single-agent-policy.ts
async function fleetFileAbove(agentRoot) {
	for (let folder = agentRoot;;) {
		if (existsSync(path.join(folder, ".git"))) return void 0;
		const parent = path.dirname(folder);
		if (parent === folder) return void 0;
		folder = parent;
		const loaded = await loadRootConfig(folder);
		if (loaded) return loaded;
	}
}
/** With `configFile` (`--config`), that file is the fleet's and nothing is searched for above the agent. */
async function singleAgentPolicy(agentRoot, configFile) {
	const own = configFile && path.resolve(configFile.path) === path.resolve(agentRoot, path.basename(configFile.path)) ? void 0 : await loadRootConfig(agentRoot);
	const above = configFile ? await loadFleetConfig(agentRoot, configFile) : await fleetFileAbove(agentRoot);
	const { agentPolicy, rootPolicy } = await import("./chunk-policy2.js");
	const gitignore = own?.config.gitignore ?? above?.config.gitignore;
	const maxFixFiles = own?.config.max_fix_files ?? above?.config.max_fix_files;
	const settings = {
		...gitignore !== void 0 ? { gitignore } : {},
		...maxFixFiles !== void 0 ? { max_fix_files: maxFixFiles } : {}
	};
	if (!above) return {
		policy: rootPolicy(own?.config),
		violations: [],
		settings
	};
	const { policy, violations } = agentPolicy(above.config, own);
	return {
		policy,
		violations,
		settings
	};
}
export { singleAgentPolicy as t };
