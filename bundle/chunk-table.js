// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
// src/report/table.ts
/**
* A plain aligned text table: first column left-aligned, numbers right-aligned. Colour is added by callers per row.
* Cells hold names from the audited tree (paths, packages), so control characters are made visible first.
*/
function renderTable(header, rows, leftAligned = [0]) {
	return renderTableRows(header, rows, leftAligned).map((lines) => lines[0]);
}
/** The narrowest a wrapped column gets: a short path still reads. */
var MIN_WRAPPED_WIDTH = 8;
var GAP = 2;
/** Continuation lines of a wrapped cell start this far in, so they read as part of the cell above. */
var HANGING_INDENT = "  ";
/** Splits a cell into lines of at most `width`, after a `/`, space, `,` or `-` when one is near the end. */
function wrapCell(cell, width) {
	const lines = [];
	let rest = cell;
	let room = width;
	while (rest.length > room) {
		const head = rest.slice(0, room);
		const breakAt = Math.max(head.lastIndexOf("/"), head.lastIndexOf(" "), head.lastIndexOf(","), head.lastIndexOf("-"));
		const cut = breakAt >= Math.floor(room / 2) ? breakAt + 1 : room;
		lines.push(rest.slice(0, cut).trimEnd());
		rest = rest.slice(cut).trimStart();
		room = Math.max(1, width - 2);
	}
	lines.push(rest);
	return lines.map((line, index) => index === 0 ? line : `${HANGING_INDENT}${line}`);
}
/**
* The header and each row as its lines. With `maxWidth`, the widest left-aligned (text) columns narrow until
* the table fits, and their cells wrap with a hanging indent; numbers never wrap.
*/
function renderTableRows(header, rows, leftAligned = [0], maxWidth) {
	const safeRows = rows.map((row) => row.map(escapeForTerminal));
	const widths = header.map((title, column) => Math.max(title.length, ...safeRows.map((row) => (row[column] ?? "").length)));
	if (maxWidth !== void 0) {
		const total = () => widths.reduce((sum, width) => sum + width, 0) + GAP * (widths.length - 1);
		const floor = (column) => Math.max(MIN_WRAPPED_WIDTH, header[column].length);
		while (total() > maxWidth) {
			const widest = leftAligned.filter((column) => widths[column] > floor(column)).sort((a, b) => widths[b] - widths[a])[0];
			if (widest === void 0) break;
			widths[widest] = widths[widest] - 1;
		}
	}
	const render = (cells) => {
		const wrapped = cells.map((cell, column) => leftAligned.includes(column) ? wrapCell(cell, widths[column]) : [cell]);
		const height = Math.max(...wrapped.map((lines) => lines.length));
		return Array.from({ length: height }, (_, line) => wrapped.map((lines, column) => {
			const text = lines[line] ?? "";
			return leftAligned.includes(column) ? text.padEnd(widths[column]) : text.padStart(widths[column]);
		}).join(" ".repeat(GAP)).trimEnd());
	};
	return [render(header), ...safeRows.map(render)];
}
export { renderTableRows as n, renderTable as t };
