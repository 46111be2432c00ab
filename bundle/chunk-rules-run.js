// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as closeRuleMatches } from "./chunk-rules3.js";
import { n as PERSONA_LABELS } from "./chunk-labels.js";
import { t as ruleDocument } from "./chunk-rule-docs.js";
import { t as renderTable } from "./chunk-table.js";
import { n as RULES, r as ruleById } from "./chunk-rules.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import { t as CockpitError } from "./chunk-errors2.js";
// src/cli/commands/rules-run.ts
/** `ops rules [ID]`: the rule catalog from the same metadata docs/RULES.md is generated from. */
async function runRules(id, flags, io) {
	const format = flags.format ?? "text";
	if (format !== "text" && format !== "json") throw new CockpitError(`--format: unknown format '${redactQuoted(format)}' (expected text, json)`);
	if (id === void 0) {
		io.stdout(format === "json" ? `${JSON.stringify(RULES.map(ruleSummary), null, 2)}\n` : ruleList(RULES));
		return 0;
	}
	const rule = ruleById(id.trim());
	if (!rule) {
		const close = closeRuleMatches(id, RULES, 3);
		throw new CockpitError(`unknown rule '${redactQuoted(id)}'${close.length > 0 ? ` (did you mean ${close.map((near) => `'${near}'`).join(", ")}?)` : ""}; \`ops rules\` lists them all`);
	}
	const renamed = rule.id === id.trim() ? "" : `${id.trim()} is the former id of ${rule.id}; it still works in suppressions and cockpit.yaml.\n\n`;
	io.stdout(format === "json" ? `${JSON.stringify(ruleDocument(rule), null, 2)}\n` : renamed + ruleText(rule));
	return 0;
}
function ruleSummary(rule) {
	return {
		id: rule.id,
		severity: rule.severity,
		category: rule.category,
		persona: rule.persona,
		fixability: rule.fixability,
		summary: rule.title
	};
}
function ruleList(rules) {
	const [header, ...rows] = renderTable([
		"Rule",
		"Severity",
		"Category",
		"Summary"
	], rules.map((rule) => [
		rule.id,
		rule.severity,
		rule.category,
		rule.title
	]), [
		0,
		1,
		2,
		3
	]);
	return `${header}\n${rows.join("\n")}\n\n${rules.length} rules. Explain one: ops rules RULE-ID\n`;
}
/** A rule's documentation for the terminal: what and why, the fix, then how to configure or suppress it. */
function ruleText(rule) {
	return `${[
		`${rule.id}: ${rule.title}`,
		`${PERSONA_LABELS[rule.persona]} · ${rule.category} · ${rule.severity} · ${rule.fixability} · precision ${rule.precision}` + (rule.frameworks && rule.frameworks.length > 0 ? ` · ${rule.frameworks.join(", ")}` : ""),
		"",
		"What and why:",
		`  ${rule.description}`,
		"",
		"Fix:",
		`  ${rule.remediation}`,
		...rule.knows && rule.knows.length > 0 ? [
			"",
			"Checked against:",
			...rule.knows.map((entry) => `  - ${entry}`)
		] : [],
		...rule.options && rule.options.length > 0 ? [
			"",
			"Options (cockpit.yaml):",
			...rule.options.map((option) => `  ${option.name} (default ${JSON.stringify(option.default)}): ${option.description}`)
		] : [],
		"",
		"Examples:",
		`  # cockpit: ignore[${rule.id}] why this one is safe      (suppress one finding, on its line or the line before)`,
		`  rules: { ${rule.id}: warning }                            (cockpit.yaml: change its severity, or off)`,
		...rule.docs ? ["", `Docs: ${rule.docs}`] : [],
		...rule.tags.length > 0 ? [`Tags: ${rule.tags.join(" ")}`] : []
	].join("\n")}\n`;
}
export { runRules };
