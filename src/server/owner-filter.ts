import type { LakeRecord } from '../lake/record.js';

/** The 400 a request with `owner=` gets from a server that has no workspace to read owners from. */
export const OWNER_NEEDS_WORKSPACE = 'owner: this server has no workspace to read CODEOWNERS from (start it with --workspace)';

/**
 * Each agent's owners, read now from the workspace (CODEOWNERS, agents' cockpit.yaml) rather than from the records,
 * and the records `owner` owns (compared in any case); every record when no owner is asked for.
 */
export async function ownedRecords(
  workspaceRoot: string,
  records: readonly LakeRecord[],
  owner: string | undefined,
): Promise<{ owners: Map<string, string[]>; owned: readonly LakeRecord[] }> {
  const { agentOwners } = await import('../owners/agent-owners.js');
  const owners = await agentOwners(workspaceRoot, records.map((record) => record.agent.path));
  const wanted = owner?.toLowerCase();
  const owned = wanted === undefined ? records : records.filter((record) => (owners.get(record.agent.path) ?? []).some((name) => name.toLowerCase() === wanted));
  return { owners, owned };
}
