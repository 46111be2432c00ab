import type pg from 'pg';
import { LakeRecordSchema } from '../../lake/record.js';
import { storeAgentId } from '../identity.js';
import { normaliseRepository } from '../repository.js';
import type { Migration } from './migrations.js';
import { agentTableRow } from './rows.js';

/**
 * Version 2: an agent's store id includes its repository (identity.ts). Version 1 keyed runs by the
 * lake's path hash alone, so two repositories' `agents/planner` shared one id. Every run whose
 * provenance names a repository moves to the id of (repository, old id), its record saying so too
 * (`agent.id`, `source.repository`); runs without a repository keep their id. The agents' rows are
 * then rebuilt from each id's newest run with the functions a push uses (rows.ts), so the columns
 * agree with what a push under version 2 writes.
 */

interface Rekey {
  old_id: string;
  raw: string;
  repository: string;
  new_id: string;
}

const CHUNK = 500;

/** Only the columns version 1 created: a later migration's columns do not exist yet when this one runs. */
const INSERT_AGENTS = `
  INSERT INTO cockpit_agents (agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
                              frameworks, personas, rule_ids, findings, errors, last_audit, agent_row, fleet_facts)
  SELECT agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
         ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
         ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, runs integer, latest_run_id text, latest_sort_key text, path text,
       name_key text, path_key text, verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb,
       findings integer, errors integer, last_audit text, agent_row jsonb, fleet_facts jsonb)`;

/** Each affected id's row, from its newest run and its run count. */
async function rebuildAgents(client: pg.PoolClient, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const newest = await client.query<{ agent_id: string; record: unknown; runs: number }>(
      `SELECT DISTINCT ON (r.agent_id) r.agent_id, r.record, c.runs
       FROM cockpit_runs r JOIN (SELECT agent_id, count(*)::int AS runs FROM cockpit_runs WHERE agent_id = ANY($1::text[]) GROUP BY agent_id) c USING (agent_id)
       ORDER BY r.agent_id, r.sort_key DESC`,
      [chunk],
    );
    const rows = newest.rows.map((row) => ({ ...agentTableRow(LakeRecordSchema.parse(row.record)), agent_id: row.agent_id, runs: row.runs }));
    if (rows.length > 0) await client.query(INSERT_AGENTS, [JSON.stringify(rows)]);
  }
}

async function rekeyByRepository(client: pg.PoolClient): Promise<void> {
  const pairs = await client.query<{ agent_id: string; source_repository: string }>(
    'SELECT DISTINCT agent_id, source_repository FROM cockpit_runs WHERE source_repository IS NOT NULL',
  );
  const rekeys: Rekey[] = [];
  for (const pair of pairs.rows) {
    const repository = normaliseRepository(pair.source_repository);
    if (repository) rekeys.push({ old_id: pair.agent_id, raw: pair.source_repository, repository, new_id: storeAgentId(repository, pair.agent_id) });
  }
  if (rekeys.length === 0) return;
  await client.query('CREATE TEMPORARY TABLE cockpit_rekey (old_id text, raw text, repository text, new_id text) ON COMMIT DROP');
  await client.query('INSERT INTO cockpit_rekey SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(old_id text, raw text, repository text, new_id text)', [JSON.stringify(rekeys)]);
  // The agents' rows point at runs that are about to move (foreign key): they go first and are rebuilt below.
  await client.query('DELETE FROM cockpit_agents WHERE agent_id IN (SELECT old_id FROM cockpit_rekey)');
  await client.query(`
    UPDATE cockpit_runs r
    SET agent_id = k.new_id,
        source_repository = k.repository,
        record = jsonb_set(r.record, '{agent,id}', to_jsonb(k.new_id))
                 || jsonb_build_object('source', coalesce(r.record->'source', jsonb_strip_nulls(jsonb_build_object('commit', r.source_commit, 'ciRun', r.source_ci_run)))
                                                 || jsonb_build_object('repository', k.repository))
    FROM cockpit_rekey k
    WHERE r.agent_id = k.old_id AND r.source_repository = k.raw`);
  const affected = new Set(rekeys.flatMap((rekey) => [rekey.old_id, rekey.new_id]));
  await rebuildAgents(client, [...affected].sort());
}

export const REPOSITORY_IDENTITY_MIGRATION: Migration = {
  version: 2,
  name: 'agent identity includes the repository',
  sql: '',
  run: rekeyByRepository,
};
