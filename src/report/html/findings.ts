import { PERSONAS, SEVERITIES } from '../../findings/kinds.js';
import type { Finding } from '../../findings/model.js';
import { PERSONA_LABELS, REPOSITORY_LABEL, SEVERITY_LABELS } from '../labels.js';
import type { AgentReport } from '../model.js';
import { isRepositoryEntry } from '../summary.js';
import { agentAnchor, hasDetails, worstFirst } from './anchors.js';
import { html, type SafeHtml } from './escape.js';
import { plural } from '../../util/plural.js';

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function location(finding: Finding): string {
  return `${finding.file}:${finding.region.startLine}:${finding.region.startColumn}`;
}

/** The text report's order: severity first, then persona, then the engine's file/line order. */
function ordered(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity) * PERSONAS.length + PERSONAS.indexOf(finding.persona);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map(({ finding }) => finding);
}

function findingRow(finding: Finding): SafeHtml {
  return html`<tr><td class="sev-${finding.severity}">${SEVERITY_LABELS[finding.severity]}</td><td><code>${finding.ruleId}</code><br><span class="muted">${PERSONA_LABELS[finding.persona]} · ${finding.category}</span></td><td><code>${location(finding)}</code></td><td><p>${finding.message}</p>${
    finding.snippet ? html`<p><code>${finding.snippet.trim()}</code></p>` : ''
  }<p class="fix"><strong>Fix (${finding.fixability}):</strong> ${finding.remediation}</p>${finding.fix ? html`<p class="muted">One-click fix: ${finding.fix}</p>` : ''}</td></tr>\n`;
}

function suppressedTable(agent: AgentReport): SafeHtml {
  const rows = agent.suppressed.map(
    (finding) => html`<tr><td><code>${location(finding)}</code></td><td><code>${finding.ruleId}</code></td><td>${finding.suppression?.reason ?? ''}</td></tr>\n`,
  );
  return html`<table class="stack">
<caption>Suppressed (${agent.suppressed.length}), not counted</caption>
<thead><tr><th scope="col">Location</th><th scope="col">Rule</th><th scope="col">Reason</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

function agentSection(agent: AgentReport): SafeHtml {
  const identity = isRepositoryEntry(agent) ? [REPOSITORY_LABEL] : [agent.language, agent.frameworks.length > 0 ? agent.frameworks.join(', ') : 'no framework detected'];
  if (agent.entrypoint) identity.push(`entry ${agent.entrypoint}`);
  const body: SafeHtml[] = [];
  if (agent.error) body.push(html`<p class="sev-error">Audit failed: ${agent.error}</p>`);
  else if (agent.findings.length === 0) body.push(html`<p class="v-pass">No findings.</p>`);
  if (agent.findings.length > 0) {
    body.push(html`<table class="stack">
<caption>${plural(agent.findings.length, 'finding')} in ${agent.name}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Details</th></tr></thead>
<tbody>
${ordered(agent.findings).map(findingRow)}</tbody>
</table>`);
  }
  if (agent.suppressed.length > 0) body.push(suppressedTable(agent));
  // Open: a small report reads top to bottom; the summary still lets a reader fold an agent away.
  return html`<details open id="${agentAnchor(agent)}">
<summary><h3>${agent.name} <span class="muted">(${agent.path})</span></h3></summary>
<p class="muted">${identity.join(' · ')} · ${plural(agent.stats.filesScanned, 'file')} scanned (${kilobytes(agent.stats.bytesScanned)}), ${agent.stats.filesSkipped} skipped</p>
${body.map((part) => html`${part}\n`)}</details>
`;
}

/** Findings grouped by agent, blocked agents first. In a fleet, clean agents appear only in the fleet table. */
export function findingsSection(agents: readonly AgentReport[], fleet: boolean): SafeHtml {
  const shown = fleet ? worstFirst(agents.filter(hasDetails)) : agents;
  const hidden = agents.length - shown.length;
  return html`<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${hidden > 0 ? html`<p class="muted">${plural(hidden, 'agent')} with no findings ${hidden === 1 ? 'is' : 'are'} listed in the fleet table only.</p>\n` : ''}${shown.map(agentSection)}</section>`;
}
