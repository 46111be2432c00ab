import type { Category, Severity } from '../findings/model.js';
import type { QuorumConfig } from '../config/committee-schema.js';

/**
 * Votes a finding needs: `external` for one only external auditors raised (a scanner's lone finding the
 * cockpit's own engines did not confirm), else its category's quorum, else its severity's, else `default`, else one.
 */
export function quorumFor(quorum: QuorumConfig, category: Category, severity: Severity, externalOnly = false): number {
  return (externalOnly ? quorum.external : undefined) ?? quorum[category] ?? quorum[severity] ?? quorum.default ?? 1;
}
