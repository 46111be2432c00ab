import { verdictRank } from '../gate/gate.js';
import type { LakeRecord } from '../lake/record.js';
import type { AgentReport } from '../report/model.js';
import type { AuditChanges } from './api-schemas.js';
import { findingDelta } from './run-history.js';

/** Changed agents a finished audit lists by name; the counts cover them all. */
const AGENTS_LISTED = 20;

type AgentChange = AuditChanges['agents'][number];

/**
 * What an audit started from the dashboard changed: each agent it reports against that agent's latest
 * record before the run, by finding fingerprint (the Runs panel's comparison, src/server/run-history.ts).
 * An agent the run took from the cache equals its record, so it adds nothing. An agent that failed this
 * time has no findings to compare; only its verdict counts as changed.
 */
export function auditChanges(before: readonly LakeRecord[], after: readonly AgentReport[]): AuditChanges {
  const previous = new Map(before.map((record) => [record.agent.id, record.agent]));
  const totals = { compared: 0, new: 0, fixed: 0, unchanged: 0, verdictChanges: 0 };
  const changed: AgentChange[] = [];
  for (const agent of after) {
    const earlier = previous.get(agent.id);
    if (earlier) totals.compared++;
    const delta = agent.verdict === 'failed' ? { new: 0, fixed: 0, unchanged: 0 } : findingDelta(earlier?.findings, agent.findings);
    totals.new += delta.new;
    totals.fixed += delta.fixed;
    totals.unchanged += delta.unchanged;
    const verdictChanged = earlier?.verdict !== agent.verdict;
    if (verdictChanged) totals.verdictChanges++;
    if (!verdictChanged && delta.new === 0 && delta.fixed === 0) continue;
    changed.push({
      id: agent.id,
      name: agent.name,
      path: agent.path,
      new: delta.new,
      fixed: delta.fixed,
      ...(earlier ? { verdictBefore: earlier.verdict } : {}),
      verdict: agent.verdict,
    });
  }
  changed.sort(
    (a, b) =>
      Number(b.verdictBefore !== b.verdict) - Number(a.verdictBefore !== a.verdict) ||
      verdictRank(a.verdict) - verdictRank(b.verdict) ||
      b.new + b.fixed - (a.new + a.fixed) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return { ...totals, changedAgents: changed.length, agents: changed.slice(0, AGENTS_LISTED) };
}
