import { SEVERITIES } from '../../findings/kinds.js';
import type { Finding } from '../../findings/model.js';
import { FLEET_VERDICT_LABELS, REPOSITORY_LABEL, SEVERITY_LABELS } from '../labels.js';
import type { AgentReport } from '../model.js';
import { isRepositoryEntry } from '../summary.js';
import { plural } from '../../util/plural.js';
import { agentAnchor, fileInAgent, isBlocked, ruleAnchor, worstFirst } from './anchors.js';
import { html, type SafeHtml } from './escape.js';
import { severityCounts } from './overview.js';

/**
 * The findings of a large fleet, sized to stay readable (and a few hundred KB) at 1,000 agents: a
 * collapsed section per blocked agent, errors one line each with their message, warnings and notes
 * one line per rule with their locations, and each rule's remediation once, in the Rules section.
 */

function ruleLink(ruleId: string): SafeHtml {
  return html`<a href="#${ruleAnchor(ruleId)}">${ruleId}</a>`;
}

/** `main.py:12, 40 · tools.py:7`: lines grouped by file, in the engine's order. */
function locations(findings: readonly Finding[], agentPath: string): string {
  const lines = new Map<string, number[]>();
  for (const finding of findings) {
    const file = fileInAgent(finding, agentPath);
    lines.set(file, [...(lines.get(file) ?? []), finding.region.startLine]);
  }
  return [...lines].map(([file, numbers]) => `${file}:${numbers.join(', ')}`).join(' · ');
}

/** Findings with the same key, in the engine's order of their first member. */
function groupBy(findings: readonly Finding[], key: (finding: Finding) => string): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const name = key(finding);
    const group = groups.get(name);
    if (group) group.push(finding);
    else groups.set(name, [finding]);
  }
  return [...groups.values()];
}

/** One line per group: severity, rule (linked to its fix), how many, where, and for errors the message they share. */
function groupLine(group: readonly Finding[], agentPath: string): SafeHtml {
  const first = group[0]!;
  const message = first.severity === 'error' ? html` ${first.message}` : '';
  return html`<li><span class="sev-${first.severity}">${SEVERITY_LABELS[first.severity]}</span> ${ruleLink(first.ruleId)}${group.length > 1 ? ` ×${group.length}` : ''} <code>${locations(group, agentPath)}</code>${message}</li>\n`;
}

/**
 * Errors keep their message (the same message at several lines is one line); warnings and notes are
 * one line per rule, since their message is the rule's, with a name or a call in it.
 */
function findingLines(agent: AgentReport): SafeHtml[] {
  return SEVERITIES.flatMap((severity) => {
    const findings = agent.findings.filter((finding) => finding.severity === severity);
    const groups = groupBy(findings, severity === 'error' ? (finding) => `${finding.ruleId}\0${finding.message}` : (finding) => finding.ruleId);
    return groups.map((group) => groupLine(group, agent.path));
  });
}

function compactAgentSection(agent: AgentReport): SafeHtml {
  const identity = isRepositoryEntry(agent) ? REPOSITORY_LABEL : `${agent.language} · ${agent.frameworks.join(', ') || 'no framework detected'}`;
  const suppressed = agent.suppressed.length > 0 ? html`<p class="muted">${plural(agent.suppressed.length, 'finding')} suppressed: ${agent.suppressed.map((finding) => `${finding.ruleId} (${finding.suppression?.reason ?? 'no reason'})`).join('; ')}</p>\n` : '';
  return html`<details id="${agentAnchor(agent)}">
<summary><h3>${agent.name}</h3> <span class="v-${agent.verdict}">${FLEET_VERDICT_LABELS[agent.verdict]}</span> ${severityCounts(agent)}</summary>
<p class="muted"><code>${agent.path}</code> · ${identity}</p>
${agent.error ? html`<p class="sev-error">Audit failed: ${agent.error}</p>\n` : ''}<ul class="finding-list">
${findingLines(agent)}</ul>
${suppressed}</details>
`;
}

/** Blocked and failed agents only, worst first; the passing ones are summarised in passingSection. */
export function compactFindingsSection(agents: readonly AgentReport[]): SafeHtml {
  const blocked = worstFirst(agents.filter(isBlocked));
  return html`<section aria-labelledby="findings">
<h2 id="findings">Findings of blocked agents</h2>
<p class="muted">Errors one per line; warnings and notes one line per rule with their locations. Open an agent to read them; each rule's fix is under Rules.</p>
${blocked.map(compactAgentSection)}</section>`;
}

/** Every rule with a finding in the sections above: its title, how many findings, and how to fix it, once. */
export function rulesSection(agents: readonly AgentReport[]): SafeHtml {
  const rules = new Map<string, { sample: Finding; count: number }>();
  for (const agent of agents.filter(isBlocked)) {
    for (const finding of agent.findings) {
      const entry = rules.get(finding.ruleId);
      if (entry) entry.count++;
      else rules.set(finding.ruleId, { sample: finding, count: 1 });
    }
  }
  if (rules.size === 0) return html``;
  const ordered = [...rules].sort(([a, x], [b, y]) => SEVERITIES.indexOf(x.sample.severity) - SEVERITIES.indexOf(y.sample.severity) || y.count - x.count || (a < b ? -1 : 1));
  return html`<section aria-labelledby="rules">
<h2 id="rules">Rules</h2>
<dl class="rules">
${ordered.map(
  ([ruleId, { sample, count }]) =>
    html`<dt id="${ruleAnchor(ruleId)}"><code>${ruleId}</code> <span class="sev-${sample.severity}">${SEVERITY_LABELS[sample.severity]}</span> ${plural(count, 'finding')} in blocked agents</dt>
<dd><p>${sample.title}</p><p class="fix"><strong>Fix (${sample.fixability}):</strong> ${sample.remediation}</p></dd>\n`,
)}</dl>
</section>`;
}
