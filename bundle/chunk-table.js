// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
// src/report/table.ts
/**
* A plain aligned text table: first column left-aligned, numbers right-aligned. Colour is added by callers per row.
* Cells hold names from the audited tree (paths, packages), so control characters are made visible first.
*/
function renderTable(header, rows, leftAligned = [0]) {
	const safeRows = rows.map((row) => row.map(escapeForTerminal));
	const widths = header.map((title, column) => Math.max(title.length, ...safeRows.map((row) => (row[column] ?? "").length)));
	const render = (cells) => cells.map((cell, column) => leftAligned.includes(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column])).join("  ").trimEnd();
	return [render(header), ...safeRows.map(render)];
}
export { renderTable as t };
