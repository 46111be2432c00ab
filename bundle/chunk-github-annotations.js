// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as redactText } from "./chunk-sensitive-spans.js";
import { r as joinPrefix } from "./chunk-compact2.js";
function escapeData(value) {
	return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
	return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** One workflow command; properties in the order the docs show them, absent ones left out. */
function workflowAnnotation(level, message, properties = {}) {
	const props = [
		["file", properties.file],
		["line", properties.line],
		["endLine", properties.endLine],
		["col", properties.col],
		["title", properties.title]
	].filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
	return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}\n`;
}
/** A finding's severity as a workflow command's level. */
var ANNOTATION_LEVELS = {
	error: "error",
	warning: "warning",
	note: "notice"
};
/**
* The annotation of one finding: the rule as title, the message and the fix advice as text. Text from the
* audit is run through the secret redaction once more, so no credential reaches the log in full.
*/
function findingAnnotation(finding, rootPrefix) {
	const advice = finding.remediation ? ` Fix: ${finding.remediation}` : "";
	return workflowAnnotation(ANNOTATION_LEVELS[finding.severity], redactText(`${finding.message}${advice}`), {
		file: joinPrefix(rootPrefix, finding.file),
		line: finding.region.startLine,
		...finding.region.endLine > finding.region.startLine ? { endLine: finding.region.endLine } : {},
		col: finding.region.startColumn,
		title: `AgentOps Cockpit: ${finding.ruleId}`
	});
}
/**
* Annotations for the findings that count for the gate (baselined findings and those outside the
* changes are not annotated), at most `limits[level]` of each level, secrets and personal data first.
*/
function reportAnnotations(report, rootPrefix, limits = {}) {
	const used = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const lines = [];
	let omitted = 0;
	const securityFirst = (finding) => finding.category === "secret" || finding.category === "pii" ? 0 : 1;
	const findings = report.agents.flatMap((agent) => agent.findings).sort((a, b) => securityFirst(a) - securityFirst(b));
	for (const finding of findings) {
		const level = ANNOTATION_LEVELS[finding.severity];
		if (used[level] >= (limits[level] ?? 10)) {
			omitted++;
			continue;
		}
		used[level]++;
		lines.push(findingAnnotation(finding, rootPrefix));
	}
	return {
		lines,
		omitted
	};
}
export { reportAnnotations as n, workflowAnnotation as r, ANNOTATION_LEVELS as t };
