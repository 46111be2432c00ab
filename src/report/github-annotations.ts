import type { Finding } from '../findings/model.js';
import type { Report } from './model.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { joinPrefix } from './compact.js';

/**
 * GitHub Actions workflow-command annotations (`::error file=…,line=…,col=…,title=…::message`) for a
 * report's findings, so they show on the pull request's diff. Kept apart from the action so the CLI can
 * offer the same lines as a format later.
 *
 * Escaping follows the runner's decoder (actions/toolkit `command.ts`): in the message `%`, CR and LF
 * are percent-encoded; in a property also `:` and `,`, which would otherwise end it. A message is
 * therefore always exactly one command, whatever the audited repository put in a path or a string.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step and 50 per job
 * (actions/toolkit docs/problem-matchers.md, "Limitations", https://github.com/actions/toolkit/pull/734;
 * https://github.com/orgs/community/discussions/68471). Extra lines are dropped silently by GitHub, so
 * this writes at most `perKind` of each level, errors first, and says in the log how many it left out.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export const ANNOTATIONS_PER_KIND = 10;

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

/** One workflow command; properties in the order the docs show them, absent ones left out. */
export function workflowAnnotation(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): string {
  const entries: Array<[string, string | number | undefined]> = [
    ['file', properties.file],
    ['line', properties.line],
    ['endLine', properties.endLine],
    ['col', properties.col],
    ['title', properties.title],
  ];
  const shown = entries.filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  const props = shown.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

/** A finding's severity as a workflow command's level. */
export const ANNOTATION_LEVELS: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * The annotation of one finding: the rule as title, the message and the fix advice as text. Text from the
 * audit is run through the secret redaction once more, so no credential reaches the log in full.
 */
function findingAnnotation(finding: Finding, rootPrefix: string): string {
  const advice = finding.remediation ? ` Fix: ${finding.remediation}` : '';
  return workflowAnnotation(ANNOTATION_LEVELS[finding.severity], redactText(`${finding.message}${advice}`), {
    file: joinPrefix(rootPrefix, finding.file),
    line: finding.region.startLine,
    ...(finding.region.endLine > finding.region.startLine ? { endLine: finding.region.endLine } : {}),
    col: finding.region.startColumn,
    title: `AgentOps Cockpit: ${finding.ruleId}`,
  });
}

export interface ReportAnnotations {
  lines: string[];
  /** Findings that count for the gate but got no annotation (over the per-kind limit). */
  omitted: number;
}

/**
 * Annotations for the findings that count for the gate (baselined findings and those outside the
 * changes are not annotated), at most `limits[level]` of each level, secrets and personal data first.
 */
export function reportAnnotations(report: Report, rootPrefix: string, limits: Partial<Record<AnnotationLevel, number>> = {}): ReportAnnotations {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  let omitted = 0;
  // Secrets and personal data first within a level: with ten slots, the leak is the one to show.
  const securityFirst = (finding: Finding) => (finding.category === 'secret' || finding.category === 'pii' ? 0 : 1);
  const findings = report.agents.flatMap((agent) => agent.findings).sort((a, b) => securityFirst(a) - securityFirst(b));
  for (const finding of findings) {
    const level = ANNOTATION_LEVELS[finding.severity];
    if (used[level] >= (limits[level] ?? ANNOTATIONS_PER_KIND)) {
      omitted++;
      continue;
    }
    used[level]++;
    lines.push(findingAnnotation(finding, rootPrefix));
  }
  return { lines, omitted };
}
