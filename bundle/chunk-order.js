// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/findings/order.ts
/** The report order of findings: file, line, column, rule. */
function compareFindings(a, b) {
	return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
export { compareFindings as t };
