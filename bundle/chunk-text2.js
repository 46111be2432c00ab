// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SEVERITIES, i as PERSONAS } from "./chunk-kinds.js";
import { a as failsClosed, l as verdictRank, r as SKIP_FIX } from "./chunk-gate.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import { a as VERDICT_LABELS, i as SEVERITY_LABELS, n as PERSONA_LABELS, o as entriesLabel, r as REPOSITORY_LABEL, t as FLEET_VERDICT_LABELS } from "./chunk-labels.js";
import { n as isRepositoryEntry } from "./chunk-summary2.js";
import { t as plural } from "./chunk-plural.js";
import { n as renderTableRows } from "./chunk-table.js";
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import { t as agreementLine } from "./chunk-committee-text2.js";
import { createColors } from "picocolors";
// src/report/registry-text.ts
/** The "Package indexes" block of the text report: counts, refusals and the mirror that answered instead. */
function formatRegistryRun(colors, run) {
	const { packages } = run;
	const mode = run.mode === "offline" ? "offline, from the cache" : run.publicOnly ? "public mirrors only" : "online";
	const lines = [`${colors.bold("Package indexes")} ${colors.dim(`(${mode})`)}: ${plural(packages.checked, "package")} checked · ${packages.found} found · ${packages.missing} in no index · ${packages.unresolved} unresolved` + colors.dim(` · ${plural(run.requests, "request")}, ${run.fromCache} from cache`)];
	for (const failover of run.failovers) {
		const answered = failover.mirror ? `failed over to ${failover.mirror} (${failover.resolved.length} resolved${failover.unresolved.length ? `, ${failover.unresolved.length} not found there` : ""})` : colors.red("no mirror answered");
		lines.push(`  ${colors.yellow(`${failover.ecosystem} ${failover.index} ${failover.reason}`)} ${colors.dim(`[${failover.origin}]`)}: ${answered}`);
	}
	for (const warning of run.warnings) lines.push(colors.dim(`  warning: ${warning}`));
	return lines;
}
// src/report/first-sentence.ts
/** Abbreviations whose full stop does not end a sentence (remediation text uses "e.g." before code). */
var ABBREVIATIONS = /* @__PURE__ */ new Set([
	"e.g",
	"i.e",
	"etc",
	"vs",
	"cf",
	"approx",
	"incl",
	"esp",
	"resp",
	"no"
]);
/**
* The first sentence of a remediation, for the one-line `fix:` of the text report. A sentence ends at a
* full stop followed by white space, unless the stop closes an abbreviation ("e.g.", "i.e.", "etc.") or sits
* inside `inline code`; otherwise the whole text is the sentence.
*/
function firstSentence(text) {
	let inCode = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (character === "`") inCode = !inCode;
		if (inCode || character !== "." || !/\s/.test(text[index + 1] ?? "")) continue;
		const word = /([A-Za-z.]+)$/.exec(text.slice(0, index))?.[1] ?? "";
		if (ABBREVIATIONS.has(word.toLowerCase())) continue;
		return text.slice(0, index + 1);
	}
	return text;
}
// src/report/text.ts
function paintSeverity(colors, severity, text) {
	if (severity === "error") return colors.red(colors.bold(text));
	if (severity === "warning") return colors.yellow(colors.bold(text));
	return colors.cyan(text);
}
function kilobytes(bytes) {
	return bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function formatFinding(colors, finding) {
	const where = `${finding.file}:${finding.region.startLine}:${finding.region.startColumn}`;
	const lines = [`    ${paintSeverity(colors, finding.severity, finding.severity === "error" ? "✖" : finding.severity === "warning" ? "▲" : "•")} ${colors.bold(where)}  ${colors.dim(finding.ruleId)}`, `      ${finding.message}`];
	if (finding.snippet) lines.push(`      ${colors.dim("│")} ${colors.dim(finding.snippet.trim())}`);
	const agreement = agreementLine(finding);
	if (agreement) lines.push(`      ${colors.dim("votes:")} ${terminalSafe(agreement)}`);
	lines.push(`      ${colors.dim(`fix (${finding.fixability}):`)} ${firstSentence(finding.remediation)}`);
	return lines;
}
/** ` (2 binary-content, 1 lockfile)`: why files were skipped, most common first. */
function skipReasons(agent) {
	const counts = /* @__PURE__ */ new Map();
	for (const skip of agent.skipped ?? []) counts.set(skip.reason, (counts.get(skip.reason) ?? 0) + 1);
	if (counts.size === 0) return "";
	return ` (${[...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, count]) => `${count} ${reason}`).join(", ")})`;
}
function formatAgent(colors, agent) {
	const identity = isRepositoryEntry(agent) ? [REPOSITORY_LABEL] : [agent.language, agent.frameworks.length > 0 ? agent.frameworks.join(", ") : "no framework detected"];
	if (agent.entrypoint) identity.push(`entry ${agent.entrypoint}`);
	const lines = [`${colors.bold(agent.name)} ${colors.dim(`(${agent.path})`)} · ${identity.join(" · ")}`, colors.dim(`  ${plural(agent.stats.filesScanned, "file")} scanned (${kilobytes(agent.stats.bytesScanned)}), ${agent.stats.filesSkipped} skipped${skipReasons(agent)}`)];
	const unread = (agent.skipped ?? []).filter(failsClosed);
	for (const skip of unread) lines.push(`  ${colors.red(colors.bold("✖"))} ${colors.bold(skip.path)}  ${colors.dim(`skipped/${skip.reason}`)}`, `      not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`);
	for (const severity of SEVERITIES) {
		const ofSeverity = agent.findings.filter((finding) => finding.severity === severity);
		if (ofSeverity.length === 0) continue;
		lines.push("", `  ${paintSeverity(colors, severity, `${SEVERITY_LABELS[severity]} (${ofSeverity.length})`)}`);
		for (const persona of PERSONAS) {
			const ofPersona = ofSeverity.filter((finding) => finding.persona === persona);
			if (ofPersona.length === 0) continue;
			lines.push(`   ${colors.bold(PERSONA_LABELS[persona])}`);
			for (const finding of ofPersona) lines.push(...formatFinding(colors, finding));
		}
	}
	if (agent.suppressed.length > 0) {
		lines.push("", `  ${colors.dim(`Suppressed (${agent.suppressed.length}), not counted:`)}`);
		for (const finding of agent.suppressed) lines.push(colors.dim(`    ${finding.file}:${finding.region.startLine}  ${finding.ruleId}  (${finding.suppression?.reason ?? ""})`));
	}
	if (agent.error) lines.push("", `  ${colors.red(colors.bold(`✖ audit failed: ${agent.error}`))}`);
	else if (agent.findings.length === 0 && unread.length === 0) lines.push("", `  ${colors.green("✔ no findings")}`);
	return lines;
}
var VERDICT_WORDS = {
	approved: "approved",
	"approved-with-warnings": "approved, warnings",
	blocked: "BLOCKED"
};
/** The Persona Matrix: persona × severity, fixability and an approval verdict. */
function formatPersonaMatrix(colors, matrix, width) {
	const rows = PERSONAS.map((persona) => {
		const row = matrix[persona];
		return [
			PERSONA_LABELS[persona],
			row.error,
			row.warning,
			row.note,
			row.oneClick,
			row.structural,
			VERDICT_WORDS[row.verdict]
		].map(String);
	});
	const [header, ...body] = renderTableRows([
		"Persona",
		"error",
		"warning",
		"note",
		"one-click",
		"structural",
		"verdict"
	], rows, [0, 6], width !== void 0 ? width - 2 : void 0);
	return [
		colors.bold("Persona Matrix"),
		...header.map((line) => `  ${colors.dim(line)}`),
		...body.flatMap((lines, index) => {
			const verdict = matrix[PERSONAS[index]].verdict;
			return lines.map((line) => verdict === "blocked" ? colors.red(`  ${line}`) : verdict === "approved-with-warnings" ? colors.yellow(`  ${line}`) : `  ${line}`);
		})
	];
}
/** Above this many entries the fleet table lists the agents that did not pass and sums up the rest in one line. */
var FLEET_ROWS_IN_FULL = 20;
/**
* One row per agent: where it is, what it runs on, its verdict and counts by severity. A large fleet lists
* blocked and failed agents first (worst verdict first) and the passing ones as one line, `204 agents pass`.
* With a width (a terminal), wide cells wrap with a hanging indent so rows fit it.
*/
function formatFleetTable(colors, agents, width) {
	const summarised = agents.length > 20;
	const listed = summarised ? agents.filter((agent) => agent.verdict !== "pass").sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) : agents;
	const rows = listed.map((agent) => {
		const count = (severity) => String(agent.findings.filter((finding) => finding.severity === severity).length);
		return [
			isRepositoryEntry(agent) ? `${agent.path} (repository)` : agent.path,
			agent.frameworks.join(", ") || "–",
			FLEET_VERDICT_LABELS[agent.verdict],
			count("error"),
			count("warning"),
			count("note")
		];
	});
	const [header, ...body] = renderTableRows([
		"Agent",
		"Frameworks",
		"Verdict",
		"error",
		"warning",
		"note"
	], rows, [
		0,
		1,
		2
	], width !== void 0 ? width - 2 : void 0);
	const lines = [colors.bold(`Fleet (${entriesLabel(agents)})`), ...header.map((line) => `  ${colors.dim(line)}`)];
	body.forEach((rowLines, index) => {
		const verdict = listed[index].verdict;
		for (const line of rowLines) lines.push(verdict === "pass" ? `  ${line}` : colors.red(`  ${line}`));
	});
	if (summarised) {
		const passing = agents.filter((agent) => agent.verdict === "pass");
		const withFindings = passing.filter((agent) => agent.findings.length > 0).length;
		lines.push(colors.green(`  ${entriesLabel(passing)} pass`) + (withFindings > 0 ? colors.dim(` (${withFindings} with warnings or notes)`) : ""));
	}
	return lines;
}
function formatText(input, options) {
	const report = terminalSafe(input);
	const colors = createColors(options.color);
	const { summary } = report;
	const lines = [colors.bold(`AgentOps Cockpit ${TOOL_VERSION}`) + colors.dim(` · ${report.root}`), ""];
	for (const agent of report.agents) {
		if (options.fleet && agent.findings.length === 0 && agent.suppressed.length === 0 && !agent.error) continue;
		lines.push(...formatAgent(colors, agent), "");
	}
	if (options.fleet) lines.push(...formatFleetTable(colors, report.agents, options.width), "");
	lines.push(...formatPersonaMatrix(colors, summary.personaMatrix, options.width), "");
	if (report.registry) lines.push(...formatRegistryRun(colors, report.registry), "");
	const severities = SEVERITIES.map((severity) => `${summary.bySeverity[severity]} ${severity}`).join(", ");
	const categories = Object.entries(summary.byCategory).filter(([, count]) => count > 0).map(([category, count]) => `${category} ${count}`).join(", ");
	const timing = options.durationMs !== void 0 ? ` in ${Math.round(options.durationMs)} ms` : "";
	lines.push(`${colors.bold("Summary:")} ${plural(summary.findings, "finding")} (${severities})${categories ? ` · ${categories}` : ""} · one-click ${summary.byFixability["one-click"]}, structural ${summary.byFixability.structural}` + (summary.suppressed > 0 ? ` · ${summary.suppressed} suppressed` : ""), colors.dim(`${entriesLabel(report.agents)} audited${timing}`));
	const fixable = report.agents.reduce((count, agent) => count + agent.findings.filter((finding) => finding.fix !== void 0).length, 0);
	if (fixable > 0 && options.healCommand) lines.push(`${plural(fixable, "finding has a fix", "findings have fixes")}: ${options.healCommand}`);
	const verdict = `${VERDICT_LABELS[report.verdict]} (exit ${report.exitCode})`;
	lines.push(`${colors.bold("Verdict:")} ${report.exitCode === 0 ? colors.green(verdict) : colors.red(colors.bold(verdict))}`);
	return `${lines.join("\n")}\n`;
}
export { FLEET_ROWS_IN_FULL, formatText };
