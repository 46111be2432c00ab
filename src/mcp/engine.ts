import type { ProgressEvent, Shard } from '../audit/audit-workspace.js';
import type { Settings } from '../config/settings.js';
import type { HealPlan } from '../heal/heal.js';
import { assembleReport } from '../report/build.js';
import type { AgentReport, Report } from '../report/model.js';
import { runAudit } from '../run/run-audit.js';
import type { AuditRequest } from '../run/request.js';
import { isRootAgent, joinAgentPath } from '../util/agent-location.js';
import type { RootedPath } from './paths.js';

/**
 * The MCP tools' requests to the one audit pipeline (run/run-audit.ts): one agent is audited as `ops report PATH`
 * audits it, a workspace as `ops report --workspace PATH`, and a heal preview is `--heal --dry-run`. A tool call has
 * no side effects on the tree it inspects: no lake is written or read. Paths in the results are relative to the
 * server's root, so a client can open the files it is shown.
 */

function request(target: RootedPath, settings: Settings, rest: Pick<AuditRequest, 'target'> & Partial<AuditRequest>): AuditRequest {
  return { root: target.absolute, given: target.relative, cwd: target.absolute, env: process.env, settings, cache: false, lake: false, ...rest };
}

/** Audits one folder as a single agent, in this process; with `heal`, also the plan `--heal --dry-run` shows. */
export async function auditOneAgent(target: RootedPath, settings: Settings, options: { heal?: { force: boolean } } = {}): Promise<{ agent: AgentReport; heal?: HealPlan }> {
  const run = await runAudit(
    request(target, settings, {
      target: { kind: 'agent', relativePath: target.relative },
      ...(options.heal ? { heal: { dryRun: true, force: options.heal.force } } : {}),
    }),
  );
  return { agent: run.report.agents[0]!, ...(run.heal ? { heal: run.heal.plan } : {}) };
}

/** Re-roots an agent's report paths from the workspace to the server's root. */
function underPrefix(agent: AgentReport, prefix: string): AgentReport {
  if (isRootAgent(prefix)) return agent;
  const move = (finding: AgentReport['findings'][number]) => ({ ...finding, file: joinAgentPath(prefix, finding.file) });
  return { ...agent, path: joinAgentPath(prefix, agent.path), findings: agent.findings.map(move), suppressed: agent.suppressed.map(move) };
}

/** The fleet audit of a workspace folder. */
export async function auditFleet(
  target: RootedPath,
  settings: Settings,
  options: { shard?: Shard; onProgress?: (event: ProgressEvent) => void } = {},
): Promise<Report> {
  const { onProgress } = options;
  const run = await runAudit(
    request(target, settings, {
      target: { kind: 'fleet', ...(options.shard ? { shard: options.shard } : {}) },
      ...(onProgress ? { hooks: { progress: { start: () => undefined, update: onProgress, finish: () => undefined } } } : {}),
    }),
  );
  const agents = run.report.agents.map((agent) => underPrefix(agent, target.relative));
  return assembleReport(target.relative, agents, options.shard ? `${options.shard.index}/${options.shard.count}` : undefined);
}
