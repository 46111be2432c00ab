// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { t as AUDITOR_NAME } from "./chunk-kinds.js";
import path from "node:path";
// src/committee/run.ts
/**
* Whether the fleet's file could have a `committee:` section, from its text alone: most runs have none,
* and validating the file (YAML, zod, the rule catalog) would cost the warm path its start-up time.
*/
async function mayHaveCommittee(root, configFile) {
	const { readRegularFile } = await import("./chunk-read-regular-file.js");
	const { CONFIG_FILE_NAMES } = await import("./chunk-file-names.js");
	const candidates = configFile ? [configFile.path] : CONFIG_FILE_NAMES.map((name) => path.join(root, name));
	for (const file of candidates) try {
		if (/^["']?committee["']?\s*:/m.test(await readRegularFile(file, {
			shown: file,
			maxBytes: 1048576
		}))) return true;
	} catch {}
	return false;
}
/** `TOOL=FILE` of --import-sarif. */
function parseImportFlag(value) {
	const equals = value.indexOf("=");
	const tool = equals === -1 ? "" : value.slice(0, equals);
	const file = equals === -1 ? "" : value.slice(equals + 1);
	if (!file) throw new CockpitError(`--import-sarif: '${value}' is not TOOL=FILE (e.g. secretlint=secretlint.sarif)`);
	if (!AUDITOR_NAME.test(tool)) throw new CockpitError(`--import-sarif: '${tool}' is not an auditor name (letters, digits, . _ -, up to 64, not starting with cockpit-)`);
	return {
		tool,
		file
	};
}
async function committeeConfig(root, fleet, configFile) {
	if (!await mayHaveCommittee(root, configFile)) return void 0;
	const { loadFleetConfig, loadRootConfig } = await import("./chunk-root-config.js");
	return (fleet || configFile ? await loadFleetConfig(root, configFile) : await loadRootConfig(root))?.config.committee;
}
/** Reads the configuration and every SARIF file before the audit, so a bad file fails the run at once (exit 3). */
async function prepareCommittee(request) {
	const flags = request.importFlags.map(parseImportFlag);
	const config = await committeeConfig(request.root, request.fleet, request.configFile);
	if (flags.length === 0 && !config) return void 0;
	const fromConfig = Object.entries(config?.import_sarif ?? {}).map(([tool, file]) => ({
		tool,
		file: path.resolve(request.root, file),
		shown: file
	}));
	const fromFlags = flags.map(({ tool, file }) => ({
		tool,
		file: path.resolve(request.cwd, file),
		shown: file
	}));
	const requests = [...fromConfig, ...fromFlags];
	const seen = /* @__PURE__ */ new Set();
	for (const { tool } of requests) {
		if (seen.has(tool)) throw new CockpitError(`--import-sarif: the auditor '${tool}' is named twice; give each SARIF file its own name`);
		seen.add(tool);
	}
	const { readSarif } = requests.length > 0 ? await import("./chunk-sarif-import.js") : { readSarif: void 0 };
	const imports = readSarif ? await Promise.all(requests.map((each) => readSarif(each, request.root))) : [];
	const resolved = config ?? {};
	return {
		imports,
		config: resolved,
		apply: async (report, gates) => {
			const { applyCommittee } = await import("./chunk-apply.js");
			const reviewers = resolved.reviewers ?? [];
			const review = reviewers.length > 0 ? async (items) => {
				const [{ runReviewers }, { defaultCacheDir }] = await Promise.all([import("./chunk-reviewers.js"), import("./chunk-cache-root.js")]);
				const cacheDir = request.cacheDir !== void 0 ? path.resolve(request.cwd, request.cacheDir) : defaultCacheDir(request.env);
				return runReviewers(items, {
					reviewers,
					budget: resolved.budget ?? {},
					env: request.env,
					cacheDir
				});
			} : void 0;
			return applyCommittee({
				report,
				root: request.root,
				imports,
				quorum: resolved.quorum ?? {},
				gates,
				maxFileBytes: request.maxFileBytes,
				...review ? { review } : {}
			});
		}
	};
}
export { prepareCommittee };
