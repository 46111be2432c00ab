import { sarifOptionsFor, toSarif } from '../report/sarif.js';
import type { Report } from '../report/model.js';
import { RULES } from '../rules/index.js';

/**
 * The run's SARIF with locations relative to the repository: code scanning resolves `%SRCROOT%`
 * against the checkout, while the report's paths are relative to the audited folder. `rootPrefix`
 * is that folder relative to the checkout (POSIX, '' for the checkout itself).
 */
export function sarifForRepository(report: Report, rootPrefix: string): string {
  const log = toSarif(report, RULES, sarifOptionsFor(report));
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
