import type { Finding } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import type { FindingAge, FindingRow, FixedFinding } from './api-schemas.js';
import { byFinish } from './run-history.js';

/**
 * How long findings live, from the runs' fingerprints (as run-history.ts tells new from fixed): a finding was
 * first seen in the first run of its agent whose findings hold its fingerprint, and fixed by the first run after
 * its last appearance, when the latest run no longer has it. A pruned history starts later, and so do ages.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** The agent page lists this many fixes, newest first. */
const RECENTLY_FIXED = 25;

/** The run a fingerprint was first found in, and when that run's record was finished. */
export interface FirstSeen {
  runId: string;
  at: string;
}

/** Whole days from `from` to `to` (0 within the first day, never negative). */
export function wholeDays(from: string, to: Date): number {
  const elapsed = to.getTime() - Date.parse(from);
  return Number.isFinite(elapsed) && elapsed > 0 ? Math.floor(elapsed / DAY_MS) : 0;
}

function findingAge(first: FirstSeen, now: Date): FindingAge {
  return { firstSeen: first.at, firstRunId: first.runId, ageDays: wholeDays(first.at, now) };
}

/** Every fingerprint of one agent's runs → the first run that had it: one pass over the runs, oldest first. */
export function firstSeenIndex(runs: readonly LakeRecord[]): Map<string, FirstSeen> {
  const index = new Map<string, FirstSeen>();
  for (const run of [...runs].sort(byFinish)) {
    for (const finding of run.agent.findings) if (!index.has(finding.fingerprint)) index.set(finding.fingerprint, { runId: run.runId, at: run.finishedAt });
  }
  return index;
}

/**
 * One agent's findings over time: the age of each finding of its latest record (by fingerprint), and the
 * fingerprints earlier runs had that the latest no longer has, newest fix first, with how long each lived.
 */
export function findingTimeline(history: readonly LakeRecord[], latest: LakeRecord, now: Date): { ages: Record<string, FindingAge>; fixed: FixedFinding[] } {
  // A pruned history may lack the latest record (the lake keeps latest.json): it is a run all the same.
  const runs = history.some((run) => run.runId === latest.runId) ? [...history].sort(byFinish) : [...history, latest].sort(byFinish);
  const end = runs.findIndex((run) => run.runId === latest.runId);
  const seen = new Map<string, { first: FirstSeen; last: number; finding: Finding }>();
  runs.slice(0, end + 1).forEach((run, index) => {
    for (const finding of run.agent.findings) {
      const entry = seen.get(finding.fingerprint);
      if (entry) Object.assign(entry, { last: index, finding });
      else seen.set(finding.fingerprint, { first: { runId: run.runId, at: run.finishedAt }, last: index, finding });
    }
  });
  const ages: Record<string, FindingAge> = {};
  for (const finding of latest.agent.findings) {
    const entry = seen.get(finding.fingerprint);
    if (entry) ages[finding.fingerprint] = findingAge(entry.first, now);
  }
  const fixed: FixedFinding[] = [];
  for (const [fingerprint, { first, last, finding }] of seen) {
    if (last >= end) continue;
    const fixer = runs[last + 1]!;
    fixed.push({
      fingerprint,
      ruleId: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      file: finding.file,
      line: finding.region.startLine,
      firstSeen: first.at,
      fixedAt: fixer.finishedAt,
      fixedRunId: fixer.runId,
      daysToFix: wholeDays(first.at, new Date(fixer.finishedAt)),
    });
  }
  fixed.sort((a, b) => (a.fixedAt < b.fixedAt ? 1 : a.fixedAt > b.fixedAt ? -1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { ages, fixed: fixed.slice(0, RECENTLY_FIXED) };
}

/** (agent, fingerprint) → its first run, as a store answers it for one page of `/api/findings`. */
export type FirstSeenLookup = (findings: ReadonlyArray<{ agentId: string; fingerprint: string }>) => Promise<Map<string, FirstSeen>>;

export function firstSeenKey(agentId: string, fingerprint: string): string {
  return `${agentId}/${fingerprint}`;
}

/**
 * The lookup over agents' histories (the lake folder store): each agent's fingerprints indexed once and kept
 * while its history holds the same runs, so a page of findings costs a map lookup per row.
 */
export function historyFirstSeen(history: (agentId: string) => Promise<LakeRecord[]>): FirstSeenLookup {
  const indexes = new Map<string, { key: string; index: Map<string, FirstSeen> }>();
  return async (findings) => {
    const byAgent = new Map<string, string[]>();
    for (const { agentId, fingerprint } of findings) byAgent.set(agentId, [...(byAgent.get(agentId) ?? []), fingerprint]);
    const found = new Map<string, FirstSeen>();
    await Promise.all(
      [...byAgent].map(async ([agentId, fingerprints]) => {
        const runs = await history(agentId);
        // Histories come oldest first: the same count, first and last run means the same runs.
        const key = `${runs.length}:${runs[0]?.runId ?? ''}:${runs.at(-1)?.runId ?? ''}`;
        let cached = indexes.get(agentId);
        if (cached?.key !== key) {
          cached = { key, index: firstSeenIndex(runs) };
          indexes.set(agentId, cached);
        }
        for (const fingerprint of fingerprints) {
          const first = cached.index.get(fingerprint);
          if (first) found.set(firstSeenKey(agentId, fingerprint), first);
        }
      }),
    );
    return found;
  };
}

/** `/api/findings` rows with the age of each finding, where its agent's runs hold it. */
export async function withAges(items: readonly FindingRow[], lookup: FirstSeenLookup, now: Date): Promise<FindingRow[]> {
  if (items.length === 0) return [];
  const found = await lookup(items.map((row) => ({ agentId: row.agentId, fingerprint: row.finding.fingerprint })));
  return items.map((row) => {
    const first = found.get(firstSeenKey(row.agentId, row.finding.fingerprint));
    return first ? { ...row, firstSeen: first.at, ageDays: wholeDays(first.at, now) } : row;
  });
}
