// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
// src/baseline/scope-flags.ts
/** Flag combinations that cannot work together; checked before anything is read. */
function checkScopeFlags(flags) {
	const changesFlag = flags.staged ? "--staged" : flags.changedSince !== void 0 ? "--changed-since" : void 0;
	if (flags.staged && flags.changedSince !== void 0) throw new CockpitError("--staged: not with --changed-since (staged changes are compared with HEAD)");
	if (flags.fromLake !== void 0) {
		const flag = changesFlag ?? (flags.baseline !== void 0 ? "--baseline" : flags.triage !== void 0 ? "--triage" : void 0);
		if (flag) throw new CockpitError(`${flag}: needs a folder to audit, not --from-lake`);
	}
	if (changesFlag && flags.heal) throw new CockpitError(`--heal: not with ${changesFlag} (heal the whole tree, then commit)`);
	if (flags.staged && flags.lake !== void 0) throw new CockpitError("--lake: not with --staged (a staged audit writes no lake)");
}
export { checkScopeFlags as t };
