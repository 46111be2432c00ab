// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { r as ruleById } from "./chunk-rules.js";
import { n as PERSONA_LABELS } from "./chunk-labels.js";
import { n as renderTableRows } from "./chunk-table.js";
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
import { t as plural } from "./chunk-plural.js";
import { createColors } from "picocolors";
// src/report/heal-text.ts
function colourDiff(colors, diff) {
	return diff.split("\n").filter((line, index) => !(index === 0 && line.startsWith("Index:")) && !/^={3,}$/.test(line)).map(escapeForTerminal).map((line) => {
		if (line.startsWith("+++") || line.startsWith("---")) return colors.bold(line);
		if (line.startsWith("@@")) return colors.cyan(line);
		if (line.startsWith("+")) return colors.green(line);
		if (line.startsWith("-")) return colors.red(line);
		return line;
	});
}
/**
* The Dry Run Dashboard (and, after `--heal`, the record of what changed): a table of fixes, a
* coloured unified diff per file, and totals.
*/
/** Columns when the terminal does not say (piped output, CI logs). */
var DEFAULT_WIDTH = 100;
/** From this width the table has room for full paths, full rule ids and the persona. */
var WIDE = 160;
var FILE_CELL = 26;
var RULE_CELL = 28;
/** `…/tools/arxiv_search.py`: the end of a path is the part that tells files apart. */
function shortenStart(text, max) {
	return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
function shortenEnd(text, max) {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function formatHealPlan(plan, options) {
	const colors = createColors(options.color);
	const width = Math.max(60, (options.width ?? DEFAULT_WIDTH) - 2);
	const withPersona = width >= WIDE;
	const rows = plan.files.flatMap((change) => change.fixes.map((fix) => {
		const rule = ruleById(fix.ruleId);
		const status = change.skipped ? "skipped" : options.applied ? "applied" : "planned";
		return [
			...[
				withPersona ? change.file : shortenStart(change.file, FILE_CELL),
				withPersona ? fix.ruleId : shortenEnd(fix.ruleId, RULE_CELL),
				fix.description
			],
			...withPersona ? [rule ? PERSONA_LABELS[rule.persona] : "–"] : [],
			status
		];
	}));
	const title = options.applied ? "Heal" : "Dry Run Dashboard";
	const lines = [colors.bold(`${title}: ${plural(plan.totals.fixes, "fix", "fixes")} in ${plural(plan.totals.files, "file")}`), ""];
	if (rows.length > 0) {
		const headers = [
			"File",
			"Rule",
			"What changes",
			...withPersona ? ["Persona"] : [],
			"Status"
		];
		const [header, ...body] = renderTableRows(headers, rows, headers.map((_, index) => index), width);
		lines.push(...header.map((line) => `  ${colors.dim(line)}`), ...body.flat().map((line) => `  ${line}`), "");
	}
	for (const change of plan.files) {
		const file = escapeForTerminal(change.file);
		if (change.skipped) {
			lines.push(colors.yellow(`${file}: ${change.skipped}`), "");
			continue;
		}
		for (const dropped of change.dropped) lines.push(colors.yellow(`${file}: ${dropped.ruleId} (${dropped.description}) not applied: ${dropped.reason}`));
		if (change.diff) lines.push(...colourDiff(colors, change.diff.trimEnd()), "");
	}
	for (const note of plan.notes) {
		const prefix = note.kind === "rotate-secret" ? colors.red(colors.bold("Rotate:")) : colors.yellow(colors.bold("Declare:"));
		lines.push(`${prefix} ${escapeForTerminal(note.text)}`);
	}
	if (plan.notes.length > 0) lines.push("");
	lines.push(`${colors.bold("Totals:")} ${plural(plan.totals.fixes, "fix", "fixes")}, ${plural(plan.totals.files, "file")}${plan.totals.dropped ? `, ${plan.totals.dropped} dropped (overlapping)` : ""}${plan.totals.skippedFiles ? `, ${plural(plan.totals.skippedFiles, "file")} skipped` : ""}; ${plural(options.remaining, "finding")} ${options.applied ? options.remaining === 1 ? "remains" : "remain" : "will remain"}` + (options.applied ? "" : colors.dim(" · dry run: nothing was written")));
	if (options.resolved !== void 0) lines.push(`Re-audit: ${plural(options.resolved, "finding")} resolved, ${options.remaining} ${options.remaining === 1 ? "remains" : "remain"}.`);
	if (options.branch) lines.push(`Committed on branch ${options.branch}.`);
	return `${lines.join("\n")}\n`;
}
export { formatHealPlan };
