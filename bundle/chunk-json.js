// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/report/json.ts
function formatJson(report) {
	return `${JSON.stringify(report, null, 2)}\n`;
}
export { formatJson };
