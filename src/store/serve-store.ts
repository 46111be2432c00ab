import { auditWorkspace } from '../audit/audit-workspace.js';
import type { Settings } from '../config/settings.js';
import type { RunWorkspaceAudit } from '../server/audit-runner.js';
import { openPostgresFleetStore } from './open.js';
import type { PostgresFleetStore } from './postgres/fleet-store.js';
import { pushLake, sourceFromEnvironment } from './postgres/push.js';

export interface ServedStore {
  store: PostgresFleetStore;
  /** The store URL with its password masked. */
  label: string;
  /** Audits started from the dashboard: into the local lake as always, then pushed, so the store shows them. */
  runAudit: RunWorkspaceAudit;
  close(): Promise<void>;
}

/** What `ops serve --store postgres://…` hands the server instead of the lake folder store. */
export async function serveFromStore(
  url: string,
  env: NodeJS.ProcessEnv,
  options: { workspaceRoot: string; lakeDir: string; settings: Settings },
): Promise<ServedStore> {
  const opened = await openPostgresFleetStore(url, env);
  const runAudit: RunWorkspaceAudit = async (hooks) => {
    const result = await auditWorkspace({
      root: options.workspaceRoot,
      settings: options.settings,
      lakeDir: options.lakeDir,
      cache: true,
      agentTimeoutMs: 300_000,
      onStart: hooks.onStart,
      onProgress: hooks.onProgress,
    });
    await pushLake(opened.pool, options.lakeDir, { source: sourceFromEnvironment(env) });
    return result;
  };
  return { store: opened.store, label: opened.label, runAudit, close: opened.close };
}
