import type { Finding } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import type { HistoryPoint, RunPoint } from './api-schemas.js';
import { compareText } from '../util/compare-text.js';

/**
 * Audit runs as points of history: what each run found new, what it fixed and what stayed, by
 * finding fingerprint (stable across line moves). A workspace run writes a record only for the
 * agents whose files changed; the others keep their previous record, so a fleet run's totals carry
 * every agent's latest record up to that run forward.
 */

export interface FindingDelta {
  new: number;
  fixed: number;
  unchanged: number;
}

function fingerprintCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.fingerprint, (counts.get(finding.fingerprint) ?? 0) + 1);
  return counts;
}

/** A multiset comparison: two findings with one fingerprint (the same line twice) count twice. */
export function findingDelta(previous: readonly Finding[] | undefined, current: readonly Finding[]): FindingDelta {
  if (!previous) return { new: current.length, fixed: 0, unchanged: 0 };
  const before = fingerprintCounts(previous);
  const after = fingerprintCounts(current);
  let unchanged = 0;
  for (const [fingerprint, count] of after) unchanged += Math.min(count, before.get(fingerprint) ?? 0);
  return { new: current.length - unchanged, fixed: previous.length - unchanged, unchanged };
}

/** The lake's order of one agent's runs: finish time, then run id (its history file names). */
export function byFinish(a: LakeRecord, b: LakeRecord): number {
  return compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId);
}

/** One agent's runs, oldest first, each with its new, fixed and unchanged findings against the run before. */
export function agentRunPoints(runs: readonly LakeRecord[]): HistoryPoint[] {
  const ordered = [...runs].sort(byFinish);
  return ordered.map((run, index) => {
    const { findings } = run.agent;
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings) counts[finding.severity]++;
    return {
      runId: run.runId,
      finishedAt: run.finishedAt,
      verdict: run.agent.verdict,
      findings: findings.length,
      ...counts,
      ...findingDelta(ordered[index - 1]?.agent.findings, findings),
    };
  });
}

/**
 * The fleet's runs, oldest first: every run id in any agent's history is one point. A run's totals
 * are every agent's last record up to and including it; new and fixed compare each agent the run
 * audited with that agent's previous record.
 */
export function fleetRunPoints(histories: ReadonlyArray<readonly LakeRecord[]>): RunPoint[] {
  interface Run {
    runId: string;
    startedAt: string;
    finishedAt: string;
    records: Array<{ agent: number; record: LakeRecord; previous: LakeRecord | undefined }>;
  }
  const runs = new Map<string, Run>();
  histories.forEach((history, agent) => {
    const ordered = [...history].sort(byFinish);
    ordered.forEach((record, index) => {
      const run = runs.get(record.runId) ?? { runId: record.runId, startedAt: record.startedAt, finishedAt: record.finishedAt, records: [] };
      if (record.startedAt < run.startedAt) run.startedAt = record.startedAt;
      if (record.finishedAt > run.finishedAt) run.finishedAt = record.finishedAt;
      run.records.push({ agent, record, previous: ordered[index - 1] });
      runs.set(record.runId, run);
    });
  });
  const ordered = [...runs.values()].sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId));
  // Each agent's current record as the runs go by.
  const current = new Map<number, LakeRecord>();
  return ordered.map((run) => {
    const delta: FindingDelta = { new: 0, fixed: 0, unchanged: 0 };
    for (const { agent, record, previous } of run.records) {
      const change = findingDelta(previous?.agent.findings, record.agent.findings);
      delta.new += change.new;
      delta.fixed += change.fixed;
      current.set(agent, record);
    }
    const totals = { findings: 0, error: 0, warning: 0, note: 0 };
    for (const record of current.values()) {
      for (const finding of record.agent.findings) totals[finding.severity]++;
      totals.findings += record.agent.findings.length;
    }
    return {
      runId: run.runId,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      audited: run.records.length,
      agents: current.size,
      ...totals,
      new: delta.new,
      fixed: delta.fixed,
      unchanged: totals.findings - delta.new,
    };
  });
}
