// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
// src/report/terminal-safe.ts
/**
* A copy of plain data (a report, a heal plan) with every string made safe for a terminal: file
* names, snippets, package names and messages quoting them come from the audited tree, and a name
* holding ANSI escapes, U+202E or a newline must not recolour the screen or forge a report line.
* Text formatters call it once on their input; JSON, SARIF and HTML keep the exact strings.
*/
function terminalSafe(value) {
	if (typeof value === "string") return escapeForTerminal(value);
	if (Array.isArray(value)) return value.map((item) => terminalSafe(item));
	if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, terminalSafe(item)]));
	return value;
}
export { terminalSafe as t };
