// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/source/line-index.ts
/** Maps UTF-16 offsets to 1-based line and column numbers with a binary search over line starts. */
var LineIndex = class {
	text;
	lineStarts;
	constructor(text) {
		this.text = text;
		const starts = [0];
		let at = text.indexOf("\n");
		while (at !== -1) {
			starts.push(at + 1);
			at = text.indexOf("\n", at + 1);
		}
		this.lineStarts = starts;
	}
	get lineCount() {
		return this.lineStarts.length;
	}
	/** 1-based line and column of an offset. */
	position(offset) {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const middle = low + high + 1 >> 1;
			if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return {
			line: low + 1,
			column: offset - (this.lineStarts[low] ?? 0) + 1
		};
	}
	/** Offset of the first character of a 1-based line. */
	lineStart(line) {
		return this.lineStarts[line - 1] ?? this.text.length;
	}
	/** Text of a 1-based line without its line break. */
	lineText(line) {
		const start = this.lineStart(line);
		const next = this.lineStarts[line];
		const end = next === void 0 ? this.text.length : next - 1;
		const raw = this.text.slice(start, end);
		return raw.endsWith("\r") ? raw.slice(0, -1) : raw;
	}
};
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
export { LineIndex as i, redactedPieces as n, snippetOf as r, redactedLine as t };
