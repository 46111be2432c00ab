// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/audit/snippet.ts
/** Snippets are one line; long lines (minified code, notebooks) are cut around the finding. */
var MAX_SNIPPET_CHARS = 200;
/** How much of a long line is kept before the focus. */
var FOCUS_LEAD = 60;
/** The line with every sensitive span on it replaced by its redaction, and the pieces it is made of. */
function redactedPieces(text, lineStart, lineEnd, sensitive) {
	const pieces = [];
	let shown = "";
	let cursor = lineStart;
	const plain = (to) => {
		pieces.push({
			rawStart: cursor,
			rawEnd: to,
			shownStart: shown.length,
			shownEnd: shown.length + (to - cursor),
			masked: false
		});
		shown += text.slice(cursor, to);
	};
	for (const span of sensitive) {
		if (span.end <= lineStart || span.start >= lineEnd) continue;
		const from = Math.max(span.start, lineStart);
		if (from < cursor) continue;
		plain(from);
		const to = Math.min(span.end, lineEnd);
		pieces.push({
			rawStart: from,
			rawEnd: to,
			shownStart: shown.length,
			shownEnd: shown.length + span.replacement.length,
			masked: true
		});
		shown += span.replacement;
		cursor = to;
	}
	plain(lineEnd);
	return {
		shown,
		pieces
	};
}
/**
* Where a long line is centred: the start of the last sensitive span at or before the focus, or the focus itself in
* the line's last stretch (the reckoning snippets have always used, so their text, and what is cut, stay the same).
*/
function shownFocus(pieces, focus) {
	let at = 0;
	for (const piece of pieces) if (piece.masked && focus >= piece.rawStart) at = piece.shownStart;
	const last = pieces.at(-1);
	if (last && focus >= last.rawStart) at = last.shownStart + (focus - last.rawStart);
	return at;
}
/**
* The shown line as a snippet: trailing blanks dropped, or a long line cut around the focus. A shown offset `o` of
* the whole line is `o + shift` in `text`, kept within [floor, limit].
*/
function snippetOf(shown, pieces, focus) {
	const full = shown.replace(/\r$/, "");
	if (full.length <= MAX_SNIPPET_CHARS) {
		const text = full.trimEnd();
		return {
			text,
			shift: 0,
			floor: 0,
			limit: text.length
		};
	}
	const start = Math.max(0, Math.min(shownFocus(pieces, focus) - FOCUS_LEAD, full.length - MAX_SNIPPET_CHARS));
	const prefix = start > 0 ? "…" : "";
	return {
		text: `${prefix}${full.slice(start, start + MAX_SNIPPET_CHARS)}${start + MAX_SNIPPET_CHARS < full.length ? "…" : ""}`,
		shift: prefix.length - start,
		floor: prefix.length,
		limit: prefix.length + MAX_SNIPPET_CHARS
	};
}
/**
* The text of one line with every sensitive span on it replaced by its redaction, so a snippet can
* never carry a secret, even one found by a different rule on the same line.
*/
function redactedLine(text, lineStart, lineEnd, sensitive, focus) {
	const { shown, pieces } = redactedPieces(text, lineStart, lineEnd, sensitive);
	return snippetOf(shown, pieces, focus).text;
}
export { redactedPieces as n, snippetOf as r, redactedLine as t };
