import type { AgentAudit } from '../audit/audit-agent.js';
import { gateExitCode, verdictFor, type ExitCode } from '../gate/gate.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { REPORT_SCHEMA_VERSION, summarise, type AgentReport, type Report } from './model.js';

function agentReport(audit: AgentAudit): AgentReport {
  const exitCode = gateExitCode(audit.findings);
  return {
    id: audit.id,
    name: audit.name,
    path: audit.path,
    entrypoint: audit.entrypoint,
    language: audit.language,
    frameworks: audit.frameworks,
    verdict: verdictFor(exitCode),
    exitCode,
    stats: audit.stats,
    findings: audit.findings,
    suppressed: audit.suppressed,
  };
}

/** The fleet exit code: 1 if any agent is security-blocked, else 2 if any is policy-blocked, else 0. */
function fleetExitCode(agents: readonly AgentReport[]): ExitCode {
  const codes = new Set(agents.map((agent) => agent.exitCode));
  if (codes.has(1)) return 1;
  if (codes.has(2)) return 2;
  if (codes.has(3)) return 3;
  return 0;
}

export function buildReport(root: string, audits: readonly AgentAudit[]): Report {
  const agents = audits.map(agentReport);
  const exitCode = fleetExitCode(agents);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    exitCode,
    verdict: verdictFor(exitCode),
    summary: summarise(agents),
    agents,
  };
}
