import type { Finding } from '../../findings/model.js';
import { pathInAgent } from '../../util/agent-location.js';
import type { AgentReport } from '../model.js';

/**
 * Fragment ids and the worst-first order of the fleet report: every agent section and every rule has
 * a stable id (the agent hash, the rule id), so a link into a report artifact keeps working across runs.
 */

/** Only characters that need no escaping in a fragment. */
function idSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function agentAnchor(agent: Pick<AgentReport, 'id'>): string {
  return `a-${idSafe(agent.id)}`;
}

export function ruleAnchor(ruleId: string): string {
  return `r-${idSafe(ruleId)}`;
}

/** Blocked and failed agents: the ones a reader opens the report for. */
export function isBlocked(agent: Pick<AgentReport, 'verdict'>): boolean {
  return agent.verdict !== 'pass';
}

/** An agent that gets a section of its own: something to read beyond its verdict. */
export function hasDetails(agent: AgentReport): boolean {
  return agent.findings.length > 0 || agent.suppressed.length > 0 || agent.error !== undefined;
}

const VERDICT_RANK: Record<AgentReport['verdict'], number> = { 'security-block': 0, failed: 1, 'policy-block': 2, pass: 3 };

function errorsOf(agent: AgentReport): number {
  return agent.findings.filter((finding) => finding.severity === 'error').length;
}

/** Secret/PII blocks first, then failed audits, policy blocks and passes; within each, most errors first, then by path. */
export function worstFirst(agents: readonly AgentReport[]): AgentReport[] {
  return [...agents].sort(
    (a, b) =>
      VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
      errorsOf(b) - errorsOf(a) ||
      b.findings.length - a.findings.length ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** A finding's file as the agent sees it: the agent's own folder prefix dropped (the section already names it). */
export function fileInAgent(finding: Pick<Finding, 'file'>, agentPath: string): string {
  return pathInAgent(agentPath, finding.file) ?? finding.file;
}
