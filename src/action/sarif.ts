import { sarifOptionsFor, toSarif } from '../report/sarif.js';
import type { Report } from '../report/model.js';
import { RULES } from '../rules/index.js';
import { toScopedSarif } from '../baseline/sarif.js';
import type { BaselineState } from '../report/model.js';

/**
 * With `baseline` or `changed-since` the report keeps what the gate did not count (baselined, outside
 * the changes) apart; each is `unchanged` in SARIF, the counted findings `new`, as `ops report --format sarif` does,
 * so code scanning does not take the legacy findings for fixed.
 */
function scopedStates(report: Report): Map<string, BaselineState> | undefined {
  if (!report.baseline && !report.changes) return undefined;
  const states = new Map<string, BaselineState>();
  for (const agent of report.agents) {
    for (const finding of [...(agent.baselined ?? []), ...(agent.outsideChanges ?? [])]) states.set(finding.fingerprint, 'unchanged');
    for (const finding of agent.findings) states.set(finding.fingerprint, 'new');
  }
  return states;
}

/**
 * The run's SARIF with locations relative to the repository: code scanning resolves `%SRCROOT%`
 * against the checkout, while the report's paths are relative to the audited folder. `rootPrefix`
 * is that folder relative to the checkout (POSIX, '' for the checkout itself).
 */
export function sarifForRepository(report: Report, rootPrefix: string): string {
  const states = scopedStates(report);
  const log = states ? toScopedSarif(report, RULES, states, sarifOptionsFor(report)) : toSarif(report, RULES, sarifOptionsFor(report));
  if (rootPrefix === '') return `${JSON.stringify(log, null, 2)}\n`;
  const prefix = encodeURI(`${rootPrefix}/`);
  const runs = log.runs.map((run) => ({
    ...run,
    results: run.results.map((result) => ({
      ...result,
      locations: result.locations.map((location) => ({
        ...location,
        physicalLocation: {
          ...location.physicalLocation,
          artifactLocation: { ...location.physicalLocation.artifactLocation, uri: prefix + location.physicalLocation.artifactLocation.uri },
        },
      })),
    })),
  }));
  return `${JSON.stringify({ ...log, runs }, null, 2)}\n`;
}
