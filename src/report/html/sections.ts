import { CATEGORIES, PERSONAS, SEVERITIES } from '../../findings/kinds.js';
import type { Severity } from '../../findings/model.js';
import { entriesLabel, FLEET_VERDICT_LABELS, PERSONA_LABELS, VERDICT_LABELS } from '../labels.js';
import type { AgentReport, Report } from '../model.js';
import { isRepositoryEntry } from '../summary.js';
import { plural } from '../../util/plural.js';
import { agentAnchor, hasDetails } from './anchors.js';
import { html, type SafeHtml } from './escape.js';

function countOf(agent: AgentReport, severity: Severity): number {
  return agent.findings.filter((finding) => finding.severity === severity).length;
}

/** Root, verdict, exit code and the run's counts. */
export function headerSection(report: Report): SafeHtml {
  const { summary } = report;
  const categories = CATEGORIES.filter((category) => summary.byCategory[category] > 0).map((category) => `${category} ${summary.byCategory[category]}`);
  return html`<header>
<h1>AgentOps Cockpit report</h1>
<p class="muted">Root <code>${report.root}</code>${report.shard ? html` · shard <code>${report.shard}</code>` : ''}</p>
<p><span class="verdict verdict-${report.verdict}">${VERDICT_LABELS[report.verdict]}</span> <strong>exit ${report.exitCode}</strong></p>
<p class="counts"><span><strong>${entriesLabel(report.agents)}</strong></span><span><strong>${plural(summary.findings, 'finding')}</strong></span>${SEVERITIES.map(
    (severity) => html`<span class="sev-${severity}">${summary.bySeverity[severity]} ${severity}</span>`,
  )}<span>${summary.suppressed} suppressed</span><span>one-click ${summary.byFixability['one-click']} · structural ${summary.byFixability.structural}</span></p>
${categories.length > 0 ? html`<p class="muted">By category: ${categories.join(', ')}</p>` : html``}
</header>`;
}

/** One row per agent: where it is, what it runs on, its verdict and counts by severity. */
export function fleetSection(agents: readonly AgentReport[]): SafeHtml {
  const rows = agents.map(
    (agent) => html`<tr><th scope="row">${hasDetails(agent) ? html`<a href="#${agentAnchor(agent)}">${agent.name}</a>` : agent.name}<br><code>${agent.path}</code></th><td>${isRepositoryEntry(agent) ? 'repository (secrets and personal data only)' : agent.language}</td><td>${agent.frameworks.join(', ') || '–'}</td><td class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</td>${SEVERITIES.map(
      (severity) => html`<td class="num">${countOf(agent, severity)}</td>`,
    )}<td class="num">${agent.suppressed.length}</td><td class="num">${agent.stats.filesScanned}</td></tr>`,
  );
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

const MATRIX_VERDICTS = { approved: 'approved', 'approved-with-warnings': 'approved, warnings', blocked: 'BLOCKED' } as const;

/** Persona × severity, fixability and what each persona would say about shipping this. */
export function personaMatrixSection(matrix: Report['summary']['personaMatrix']): SafeHtml {
  const rows = PERSONAS.map((persona) => {
    const row = matrix[persona];
    return html`<tr><th scope="row">${PERSONA_LABELS[persona]}</th><td class="num">${row.error}</td><td class="num">${row.warning}</td><td class="num">${row.note}</td><td class="num">${row.oneClick}</td><td class="num">${row.structural}</td><td class="v-${row.verdict}">${MATRIX_VERDICTS[row.verdict]}</td></tr>\n`;
  });
  return html`<section aria-labelledby="persona-matrix">
<h2 id="persona-matrix">Persona Matrix</h2>
<div class="scroll">
<table>
<caption>Findings by persona, how they can be fixed, and each persona's verdict</caption>
<thead><tr><th scope="col">Persona</th><th scope="col" class="num">error</th><th scope="col" class="num">warning</th><th scope="col" class="num">note</th><th scope="col" class="num">one-click</th><th scope="col" class="num">structural</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
</div>
</section>`;
}
