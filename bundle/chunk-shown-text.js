// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as replaceSpans, i as redactSecret, r as shannonEntropy, t as scanSecrets } from "./chunk-scan.js";
// src/config/shown-text.ts
/**
* Text from a config file quoted in an error message (a key, an alias, the parser's own words):
* anything that looks like a credential is redacted first (a token pasted into `cockpit.yaml` as a
* key must not reach a CI log whole), and a long quote is cut to `maxChars`.
*/
/** Key-, token- and URL-shaped runs; linear: one character class, no alternation. */
var TOKEN_RUN = /[A-Za-z0-9_\-+/=.~:@%]{16,}/g;
/** A run of letters and digits without the look of a word or a rule id: random enough to be a key. */
function looksRandom(run) {
	return /[A-Za-z]/.test(run) && /\d/.test(run) && shannonEntropy(run) >= 3.5;
}
function redactQuoted(text, maxChars = 80) {
	const spans = scanSecrets(text).map((match) => ({
		start: match.start,
		end: match.end
	}));
	for (const match of text.matchAll(TOKEN_RUN)) {
		const start = match.index;
		const end = start + match[0].length;
		if (looksRandom(match[0]) && !spans.some((span) => span.start < end && start < span.end)) spans.push({
			start,
			end
		});
	}
	spans.sort((a, b) => a.start - b.start);
	const shown = replaceSpans(text, spans.map(({ start, end }) => ({
		start,
		end,
		replacement: redactSecret(text.slice(start, end))
	})));
	return shown.length > maxChars ? `${shown.slice(0, maxChars - 1)}…` : shown;
}
export { redactQuoted as t };
