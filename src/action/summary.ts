import { PERSONAS, SEVERITIES, type Finding } from '../findings/model.js';
import { entriesLabel, PERSONA_LABELS, VERDICT_LABELS } from '../report/labels.js';
import type { AgentReport, Report } from '../report/model.js';
import { plural } from '../util/plural.js';
import type { FailOn } from './inputs.js';
import { blockingFindings, securityFirst } from '../report/blocking.js';
import { joinPrefix } from '../report/compact.js';

/**
 * GitHub refuses a step summary over 1 MiB, and a page of a thousand rows helps nobody: the summary lists
 * blocked agents and findings up to these caps, names passing agents in a folded list, and counts the rest.
 */
export const SUMMARY_LIMITS = { blockedAgents: 40, findings: 15, passingTableRows: 25, passingNamed: 200, failedAgents: 20 } as const;

/**
 * Text from the audited repository (paths, messages) as inert Markdown: every ASCII punctuation
 * character backslash-escaped (CommonMark allows it for all of them), so nothing becomes a link,
 * an image, HTML or a table break; newlines become spaces so a table row stays one row.
 */
export function markdownText(value: string | number): string {
  return String(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], numeric: readonly number[] = []): string[] {
  const align = header.map((_, column) => (numeric.includes(column) ? '---:' : '---'));
  return [row(header), row(align), ...rows.map(row)];
}

const FLEET_VERDICTS = { pass: 'pass', 'security-block': '**BLOCKED** (secret/PII)', 'policy-block': '**BLOCKED** (policy)', failed: '**FAILED**' } as const;
const MATRIX_VERDICTS = { approved: 'approved', 'approved-with-warnings': 'approved, warnings', blocked: '**BLOCKED**' } as const;

function count(agent: AgentReport, severity: Finding['severity']): number {
  return agent.findings.filter((finding) => finding.severity === severity).length;
}

export interface SummaryContext {
  failOn: FailOn;
  jobExitCode: number;
  sarifFile: string;
  uploadSarif: boolean;
  htmlFile?: string;
  /** The audited folder relative to the repository root (POSIX, '' for the root): report paths are under it. */
  rootPrefix?: string;
  /** `https://github.com/OWNER/REPO/blob/SHA`: findings link to their line at the audited commit. */
  blobBase?: string;
}

/** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}` when the runner set all three (and they look right). */
export function blobUrlBase(env: NodeJS.ProcessEnv): string | undefined {
  const server = env['GITHUB_SERVER_URL'] ?? '';
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const sha = env['GITHUB_SHA'] ?? '';
  if (!/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}`;
}


/** `path:line`, linked to the line at the commit when the runner's variables allow; each segment percent-encoded. */
function locationCell(finding: Finding, context: SummaryContext): string {
  const shown = `${markdownText(finding.file)}:${finding.region.startLine}`;
  if (!context.blobBase) return shown;
  const encoded = joinPrefix(context.rootPrefix ?? '', finding.file)
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `[${shown}](${context.blobBase}/${encoded}#L${finding.region.startLine})`;
}

function agentLabel(agent: AgentReport): string {
  return markdownText(agent.kind === 'repository' ? `${agent.path} (repository)` : agent.path);
}

function agentRow(agent: AgentReport): Array<string | number> {
  return [agentLabel(agent), markdownText(agent.frameworks.join(', ') || '–'), FLEET_VERDICTS[agent.verdict], count(agent, 'error'), count(agent, 'warning'), count(agent, 'note')];
}

function blockingCell(agent: AgentReport, context: SummaryContext): string {
  const [first, ...rest] = securityFirst(blockingFindings(agent));
  if (!first) return markdownText(agent.error ?? '–');
  return `${markdownText(first.ruleId)} at ${locationCell(first, context)}${rest.length > 0 ? ` \\+${rest.length} more` : ''}`;
}

/** What a baseline or a changed-since run left out of the gate, in one line. */
function scopeLine(report: Report): string | undefined {
  const parts: string[] = [];
  if (report.baseline) parts.push(`baseline ${markdownText(report.baseline.file)}: ${report.baseline.new} new, ${report.baseline.matched} already listed (not gated)`);
  if (report.changes) {
    const since = report.changes.ref ? ` since ${markdownText(report.changes.ref)}` : '';
    parts.push(`changes${since}: ${plural(report.changes.agents.length, 'changed agent')} audited, ${report.changes.outside} findings outside the changed lines (not gated)`);
  }
  return parts.length > 0 ? `Gated on new findings only: ${parts.join('; ')}.` : undefined;
}

/**
 * The job summary: verdict and gate, counts, the blocked agents with what blocks them, the passing agents
 * folded away, the Persona Matrix, then the findings that matter most. Stays short for a thousand agents.
 */
export function formatJobSummary(report: Report, context: SummaryContext): string {
  const { summary } = report;
  const failing = context.jobExitCode !== 0;
  const scope = scopeLine(report);
  const lines = [
    `## AgentOps Cockpit: ${VERDICT_LABELS[report.verdict]}`,
    '',
    `Gate exit code **${report.exitCode}**; with \`fail-on: ${context.failOn}\` the job ${failing ? `**fails** (exit ${context.jobExitCode})` : 'passes'}.` +
      (report.shard ? ` Shard ${markdownText(report.shard)} of the fleet.` : ''),
    '',
    `${entriesLabel(report.agents)} audited under ${markdownText(report.root)} · ` +
      `${plural(summary.findings, 'finding')} (${SEVERITIES.map((severity) => `${summary.bySeverity[severity]} ${severity}`).join(', ')})` +
      ` · ${summary.suppressed} suppressed · one-click ${summary.byFixability['one-click']}, structural ${summary.byFixability.structural}`,
    '',
    ...(scope ? [scope, ''] : []),
  ];

  // Security blocks first: under the cap, a leaked key must not hide behind a page of policy blocks.
  const blocked = [...report.agents.filter((agent) => agent.verdict === 'security-block'), ...report.agents.filter((agent) => agent.verdict === 'policy-block')];
  const failed = report.agents.filter((agent) => agent.verdict === 'failed');
  const passing = report.agents.filter((agent) => agent.verdict === 'pass');
  const header = ['Agent', 'Frameworks', 'Verdict', 'error', 'warning', 'note'];

  if (blocked.length > 0) {
    const listed = blocked.slice(0, SUMMARY_LIMITS.blockedAgents);
    lines.push(
      `### Blocked agents (${blocked.length} of ${report.agents.length})`,
      '',
      ...table([...header, 'Blocking'], listed.map((agent) => [...agentRow(agent), blockingCell(agent, context)]), [3, 4, 5]),
      '',
    );
    if (blocked.length > listed.length) lines.push(`… and ${blocked.length - listed.length} more blocked agents, in the SARIF log and code scanning.`, '');
  }

  if (failed.length > 0) {
    const listed = failed.slice(0, SUMMARY_LIMITS.failedAgents);
    lines.push('### Agents that could not be audited', '', ...listed.map((agent) => `- ${markdownText(agent.path)}: ${markdownText(agent.error ?? 'files that may hide a secret could not be read')}`));
    if (failed.length > listed.length) lines.push(`- … and ${failed.length - listed.length} more`);
    lines.push('');
  }

  if (passing.length > 0) {
    lines.push(`<details><summary>${plural(passing.length, 'passing agent')}</summary>`, '');
    if (passing.length <= SUMMARY_LIMITS.passingTableRows) lines.push(...table(header, passing.map(agentRow), [3, 4, 5]));
    else {
      // One line, however many: a table row per passing agent is what made the summary long.
      const named = passing.slice(0, SUMMARY_LIMITS.passingNamed).map(agentLabel).join(', ');
      lines.push(named + (passing.length > SUMMARY_LIMITS.passingNamed ? `, … and ${passing.length - SUMMARY_LIMITS.passingNamed} more` : ''));
    }
    lines.push('', '</details>', '');
  }

  lines.push(
    '### Persona Matrix',
    '',
    ...table(
      ['Persona', 'error', 'warning', 'note', 'one-click', 'structural', 'verdict'],
      PERSONAS.map((persona) => {
        const entry = summary.personaMatrix[persona];
        return [PERSONA_LABELS[persona], entry.error, entry.warning, entry.note, entry.oneClick, entry.structural, MATRIX_VERDICTS[entry.verdict]];
      }),
      [1, 2, 3, 4, 5],
    ),
    '',
  );

  // Errors first: they are what the gate blocks on; warnings and notes follow while there is room.
  const findings = SEVERITIES.flatMap((severity) => report.agents.flatMap((agent) => agent.findings.filter((finding) => finding.severity === severity)));
  if (findings.length > 0) {
    const listed = findings.slice(0, SUMMARY_LIMITS.findings);
    lines.push(
      '### Findings',
      '',
      ...table(
        ['Severity', 'Rule', 'Location', 'Message'],
        listed.map((finding) => [finding.severity, markdownText(finding.ruleId), locationCell(finding, context), markdownText(finding.message)]),
      ),
      '',
    );
    if (findings.length > listed.length) lines.push(`${findings.length - listed.length} more findings are in the SARIF file and in code scanning.`, '');
  }

  const files = [`SARIF: \`${context.sarifFile.replace(/`/g, "'")}\`${context.uploadSarif ? ' (uploaded to code scanning after this step)' : ' (not uploaded: `upload-sarif: false`)'}`];
  if (context.htmlFile) files.push(`HTML report: \`${context.htmlFile.replace(/`/g, "'")}\``);
  lines.push(...files.map((line) => `${line}  `), '');
  return `${lines.join('\n')}\n`;
}
