// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as VERDICT_LABELS, i as SEVERITY_LABELS, n as PERSONA_LABELS, o as entriesLabel, r as REPOSITORY_LABEL, t as FLEET_VERDICT_LABELS } from "./chunk-labels.js";
import { t as plural } from "./chunk-plural.js";
import { a as SEVERITIES, i as PERSONAS, n as CATEGORIES } from "./chunk-kinds.js";
import { n as isRepositoryEntry } from "./chunk-summary2.js";
import { s as pathInAgent } from "./chunk-agent-location.js";
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
// src/report/html/anchors.ts
/**
* Fragment ids and the worst-first order of the fleet report: every agent section and every rule has
* a stable id (the agent hash, the rule id), so a link into a report artifact keeps working across runs.
*/
/** Only characters that need no escaping in a fragment. */
function idSafe(value) {
	return value.replace(/[^A-Za-z0-9_-]/g, "-");
}
function agentAnchor(agent) {
	return `a-${idSafe(agent.id)}`;
}
function ruleAnchor(ruleId) {
	return `r-${idSafe(ruleId)}`;
}
/** Blocked and failed agents: the ones a reader opens the report for. */
function isBlocked(agent) {
	return agent.verdict !== "pass";
}
/** An agent that gets a section of its own: something to read beyond its verdict. */
function hasDetails(agent) {
	return agent.findings.length > 0 || agent.suppressed.length > 0 || agent.error !== void 0;
}
var VERDICT_RANK = {
	"security-block": 0,
	failed: 1,
	"policy-block": 2,
	pass: 3
};
function errorsOf(agent) {
	return agent.findings.filter((finding) => finding.severity === "error").length;
}
/** Secret/PII blocks first, then failed audits, policy blocks and passes; within each, most errors first, then by path. */
function worstFirst(agents) {
	return [...agents].sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || errorsOf(b) - errorsOf(a) || b.findings.length - a.findings.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** A finding's file as the agent sees it: the agent's own folder prefix dropped (the section already names it). */
function fileInAgent(finding, agentPath) {
	return pathInAgent(agentPath, finding.file) ?? finding.file;
}
// src/report/html/overview.ts
/** `2 errors · 5 warnings`, severities with a count only; each in its severity's colour. */
function severityCounts(agent) {
	const parts = [];
	for (const severity of SEVERITIES) {
		const count = agent.findings.filter((finding) => finding.severity === severity).length;
		if (count > 0) parts.push(html`${parts.length > 0 ? " · " : ""}<span class="sev-${severity}">${plural(count, severity)}</span>`);
	}
	return parts;
}
/**
* The first thing under the verdict: every blocked or failed agent, worst first, each linked to its
* section. A list rather than a table so it wraps on a phone.
*/
function blockedSection(agents) {
	const blocked = worstFirst(agents.filter(isBlocked));
	if (blocked.length === 0) return html`<section aria-labelledby="blocked">
<h2 id="blocked">Blocked agents</h2>
<p class="v-pass">No agent is blocked.</p>
</section>`;
	const items = blocked.map((agent) => html`<li>${hasDetails(agent) ? html`<a href="#${agentAnchor(agent)}">${agent.path}</a>` : html`<code>${agent.path}</code>`} <span class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</span> ${severityCounts(agent)}</li>\n`);
	return html`<section aria-labelledby="blocked">
<h2 id="blocked">Blocked agents: ${blocked.length} of ${agents.length}</h2>
<ol class="agent-list">
${items}</ol>
</section>`;
}
/**
* Large fleets: the passing agents as one compact list with their counts instead of a table row and
* a section each; their findings stay in the JSON and SARIF reports.
*/
function passingSection(agents) {
	const passing = agents.filter((agent) => !isBlocked(agent));
	if (passing.length === 0) return html``;
	const withFindings = passing.filter((agent) => agent.findings.length > 0).length;
	const items = passing.map((agent) => html`<li><code>${agent.path}</code>${agent.findings.length > 0 ? html` ${severityCounts(agent)}` : ""}</li>\n`);
	return html`<section aria-labelledby="passing">
<h2 id="passing">Passing agents: ${passing.length}</h2>
<p class="muted">${withFindings > 0 ? `${plural(withFindings, "passing agent has", "passing agents have")} warnings or notes; their details are in the JSON and SARIF reports (--format json, --format sarif).` : "None has a finding."}</p>
<ul class="inline-list">
${items}</ul>
</section>`;
}
// src/report/html/compact.ts
/**
* The findings of a large fleet, sized to stay readable (and a few hundred KB) at 1,000 agents: a
* collapsed section per blocked agent, errors one line each with their message, warnings and notes
* one line per rule with their locations, and each rule's remediation once, in the Rules section.
*/
function ruleLink(ruleId) {
	return html`<a href="#${ruleAnchor(ruleId)}">${ruleId}</a>`;
}
/** `main.py:12, 40 · tools.py:7`: lines grouped by file, in the engine's order. */
function locations(findings, agentPath) {
	const lines = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const file = fileInAgent(finding, agentPath);
		lines.set(file, [...lines.get(file) ?? [], finding.region.startLine]);
	}
	return [...lines].map(([file, numbers]) => `${file}:${numbers.join(", ")}`).join(" · ");
}
/** Findings with the same key, in the engine's order of their first member. */
function groupBy(findings, key) {
	const groups = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const name = key(finding);
		const group = groups.get(name);
		if (group) group.push(finding);
		else groups.set(name, [finding]);
	}
	return [...groups.values()];
}
/** One line per group: severity, rule (linked to its fix), how many, where, and for errors the message they share. */
function groupLine(group, agentPath) {
	const first = group[0];
	const message = first.severity === "error" ? html` ${first.message}` : "";
	return html`<li><span class="sev-${first.severity}">${SEVERITY_LABELS[first.severity]}</span> ${ruleLink(first.ruleId)}${group.length > 1 ? ` ×${group.length}` : ""} <code>${locations(group, agentPath)}</code>${message}</li>\n`;
}
/**
* Errors keep their message (the same message at several lines is one line); warnings and notes are
* one line per rule, since their message is the rule's, with a name or a call in it.
*/
function findingLines(agent) {
	return SEVERITIES.flatMap((severity) => {
		return groupBy(agent.findings.filter((finding) => finding.severity === severity), severity === "error" ? (finding) => `${finding.ruleId}\0${finding.message}` : (finding) => finding.ruleId).map((group) => groupLine(group, agent.path));
	});
}
function compactAgentSection(agent) {
	const identity = isRepositoryEntry(agent) ? REPOSITORY_LABEL : `${agent.language} · ${agent.frameworks.join(", ") || "no framework detected"}`;
	const suppressed = agent.suppressed.length > 0 ? html`<p class="muted">${plural(agent.suppressed.length, "finding")} suppressed: ${agent.suppressed.map((finding) => `${finding.ruleId} (${finding.suppression?.reason ?? "no reason"})`).join("; ")}</p>\n` : "";
	return html`<details id="${agentAnchor(agent)}">
<summary><h3>${agent.name}</h3> <span class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</span> ${severityCounts(agent)}</summary>
<p class="muted"><code>${agent.path}</code> · ${identity}</p>
${agent.error ? html`<p class="sev-error">Audit failed: ${agent.error}</p>\n` : ""}<ul class="finding-list">
${findingLines(agent)}</ul>
${suppressed}</details>
`;
}
/** Blocked and failed agents only, worst first; the passing ones are summarised in passingSection. */
function compactFindingsSection(agents) {
	return html`<section aria-labelledby="findings">
<h2 id="findings">Findings of blocked agents</h2>
<p class="muted">Errors one per line; warnings and notes one line per rule with their locations. Open an agent to read them; each rule's fix is under Rules.</p>
${worstFirst(agents.filter(isBlocked)).map(compactAgentSection)}</section>`;
}
/** Every rule with a finding in the sections above: its title, how many findings, and how to fix it, once. */
function rulesSection(agents) {
	const rules = /* @__PURE__ */ new Map();
	for (const agent of agents.filter(isBlocked)) for (const finding of agent.findings) {
		const entry = rules.get(finding.ruleId);
		if (entry) entry.count++;
		else rules.set(finding.ruleId, {
			sample: finding,
			count: 1
		});
	}
	if (rules.size === 0) return html``;
	return html`<section aria-labelledby="rules">
<h2 id="rules">Rules</h2>
<dl class="rules">
${[...rules].sort(([a, x], [b, y]) => SEVERITIES.indexOf(x.sample.severity) - SEVERITIES.indexOf(y.sample.severity) || y.count - x.count || (a < b ? -1 : 1)).map(([ruleId, { sample, count }]) => html`<dt id="${ruleAnchor(ruleId)}"><code>${ruleId}</code> <span class="sev-${sample.severity}">${SEVERITY_LABELS[sample.severity]}</span> ${plural(count, "finding")} in blocked agents</dt>
<dd><p>${sample.title}</p><p class="fix"><strong>Fix (${sample.fixability}):</strong> ${sample.remediation}</p></dd>\n`)}</dl>
</section>`;
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
	return html`<table class="stack">
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
	if (agent.findings.length > 0) body.push(html`<table class="stack">
<caption>${plural(agent.findings.length, "finding")} in ${agent.name}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Details</th></tr></thead>
<tbody>
${ordered(agent.findings).map(findingRow)}</tbody>
</table>`);
	if (agent.suppressed.length > 0) body.push(suppressedTable(agent));
	return html`<details open id="${agentAnchor(agent)}">
<summary><h3>${agent.name} <span class="muted">(${agent.path})</span></h3></summary>
<p class="muted">${identity.join(" · ")} · ${plural(agent.stats.filesScanned, "file")} scanned (${kilobytes(agent.stats.bytesScanned)}), ${agent.stats.filesSkipped} skipped</p>
${body.map((part) => html`${part}\n`)}</details>
`;
}
/** Findings grouped by agent, blocked agents first. In a fleet, clean agents appear only in the fleet table. */
function findingsSection(agents, fleet) {
	const shown = fleet ? worstFirst(agents.filter(hasDetails)) : agents;
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
	const rows = agents.map((agent) => html`<tr><th scope="row">${hasDetails(agent) ? html`<a href="#${agentAnchor(agent)}">${agent.name}</a>` : agent.name}<br><code>${agent.path}</code></th><td>${isRepositoryEntry(agent) ? "repository (secrets and personal data only)" : agent.language}</td><td>${agent.frameworks.join(", ") || "–"}</td><td class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</td>${SEVERITIES.map((severity) => html`<td class="num">${countOf(agent, severity)}</td>`)}<td class="num">${agent.suppressed.length}</td><td class="num">${agent.stats.filesScanned}</td></tr>`);
	return html`<section aria-labelledby="fleet">
<h2 id="fleet">Fleet</h2>
<div class="scroll">
<table>
<caption>${entriesLabel(agents)}, by path</caption>
<thead><tr><th scope="col">Agent</th><th scope="col">Language</th><th scope="col">Frameworks</th><th scope="col">Verdict</th><th scope="col" class="num">error</th><th scope="col" class="num">warning</th><th scope="col" class="num">note</th><th scope="col" class="num">suppressed</th><th scope="col" class="num">files</th></tr></thead>
<tbody>
${rows.map((row) => html`${row}\n`)}</tbody>
</table>
</div>
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
<div class="scroll">
<table>
<caption>Findings by persona, how they can be fixed, and each persona's verdict</caption>
<thead><tr><th scope="col">Persona</th><th scope="col" class="num">error</th><th scope="col" class="num">warning</th><th scope="col" class="num">note</th><th scope="col" class="num">one-click</th><th scope="col" class="num">structural</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${PERSONAS.map((persona) => {
		const row = matrix[persona];
		return html`<tr><th scope="row">${PERSONA_LABELS[persona]}</th><td class="num">${row.error}</td><td class="num">${row.warning}</td><td class="num">${row.note}</td><td class="num">${row.oneClick}</td><td class="num">${row.structural}</td><td class="v-${row.verdict}">${MATRIX_VERDICTS[row.verdict]}</td></tr>\n`;
	})}</tbody>
</table>
</div>
</section>`;
}
// src/report/html/body.ts
/**
* Past these sizes a fleet report switches to the compact layout: a row and a full section per agent
* and per finding made a 400-agent report megabytes long and 140,000 px tall.
*/
var COMPACT_FROM_AGENTS = 51;
var COMPACT_FROM_FINDINGS = 301;
function isCompactLayout(report, fleet) {
	return fleet && (report.agents.length >= COMPACT_FROM_AGENTS || report.summary.findings >= COMPACT_FROM_FINDINGS);
}
/**
* Everything between the header and the heal plan. A fleet starts with its blocked agents, linked to
* their sections, so the first screen answers "what blocks us"; a large fleet then summarises its
* passing agents in one list and shows the blocked agents' findings compactly (compact.ts).
*/
function reportBody(report, fleet) {
	const matrix = personaMatrixSection(report.summary.personaMatrix);
	if (!fleet) return html`${matrix}\n${findingsSection(report.agents, false)}`;
	if (!isCompactLayout(report, fleet)) return html`${blockedSection(report.agents)}\n${fleetSection(report.agents)}\n${matrix}\n${findingsSection(report.agents, true)}`;
	return html`${blockedSection(report.agents)}\n${matrix}\n${compactFindingsSection(report.agents)}\n${passingSection(report.agents)}\n${rulesSection(report.agents)}`;
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
a { color: var(--note); }
li, dd, dt, summary, code { overflow-wrap: anywhere; }
/* Wide tables scroll inside their box instead of widening the page (or crushing their columns). */
.scroll { overflow-x: auto; }
.scroll > table { min-width: 560px; }
details { border-top: 1px solid var(--line); padding: 4px 0; }
summary { cursor: pointer; padding: 4px 0; }
summary h3 { display: inline; margin: 0; }
summary > span { margin-left: 6px; }
:target, details:target > summary { background: var(--hunk); }
.agent-list { margin: 8px 0; padding-left: 28px; }
.agent-list li { margin: 2px 0; }
.inline-list { list-style: none; padding: 0; margin: 8px 0; }
.inline-list li { display: inline; margin-right: 12px; }
.finding-list { list-style: none; padding: 0; margin: 4px 0 8px; }
.finding-list li { margin: 4px 0; }
.rules dt { margin-top: 12px; }
.rules dd { margin: 2px 0 0 16px; }
@media (max-width: 600px) {
  body { padding: 12px; }
  th, td { padding: 3px 4px; }
  /* Finding tables become one block per finding on a phone: four columns do not fit 390 px. */
  table.stack, .stack caption, .stack tbody, .stack tr, .stack td { display: block; width: auto; }
  .stack thead { display: none; }
  .stack tr { border: 1px solid var(--line); margin-bottom: 8px; }
  .stack td { border: 0; }
}
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
${reportBody(report, options.fleet)}
${report.heal ? healSection(report.heal) : ""}
${report.registry ? registrySection(report.registry) : ""}
<footer>Generated by ${report.tool.name} ${report.tool.version}${timing}. Snippets are redacted by the audit; this file loads nothing from the network.</footer>
</main>
</body>
</html>
`.html;
}
export { formatHtml as t };
