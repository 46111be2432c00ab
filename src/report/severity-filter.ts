import { SEVERITIES } from '../findings/kinds.js';
import type { Finding, Severity } from '../findings/model.js';
import type { AgentReport, Report } from './model.js';
import { summarise } from './summary.js';
import { CockpitError } from '../util/errors.js';

/** `--severity <level>`: the levels a report shows, most severe first. */
export function severitiesFrom(minimum: Severity): readonly Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(minimum) + 1);
}

export function parseSeverity(value: string, flag: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new CockpitError(`${flag}: unknown severity '${value}' (expected ${SEVERITIES.join(', ')})`);
}

/**
 * The report with findings below `minimum` left out of every list, and the summary counted again from
 * what is left. The verdict and exit code are the gate's and stay as they were: `--severity` changes what
 * is shown, never what blocks (that is the policy's `block_on`).
 */
export function filterBySeverity(report: Report, minimum: Severity): Report {
  if (minimum === 'note') return report;
  const shown = new Set<Severity>(severitiesFrom(minimum));
  const keep = (findings: readonly Finding[]) => findings.filter((finding) => shown.has(finding.severity));
  const agents: AgentReport[] = report.agents.map((agent) => ({
    ...agent,
    findings: keep(agent.findings),
    suppressed: keep(agent.suppressed),
    ...(agent.baselined ? { baselined: keep(agent.baselined) } : {}),
    ...(agent.outsideChanges ? { outsideChanges: keep(agent.outsideChanges) } : {}),
  }));
  return { ...report, summary: summarise(agents), agents };
}
