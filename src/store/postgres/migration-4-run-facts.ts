import type { Migration } from './migrations.js';

/**
 * Version 4: what runs as history need of each run, as columns, so the fleet's runs and the first run of a
 * finding are answered without reading records (runs.ts): the run's start and finish exactly as the record
 * writes them (ISO text, which run-history.ts compares as text) and the fingerprints of its findings, in the
 * record's order, duplicates kept (new and fixed count them as a multiset). `cockpit_runs_by_run` finds a
 * run's rows across agents. Backfilled here, in SQL, from each record: the values rows.ts computes for a push
 * (the tests compare both).
 */
export const RUN_FACTS_MIGRATION: Migration = {
  version: 4,
  name: 'run facts: start, finish and finding fingerprints',
  sql: `
    ALTER TABLE cockpit_runs
      ADD COLUMN started_iso text COLLATE "C",
      ADD COLUMN finished_iso text COLLATE "C",
      ADD COLUMN fingerprints text[];
    UPDATE cockpit_runs SET
      started_iso = record->>'startedAt',
      finished_iso = record->>'finishedAt',
      fingerprints = ARRAY(SELECT f.finding->>'fingerprint'
                           FROM jsonb_array_elements(record->'agent'->'findings') WITH ORDINALITY AS f(finding, ordinal)
                           ORDER BY f.ordinal);
    ALTER TABLE cockpit_runs
      ALTER COLUMN started_iso SET NOT NULL,
      ALTER COLUMN finished_iso SET NOT NULL,
      ALTER COLUMN fingerprints SET NOT NULL;
    -- A run's rows across agents, and what the fleet's runs read of every row, for index-only scans.
    CREATE INDEX cockpit_runs_by_run ON cockpit_runs (run_id) INCLUDE (agent_id, started_iso, finished_iso, findings, errors, warnings, notes);
    ANALYZE cockpit_runs;
  `,
};
