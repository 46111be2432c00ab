// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/plural.ts
/**
* `1 file`, `3 files`, `2 fixes`: a count and its noun, for every text the cockpit writes (reports,
* MCP results, the Action summary, the dashboard). No imports: the dashboard bundles this file.
*/
function plural(count, noun, nouns = `${noun}s`) {
	return `${count} ${count === 1 ? noun : nouns}`;
}
export { plural as t };
