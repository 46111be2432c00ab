// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as failsClosed, r as SKIP_FIX } from "./chunk-gate.js";
import { t as redactText } from "./chunk-sensitive-spans.js";
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
import { t as plural } from "./chunk-plural.js";
import { a as VERDICT_LABELS, o as entriesLabel } from "./chunk-labels.js";
import { t as blockingFindings } from "./chunk-blocking.js";
// src/report/compact.ts
function joinPrefix(prefix, file) {
	return prefix === "" || prefix === "." ? file : `${prefix.replace(/\/$/, "")}/${file}`;
}
function oneLine(text) {
	return escapeForTerminal(redactText(text.replace(/\s*\n\s*/g, " ")));
}
function compactFindingLine(finding, pathPrefix) {
	const where = `${joinPrefix(pathPrefix, finding.file)}:${finding.region.startLine}:${finding.region.startColumn}`;
	return `${escapeForTerminal(where)}: ${finding.severity} ${escapeForTerminal(finding.ruleId)} ${oneLine(finding.message)}`;
}
/** An agent that could not be audited, and files not read that may hold a secret: they block too. */
function failureLines(agent, pathPrefix) {
	const lines = [];
	if (agent.error) lines.push(`${escapeForTerminal(joinPrefix(pathPrefix, agent.path))}: error audit-failed ${oneLine(agent.error)}`);
	for (const skip of (agent.skipped ?? []).filter(failsClosed)) lines.push(`${escapeForTerminal(joinPrefix(pathPrefix, skip.path))}: error skipped/${skip.reason} not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`);
	return lines;
}
/** `Verdict: BLOCKED: … (exit 1) · 3 blocking findings in 2 of 400 agents`. */
function verdictLine(report) {
	const blocked = report.agents.filter((agent) => agent.exitCode !== 0);
	const blocking = report.agents.reduce((count, agent) => count + blockingFindings(agent).length, 0);
	const detail = blocked.length === 0 ? `${plural(report.summary.findings, "finding")} in ${entriesLabel(report.agents)}, none blocking` : `${plural(blocking, "blocking finding")} in ${blocked.length} of ${entriesLabel(report.agents)}`;
	return `Verdict: ${VERDICT_LABELS[report.verdict]} (exit ${report.exitCode}) · ${detail}`;
}
function formatCompact(report, options) {
	const lines = [];
	for (const agent of report.agents) {
		const findings = options.blockingOnly ? blockingFindings(agent) : agent.findings;
		lines.push(...findings.map((finding) => compactFindingLine(finding, options.pathPrefix)), ...failureLines(agent, options.pathPrefix));
	}
	if (options.verdict) lines.push(verdictLine(report));
	return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
export { verdictLine as i, formatCompact as n, joinPrefix as r, compactFindingLine as t };
