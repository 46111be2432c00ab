import { auditAgent } from '../audit/audit-agent.js';
import type { PlannedFix } from '../heal/types.js';
import { auditWorkspace, type ProgressEvent, type Shard } from '../audit/audit-workspace.js';
import type { Settings } from '../config/settings.js';
import { buildHealPlan, limitHealPlan, type HealPlan } from '../heal/heal.js';
import { agentReport, assembleReport } from '../report/build.js';
import type { AgentReport, Report } from '../report/model.js';
import { isRootAgent, joinAgentPath } from '../util/agent-location.js';
import type { RootedPath } from './paths.js';
import { singleAgentPolicy } from '../config/single-agent-policy.js';

/**
 * The engine calls behind the MCP tools, shaped like the CLI's: one agent is audited the way
 * `ops report PATH` audits it (its own cockpit.yaml is the policy), a workspace the way
 * `ops report --workspace PATH` does, and a heal preview is `--heal --dry-run`. Paths in the results
 * are relative to the server's root, so a client can open the files it is shown.
 */

export interface AgentAuditResult {
  agent: AgentReport;
  fixes: PlannedFix[];
  maxFixFiles: number | undefined;
}

/** Audits one folder as a single agent, in this process. */
export async function auditOneAgent(target: RootedPath, settings: Settings): Promise<AgentAuditResult> {
  // Gated as the fleet run of the folder above would gate it (config/single-agent-policy.ts).
  const { policy, violations, settings: agentSettings } = await singleAgentPolicy(target.absolute, settings.configFile);
  const audit = await auditAgent({
    root: target.absolute,
    relativePath: target.relative,
    maxFileBytes: settings.maxFileBytes,
    excludeDirs: settings.excludeDirs,
    useGitignore: agentSettings.gitignore ?? settings.useGitignore,
    policy,
    ...(violations.length > 0 ? { lockViolations: violations } : {}),
  });
  return {
    agent: agentReport({ audit, gate: { blockOn: policy.blockOn, secretsGate: policy.secretsGate } }),
    fixes: audit.fixes,
    maxFixFiles: agentSettings.max_fix_files,
  };
}

/** Re-roots an agent's report paths from the workspace to the server's root. */
function underPrefix(agent: AgentReport, prefix: string): AgentReport {
  if (isRootAgent(prefix)) return agent;
  const move = (finding: AgentReport['findings'][number]) => ({ ...finding, file: joinAgentPath(prefix, finding.file) });
  return { ...agent, path: joinAgentPath(prefix, agent.path), findings: agent.findings.map(move), suppressed: agent.suppressed.map(move) };
}

/**
 * The fleet audit of a workspace folder. It writes no evidence lake and reads none (no cache): a
 * tool call has no side effects on the tree it inspects.
 */
export async function auditFleet(
  target: RootedPath,
  settings: Settings,
  options: { shard?: Shard; onProgress?: (event: ProgressEvent) => void } = {},
): Promise<Report> {
  const result = await auditWorkspace({
    root: target.absolute,
    settings,
    ...(options.shard ? { shard: options.shard } : {}),
    cache: false,
    agentTimeoutMs: 300_000,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const agents = result.agents.map((agent) => underPrefix(agent, target.relative));
  return assembleReport(target.relative, agents, options.shard ? `${options.shard.index}/${options.shard.count}` : undefined);
}

/** The plan `ops report PATH --heal --dry-run` shows; it reads files and git status, and writes nothing. */
export async function previewHeal(target: RootedPath, audit: AgentAuditResult, options: { force: boolean }): Promise<HealPlan> {
  const plan = await buildHealPlan([{ agentRoot: target.absolute, agentPath: target.relative, fixes: audit.fixes }]);
  return limitHealPlan(plan, { force: options.force, ...(audit.maxFixFiles !== undefined ? { maxFixFiles: audit.maxFixFiles } : {}) });
}
