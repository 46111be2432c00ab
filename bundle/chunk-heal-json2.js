// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/report/heal-json.ts
/** The heal plan as the JSON report and the API give it: one redacted unified diff per file, its fixes, and totals. */
function healPlanJson(plan, dryRun) {
	return {
		dryRun,
		totals: plan.totals,
		notes: plan.notes,
		files: plan.files.map((change) => ({
			agent: change.agent,
			file: change.file,
			fixes: change.fixes,
			dropped: change.dropped,
			...change.skipped ? { skipped: change.skipped } : {},
			diff: change.diff
		}))
	};
}
export { healPlanJson as t };
