import { readAllLatest } from '../lake/partitions.js';
import { CockpitError } from '../util/errors.js';

/** A finding of the lake's latest records, as a decision names it. */
export interface FoundFinding {
  fingerprint: string;
  ruleId: string;
  agent: string;
  file: string;
  line: number;
}

const FULL = /^[0-9a-f]{32}$/;
const MIN_PREFIX = 6;

/**
 * The finding a fingerprint (or a unique prefix of one) names in the lake's latest records, counted or not.
 * A full fingerprint the lake does not hold is taken as it is (a finding of a run that kept no lake).
 */
export async function findFinding(lake: string | undefined, given: string, lakeShown = lake ?? 'the lake'): Promise<FoundFinding | { fingerprint: string; inLake: false }> {
  const wanted = given.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_PREFIX) {
    throw new CockpitError(`fingerprint '${given}': expected hexadecimal, at least ${MIN_PREFIX} characters (the "fingerprint" of a finding in --format json)`);
  }
  const matches = new Map<string, FoundFinding>();
  for (const record of lake ? await readAllLatest(lake).catch(() => []) : []) {
    const agent = record.agent;
    for (const finding of [...agent.findings, ...agent.suppressed, ...(agent.baselined ?? []), ...(agent.outsideChanges ?? [])]) {
      if (!finding.fingerprint.startsWith(wanted)) continue;
      matches.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, agent: agent.path, file: finding.file, line: finding.region.startLine });
    }
  }
  if (matches.size === 1) return [...matches.values()][0]!;
  if (matches.size > 1) throw new CockpitError(`fingerprint '${given}': ${matches.size} findings start with it; give more characters`);
  if (FULL.test(wanted)) return { fingerprint: wanted, inLake: false };
  throw new CockpitError(
    `fingerprint '${given}': no finding in ${lakeShown} starts with it (run ops report first, or give the full 32-character fingerprint)`,
  );
}
