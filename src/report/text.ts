import { createColors } from 'picocolors';
import { PERSONAS, SEVERITIES } from '../findings/kinds.js';
import type { Finding, Severity } from '../findings/model.js';
import { failsClosed, SKIP_FIX } from '../gate/gate.js';
import { TOOL_VERSION } from '../version.js';
import { entriesLabel, FLEET_VERDICT_LABELS, PERSONA_LABELS, REPOSITORY_LABEL, SEVERITY_LABELS, VERDICT_LABELS } from './labels.js';
import type { AgentReport, Report } from './model.js';
import { isRepositoryEntry } from './summary.js';
import { formatRegistryRun } from './registry-text.js';
import { renderTableRows } from './table.js';
import { firstSentence } from './first-sentence.js';
import { verdictRank } from '../gate/gate.js';
import { terminalSafe } from './terminal-safe.js';
import { agreementLine } from './committee-text.js';
import { plural } from '../util/plural.js';

type Colors = ReturnType<typeof createColors>;

function paintSeverity(colors: Colors, severity: Severity, text: string): string {
  if (severity === 'error') return colors.red(colors.bold(text));
  if (severity === 'warning') return colors.yellow(colors.bold(text));
  return colors.cyan(text);
}

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatFinding(colors: Colors, finding: Finding): string[] {
  const where = `${finding.file}:${finding.region.startLine}:${finding.region.startColumn}`;
  const lines = [
    `    ${paintSeverity(colors, finding.severity, finding.severity === 'error' ? '✖' : finding.severity === 'warning' ? '▲' : '•')} ${colors.bold(where)}  ${colors.dim(finding.ruleId)}`,
    `      ${finding.message}`,
  ];
  if (finding.snippet) lines.push(`      ${colors.dim('│')} ${colors.dim(finding.snippet.trim())}`);
  const agreement = agreementLine(finding);
  if (agreement) lines.push(`      ${colors.dim('votes:')} ${terminalSafe(agreement)}`);
  lines.push(`      ${colors.dim(`fix (${finding.fixability}):`)} ${firstSentence(finding.remediation)}`);
  return lines;
}

/** ` (2 binary-content, 1 lockfile)`: why files were skipped, most common first. */
function skipReasons(agent: AgentReport): string {
  const counts = new Map<string, number>();
  for (const skip of agent.skipped ?? []) counts.set(skip.reason, (counts.get(skip.reason) ?? 0) + 1);
  if (counts.size === 0) return '';
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, count]) => `${count} ${reason}`);
  return ` (${parts.join(', ')})`;
}

