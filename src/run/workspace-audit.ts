import type { ProgressEvent, WorkspacePhase } from '../audit/audit-workspace.js';
import type { Settings } from '../config/settings.js';
import type { AgentReport } from '../report/model.js';
import { runAudit } from './run-audit.js';

/** What a dashboard audit reports back while it runs, and how it is cancelled. */
export interface WorkspaceAuditHooks {
  onStart(total: number): void;
  onProgress(event: ProgressEvent): void;
  onPhase(phase: WorkspacePhase): void;
  signal: AbortSignal;
}

/**
 * `ops serve`'s "Run audit": the workspace audited as `ops report --workspace` audits it, into the server's lake.
 * Never answered by the warm path: every audit started from the dashboard is a run in the lake's history.
 */
export async function auditWorkspaceIntoLake(
  options: { root: string; settings: Settings; lakeDir: string; jobs?: number },
  hooks: WorkspaceAuditHooks,
): Promise<{ agents: AgentReport[] }> {
  const run = await runAudit({
    root: options.root,
    given: options.root,
    cwd: options.root,
    env: process.env,
    settings: options.settings,
    target: { kind: 'fleet' },
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    lake: options.lakeDir,
    cache: true,
    warm: false,
    hooks: { progress: { start: hooks.onStart, update: hooks.onProgress, finish: () => undefined }, phase: hooks.onPhase },
    signal: hooks.signal,
  });
  return { agents: run.report.agents };
}
