// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_TRIAGE } from "./chunk-default-path3.js";
import { i as withoutExcludedDirs } from "./chunk-change-set.js";
import { t as applyScope } from "./chunk-scope2.js";
import { t as checkScopeFlags } from "./chunk-scope-flags.js";
import path from "node:path";
import { existsSync } from "node:fs";
// src/baseline/prepare.ts
/** Reads the baseline and the git changes (and with --staged writes the snapshot) before the audit. */
async function prepareScope(root, given, flags, options) {
	let baseline;
	if (flags.baseline !== void 0) {
		const { readBaseline } = await import("./chunk-file.js");
		baseline = {
			shown: flags.baseline,
			file: await readBaseline(path.resolve(options.cwd, flags.baseline), flags.baseline)
		};
	}
	const triage = await loadTriage(root, flags, options.cwd, options.now ?? /* @__PURE__ */ new Date(), options.defaultTriage);
	const withBaseline = {
		...baseline ? { baseline } : {},
		...triage ? { triage } : {}
	};
	if (flags.staged) {
		const { stageSnapshot } = await import("./chunk-staged.js");
		const snapshot = await stageSnapshot(root, given, options.excludeDirs);
		return {
			auditRoot: snapshot.root,
			changes: snapshot.changes,
			...withBaseline,
			dispose: snapshot.dispose
		};
	}
	let changes;
	if (flags.changedSince !== void 0) {
		const { changesSince } = await import("./chunk-since.js");
		changes = withoutExcludedDirs(await changesSince(root, given, flags.changedSince), options.excludeDirs);
	}
	return {
		auditRoot: root,
		...changes ? { changes } : {},
		...withBaseline,
		dispose: async () => void 0
	};
}
function scopeActive(scope) {
	return scope.changes !== void 0 || scope.baseline !== void 0 || scope.triage !== void 0;
}
/** The triage file's decisions in force and lapsed; undefined without a file (the default one is optional). */
async function loadTriage(root, flags, cwd, now, defaultTriage) {
	const file = flags.triage !== void 0 ? path.resolve(cwd, flags.triage) : path.join(root, ...DEFAULT_TRIAGE.split("/"));
	if (flags.triage === void 0 && (!defaultTriage || !existsSync(file))) return void 0;
	const { readTriage } = await import("./chunk-file3.js");
	const shown = flags.triage ?? (path.relative(cwd, file).split(path.sep).join("/") || file);
	const triage = await readTriage(file, flags.triage !== void 0 ? `--triage ${shown}` : shown, { missingOk: flags.triage === void 0 });
	if (!triage) return void 0;
	const { triageInForce } = await import("./chunk-decisions.js");
	return {
		shown,
		...triageInForce(triage, now)
	};
}
/** Applies the scope to the audited report, each agent under its gate (`gates` holds one for every agent). */
function finishScope(report, scope, gates) {
	return applyScope(report, {
		gates,
		...scope.changes ? { changes: scope.changes } : {},
		...scope.baseline ? { baseline: scope.baseline } : {},
		...scope.triage ? { triage: scope.triage } : {}
	});
}
export { checkScopeFlags, finishScope, prepareScope, scopeActive };
