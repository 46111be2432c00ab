// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/edit-distance.ts
/** Levenshtein distance, for "did you mean" suggestions on mistyped ids (two rows, O(a·b) time). */
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
export { editDistance as t };
