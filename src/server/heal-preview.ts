import type { Settings } from '../config/settings.js';
import { healPlanJson } from '../report/heal-json.js';
import { runAudit } from '../run/run-audit.js';
import type { HealPreview } from './api-schemas.js';

/**
 * The dry-run heal plan of one agent, as `ops report --workspace --heal --dry-run` would show it: the workspace
 * is discovered again (the agent's files, entry points and effective policy), only this agent is audited, and its
 * one-click fixes are planned into redacted diffs. Nothing is written. Returns undefined when the agent's folder
 * is not part of the workspace on this machine.
 */
export async function healPreview(workspaceRoot: string, agentPath: string, settings: Settings): Promise<HealPreview | undefined> {
  const run = await runAudit({
    root: workspaceRoot,
    given: workspaceRoot,
    cwd: workspaceRoot,
    env: process.env,
    settings,
    target: { kind: 'fleet', onlyAgents: [agentPath] },
    cache: false,
    lake: false,
    heal: { dryRun: true, force: false },
  });
  if (run.report.agents.length === 0 || !run.heal) return undefined;
  return { ...healPlanJson(run.heal.plan, true), dryRun: true };
}
