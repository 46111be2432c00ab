import type { HealPlan } from '../heal/heal.js';
import type { Summary } from '../report/model.js';
import type { TriageEntry } from '../triage/history.js';
import { TRIAGE_STATUS_LABELS } from '../triage/labels.js';
import { plural } from '../util/plural.js';
import type { RuleExplanation } from './rules.js';
import type { BlockingFinding, FindingView } from './schemas.js';

/**
 * The text content of each tool result. Many clients hand the model only the text, so it carries
 * the essentials in a few lines; the full data is in `structuredContent`.
 */

/** One finding in two lines: where and what, then what to do about it (the model acts on the text). */
function findingLine(finding: Pick<FindingView, 'file' | 'line' | 'severity' | 'ruleId' | 'message' | 'remediation' | 'fixability'>): string {
  const head = `${finding.file}:${finding.line} ${finding.severity} ${finding.ruleId}: ${finding.message}${finding.fixability === 'one-click' ? ' [one-click fix]' : ''}`;
  return finding.remediation ? `${head}\n  fix: ${finding.remediation}` : head;
}

/** What to run next when some findings have a one-click fix; empty when none has. */
export function healHint(subject: string, findings: ReadonlyArray<{ fixability: string }>): string[] {
  const oneClick = findings.filter((finding) => finding.fixability === 'one-click').length;
  if (oneClick === 0) return [];
  const shell = /^[\w./-]+$/.test(subject) ? subject : `'${subject.replace(/'/g, `'\\''`)}'`;
  return [`${plural(oneClick, 'finding has', 'findings have')} a one-click fix: preview_heal {"path": ${JSON.stringify(subject)}} shows the diffs without writing; \`ops report ${shell} --heal\` applies them.`];
}

function counts(summary: Summary): string {
  const { error, warning, note } = summary.bySeverity;
  return `${plural(summary.findings, 'finding')} (${error} error, ${warning} warning, ${note} note)`;
}

export function verdictLine(subject: string, verdict: string, exitCode: number, summary: Summary): string {
  return `${subject}: ${verdict} (exit ${exitCode}); ${counts(summary)}${summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : ''}`;
}

/** The verdict, then up to `shown` findings with their fix advice, then a pointer to the rest and the heal hint. */
export function findingsText(header: string, findings: readonly FindingView[], total: number, shown = 20, hint: readonly string[] = []): string {
  // The fix advice once per rule: a hundred findings of one rule need it once, not a hundred times.
  const advised = new Set<string>();
  const lines = [header];
  for (const finding of findings.slice(0, shown)) {
    lines.push(advised.has(finding.ruleId) ? `${findingLine({ ...finding, remediation: '' })} (fix: as above)` : findingLine(finding));
    advised.add(finding.ruleId);
  }
  if (total > Math.min(shown, findings.length)) lines.push(`… ${total - Math.min(shown, findings.length)} more; list_findings filters by severity, rule and persona.`);
  lines.push(...hint);
  return lines.join('\n');
}

interface WorkspaceEntry {
  path: string;
  kind?: string | undefined;
  verdict: string;
  exitCode: number;
  findings: number;
  error?: string | undefined;
  blocking?: BlockingFinding[] | undefined;
  moreBlocking?: number | undefined;
}

function entryLine(agent: WorkspaceEntry): string {
  return `${agent.path}${agent.kind === 'repository' ? ' (repository: files outside every agent)' : ''}: ${agent.verdict} (exit ${agent.exitCode}), ${plural(agent.findings, 'finding')}${agent.error ? ` (${agent.error})` : ''}`;
}

/**
 * The fleet answer: the verdict, each listed entry (blocked and failed ones by default) with its blocking
 * findings and their fixes, and the passing entries as a count. Short at a thousand agents.
 */
export function workspaceText(
  header: string,
  agents: readonly WorkspaceEntry[],
  options: { total: number; passing: number; truncated: boolean; fixes: ReadonlyArray<{ ruleId: string; remediation: string }> },
): string {
  if (options.total === 0) return `${header}\nNo agents were found: nothing was audited.`;
  const lines = [header];
  for (const agent of agents) {
    lines.push(entryLine(agent));
    // The first blocking finding names the problem; list_findings gives the rest of the agent's.
    const [first, ...rest] = agent.blocking ?? [];
    const more = rest.length + (agent.moreBlocking ?? 0);
    if (first) lines.push(`  ${findingLine({ ...first, remediation: '' })}${more > 0 ? ` (+${more} more: list_findings {"path": ${JSON.stringify(agent.path)}})` : ''}`);
  }
  const listedPassing = agents.filter((agent) => agent.verdict === 'pass').length;
  if (options.truncated) lines.push('… more blocked or failed entries: audit_agent or list_findings on a path gives the rest.');
  if (options.passing > listedPassing) lines.push(`${plural(options.passing, 'entry passes', 'entries pass')} (includePassing: true lists them).`);
  if (options.fixes.length > 0) lines.push('How to fix:', ...options.fixes.map((fix) => `  ${fix.ruleId}: ${fix.remediation}`));
  if (agents.some((agent) => agent.blocking?.some((finding) => finding.fixability === 'one-click'))) {
    lines.push('Some blocking findings have a one-click fix: preview_heal on the agent path shows the diffs without writing.');
  }
  return lines.join('\n');
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
  for (const note of plan.notes) lines.push('', `${note.kind === 'rotate-secret' ? 'Rotate' : 'Declare'}: ${note.text}`);
  return lines.join('\n');
}

/** What became of a decision, in words; a revocation has none. */
function entryState(entry: TriageEntry): string {
  if (entry.state === 'in-force') return `in force${entry.expires ? ` until ${entry.expires}` : ''}`;
  if (entry.state === 'expired') return `expired after ${entry.expires ?? '?'}: the finding gates again`;
  if (entry.state === 'revoked') return `revoked${entry.endedAt ? ` ${entry.endedAt.slice(0, 10)}` : ''}`;
  if (entry.state === 'replaced') return `replaced${entry.endedAt ? ` ${entry.endedAt.slice(0, 10)}` : ''}`;
  return '';
}

/** One line per decision or revocation: when, what, which finding, who and why, and what became of it. */
export function triageText(header: string, entries: readonly TriageEntry[], matched: number): string {
  const lines = [header];
  for (const entry of entries) {
    const what = entry.action === 'revoke' ? `revoked ${entry.status ? TRIAGE_STATUS_LABELS[entry.status] : 'decision'}` : TRIAGE_STATUS_LABELS[entry.status ?? 'accepted-risk'];
    const where = entry.ruleId ? `${entry.ruleId}${entry.file ? ` at ${entry.file}${entry.line ? `:${entry.line}` : ''}` : ''} (${entry.fingerprint.slice(0, 12)})` : entry.fingerprint;
    const state = entryState(entry);
    lines.push(`${entry.decidedAt.slice(0, 10)} ${what}: ${where} by ${entry.author}: ${entry.reason}${state ? ` [${state}]` : ''}`);
  }
  if (matched > entries.length) lines.push(`… ${matched - entries.length} older entries; raise limit to see them.`);
  return lines.join('\n');
}
