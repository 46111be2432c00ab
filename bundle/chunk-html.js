// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as VERDICT_LABELS, i as SEVERITY_LABELS, n as PERSONA_LABELS, o as entriesLabel, r as REPOSITORY_LABEL, t as FLEET_VERDICT_LABELS } from "./chunk-labels.js";
import { t as plural } from "./chunk-plural.js";
import { i as SEVERITIES, r as PERSONAS, t as CATEGORIES } from "./chunk-kinds.js";
import { n as isRepositoryEntry } from "./chunk-summary2.js";
// src/report/html/escape.ts
var HTML_ESCAPES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
};
/**
* Escapes text for HTML element content and quoted attribute values alike. Every string that comes
* from an audited repository (paths, messages, snippets, reasons) goes through here.
*/
function escapeHtml(value) {
	return String(value).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}
function raw(html) {
	return { html };
}
function render(value) {
	if (typeof value === "string" || typeof value === "number") return escapeHtml(value);
	if (Array.isArray(value)) return value.map((part) => part.html).join("");
	return value.html;
}
function html(strings, ...values) {
	let out = strings[0] ?? "";
	values.forEach((value, index) => {
		out += render(value) + (strings[index + 1] ?? "");
	});
	return { html: out };
}
// src/report/html/extras.ts
/** A unified diff, one span per line so additions and removals keep their colour without any script. */
function diffBlock(diff) {
	const lines = diff.trimEnd().split("\n").filter((line, index) => !(index === 0 && line.startsWith("Index:")) && !/^={3,}$/.test(line));
	const classFor = (line) => line.startsWith("+++") || line.startsWith("---") ? "" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "";
	return html`<pre>${lines.map((line) => {
		const kind = classFor(line);
		return kind ? html`<span class="${kind}">${line}</span>` : html`<span>${line}</span>`;
	})}</pre>`;
}
/** The heal plan (dry run) or what was applied: fixes per file, dropped fixes and the redacted diffs. */
function healSection(heal) {
	const status = heal.dryRun ? "planned" : "applied";
	const rows = heal.files.flatMap((change) => change.fixes.map((fix) => html`<tr><td><code>${change.agent}</code></td><td><code>${change.file}</code></td><td><code>${fix.ruleId}</code></td><td>${fix.description}</td><td>${change.skipped ? `skipped: ${change.skipped}` : status}</td></tr>\n`));
	const notes = heal.files.flatMap((change) => [...change.skipped ? [html`<li><code>${change.file}</code>: ${change.skipped}</li>\n`] : [], ...change.dropped.map((dropped) => html`<li><code>${change.file}</code>: ${dropped.ruleId} (${dropped.description}) not applied: ${dropped.reason}</li>\n`)]);
	const { totals } = heal;
	return html`<section aria-labelledby="heal">
<h2 id="heal">${heal.dryRun ? "Heal plan (dry run: nothing was written)" : "Heal: fixes applied"}</h2>
<p>${plural(totals.fixes, "fix", "fixes")} in ${plural(totals.files, "file")}${totals.dropped ? `, ${totals.dropped} dropped (overlapping)` : ""}${totals.skippedFiles ? `, ${plural(totals.skippedFiles, "file")} skipped` : ""}.${heal.resolved !== void 0 ? ` Re-audit: ${plural(heal.resolved, "finding")} resolved.` : ""}${heal.branch ? html` Committed on branch <code>${heal.branch}</code>.` : ""}</p>
${rows.length > 0 ? html`<table>
<caption>Fixes</caption>
<thead><tr><th scope="col">Agent</th><th scope="col">File</th><th scope="col">Rule</th><th scope="col">What changes</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}</tbody>
</table>\n` : ""}${notes.length > 0 ? html`<ul>\n${notes}</ul>\n` : ""}${heal.files.filter((change) => change.diff && !change.skipped).map((change) => html`<h3><code>${change.file}</code></h3>\n${diffBlock(change.diff)}\n`)}</section>`;
}
/** With --resolve: the indexes asked, where each was configured, refusals and failovers. URLs are already redacted. */
function registrySection(run) {
	const { packages } = run;
	const mode = run.mode === "offline" ? "offline, from the cache" : run.publicOnly ? "public mirrors only" : "online";
	const indexRows = run.indexes.map((index) => html`<tr><td>${index.ecosystem}</td><td>${index.role}${index.scope ? ` (${index.scope})` : ""}</td><td><code>${index.url}</code></td><td>${index.origin}</td><td>${index.hasCredentials ? `yes${index.credentialSource ? ` (${index.credentialSource})` : ""}` : "no"}</td></tr>\n`);
	const failoverRows = run.failovers.map((failover) => html`<tr><td>${failover.ecosystem}</td><td><code>${failover.index}</code></td><td>${failover.reason}</td><td>${failover.origin}</td><td>${failover.mirror ? html`<code>${failover.mirror}</code>` : html`<span class="sev-error">no mirror answered</span>`}</td><td class="num">${failover.resolved.length}</td><td class="num">${failover.unresolved.length}</td></tr>\n`);
	return html`<section aria-labelledby="registry">
<h2 id="registry">Package indexes</h2>
<p>Mode: ${mode}. ${packages.checked} packages checked · ${packages.found} found · ${packages.missing} in no index · ${packages.unresolved} unresolved · ${run.requests} requests, ${run.fromCache} from cache.</p>
${indexRows.length > 0 ? html`<table>
<caption>Indexes asked</caption>
<thead><tr><th scope="col">Ecosystem</th><th scope="col">Role</th><th scope="col">URL</th><th scope="col">Configured in</th><th scope="col">Credentials</th></tr></thead>
<tbody>
${indexRows}</tbody>
</table>\n` : ""}${failoverRows.length > 0 ? html`<table>
<caption>Failovers: indexes that refused, failed or answered a broken document, and the mirror that answered instead</caption>
<thead><tr><th scope="col">Ecosystem</th><th scope="col">Index</th><th scope="col">What happened</th><th scope="col">Configured in</th><th scope="col">Answered by</th><th scope="col" class="num">resolved</th><th scope="col" class="num">unresolved</th></tr></thead>
<tbody>
${failoverRows}</tbody>
</table>\n` : ""}${run.warnings.length > 0 ? html`<ul>\n${run.warnings.map((warning) => html`<li>${warning}</li>\n`)}</ul>\n` : ""}</section>`;
}
// src/report/html/findings.ts
function kilobytes(bytes) {
	return bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function location(finding) {
	return `${finding.file}:${finding.region.startLine}:${finding.region.startColumn}`;
}
/** The text report's order: severity first, then persona, then the engine's file/line order. */
function ordered(findings) {
	const rank = (finding) => SEVERITIES.indexOf(finding.severity) * PERSONAS.length + PERSONAS.indexOf(finding.persona);
	return findings.map((finding, index) => ({
		finding,
		index
	})).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map(({ finding }) => finding);
}
function findingRow(finding) {
	return html`<tr><td class="sev-${finding.severity}">${SEVERITY_LABELS[finding.severity]}</td><td><code>${finding.ruleId}</code><br><span class="muted">${PERSONA_LABELS[finding.persona]} · ${finding.category}</span></td><td><code>${location(finding)}</code></td><td><p>${finding.message}</p>${finding.snippet ? html`<p><code>${finding.snippet.trim()}</code></p>` : ""}<p class="fix"><strong>Fix (${finding.fixability}):</strong> ${finding.remediation}</p>${finding.fix ? html`<p class="muted">One-click fix: ${finding.fix}</p>` : ""}</td></tr>\n`;
}
function suppressedTable(agent) {
	const rows = agent.suppressed.map((finding) => html`<tr><td><code>${location(finding)}</code></td><td><code>${finding.ruleId}</code></td><td>${finding.suppression?.reason ?? ""}</td></tr>\n`);
	return html`<table>
<caption>Suppressed (${agent.suppressed.length}), not counted</caption>
<thead><tr><th scope="col">Location</th><th scope="col">Rule</th><th scope="col">Reason</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}
function agentSection(agent) {
	const identity = isRepositoryEntry(agent) ? [REPOSITORY_LABEL] : [agent.language, agent.frameworks.length > 0 ? agent.frameworks.join(", ") : "no framework detected"];
	if (agent.entrypoint) identity.push(`entry ${agent.entrypoint}`);
	const body = [];
	if (agent.error) body.push(html`<p class="sev-error">Audit failed: ${agent.error}</p>`);
	else if (agent.findings.length === 0) body.push(html`<p class="v-pass">No findings.</p>`);
	if (agent.findings.length > 0) body.push(html`<table>
<caption>${plural(agent.findings.length, "finding")} in ${agent.name}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Details</th></tr></thead>
<tbody>
${ordered(agent.findings).map(findingRow)}</tbody>
</table>`);
	if (agent.suppressed.length > 0) body.push(suppressedTable(agent));
	return html`<section>
<h3>${agent.name} <span class="muted">(${agent.path})</span></h3>
<p class="muted">${identity.join(" · ")} · ${plural(agent.stats.filesScanned, "file")} scanned (${kilobytes(agent.stats.bytesScanned)}), ${agent.stats.filesSkipped} skipped</p>
${body.map((part) => html`${part}\n`)}</section>
`;
}
/** Findings grouped by agent. In a fleet, clean agents appear only in the fleet table. */
function findingsSection(agents, fleet) {
	const shown = fleet ? agents.filter((agent) => agent.findings.length > 0 || agent.suppressed.length > 0 || agent.error) : agents;
	const hidden = agents.length - shown.length;
	return html`<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${hidden > 0 ? html`<p class="muted">${plural(hidden, "agent")} with no findings ${hidden === 1 ? "is" : "are"} listed in the fleet table only.</p>\n` : ""}${shown.map(agentSection)}</section>`;
}
// src/report/html/sections.ts
function countOf(agent, severity) {
	return agent.findings.filter((finding) => finding.severity === severity).length;
}
/** Root, verdict, exit code and the run's counts. */
function headerSection(report) {
	const { summary } = report;
	const categories = CATEGORIES.filter((category) => summary.byCategory[category] > 0).map((category) => `${category} ${summary.byCategory[category]}`);
	return html`<header>
<h1>AgentOps Cockpit report</h1>
<p class="muted">Root <code>${report.root}</code>${report.shard ? html` · shard <code>${report.shard}</code>` : ""}</p>
<p><span class="verdict verdict-${report.verdict}">${VERDICT_LABELS[report.verdict]}</span> <strong>exit ${report.exitCode}</strong></p>
<p class="counts"><span><strong>${entriesLabel(report.agents)}</strong></span><span><strong>${plural(summary.findings, "finding")}</strong></span>${SEVERITIES.map((severity) => html`<span class="sev-${severity}">${summary.bySeverity[severity]} ${severity}</span>`)}<span>${summary.suppressed} suppressed</span><span>one-click ${summary.byFixability["one-click"]} · structural ${summary.byFixability.structural}</span></p>
${categories.length > 0 ? html`<p class="muted">By category: ${categories.join(", ")}</p>` : html``}
</header>`;
}
/** One row per agent: where it is, what it runs on, its verdict and counts by severity. */
function fleetSection(agents) {
	const rows = agents.map((agent) => html`<tr><th scope="row">${agent.name}<br><code>${agent.path}</code></th><td>${isRepositoryEntry(agent) ? "repository (secrets and personal data only)" : agent.language}</td><td>${agent.frameworks.join(", ") || "–"}</td><td class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</td>${SEVERITIES.map((severity) => html`<td class="num">${countOf(agent, severity)}</td>`)}<td class="num">${agent.suppressed.length}</td><td class="num">${agent.stats.filesScanned}</td></tr>`);
	return html`<section aria-labelledby="fleet">
<h2 id="fleet">Fleet</h2>
<table>
<caption>${entriesLabel(agents)}, by path</caption>
<thead><tr><th scope="col">Agent</th><th scope="col">Language</th><th scope="col">Frameworks</th><th scope="col">Verdict</th><th scope="col" class="num">error</th><th scope="col" class="num">warning</th><th scope="col" class="num">note</th><th scope="col" class="num">suppressed</th><th scope="col" class="num">files</th></tr></thead>
<tbody>
${rows.map((row) => html`${row}\n`)}</tbody>
</table>
</section>`;
}
var MATRIX_VERDICTS = {
	approved: "approved",
	"approved-with-warnings": "approved, warnings",
	blocked: "BLOCKED"
};
/** Persona × severity, fixability and what each persona would say about shipping this. */
function personaMatrixSection(matrix) {
	return html`<section aria-labelledby="persona-matrix">
<h2 id="persona-matrix">Persona Matrix</h2>
<table>
<caption>Findings by persona, how they can be fixed, and each persona's verdict</caption>
<thead><tr><th scope="col">Persona</th><th scope="col" class="num">error</th><th scope="col" class="num">warning</th><th scope="col" class="num">note</th><th scope="col" class="num">one-click</th><th scope="col" class="num">structural</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${PERSONAS.map((persona) => {
		const row = matrix[persona];
		return html`<tr><th scope="row">${PERSONA_LABELS[persona]}</th><td class="num">${row.error}</td><td class="num">${row.warning}</td><td class="num">${row.note}</td><td class="num">${row.oneClick}</td><td class="num">${row.structural}</td><td class="v-${row.verdict}">${MATRIX_VERDICTS[row.verdict]}</td></tr>\n`;
	})}</tbody>
</table>
</section>`;
}
// src/report/html/style.ts
/**
* The report's only stylesheet, inlined. No url(), no @import, no web fonts: the file must render the
* same offline, in a CI artifact viewer and in an email client. Colours follow prefers-color-scheme.
*/
var REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --note: #0969da; --ok: #1a7f37; --add: #dafbe1; --del: #ffebe9; --hunk: #ddf4ff; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --error: #ff7b72; --warning: #d29922; --note: #58a6ff; --ok: #3fb950; --add: #12261e; --del: #2d1214; --hunk: #0c2d6b; }
}
body { margin: 0; padding: 24px; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 24px 0 4px; }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.verdict { display: inline-block; padding: 4px 10px; border-radius: 6px; font-weight: 600; border: 1px solid currentColor; }
.verdict-pass { color: var(--ok); }
.verdict-security-block, .verdict-policy-block, .verdict-failed { color: var(--error); }
.counts { margin: 12px 0; }
.counts span { display: inline-block; margin-right: 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev-error, .v-blocked, .v-security-block, .v-policy-block, .v-failed { color: var(--error); font-weight: 600; }
.sev-warning, .v-approved-with-warnings { color: var(--warning); font-weight: 600; }
.sev-note { color: var(--note); }
.v-approved, .v-pass { color: var(--ok); }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: var(--panel); padding: 1px 4px; border-radius: 4px; overflow-wrap: break-word; }
pre { background: var(--panel); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre; }
pre span { display: block; }
.add { background: var(--add); }
.del { background: var(--del); }
.hunk { background: var(--hunk); }
.fix { margin-top: 4px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
`;
// src/report/html.ts
/**
* The report as one self-contained HTML file for CI artifacts and email: inline CSS, no script, and
* a Content-Security-Policy that forbids loading anything, so the page stays offline even if a
* browser is asked to fetch something. Every value from the audited repository is escaped.
*/
function formatHtml(report, options) {
	const timing = options.durationMs !== void 0 ? ` in ${Math.round(options.durationMs)} ms` : "";
	return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${report.tool.name} ${report.tool.version}">
<title>AgentOps Cockpit: ${VERDICT_LABELS[report.verdict]} (exit ${report.exitCode}) · ${report.root}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${headerSection(report)}
${options.fleet ? fleetSection(report.agents) : ""}
${personaMatrixSection(report.summary.personaMatrix)}
${findingsSection(report.agents, options.fleet)}
${report.heal ? healSection(report.heal) : ""}
${report.registry ? registrySection(report.registry) : ""}
<footer>Generated by ${report.tool.name} ${report.tool.version}${timing}. Snippets are redacted by the audit; this file loads nothing from the network.</footer>
</main>
</body>
</html>
`.html;
}
export { formatHtml as t };
