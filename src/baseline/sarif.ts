import { compareFindings } from '../findings/order.js';
import type { Report } from '../report/model.js';
import { FINGERPRINT_KEY, toSarif, type SarifOptions } from '../report/sarif.js';
import type { RuleMeta } from '../rules/types.js';
import type { BaselineState } from '../report/model.js';

/**
 * SARIF for a narrowed report: every finding is a result (code scanning must not see baselined or
 * unchanged code as fixed), each with SARIF 2.1.0's `baselineState`: `new` for the findings the gate
 * counted, `unchanged` for those the baseline lists or that lie outside the changes. Once one result
 * has a baselineState, all of them get one.
 */
export function toScopedSarif(report: Report, rules: readonly RuleMeta[], states: ReadonlyMap<string, BaselineState>, options: SarifOptions = {}) {
  const complete: Report = {
    ...report,
    agents: report.agents.map((agent) => ({
      ...agent,
      findings: [...agent.findings, ...(agent.baselined ?? []), ...(agent.outsideChanges ?? [])].sort(compareFindings),
    })),
  };
  const log = toSarif(complete, rules, options);
  return {
    ...log,
    runs: log.runs.map((run) => ({
      ...run,
      results: run.results.map((result) => ({ ...result, baselineState: states.get(result.partialFingerprints[FINGERPRINT_KEY] ?? '') ?? 'new' })),
    })),
  };
}

export function formatScopedSarif(report: Report, rules: readonly RuleMeta[], states: ReadonlyMap<string, BaselineState>, options: SarifOptions = {}): string {
  return `${JSON.stringify(toScopedSarif(report, rules, states, options), null, 2)}\n`;
}
