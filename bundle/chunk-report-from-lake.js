// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as isStoreUrl } from "./chunk-url.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import path from "node:path";
// src/cli/commands/report-from-lake.ts
/** `--from-lake DIR|postgres://…`: the latest record of every agent, reported without an audit. */
async function reportFromLake(lakeArgument, cwd, env) {
	const { assembleReport } = await import("./chunk-build.js");
	if (isStoreUrl(lakeArgument)) {
		const { readStoreLatest } = await import("./chunk-open2.js");
		const { label, records } = await readStoreLatest(lakeArgument, env);
		if (records.length === 0) throw new CockpitError(`${label}: the store holds no agent records (push a lake first: ops lake push --to URL)`);
		return assembleReport(label, records.map((record) => record.agent));
	}
	const lake = path.resolve(cwd, lakeArgument);
	await requireDirectory(lake, lakeArgument);
	const { readAllLatest } = await import("./chunk-partitions2.js");
	const records = await readAllLatest(lake);
	if (records.length === 0) throw new CockpitError(`${lakeArgument}: the lake holds no agent records`);
	return assembleReport(displayRoot(lake, cwd), records.map((record) => record.agent));
}
export { reportFromLake };
