import type { Finding } from '../findings/model.js';
import { failsClosed, SKIP_FIX } from '../gate/gate.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { escapeForTerminal } from '../util/terminal-text.js';
import { plural } from '../util/plural.js';
import { entriesLabel, VERDICT_LABELS } from './labels.js';
import type { AgentReport, Report } from './model.js';
import { blockingFindings } from './blocking.js';

/**
 * `--format compact`: one line per finding, `path:line:col: severity rule-id message`, the shape of ruff's
 * `--output-format concise` and ESLint's `unix` formatter, so editors, `grep` and problem matchers read it.
 * Paths are as the user would type them from the current folder (the report root joined with the finding's
 * path). Text from the audited tree is made terminal-safe, and messages are redacted once more, so a line
 * can neither be forged by a file name nor print a credential.
 */

export interface CompactOptions {
  /** What finding paths are joined under: the report root as shown (relative to the current folder). */
  pathPrefix: string;
  /** Only the findings that block the gate (text `--quiet`). */
  blockingOnly?: boolean;
  /** End with the one-line verdict (ruff's and ESLint's summary line): on stdout, not in a file. */
  verdict?: boolean;
}

export function joinPrefix(prefix: string, file: string): string {
  return prefix === '' || prefix === '.' ? file : `${prefix.replace(/\/$/, '')}/${file}`;
}

function oneLine(text: string): string {
  return escapeForTerminal(redactText(text.replace(/\s*\n\s*/g, ' ')));
}

export function compactFindingLine(finding: Finding, pathPrefix: string): string {
  const where = `${joinPrefix(pathPrefix, finding.file)}:${finding.region.startLine}:${finding.region.startColumn}`;
  return `${escapeForTerminal(where)}: ${finding.severity} ${escapeForTerminal(finding.ruleId)} ${oneLine(finding.message)}`;
}

/** An agent that could not be audited, and files not read that may hold a secret: they block too. */
function failureLines(agent: AgentReport, pathPrefix: string): string[] {
  const lines: string[] = [];
  if (agent.error) lines.push(`${escapeForTerminal(joinPrefix(pathPrefix, agent.path))}: error audit-failed ${oneLine(agent.error)}`);
  for (const skip of (agent.skipped ?? []).filter(failsClosed)) {
    lines.push(`${escapeForTerminal(joinPrefix(pathPrefix, skip.path))}: error skipped/${skip.reason} not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`);
  }
  return lines;
}

/** `Verdict: BLOCKED: … (exit 1) · 3 blocking findings in 2 of 400 agents`. */
export function verdictLine(report: Report): string {
  const blocked = report.agents.filter((agent) => agent.exitCode !== 0);
  const blocking = report.agents.reduce((count, agent) => count + blockingFindings(agent).length, 0);
  const detail =
    blocked.length === 0
      ? `${plural(report.summary.findings, 'finding')} in ${entriesLabel(report.agents)}, none blocking`
      : `${plural(blocking, 'blocking finding')} in ${blocked.length} of ${entriesLabel(report.agents)}`;
  return `Verdict: ${VERDICT_LABELS[report.verdict]} (exit ${report.exitCode}) · ${detail}`;
}

export function formatCompact(report: Report, options: CompactOptions): string {
  const lines: string[] = [];
  for (const agent of report.agents) {
    const findings = options.blockingOnly ? blockingFindings(agent) : agent.findings;
    lines.push(...findings.map((finding) => compactFindingLine(finding, options.pathPrefix)), ...failureLines(agent, options.pathPrefix));
  }
  if (options.verdict) lines.push(verdictLine(report));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
