import type { LakeRecord } from '../lake/record.js';
import { openStorePool, storeError, withStore, type StorePool } from './postgres/connection.js';
import { postgresFleetStore, type PostgresFleetStore } from './postgres/fleet-store.js';
import { migrate } from './postgres/migrations.js';

/**
 * Entry points the CLI uses: a PostgreSQL URL in, an open and migrated store out. Every failure is a
 * one-line CockpitError naming the store with its password masked (exit 3).
 */

export interface OpenFleetStore extends StorePool {
  store: PostgresFleetStore;
}

/** For `ops serve --store`: the pool stays open until close(). */
export async function openPostgresFleetStore(url: string, env: NodeJS.ProcessEnv): Promise<OpenFleetStore> {
  const opened = await openStorePool(url, env);
  try {
    await migrate(opened.pool);
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw storeError(opened.label, error);
  }
  return { ...opened, store: postgresFleetStore(opened.pool) };
}

/** For `ops report --from-lake postgres://…`: every agent's latest record, and the store's label. */
export function readStoreLatest(url: string, env: NodeJS.ProcessEnv): Promise<{ label: string; records: LakeRecord[] }> {
  return withStore(url, env, async ({ pool, label }) => {
    await migrate(pool);
    return { label, records: await postgresFleetStore(pool).listLatest() };
  });
}
