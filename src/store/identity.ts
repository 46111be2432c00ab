import type { LakeRecord } from '../lake/record.js';
import { sha256Hex } from '../util/hash.js';

/**
 * An agent's identity in the fleet store. In a lake the agent hash is a digest of the agent's path,
 * which is unique within one repository only: `agents/planner` of two repositories would be one
 * store agent, and the newer run would hide the other's verdict. So the store keys an agent by
 * (repository, local agent hash) when the repository is known, and by the local hash alone when it
 * is not (what stores written before repositories were recorded hold).
 */

export type RecordSource = NonNullable<LakeRecord['source']>;

/** 16 hex characters, like a lake agent hash. Repository names compare case-insensitively (GitHub and GitLab do). */
export function storeAgentId(repository: string | undefined, localId: string): string {
  if (!repository) return localId;
  return sha256Hex(`store-agent:${repository.toLowerCase()}\n${localId}`).slice(0, 16);
}

/**
 * The record as the store keeps it: `agent.id` is the store id and `source.repository` names the
 * repository, so reports, the API and the dashboard all tell the two `agents/planner` apart. The
 * rest of the provenance is the record's own, else the pushing job's (never a mix of the two).
 */
export function storeRecord(record: LakeRecord, repository: string | undefined, jobSource: RecordSource | undefined): LakeRecord {
  if (!repository) return record;
  return {
    ...record,
    source: { ...(record.source ?? jobSource ?? {}), repository },
    agent: { ...record.agent, id: storeAgentId(repository, record.agent.id) },
  };
}
