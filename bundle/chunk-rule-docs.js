// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-model.js";
import { n as PERSONA_LABELS } from "./chunk-labels.js";
import { n as RENAMED_RULE_IDS } from "./chunk-renamed-ids.js";
// src/report/rule-docs.ts
function formerIds(rule) {
	return [...RENAMED_RULE_IDS].filter(([, current]) => current === rule.id).map(([former]) => former);
}
/** A rule's explanation in Markdown, as docs/RULES.md and the dashboard show it (the persona when not grouped by it). */
function ruleExplanation(rule, options = {}) {
	const former = formerIds(rule);
	return [
		`**${rule.title}** · ${options.persona ? `${PERSONA_LABELS[rule.persona]} · ` : ""}${rule.severity} · ${rule.fixability} · precision ${rule.precision}` + (rule.frameworks && rule.frameworks.length > 0 ? ` · ${rule.frameworks.join(", ")}` : ""),
		"",
		rule.description,
		"",
		`*Remediation:* ${rule.remediation}`,
		...rule.knows && rule.knows.length > 0 ? [
			"",
			"*Knows:*",
			"",
			...rule.knows.map((entry) => `- ${entry}`)
		] : [],
		...rule.options && rule.options.length > 0 ? [
			"",
			`*Options* (cockpit.yaml: \`rules: { ${rule.id}: { options: { ... } } }\`):`,
			"",
			...rule.options.map((option) => `- \`${option.name}\` (default \`${JSON.stringify(option.default)}\`): ${option.description}`)
		] : [],
		...rule.docs ? ["", `*Docs:* ${rule.docs}`] : [],
		...former.length > 0 ? ["", `*Formerly:* ${former.map((id) => `\`${id}\``).join(", ")} (still honoured; see Renamed rules)`] : [],
		"",
		`*Tags:* ${rule.tags.map((tag) => `\`${tag}\``).join(" ")}`
	];
}
function ruleDocument(rule) {
	return {
		id: rule.id,
		title: rule.title,
		persona: rule.persona,
		category: rule.category,
		severity: rule.severity,
		fixability: rule.fixability,
		precision: rule.precision,
		description: rule.description,
		remediation: rule.remediation,
		tags: [...rule.tags],
		frameworks: [...rule.frameworks ?? []],
		...rule.docs ? { docsUrl: rule.docs } : {},
		...rule.securitySeverity !== void 0 ? { securitySeverity: rule.securitySeverity } : {},
		docs: ruleExplanation(rule, { persona: true }).join("\n")
	};
}
export { ruleDocument as t };
