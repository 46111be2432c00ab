import { SEVERITIES } from '../../findings/kinds.js';
import { FLEET_VERDICT_LABELS } from '../labels.js';
import type { AgentReport } from '../model.js';
import { plural } from '../../util/plural.js';
import { agentAnchor, hasDetails, isBlocked, worstFirst } from './anchors.js';
import { html, type SafeHtml } from './escape.js';

/** `2 errors · 5 warnings`, severities with a count only; each in its severity's colour. */
export function severityCounts(agent: AgentReport): SafeHtml[] {
  const parts: SafeHtml[] = [];
  for (const severity of SEVERITIES) {
    const count = agent.findings.filter((finding) => finding.severity === severity).length;
    if (count > 0) parts.push(html`${parts.length > 0 ? ' · ' : ''}<span class="sev-${severity}">${plural(count, severity)}</span>`);
  }
  return parts;
}

/**
 * The first thing under the verdict: every blocked or failed agent, worst first, each linked to its
 * section. A list rather than a table so it wraps on a phone.
 */
export function blockedSection(agents: readonly AgentReport[]): SafeHtml {
  const blocked = worstFirst(agents.filter(isBlocked));
  if (blocked.length === 0) {
    return html`<section aria-labelledby="blocked">
<h2 id="blocked">Blocked agents</h2>
<p class="v-pass">No agent is blocked.</p>
</section>`;
  }
  const items = blocked.map(
    (agent) =>
      html`<li>${hasDetails(agent) ? html`<a href="#${agentAnchor(agent)}">${agent.path}</a>` : html`<code>${agent.path}</code>`} <span class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</span> ${severityCounts(agent)}</li>\n`,
  );
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
export function passingSection(agents: readonly AgentReport[]): SafeHtml {
  const passing = agents.filter((agent) => !isBlocked(agent));
  if (passing.length === 0) return html``;
  const withFindings = passing.filter((agent) => agent.findings.length > 0).length;
  const items = passing.map((agent) => html`<li><code>${agent.path}</code>${agent.findings.length > 0 ? html` ${severityCounts(agent)}` : ''}</li>\n`);
  return html`<section aria-labelledby="passing">
<h2 id="passing">Passing agents: ${passing.length}</h2>
<p class="muted">${withFindings > 0 ? `${plural(withFindings, 'passing agent has', 'passing agents have')} warnings or notes; their details are in the JSON and SARIF reports (--format json, --format sarif).` : 'None has a finding.'}</p>
<ul class="inline-list">
${items}</ul>
</section>`;
}
