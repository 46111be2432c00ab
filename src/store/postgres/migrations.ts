import type pg from 'pg';
import { CockpitError } from '../../util/errors.js';
import { REPOSITORY_IDENTITY_MIGRATION } from './migration-2-repository.js';
import { FINDINGS_MIGRATION } from './migration-3-findings.js';
import { RUN_FACTS_MIGRATION } from './migration-4-run-facts.js';
import { inTransaction } from './transaction.js';

/**
 * The store's schema, created and upgraded by the cockpit itself. Each migration runs once, in its
 * own transaction, under a transaction-scoped advisory lock, so the first pushes of many CI jobs
 * against an empty database serialise here instead of racing on CREATE TABLE. A migration is never
 * edited once released: a change is a new version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL alone cannot do (rows computed by rows.ts), after `sql`, in the same transaction and under the same lock. */
  run?: (client: pg.PoolClient) => Promise<void>;
}

const MIGRATIONS_TABLE = 'cockpit_schema_migrations';

/** Arbitrary but fixed: every cockpit process takes the same advisory lock ("cockpit" in ASCII). */
const MIGRATION_LOCK = 0x636f636b706974n;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'fleet store: runs and agents',
    sql: `
      -- Every pushed record, one row per (agent, run): the lake's history. The record is the source
      -- of truth (stored redacted, as the lake holds it); the other columns are copies for queries.
      CREATE TABLE cockpit_runs (
        agent_id text NOT NULL CHECK (agent_id ~ '^[0-9a-f]{16}$'),
        run_id text NOT NULL,
        -- The lake's history file name (finishedAt + run id): the newest run is the greatest key.
        sort_key text COLLATE "C" NOT NULL,
        finished_at timestamptz NOT NULL,
        -- finishedAt's UTC day, as the fleet trend groups runs.
        day date NOT NULL,
        verdict text NOT NULL,
        findings integer NOT NULL,
        errors integer NOT NULL,
        warnings integer NOT NULL,
        notes integer NOT NULL,
        record jsonb NOT NULL,
        -- Where the record came from: the record's own source, else the pushing job's environment.
        source_repository text,
        source_commit text,
        source_ci_run text,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agent_id, run_id)
      );
      -- History in order, and the trend from the index alone (index-only scan).
      CREATE INDEX cockpit_runs_by_agent ON cockpit_runs (agent_id, sort_key) INCLUDE (day, findings, errors, warnings, notes);

      -- One row per agent pointing at its newest run, with what the dashboard filters and sorts on.
      CREATE TABLE cockpit_agents (
        agent_id text PRIMARY KEY,
        -- How many runs of this agent the store holds; the fleet's sum tells readers whether anything changed.
        runs integer NOT NULL,
        latest_run_id text NOT NULL,
        latest_sort_key text COLLATE "C" NOT NULL,
        path text COLLATE "C" NOT NULL,
        name_key text COLLATE "C" NOT NULL,
        path_key text COLLATE "C" NOT NULL,
        verdict text NOT NULL,
        verdict_rank smallint NOT NULL,
        frameworks text[] NOT NULL,
        personas text[] NOT NULL,
        rule_ids text[] NOT NULL,
        findings integer NOT NULL,
        errors integer NOT NULL,
        last_audit text COLLATE "C" NOT NULL,
        agent_row jsonb NOT NULL,
        -- What the fleet summary counts, without reading the record (rows.ts FleetFacts).
        fleet_facts jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agent_id, latest_run_id) REFERENCES cockpit_runs (agent_id, run_id)
      );
      CREATE INDEX cockpit_agents_by_path ON cockpit_agents (path, agent_id);
      CREATE INDEX cockpit_agents_by_verdict ON cockpit_agents (verdict, path, agent_id);
      CREATE INDEX cockpit_agents_by_frameworks ON cockpit_agents USING gin (frameworks);
      CREATE INDEX cockpit_agents_by_rules ON cockpit_agents USING gin (rule_ids);
    `,
  },
  REPOSITORY_IDENTITY_MIGRATION,
  FINDINGS_MIGRATION,
  RUN_FACTS_MIGRATION,
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** The applied version; 0 for a database the cockpit has never touched. */
export async function schemaVersion(pool: pg.Pool): Promise<number> {
  const exists = await pool.query<{ table: string | null }>(`SELECT to_regclass($1)::text AS table`, [MIGRATIONS_TABLE]);
  if (!exists.rows[0]?.table) return 0;
  const result = await pool.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`);
  return result.rows[0]?.version ?? 0;
}

/** The store was migrated by a newer cockpit: this one must not write (or misread) it. */
export class SchemaTooNewError extends CockpitError {
  constructor(version: number, known: number) {
    super(`the store's schema is version ${version}, newer than this cockpit knows (${known}): upgrade the cockpit`);
  }
}

/**
 * Brings the schema to SCHEMA_VERSION and returns the versions applied by this call. A store
 * already current costs one query and takes no lock, so read-only roles can use a migrated store.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const target = Math.max(...migrations.map((migration) => migration.version));
  const current = await schemaVersion(pool);
  if (current > target) throw new SchemaTooNewError(current, target);
  if (current === target) return [];
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      // Another process may have applied it while we waited for the lock.
      const done = await client.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = $1`, [migration.version]);
      if (done.rowCount === 0) {
        if (migration.sql.trim() !== '') await client.query(migration.sql);
        await migration.run?.(client);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
        applied.push(migration.version);
      }
    });
  }
  return applied;
}