function formatAgent(colors: Colors, agent: AgentReport): string[] {
  const identity = isRepositoryEntry(agent) ? [REPOSITORY_LABEL] : [agent.language, agent.frameworks.length > 0 ? agent.frameworks.join(', ') : 'no framework detected'];
  if (agent.entrypoint) identity.push(`entry ${agent.entrypoint}`);
  const lines = [
    `${colors.bold(agent.name)} ${colors.dim(`(${agent.path})`)} · ${identity.join(' · ')}`,
    colors.dim(`  ${plural(agent.stats.filesScanned, 'file')} scanned (${kilobytes(agent.stats.bytesScanned)}), ${agent.stats.filesSkipped} skipped${skipReasons(agent)}`),
  ];
  const unread = (agent.skipped ?? []).filter(failsClosed);
  for (const skip of unread) {
    lines.push(`  ${colors.red(colors.bold('✖'))} ${colors.bold(skip.path)}  ${colors.dim(`skipped/${skip.reason}`)}`, `      not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`);
  }
  for (const severity of SEVERITIES) {
    const ofSeverity = agent.findings.filter((finding) => finding.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push('', `  ${paintSeverity(colors, severity, `${SEVERITY_LABELS[severity]} (${ofSeverity.length})`)}`);
    for (const persona of PERSONAS) {
      const ofPersona = ofSeverity.filter((finding) => finding.persona === persona);
      if (ofPersona.length === 0) continue;
      lines.push(`   ${colors.bold(PERSONA_LABELS[persona])}`);
      for (const finding of ofPersona) lines.push(...formatFinding(colors, finding));
    }
  }
  if (agent.suppressed.length > 0) {
    lines.push('', `  ${colors.dim(`Suppressed (${agent.suppressed.length}), not counted:`)}`);
    for (const finding of agent.suppressed) {
      lines.push(colors.dim(`    ${finding.file}:${finding.region.startLine}  ${finding.ruleId}  (${finding.suppression?.reason ?? ''})`));
    }
  }
  if (agent.error) lines.push('', `  ${colors.red(colors.bold(`✖ audit failed: ${agent.error}`))}`);
  else if (agent.findings.length === 0 && unread.length === 0) lines.push('', `  ${colors.green('✔ no findings')}`);
  return lines;
}

const VERDICT_WORDS = { approved: 'approved', 'approved-with-warnings': 'approved, warnings', blocked: 'BLOCKED' } as const;

/** The Persona Matrix: persona × severity, fixability and an approval verdict. */
function formatPersonaMatrix(colors: Colors, matrix: Report['summary']['personaMatrix'], width: number | undefined): string[] {
  const rows = PERSONAS.map((persona) => {
    const row = matrix[persona];
    return [PERSONA_LABELS[persona], row.error, row.warning, row.note, row.oneClick, row.structural, VERDICT_WORDS[row.verdict]].map(String);
  });
  const [header, ...body] = renderTableRows(['Persona', 'error', 'warning', 'note', 'one-click', 'structural', 'verdict'], rows, [0, 6], width !== undefined ? width - 2 : undefined);
  return [
    colors.bold('Persona Matrix'),
    ...header!.map((line) => `  ${colors.dim(line)}`),
    ...body.flatMap((lines, index) => {
      const verdict = matrix[PERSONAS[index]!].verdict;
      return lines.map((line) => (verdict === 'blocked' ? colors.red(`  ${line}`) : verdict === 'approved-with-warnings' ? colors.yellow(`  ${line}`) : `  ${line}`));
    }),
  ];
}

/** Above this many entries the fleet table lists the agents that did not pass and sums up the rest in one line. */
export const FLEET_ROWS_IN_FULL = 20;

/**
 * One row per agent: where it is, what it runs on, its verdict and counts by severity. A large fleet lists
 * blocked and failed agents first (worst verdict first) and the passing ones as one line, `204 agents pass`.
 * With a width (a terminal), wide cells wrap with a hanging indent so rows fit it.
 */
function formatFleetTable(colors: Colors, agents: readonly AgentReport[], width: number | undefined): string[] {
  const summarised = agents.length > FLEET_ROWS_IN_FULL;
  const listed = summarised
    ? agents.filter((agent) => agent.verdict !== 'pass').sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    : agents;
  const rows = listed.map((agent) => {
    const count = (severity: Severity) => String(agent.findings.filter((finding) => finding.severity === severity).length);
    const where = isRepositoryEntry(agent) ? `${agent.path} (repository)` : agent.path;
    return [where, agent.frameworks.join(', ') || '–', FLEET_VERDICT_LABELS[agent.verdict], count('error'), count('warning'), count('note')];
  });
  const [header, ...body] = renderTableRows(['Agent', 'Frameworks', 'Verdict', 'error', 'warning', 'note'], rows, [0, 1, 2], width !== undefined ? width - 2 : undefined);
  const lines = [colors.bold(`Fleet (${entriesLabel(agents)})`), ...header!.map((line) => `  ${colors.dim(line)}`)];
  body.forEach((rowLines, index) => {
    const verdict = listed[index]!.verdict;
    for (const line of rowLines) lines.push(verdict === 'pass' ? `  ${line}` : colors.red(`  ${line}`));
  });
  if (summarised) {
    const passing = agents.filter((agent) => agent.verdict === 'pass');
    const withFindings = passing.filter((agent) => agent.findings.length > 0).length;
    lines.push(colors.green(`  ${entriesLabel(passing)} pass`) + (withFindings > 0 ? colors.dim(` (${withFindings} with warnings or notes)`) : ''));
  }
  return lines;
}

export interface TextOptions {
  color: boolean;
  /** Show the fleet table (workspace audits and lake reports). */
  fleet?: boolean;
  /** Wall time, shown in the footer (kept out of JSON so reports stay reproducible). */
  durationMs?: number;
  /** Terminal columns tables are fitted to (a TTY); undefined: never wrapped, so piped rows stay greppable. */
  width?: number;
  /** The command that previews the one-click fixes (`ops report … --heal --dry-run`); hinted when findings have one. */
  healCommand?: string;
}

export function formatText(input: Report, options: TextOptions): string {
  const report = terminalSafe(input);
  const colors = createColors(options.color);
  const { summary } = report;
  const lines = [colors.bold(`AgentOps Cockpit ${TOOL_VERSION}`) + colors.dim(` · ${report.root}`), ''];
  for (const agent of report.agents) {
    // In a fleet, clean agents appear only in the fleet table.
    if (options.fleet && agent.findings.length === 0 && agent.suppressed.length === 0 && !agent.error) continue;
    lines.push(...formatAgent(colors, agent), '');
  }
  if (options.fleet) lines.push(...formatFleetTable(colors, report.agents, options.width), '');

  lines.push(...formatPersonaMatrix(colors, summary.personaMatrix, options.width), '');
  if (report.registry) lines.push(...formatRegistryRun(colors, report.registry), '');
  const severities = SEVERITIES.map((severity) => `${summary.bySeverity[severity]} ${severity}`).join(', ');
  const categories = Object.entries(summary.byCategory)
    .filter(([, count]) => count > 0)
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
  const timing = options.durationMs !== undefined ? ` in ${Math.round(options.durationMs)} ms` : '';
  lines.push(
    `${colors.bold('Summary:')} ${plural(summary.findings, 'finding')} (${severities})${categories ? ` · ${categories}` : ''}` +
      ` · one-click ${summary.byFixability['one-click']}, structural ${summary.byFixability.structural}` +
      (summary.suppressed > 0 ? ` · ${summary.suppressed} suppressed` : ''),
    colors.dim(`${entriesLabel(report.agents)} audited${timing}`),
  );
  const fixable = report.agents.reduce((count, agent) => count + agent.findings.filter((finding) => finding.fix !== undefined).length, 0);
  if (fixable > 0 && options.healCommand) lines.push(`${plural(fixable, 'finding has a fix', 'findings have fixes')}: ${options.healCommand}`);
  const verdict = `${VERDICT_LABELS[report.verdict]} (exit ${report.exitCode})`;
  lines.push(`${colors.bold('Verdict:')} ${report.exitCode === 0 ? colors.green(verdict) : colors.red(colors.bold(verdict))}`);
  return `${lines.join('\n')}\n`;
}
