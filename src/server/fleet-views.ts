import { PERSONAS, type Finding, type Severity } from '../findings/model.js';
import { combineExitCodes, verdictFor, verdictRank } from '../gate/gate.js';
import type { LakeRecord } from '../lake/record.js';
import { summarise, type AgentReport } from '../report/model.js';
import type { AgentList, AgentQuery, AgentRow, Fleet, FindingList, FindingRow, FindingsQuery, HistoryPoint, TrendPoint } from './api-schemas.js';
import { codeLinker } from './code-links.js';
import { findingsPerAgent, folderRollup, frameworkCounts, inFolder, isBlocked, rollupAgent } from './fleet-rollups.js';
import { currentRuleId } from '../rules/renamed-ids.js';
import { compareText } from '../util/compare-text.js';

/**
 * The API's views over lake records: plain functions from records to response bodies, so every
 * number the dashboard shows is computed in one place and tested without a server.
 */

const TOP_RULES = 10;
/** Worst first: the findings list's first sort key (the fleet store's `cockpit_findings.severity_rank`). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function topRules(agents: readonly AgentReport[]): Fleet['topRules'] {
  const byRule = new Map<string, { ruleId: string; title: string; count: number }>();
  for (const finding of agents.flatMap((agent) => agent.findings)) {
    const entry = byRule.get(finding.ruleId) ?? { ruleId: finding.ruleId, title: finding.title, count: 0 };
    entry.count++;
    byRule.set(finding.ruleId, entry);
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || compareText(a.ruleId, b.ruleId)).slice(0, TOP_RULES);
}

/** UTC day of an ISO timestamp. */
function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The fleet over time: for every day with at least one run, each agent's last record up to the end
 * of that day, summed. Days without runs carry no new information and are left out.
 */
export function fleetTrend(histories: ReadonlyArray<readonly LakeRecord[]>): TrendPoint[] {
  const days = [...new Set(histories.flatMap((runs) => runs.map((run) => dayOf(run.finishedAt))))].sort();
  const points: TrendPoint[] = days.map((date) => ({ date, findings: 0, error: 0, warning: 0, note: 0, agents: 0 }));
  for (const runs of histories) {
    const ordered = [...runs].sort((a, b) => compareText(a.finishedAt, b.finishedAt));
    // One pass per agent: advance to its last run of each day, then add that run to the day.
    let next = 0;
    let last: LakeRecord | undefined;
    days.forEach((day, index) => {
      while (next < ordered.length && dayOf(ordered[next]!.finishedAt) <= day) last = ordered[next++];
      if (!last) return;
      const point = points[index]!;
      const counts = severityCounts(last.agent.findings);
      point.agents++;
      point.findings += last.agent.findings.length;
      point.error += counts.error;
      point.warning += counts.warning;
      point.note += counts.note;
    });
  }
  return points;
}

export function fleetView(options: { root: string; records: readonly LakeRecord[]; histories: ReadonlyArray<readonly LakeRecord[]>; now: Date }): Fleet {
  const agents = options.records.map((record) => record.agent);
  const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
  const verdicts = { pass: 0, 'security-block': 0, 'policy-block': 0, failed: 0 };
  for (const agent of agents) verdicts[agent.verdict]++;
  const rollupAgents = agents.map(rollupAgent);
  return {
    root: options.root,
    generatedAt: options.now.toISOString(),
    verdict: verdictFor(exitCode),
    exitCode,
    summary: summarise(agents),
    verdicts,
    topRules: topRules(agents),
    frameworks: frameworkCounts(agents),
    trend: fleetTrend(options.histories),
    folders: folderRollup(rollupAgents),
    findingsPerAgent: findingsPerAgent(rollupAgents),
  };
}

export function agentRow(record: LakeRecord): AgentRow {
  const { agent } = record;
  const byPersona = Object.fromEntries(PERSONAS.map((persona) => [persona, 0])) as AgentRow['byPersona'];
  for (const finding of agent.findings) byPersona[finding.persona]++;
  return {
    id: agent.id,
    name: agent.name,
    path: agent.path,
    ...(record.source?.repository ? { repository: record.source.repository } : {}),
    ...(agent.kind ? { kind: agent.kind } : {}),
    language: agent.language,
    frameworks: agent.frameworks,
    verdict: agent.verdict,
    exitCode: agent.exitCode,
    findings: agent.findings.length,
    bySeverity: severityCounts(agent.findings),
    byPersona,
    lastAudit: record.finishedAt,
  };
}

