import type { Severity } from '../findings/model.js';
import type { AgentReport } from '../report/model.js';
import type { FindingsBucket, FolderRollup, FrameworkCount, OwnerRollup, RollupCounts } from './api-schemas.js';
import { compareText } from '../util/compare-text.js';

/**
 * The overview's roll-ups: agents grouped by folder and by owner, findings per agent as a histogram,
 * frameworks by verdict. Plain functions over what every store can give for an agent (path, verdict,
 * findings per severity), so the lake and the PostgreSQL store answer alike.
 */

/** What a roll-up needs of one agent: an `/api/agents` row has it, so does a lake record. */
export interface RollupAgent {
  path: string;
  verdict: AgentReport['verdict'];
  bySeverity: Record<Severity, number>;
}

export function rollupAgent(agent: AgentReport): RollupAgent {
  const bySeverity = { error: 0, warning: 0, note: 0 };
  for (const finding of agent.findings) bySeverity[finding.severity]++;
  return { path: agent.path, verdict: agent.verdict, bySeverity };
}

/**
 * The folder an agent is counted under: its parent folder, cut to the first two segments
 * (`teams/risk/fraud` and `teams/risk/fraud/sub` → `teams/risk`; `apps/chat` → `apps`). An agent
 * directly under the root has no parent folder and stands for itself (`planner` → `planner`); the
 * root agent and the repository entry are `.`. Every folder is a path prefix the findings list
 * filters by (`/api/findings?folder=teams/risk`).
 */
export function folderOf(agentPath: string): string {
  const segments = agentPath.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return '.';
  if (segments.length === 1) return segments[0]!;
  return segments.slice(0, Math.min(2, segments.length - 1)).join('/');
}

/** A folder filter as written (`teams/risk/`, `./teams`) in the form agent paths are compared with. */
export function normaliseFolder(folder: string): string {
  const trimmed = folder.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

/** Whether an agent lies at `folder` or below it, by whole segments (`team/a` is not inside `team/ab`). */
export function inFolder(agentPath: string, folder: string): boolean {
  const prefix = normaliseFolder(folder);
  return agentPath === prefix || agentPath.startsWith(`${prefix}/`);
}

/** Blocked: any verdict but pass (a security or policy block, or an audit that failed): the agents that fail CI. */
export function isBlocked(verdict: AgentReport['verdict']): boolean {
  return verdict !== 'pass';
}

function emptyCounts(): RollupCounts {
  return { agents: 0, blocked: 0, findings: 0, error: 0, warning: 0, note: 0 };
}

function add(counts: RollupCounts, agent: RollupAgent): void {
  counts.agents++;
  if (isBlocked(agent.verdict)) counts.blocked++;
  counts.error += agent.bySeverity.error;
  counts.warning += agent.bySeverity.warning;
  counts.note += agent.bySeverity.note;
  counts.findings += agent.bySeverity.error + agent.bySeverity.warning + agent.bySeverity.note;
}

/** Worst first: most blocked agents, then most errors, warnings and findings; ties by name. */
function worstFirst<T extends RollupCounts>(name: (entry: T) => string): (a: T, b: T) => number {
  return (a, b) => b.blocked - a.blocked || b.error - a.error || b.warning - a.warning || b.findings - a.findings || compareText(name(a), name(b));
}

export function folderRollup(agents: readonly RollupAgent[]): FolderRollup[] {
  const byFolder = new Map<string, FolderRollup>();
  for (const agent of agents) {
    const folder = folderOf(agent.path);
    const entry = byFolder.get(folder) ?? { folder, ...emptyCounts() };
    add(entry, agent);
    byFolder.set(folder, entry);
  }
  return [...byFolder.values()].sort(worstFirst((entry) => entry.folder));
}

/**
 * Per owner, each agent it owns (an agent with two owners counts for both, so the rows need not add
 * up to the fleet); owners that differ only in case are one owner, as the findings filter matches
 * them, shown as first met. Agents nobody owns are counted apart.
 */
export function ownerRollup(agents: readonly RollupAgent[], owners: ReadonlyMap<string, readonly string[]>): { owners: OwnerRollup[]; unowned: RollupCounts } {
  const byOwner = new Map<string, OwnerRollup>();
  const unowned = emptyCounts();
  for (const agent of agents) {
    const names = owners.get(agent.path) ?? [];
    if (names.length === 0) add(unowned, agent);
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byOwner.get(key) ?? { owner: name, ...emptyCounts() };
      add(entry, agent);
      byOwner.set(key, entry);
    }
  }
  return { owners: [...byOwner.values()].sort(worstFirst((entry) => entry.owner)), unowned };
}

/** The histogram's buckets: no findings, one, a few, several, many. */
const BUCKETS: ReadonlyArray<{ label: string; min: number; max?: number }> = [
  { label: '0', min: 0, max: 0 },
  { label: '1', min: 1, max: 1 },
  { label: '2–4', min: 2, max: 4 },
  { label: '5–9', min: 5, max: 9 },
  { label: '10+', min: 10 },
];

export function findingsPerAgent(agents: readonly RollupAgent[]): FindingsBucket[] {
  const buckets = BUCKETS.map((bucket) => ({ ...bucket, agents: 0 }));
  for (const agent of agents) {
    const findings = agent.bySeverity.error + agent.bySeverity.warning + agent.bySeverity.note;
    const bucket = buckets.findLast((entry) => findings >= entry.min)!;
    bucket.agents++;
  }
  return buckets;
}

/** Agents per framework (an agent with two frameworks counts for both), with their verdicts; most agents first. */
export function frameworkCounts(agents: readonly AgentReport[]): FrameworkCount[] {
  const counts = new Map<string, FrameworkCount>();
  for (const agent of agents) {
    for (const name of new Set(agent.frameworks)) {
      const entry = counts.get(name) ?? { name, agents: 0, verdicts: { pass: 0, 'security-block': 0, 'policy-block': 0, failed: 0 } };
      entry.agents++;
      entry.verdicts[agent.verdict]++;
      counts.set(name, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.agents - a.agents || compareText(a.name, b.name));
}
