import { auditWorkspaceIntoLake } from '../run/workspace-audit.js';
import type { Settings } from '../config/settings.js';
import type { RunWorkspaceAudit } from '../server/audit-runner.js';
import { STORE_FAILED, STORE_UNAVAILABLE, StoreFailure } from '../server/store-failure.js';
import { CockpitError } from '../util/errors.js';
import { openPostgresFleetStore } from './open.js';
import { isUnavailable } from './postgres/connection.js';
import type { PostgresFleetStore } from './postgres/fleet-store.js';
import { pushLake, sourceFromEnvironment } from './postgres/push.js';
import { pushRepository } from './repository.js';

export interface ServedStore {
  store: PostgresFleetStore;
  /** The store URL with its password masked. */
  label: string;
  /** Audits started from the dashboard: into the local lake as always, then pushed, so the store shows them. */
  runAudit: RunWorkspaceAudit;
  close(): Promise<void>;
}

/** A database error as the server may show it: 503 while the database is away, else 500; never the database's text. */
function storeFailure(error: unknown): StoreFailure {
  if (error instanceof StoreFailure) return error;
  return isUnavailable(error) ? new StoreFailure(503, STORE_UNAVAILABLE, { cause: error }) : new StoreFailure(500, STORE_FAILED, { cause: error });
}

/** Every method of the store, with its failures turned into StoreFailures (whatever methods the store grows). */
export function guardStoreErrors<T extends object>(store: T): T {
  const guarded = { ...store } as Record<string, unknown>;
  for (const [key, value] of Object.entries(store)) {
    if (typeof value !== 'function') continue;
    guarded[key] = async (...args: unknown[]) => {
      try {
        return await (value as (...inputs: unknown[]) => unknown).apply(store, args);
      } catch (error) {
        throw storeFailure(error);
      }
    };
  }
  return guarded as T;
}

/** What `ops serve --store postgres://…` hands the server instead of the lake folder store. */
export async function serveFromStore(
  url: string,
  env: NodeJS.ProcessEnv,
  options: { workspaceRoot: string; lakeDir: string; settings: Settings },
): Promise<ServedStore> {
  const opened = await openPostgresFleetStore(url, env);
  const runAudit: RunWorkspaceAudit = async (hooks) => {
    const result = await auditWorkspaceIntoLake({ root: options.workspaceRoot, settings: options.settings, lakeDir: options.lakeDir }, hooks);
    // Keyed like `ops lake push` from this checkout: each record's repository, else CI, else the git remote.
    const { fallback } = await pushRepository({ env, lakeDir: options.lakeDir });
    try {
      await pushLake(opened.pool, options.lakeDir, { source: sourceFromEnvironment(env), repository: { fallback: fallback?.name } });
    } catch (error) {
      throw new CockpitError(`the audit is in the lake, but pushing it to the fleet store failed: ${storeFailure(error).message}`);
    }
    return result;
  };
  return { store: guardStoreErrors(opened.store), label: opened.label, runAudit, close: opened.close };
}