/** The owner filter is the handler's (owners are read from the workspace): the records it gets are already the owner's. */
function matchesAgent(row: AgentRow, agent: AgentReport, query: AgentQuery): boolean {
  if (query.verdict === 'blocked' ? !isBlocked(row.verdict) : query.verdict && row.verdict !== query.verdict) return false;
  if (query.folder && !inFolder(row.path, query.folder)) return false;
  if (query.persona && row.byPersona[query.persona] === 0) return false;
  if (query.framework && !row.frameworks.includes(query.framework)) return false;
  if (query.rule && !agent.findings.some((finding) => currentRuleId(finding.ruleId) === currentRuleId(query.rule!))) return false;
  if (query.q) {
    const needle = query.q.toLowerCase();
    if (!row.name.toLowerCase().includes(needle) && !row.path.toLowerCase().includes(needle)) return false;
  }
  return true;
}

const AGENT_ORDER: Record<AgentQuery['sort'], (a: AgentRow, b: AgentRow) => number> = {
  name: (a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()),
  path: (a, b) => compareText(a.path, b.path),
  verdict: (a, b) => verdictRank(a.verdict) - verdictRank(b.verdict),
  findings: (a, b) => a.findings - b.findings,
  errors: (a, b) => a.bySeverity.error - b.bySeverity.error,
  warnings: (a, b) => a.bySeverity.warning - b.bySeverity.warning,
  lastAudit: (a, b) => compareText(a.lastAudit, b.lastAudit),
};

/** Filters combine with AND; ties keep path order so pages never shuffle. */
export function agentList(records: readonly LakeRecord[], query: AgentQuery): AgentList {
  const direction = query.order === 'desc' ? -1 : 1;
  const compare = AGENT_ORDER[query.sort];
  const rows = records
    .map((record) => ({ row: agentRow(record), agent: record.agent }))
    .filter(({ row, agent }) => matchesAgent(row, agent, query))
    .map(({ row }) => row)
    .sort((a, b) => direction * compare(a, b) || compareText(a.path, b.path));
  return { total: rows.length, items: rows.slice(query.offset, query.offset + query.limit) };
}

/** One agent's active findings as `/api/findings` rows, in the record's order. */
export function findingRows(record: LakeRecord): FindingRow[] {
  const link = codeLinker(record.source);
  return record.agent.findings.map((finding) => {
    const codeUrl = link?.(finding.file, finding.region);
    return { agentId: record.agent.id, agentName: record.agent.name, agentPath: record.agent.path, finding, ...(codeUrl ? { codeUrl } : {}) };
  });
}

/** The agent-level filters of the findings list: which agents' findings it lists at all. */
function matchesRecord(record: LakeRecord, query: FindingsQuery): boolean {
  const { agent } = record;
  if (query.agent && agent.id !== query.agent) return false;
  if (query.folder && !inFolder(agent.path, query.folder)) return false;
  if (query.verdict === 'blocked') return isBlocked(agent.verdict);
  return !query.verdict || agent.verdict === query.verdict;
}

/**
 * Every active finding of the fleet, worst first, then by agent path and position. The sort is
 * stable: ties keep the records' order (agent path, then id, as stores list them) and each record's
 * own finding order. The fleet store answers the same from `cockpit_findings` (store/postgres/findings.ts).
 */
export function findingList(records: readonly LakeRecord[], query: FindingsQuery): FindingList {
  const rows = records
    .filter((record) => matchesRecord(record, query))
    .flatMap(findingRows)
    .filter(
      ({ finding }) =>
        (!query.severity || finding.severity === query.severity) &&
        (!query.persona || finding.persona === query.persona) &&
        (!query.category || finding.category === query.category) &&
        (!query.rule || currentRuleId(finding.ruleId) === currentRuleId(query.rule)),
    )
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        compareText(a.agentPath, b.agentPath) ||
        compareText(a.finding.file, b.finding.file) ||
        a.finding.region.startLine - b.finding.region.startLine ||
        a.finding.region.startColumn - b.finding.region.startColumn ||
        compareText(a.finding.ruleId, b.finding.ruleId),
    );
  return { total: rows.length, items: rows.slice(query.offset, query.offset + query.limit) };
}

export function historyPoints(runs: readonly LakeRecord[]): HistoryPoint[] {
  return [...runs]
    .sort((a, b) => compareText(a.finishedAt, b.finishedAt))
    .map((run) => ({ runId: run.runId, finishedAt: run.finishedAt, verdict: run.agent.verdict, findings: run.agent.findings.length, ...severityCounts(run.agent.findings) }));
}
