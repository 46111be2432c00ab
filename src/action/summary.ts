import { PERSONAS, SEVERITIES, type Finding } from '../findings/model.js';
import { entriesLabel, PERSONA_LABELS, VERDICT_LABELS } from '../report/labels.js';
import type { AgentReport, Report } from '../report/model.js';
import { plural } from '../util/plural.js';
import type { FailOn } from './inputs.js';

/** GitHub refuses a step summary over 1 MiB; stay well under it and say what was left out. */
const MAX_FINDINGS_LISTED = 100;

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
}

/** The job summary: verdict and gate, fleet table, Persona Matrix, then the findings that matter most. */
export function formatJobSummary(report: Report, context: SummaryContext): string {
  const { summary } = report;
  const failing = context.jobExitCode !== 0;
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
    '### Fleet',
    '',
    ...table(
      ['Agent', 'Frameworks', 'Verdict', 'error', 'warning', 'note'],
      report.agents.map((agent) => [markdownText(agent.kind === 'repository' ? `${agent.path} (repository)` : agent.path), markdownText(agent.frameworks.join(', ') || '–'), FLEET_VERDICTS[agent.verdict], count(agent, 'error'), count(agent, 'warning'), count(agent, 'note')]),
      [3, 4, 5],
    ),
    '',
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
  ];

  const failed = report.agents.filter((agent) => agent.error);
  if (failed.length > 0) {
    lines.push('### Agents that could not be audited', '', ...failed.map((agent) => `- ${markdownText(agent.path)}: ${markdownText(agent.error ?? '')}`), '');
  }

  // Errors first: they are what the gate blocks on; warnings and notes follow while there is room.
  const findings = SEVERITIES.flatMap((severity) => report.agents.flatMap((agent) => agent.findings.filter((finding) => finding.severity === severity)));
  if (findings.length > 0) {
    const listed = findings.slice(0, MAX_FINDINGS_LISTED);
    lines.push(
      '### Findings',
      '',
      ...table(
        ['Severity', 'Rule', 'Location', 'Message'],
        listed.map((finding) => [finding.severity, markdownText(finding.ruleId), `${markdownText(finding.file)}:${finding.region.startLine}`, markdownText(finding.message)]),
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
