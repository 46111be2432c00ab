import type { Migration } from './migrations.js';

/**
 * Version 3: `cockpit_findings`, one row per active finding of each agent's latest run, with the
 * columns `/api/findings` filters and sorts on and the API row itself (findings.ts reads and writes
 * it; push.ts keeps it current). Backfilled here, in SQL, from each agent's latest record: the same
 * values findings.ts computes from a record (its finding rows, `SEVERITY_RANK` worst first; the
 * tests compare both).
 *
 * Sorted text is COLLATE "C" (code point order), which is findingList's `<` on strings for text
 * without characters beyond the BMP; `agent_id` keeps the collation of `cockpit_agents.agent_id`,
 * which listLatest sorts ties by. Each index is a filter column followed by the whole page order, so
 * a filtered page stops after LIMIT + OFFSET entries; a severity filter uses the first index (rank
 * leads it), an agent filter the primary key.
 */
export const FINDINGS_MIGRATION: Migration = {
  version: 3,
  name: 'findings of the latest runs',
  sql: `
    -- Pushes already inside a transaction finish before the backfill reads; later ones wait for this
    -- commit. (A cockpit older than version 3 that checked the schema before it keeps pushing
    -- without maintaining the table until its push ends: upgrade every pusher together.)
    LOCK TABLE cockpit_agents IN SHARE MODE;
    CREATE TABLE cockpit_findings (
      agent_id text NOT NULL REFERENCES cockpit_agents (agent_id) ON DELETE CASCADE,
      -- The finding's index in the record's findings: the last tie-break, as findingList's stable sort.
      ordinal integer NOT NULL,
      severity_rank smallint NOT NULL,
      agent_path text COLLATE "C" NOT NULL,
      file text COLLATE "C" NOT NULL,
      start_line integer NOT NULL,
      start_column integer NOT NULL,
      rule_id text COLLATE "C" NOT NULL,
      -- The name of severity_rank, for people reading the table.
      severity text NOT NULL,
      persona text NOT NULL,
      category text NOT NULL,
      -- The /api/findings item: {agentId, agentName, agentPath, finding}.
      api_row jsonb NOT NULL,
      PRIMARY KEY (agent_id, ordinal)
    );
    CREATE INDEX cockpit_findings_in_order ON cockpit_findings (severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_rule ON cockpit_findings (rule_id, severity_rank, agent_path, file, start_line, start_column, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_persona ON cockpit_findings (persona, severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_category ON cockpit_findings (category, severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);

    INSERT INTO cockpit_findings (agent_id, ordinal, severity_rank, agent_path, file, start_line, start_column, rule_id, severity, persona, category, api_row)
    SELECT a.agent_id, f.ordinal - 1,
           CASE f.finding->>'severity' WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
           r.record->'agent'->>'path', f.finding->>'file',
           (f.finding->'region'->>'startLine')::integer, (f.finding->'region'->>'startColumn')::integer,
           f.finding->>'ruleId', f.finding->>'severity', f.finding->>'persona', f.finding->>'category',
           jsonb_build_object('agentId', r.record->'agent'->'id', 'agentName', r.record->'agent'->'name',
                              'agentPath', r.record->'agent'->'path', 'finding', f.finding)
    FROM cockpit_agents a
    JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id
    CROSS JOIN LATERAL jsonb_array_elements(r.record->'agent'->'findings') WITH ORDINALITY AS f(finding, ordinal);
    ANALYZE cockpit_findings;
  `,
};
