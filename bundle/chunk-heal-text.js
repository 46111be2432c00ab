// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { i as ruleById } from "./chunk-rules.js";
import { n as PERSONA_LABELS } from "./chunk-labels.js";
import { t as renderTable } from "./chunk-table.js";
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
function formatHealPlan(plan, options) {
	const colors = createColors(options.color);
	const rows = plan.files.flatMap((change) => change.fixes.map((fix) => {
		const rule = ruleById(fix.ruleId);
		return [
			change.agent,
			change.file,
			fix.ruleId,
			fix.description,
			rule ? PERSONA_LABELS[rule.persona] : "–",
			change.skipped ? `skipped: ${change.skipped}` : options.applied ? "applied" : "planned"
		];
	}));
	const title = options.applied ? "Heal" : "Dry Run Dashboard";
	const lines = [colors.bold(`${title}: ${plural(plan.totals.fixes, "fix", "fixes")} in ${plural(plan.totals.files, "file")}`), ""];
	if (rows.length > 0) {
		const [header, ...body] = renderTable([
			"Agent",
			"File",
			"Rule",
			"What changes",
			"Persona",
			"Status"
		], rows, [
			0,
			1,
			2,
			3,
			4,
			5
		]);
		lines.push(`  ${colors.dim(header)}`, ...body.map((line) => `  ${line}`), "");
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
	lines.push(`${colors.bold("Totals:")} ${plan.totals.fixes} fixes, ${plan.totals.files} files${plan.totals.dropped ? `, ${plan.totals.dropped} dropped (overlapping)` : ""}${plan.totals.skippedFiles ? `, ${plan.totals.skippedFiles} files skipped` : ""}; ${options.remaining} findings ${options.applied ? "remain" : "will remain"}` + (options.applied ? "" : colors.dim(" · dry run: nothing was written")));
	if (options.resolved !== void 0) lines.push(`Re-audit: ${options.resolved} findings resolved, ${options.remaining} remain.`);
	if (options.branch) lines.push(`Committed on branch ${options.branch}.`);
	return `${lines.join("\n")}\n`;
}
export { formatHealPlan };
