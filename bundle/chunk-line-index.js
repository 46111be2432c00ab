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
export { LineIndex as t };
