import type { AgentIdentity } from '../discovery/agent-identity.js';
import type { Finding } from '../findings/model.js';
import type { SkippedFile } from '../source/read-sources.js';
import { combineExitCodes, DEFAULT_GATE, gateExitCode, gateWithSkips, verdictFor, type GatePolicy } from '../gate/gate.js';
import { joinAgentPath } from '../util/agent-location.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { AgentReport, EntryKind, Report } from './model.js';
import { REPORT_SCHEMA_VERSION, summarise } from './summary.js';

/** An agent whose audit crashed or timed out: reported, never silently passed. */
export interface FailedAgent {
  failed: true;
  id: string;
  name: string;
  path: string;
  error: string;
  kind?: EntryKind;
}

/** What a report takes from an agent's audit (audit/audit-agent.ts `AgentAudit` carries this and the fixes). */
export interface AuditedAgent extends AgentIdentity {
  findings: Finding[];
  suppressed: Finding[];
  stats: AgentReport['stats'];
  skipped: SkippedFile[];
}

/** `kind: 'repository'` marks the entry that holds the files outside every agent. */
export type AgentOutcome = { audit: AuditedAgent; gate?: GatePolicy; kind?: EntryKind } | FailedAgent;

export function agentReport(outcome: AgentOutcome): AgentReport {
  if ('failed' in outcome) {
    return {
      id: outcome.id,
      name: outcome.name,
      path: outcome.path,
      ...(outcome.kind ? { kind: outcome.kind } : {}),
      entrypoint: null,
      language: 'unknown',
      frameworks: [],
      verdict: 'failed',
      exitCode: 3,
      stats: { filesScanned: 0, bytesScanned: 0, filesSkipped: 0 },
      findings: [],
      suppressed: [],
      error: outcome.error,
    };
  }
  const { audit } = outcome;
  const exitCode = gateWithSkips(gateExitCode(audit.findings, outcome.gate ?? DEFAULT_GATE), audit.skipped);
  return {
    id: audit.id,
    name: audit.name,
    path: audit.path,
    ...(outcome.kind ? { kind: outcome.kind } : {}),
    entrypoint: audit.entrypoint,
    language: audit.language,
    frameworks: audit.frameworks,
    verdict: verdictFor(exitCode),
    exitCode,
    stats: audit.stats,
    // Skipped paths are relative to the agent; the report's are relative to the audited root, as findings' are.
    skipped: audit.skipped.map(({ path, reason }) => ({ path: joinAgentPath(audit.path, path), reason })),
    findings: audit.findings,
    suppressed: audit.suppressed,
  };
}

/** Builds the report from agent reports (fresh, cached or read back from a lake). */
export function assembleReport(root: string, agents: readonly AgentReport[], shard?: string): Report {
  const sorted = [...agents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const exitCode = combineExitCodes(sorted.map((agent) => agent.exitCode));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    exitCode,
    verdict: verdictFor(exitCode),
    summary: summarise(sorted),
    ...(shard ? { shard } : {}),
    agents: sorted,
  };
}

export function buildReport(root: string, outcomes: readonly AgentOutcome[], shard?: string): Report {
  return assembleReport(root, outcomes.map(agentReport), shard);
}
