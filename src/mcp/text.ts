import type { HealPlan } from '../heal/heal.js';
import type { Summary } from '../report/model.js';
import { plural } from '../util/plural.js';
import type { RuleExplanation } from './rules.js';
import type { FindingView } from './schemas.js';

/**
 * The text content of each tool result. Many clients hand the model only the text, so it carries
 * the essentials in a few lines; the full data is in `structuredContent`.
 */

export function findingLine(finding: FindingView): string {
  return `${finding.file}:${finding.line} ${finding.severity} ${finding.ruleId}: ${finding.message}${finding.fixability === 'one-click' ? ' [one-click fix]' : ''}`;
}

function counts(summary: Summary): string {
  const { error, warning, note } = summary.bySeverity;
  return `${plural(summary.findings, 'finding')} (${error} error, ${warning} warning, ${note} note)`;
}

export function verdictLine(subject: string, verdict: string, exitCode: number, summary: Summary): string {
  return `${subject}: ${verdict} (exit ${exitCode}); ${counts(summary)}${summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : ''}`;
}

/** The verdict, then up to `shown` findings, then a pointer to the rest. */
export function findingsText(header: string, findings: readonly FindingView[], total: number, shown = 20): string {
  const lines = [header, ...findings.slice(0, shown).map(findingLine)];
  if (total > Math.min(shown, findings.length)) lines.push(`… ${total - Math.min(shown, findings.length)} more; list_findings filters by severity, rule and persona.`);
  return lines.join('\n');
}

export function workspaceText(
  header: string,
  agents: ReadonlyArray<{ path: string; kind?: string | undefined; verdict: string; exitCode: number; findings: number; error?: string | undefined }>,
): string {
  if (agents.length === 0) return `${header}\nNo agents were found: nothing was audited.`;
  return [header, ...agents.map((agent) => `${agent.path}${agent.kind === 'repository' ? ' (repository: files outside every agent)' : ''}: ${agent.verdict} (exit ${agent.exitCode}), ${plural(agent.findings, 'finding')}${agent.error ? ` (${agent.error})` : ''}`)].join('\n');
}

export function ruleText(rule: RuleExplanation): string {
  return `${rule.id}\n${rule.docs}`;
}

export function healText(subject: string, plan: HealPlan): string {
  const { fixes, files, dropped, skippedFiles } = plan.totals;
  const lines = [
    `${subject}: dry run, nothing was written. ${plural(fixes, 'fix', 'fixes')} in ${plural(files, 'file')}` +
      `${dropped > 0 ? `, ${dropped} dropped (overlapping)` : ''}${skippedFiles > 0 ? `, ${plural(skippedFiles, 'file')} skipped` : ''}.`,
  ];
  if (plan.files.length === 0) lines.push('No one-click fixes apply; the remaining findings need a person (structural).');
  for (const change of plan.files) {
    if (change.skipped) lines.push('', `${change.file}: skipped, ${change.skipped}`);
    if (change.diff !== '') lines.push('', change.diff.trimEnd());
  }
  return lines.join('\n');
}
