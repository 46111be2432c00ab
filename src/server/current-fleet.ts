import type { Fleet } from './api-schemas.js';
import { ownerRollup, rollupAgent, type RollupAgent } from './fleet-rollups.js';
import type { FleetStore } from './fleet-store.js';
import { fleetView } from './fleet-views.js';
import { fleetRunPoints } from './run-history.js';

interface FleetSource {
  store: FleetStore;
  now: () => Date;
  rootLabel: string;
  /** The workspace owners are read from; without it `owners` is left out. */
  workspaceRoot: string | undefined;
}

/**
 * The fleet view, and with `runs` its last runs: new and fixed need every agent's history, read
 * once for both. A store that answers the fleet view itself (PostgreSQL) does so because reading
 * every history is too slow there, and answers the runs itself too (from its run columns).
 */
export async function currentFleet(source: FleetSource, options: { runs?: number | undefined; owners?: boolean } = {}): Promise<Fleet> {
  const { store, now, rootLabel } = source;
  if (store.fleet) {
    const fleet = await store.fleet({ root: rootLabel, now: now() });
    const withRuns = options.runs && store.runPoints ? { ...fleet, runs: await store.runPoints(options.runs) } : fleet;
    return options.owners ? withOwnerRollup(withRuns, source.workspaceRoot, () => storeRollupAgents(store)) : withRuns;
  }
  const records = await store.listLatest();
  const histories = await Promise.all(records.map((record) => store.history(record.agent.id)));
  const fleet = fleetView({ root: rootLabel, records, histories, now: now() });
  const withRuns = options.runs ? { ...fleet, runs: fleetRunPoints(histories).slice(-options.runs) } : fleet;
  return options.owners ? withOwnerRollup(withRuns, source.workspaceRoot, async () => records.map((record) => rollupAgent(record.agent))) : withRuns;
}

/**
 * The roll-up by owner, read now from the workspace (CODEOWNERS, agents' cockpit.yaml) as the findings
 * filter reads it; a server without a workspace leaves `owners` out.
 */
async function withOwnerRollup(fleet: Fleet, workspaceRoot: string | undefined, agents: () => Promise<RollupAgent[]>): Promise<Fleet> {
  if (!workspaceRoot) return fleet;
  const rows = await agents();
  const { agentOwners } = await import('../owners/agent-owners.js');
  return { ...fleet, ...ownerRollup(rows, await agentOwners(workspaceRoot, rows.map((row) => row.path))) };
}

/** Every agent's path, verdict and counts from a store that pages in SQL: its agent rows, not its records. */
async function storeRollupAgents(store: FleetStore): Promise<RollupAgent[]> {
  if (!store.agentPage) return (await store.listLatest()).map((record) => rollupAgent(record.agent));
  const rows: RollupAgent[] = [];
  for (;;) {
    const page = await store.agentPage({ sort: 'path', order: 'asc', limit: 500, offset: rows.length });
    rows.push(...page.items);
    if (page.items.length === 0 || rows.length >= page.total) return rows;
  }
}
