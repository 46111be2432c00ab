import { agentsWithChanges, findingInChanges, type ChangeSet } from '../changes/change-set.js';
import type { Finding, Suppression } from '../findings/model.js';
import { combineExitCodes, DEFAULT_GATE, gateExitCode, gateWithSkips, verdictFor, type GatePolicy } from '../gate/gate.js';
import type { AgentReport, BaselineState, ChangesRun, Report } from '../report/model.js';
import { summarise } from '../report/summary.js';
import type { BaselineFile } from './file.js';
import type { TriageDecision } from '../triage/file.js';
import { compareFindings } from '../findings/order.js';


export interface ScopeOptions {
  /** Gate only findings in these changes (--changed-since, --staged). */
  changes?: ChangeSet;
  /** Gate only findings this baseline does not list (--baseline). */
  baseline?: { shown: string; file: BaselineFile };
  /** Each agent's gate by path; an agent not listed gets the default gate. */
  gates: ReadonlyMap<string, GatePolicy>;
  /** Decisions of the triage file in force today, and those that lapsed (their findings gate again). */
  triage?: { shown: string; active: ReadonlyMap<string, TriageDecision>; expired: readonly TriageDecision[] };
}

export interface ScopedReport {
  report: Report;
  /** For every finding of the report, suppressed ones included. */
  states: Map<string, BaselineState>;
}

/**
 * Narrows what the gate counts. A finding outside the changes is moved to `outsideChanges`; one the
 * baseline lists to `baselined`; the rest stay in `findings` and decide each agent's exit code under
 * its own gate, and the run's exit code as before. Failed agents stay failed.
 */
export function applyScope(report: Report, options: ScopeOptions): ScopedReport {
  const { changes, baseline, triage } = options;
  let appliedCount = 0;
  const listed = new Set(baseline?.file.findings.map((entry) => entry.fingerprint));
  const states = new Map<string, BaselineState>();
  const seen = new Set<string>();
  let outsideCount = 0;

  const isOld = (finding: Finding): 'outside' | 'baselined' | undefined =>
    changes && !findingInChanges(changes, finding) ? 'outside' : listed.has(finding.fingerprint) ? 'baselined' : undefined;

  const agents = report.agents.map((agent): AgentReport => {
    // A crashed audit has nothing to scope; one failed only by unread files still has findings to gate.
    if (agent.verdict === 'failed' && agent.error !== undefined) return agent;
    const counted: Finding[] = [];
    const baselined: Finding[] = [];
    const outside: Finding[] = [];
    const triaged: Finding[] = [];
    for (const finding of agent.findings) {
      seen.add(finding.fingerprint);
      const decision = triage?.active.get(finding.fingerprint);
      if (decision) {
        triaged.push({ ...finding, suppression: triageSuppression(decision) });
        states.set(finding.fingerprint, 'unchanged');
        continue;
      }
      const old = isOld(finding);
      (old === 'outside' ? outside : old === 'baselined' ? baselined : counted).push(finding);
      states.set(finding.fingerprint, old ? 'unchanged' : 'new');
    }
    for (const finding of agent.suppressed) states.set(finding.fingerprint, isOld(finding) ? 'unchanged' : 'new');
    outsideCount += outside.length;
    const exitCode = gateWithSkips(gateExitCode(counted, options.gates.get(agent.path) ?? DEFAULT_GATE), agent.skipped);
    appliedCount += triaged.length;
    return {
      ...agent,
      verdict: verdictFor(exitCode),
      exitCode,
      findings: counted,
      ...(triaged.length > 0 ? { suppressed: [...agent.suppressed, ...triaged].sort(compareFindings) } : {}),
      ...(baseline ? { baselined } : {}),
      ...(changes ? { outsideChanges: outside } : {}),
    };
  });

  const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
  const scoped: Report = { ...report, exitCode, verdict: verdictFor(exitCode), summary: summarise(agents), agents };
  if (baseline) {
    // Only agents audited this run can show an entry as gone (a shard or a changes run audits fewer).
    const audited = new Set(agents.filter((agent) => agent.verdict !== 'failed').map((agent) => agent.path));
    const stale = baseline.file.findings
      .filter((entry) => audited.has(entry.agent) && !seen.has(entry.fingerprint))
      .map(({ fingerprint, ruleId, file, line, agent }) => ({ fingerprint, ruleId, file, line, agent }));
    const matched = agents.reduce((total, agent) => total + (agent.baselined?.length ?? 0), 0);
    scoped.baseline = { file: baseline.shown, matched, new: scoped.summary.findings, stale };
  }
  if (changes) scoped.changes = changesRun(changes, agents, outsideCount);
  if (triage) {
    scoped.triage = {
      file: triage.shown,
      applied: appliedCount,
      expired: triage.expired.map(({ fingerprint, ruleId, file, expires }) => ({ fingerprint, expires: expires!, ...(ruleId ? { ruleId } : {}), ...(file ? { file } : {}) })),
    };
  }
  return { report: scoped, states };
}

function changesRun(changes: ChangeSet, agents: readonly AgentReport[], outside: number): ChangesRun {
  return {
    mode: changes.mode,
    ...(changes.ref !== undefined ? { ref: changes.ref } : {}),
    ...(changes.base !== undefined ? { base: changes.base } : {}),
    files: [...changes.files.keys()].sort(),
    agents: agents.map((agent) => agent.path),
    outside,
  };
}

/** Agents to audit in a changes run, for the workspace's agent selection. */
export function selectChangedAgents<T extends { path: string }>(changes: ChangeSet, agents: readonly T[]): T[] {
  const selected = agentsWithChanges(changes, agents.map((agent) => agent.path));
  return agents.filter((agent) => selected.has(agent.path));
}

function triageSuppression(decision: TriageDecision): Suppression {
  return {
    kind: 'triage',
    status: decision.status,
    reason: decision.reason,
    author: decision.author,
    decidedAt: decision.decidedAt,
    ...(decision.expires ? { expires: decision.expires } : {}),
  };
}
