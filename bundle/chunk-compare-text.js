// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/compare-text.ts
/** Code-unit order, the same on every machine and locale (localeCompare is neither): for stable sorts of paths and ids. */
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
export { compareText as t };
