import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Finding, Persona, Severity } from '../src/findings/model.js';
import { LAKE_SCHEMA_VERSION, type LakeRecord } from '../src/lake/record.js';
import { AgentListSchema, AgentQuerySchema, FindingsQuerySchema, FleetSchema, type FindingsQuery } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { folderRollup, ownerRollup, rollupAgent } from '../src/server/fleet-rollups.js';
import { agentList, findingList } from '../src/server/fleet-views.js';
import { storeAgentId } from '../src/store/identity.js';
import { openStorePool, type StorePool } from '../src/store/postgres/connection.js';
import { postgresFleetStore } from '../src/store/postgres/fleet-store.js';
import { FINDING_COLUMNS } from '../src/store/postgres/findings.js';
import { migrate, MIGRATIONS } from '../src/store/postgres/migrations.js';
import { pushRecords } from '../src/store/postgres/push.js';
import { agentTableRow, runRow } from '../src/store/postgres/rows.js';
import { freshDatabase, startTestPostgres, type TestPostgres } from './helpers/postgres.js';

/**
 * `cockpit_findings` (migration 3) against a real PostgreSQL: `findingPage` answers every query
 * exactly as `findingList` over the store's latest records (ties, collation, filters, offsets), the
 * table follows pushes that move an agent's latest run (sequential and concurrent), and the
 * migration backfills it from a store written before it existed.
 */

let pg: TestPostgres;
let temp = '';
const pools: StorePool[] = [];

async function open(url: string): Promise<StorePool> {
  const store = await openStorePool(url, {});
  pools.push(store);
  return store;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-store-findings-'));
  pg = await startTestPostgres();
}, 30_000);

afterAll(async () => {
  await Promise.all(pools.map((store) => store.close()));
  await pg?.stop();
  if (temp) await rm(temp, { recursive: true, force: true });
});

type Rule = readonly [id: string, severity: Severity, category: Category, persona: Persona];
const RULES: readonly Rule[] = [
  ['secret/cloud-access-key', 'error', 'secret', 'secops'],
  ['security/shell-tool', 'error', 'security', 'secops'],
  ['reliability/llm-call-without-timeout', 'warning', 'reliability', 'sre'],
  ['finops/unbounded-output-tokens', 'warning', 'finops', 'finops'],
  ['architecture/agent-without-step-limit', 'note', 'architecture', 'architecture'],
  ['governance/tool-without-owner', 'note', 'policy', 'governance'],
];

/** Few files, lines and columns, so many findings tie on the sort keys; 2 and 10 check numeric order. */
const FILES = ['main.py', 'src/B.py', 'src/a.py', 'src/ä.py', 'tools/シェル.py'];
const LINES = [2, 10, 10, 31];
const COLUMNS = [1, 5];

/** A small seeded generator, so every run builds the same fleet. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function finding(rule: Rule, file: string, line: number, column: number, fingerprint: string, extra: Partial<Finding> = {}): Finding {
  const [ruleId, severity, category, persona] = rule;
  return {
    ruleId,
    title: `${ruleId} title`,
    message: `${ruleId} at ${file}:${line}`,
    file,
    region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 12 },
    severity,
    category,
    persona,
    fixability: 'structural',
    remediation: 'Pass a timeout and a step limit.',
    fingerprint: fingerprint.padEnd(64, '0'),
    tags: ['LLM06:2025'],
    ...extra,
  };
}

interface AgentSpec {
  id: string;
  path: string;
}

/**
 * Agent paths sorted differently by a locale than by code points: upper case before lower case,
 * `agent-1` before `agent-10`, accents and CJK; two agents share a path (two repositories' planners).
 */
const PATHS = ['Zeta/agent', 'alpha/agent', 'team/agent-1', 'team/agent-10', 'team/agent-2', 'équipe/agent', '日本/agent', 'shared/planner', 'shared/planner', 'ops', 'team/agent-1/sub'];
const AGENTS: AgentSpec[] = PATHS.map((agentPath, index) => ({ id: (0xa0 + index * 7).toString(16).padStart(16, '0'), path: agentPath }));

/**
 * The two `shared/planner` agents come from two repositories, named so that ordering them by
 * repository would differ from ordering them by store id: if listLatest ever sorted ties another
 * way than findingPage does, the equality tests would see it.
 */
function sharedRepositories(): Map<string, string> {
  const [first, second] = AGENTS.filter((agent) => agent.path === 'shared/planner');
  const idsAscending = storeAgentId('acme/aaa', first!.id) < storeAgentId('acme/zzz', second!.id);
  return new Map([
    [first!.id, idsAscending ? 'acme/zzz' : 'acme/aaa'],
    [second!.id, idsAscending ? 'acme/aaa' : 'acme/zzz'],
  ]);
}

/** Run `run` of an agent: 0–9 findings drawn from the small pools; run ids and fingerprints name the run. */
function agentRun(agent: AgentSpec, run: number, options: { findings?: number; repository?: string } = {}): LakeRecord {
  const next = random(parseInt(agent.id, 16) * 131 + run);
  const count = options.findings ?? Math.floor(next() * 10);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const runId = `run-${String(run).padStart(3, '0')}-${agent.id.slice(8)}`;
  const findings = Array.from({ length: count }, (_, index) => {
    const rule = pick(RULES);
    const extra: Partial<Finding> = index % 3 === 0 ? { snippet: 'client = Client(timeout=None)' } : index % 3 === 1 ? { fix: 'adds timeout=30' } : {};
    return finding(rule, pick(FILES), pick(LINES), pick(COLUMNS), `${runId}-${index}`, extra);
  });
  // A duplicate of the first finding at the same place: only the record's order tells them apart.
  if (findings.length > 2) findings.push({ ...findings[0]!, message: 'the same place again', fingerprint: `${runId}-dup`.padEnd(64, '0') });
  const finishedAt = new Date(Date.UTC(2026, 10, 1 + run, 9, 0, parseInt(agent.id, 16) % 60)).toISOString();
  return {
    schemaVersion: LAKE_SCHEMA_VERSION,
    tool: { name: 'agentops-cockpit', version: '0.0.0-test' },
    runId,
    startedAt: finishedAt,
    finishedAt,
    configDigest: 'c'.repeat(64),
    contentHash: `${run}`.padEnd(64, 'd'),
    ...(options.repository ? { source: { repository: options.repository } } : {}),
    agent: {
      id: agent.id,
      name: agent.path.split('/').pop()!,
      path: agent.path,
      entrypoint: 'main.py',
      language: 'python',
      frameworks: ['langgraph'],
      verdict: findings.some((item) => item.severity === 'error') ? 'policy-block' : 'pass',
      exitCode: findings.some((item) => item.severity === 'error') ? 2 : 0,
      stats: { filesScanned: 5, bytesScanned: 5000, filesSkipped: 0 },
      findings,
      suppressed: [],
    },
  };
}

const query = (fields: Record<string, unknown>): FindingsQuery => FindingsQuerySchema.parse(fields);

/** Queries over every filter, alone and together, with limits and offsets around the edges. */
function queries(records: readonly LakeRecord[]): FindingsQuery[] {
  const total = records.reduce((sum, record) => sum + record.agent.findings.length, 0);
  const list: FindingsQuery[] = [query({}), query({ limit: 500 }), query({ limit: 1 }), query({ limit: 7, offset: 3 })];
  for (const offset of [1, 13, total - 1, total, total + 5]) list.push(query({ limit: 10, offset }));
  // Every page from the front to the back: pages in the back half are read from the end of the index.
  for (let offset = 0; offset <= total; offset += 4) list.push(query({ limit: 5, offset }), query({ severity: 'warning', limit: 3, offset: Math.floor(offset / 3) }));
  for (const severity of ['error', 'warning', 'note']) list.push(query({ severity, limit: 500 }), query({ severity, limit: 4, offset: 5 }));
  for (const [ruleId, , category, persona] of RULES) {
    list.push(query({ rule: ruleId, limit: 500 }), query({ category, limit: 3, offset: 2 }), query({ persona, limit: 500 }));
  }
  for (const record of records) list.push(query({ agent: record.agent.id, limit: 500 }), query({ agent: record.agent.id, limit: 2, offset: 1 }));
  list.push(
    query({ severity: 'error', persona: 'secops', limit: 500 }),
    query({ rule: RULES[2]![0], agent: records[0]!.agent.id }),
    query({ category: 'reliability', severity: 'warning', offset: 1, limit: 2 }),
    query({ persona: 'sre', severity: 'error' }),
    query({ agent: '0000000000000000' }),
    // Folders by whole segments (`team/agent-1` holds `team/agent-1/sub`, not `team/agent-10`) and agents' verdicts.
    query({ folder: 'team', limit: 500 }),
    query({ folder: 'team/agent-1', limit: 500 }),
    query({ folder: 'team/agent-1/', severity: 'error' }),
    query({ folder: '日本', limit: 500 }),
    query({ folder: 'ops', limit: 3, offset: 1 }),
    query({ folder: 'nowhere' }),
    query({ verdict: 'blocked', limit: 500 }),
    query({ verdict: 'pass', limit: 7, offset: 2 }),
    query({ verdict: 'policy-block', folder: 'shared', limit: 500 }),
  );
  return list;
}

/** Every query answered by SQL must be byte for byte what the view computes from the store's latest records. */
async function expectPagesLikeTheView(pool: StorePool['pool']): Promise<number> {
  const store = postgresFleetStore(pool);
  const records = await store.listLatest();
  for (const findingsQuery of queries(records)) {
    const expected = findingList(records, findingsQuery);
    expect(JSON.stringify(await store.findingPage(findingsQuery)), JSON.stringify(findingsQuery)).toBe(JSON.stringify(expected));
  }
  return records.reduce((sum, record) => sum + record.agent.findings.length, 0);
}

const TABLE = `SELECT ${FINDING_COLUMNS} FROM cockpit_findings ORDER BY agent_id, ordinal`;

async function tableRows(pool: StorePool['pool']): Promise<unknown[]> {
  return (await pool.query(TABLE)).rows;
}

describe('findingPage', () => {
  it('answers every filter, order and offset exactly as findingList over the latest records', async () => {
    // A database whose own collation is a locale's (as managed PostgreSQL services create them), where
    // `B` sorts after `a`: only the columns' COLLATE "C" gives findingList's code-unit order.
    const name = `findings_equal_${process.pid}`;
    await pg.psql(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`);
    const url = pg.url(name);
    const { pool } = await open(url);
    // Three runs per agent, pushed newest first: the older pushes must leave the latest's findings.
    const repositories = sharedRepositories();
    const runOf = (agent: AgentSpec, run: number) => {
      const repository = repositories.get(agent.id);
      return agentRun(agent, run, repository ? { repository } : {});
    };
    for (const run of [3, 1, 2]) await pushRecords(pool, AGENTS.map((agent) => runOf(agent, run)), { batchSize: 4 });
    const total = await expectPagesLikeTheView(pool);
    expect(total).toBeGreaterThan(40);
    const store = postgresFleetStore(pool);
    const all = await store.findingPage(query({ limit: 500 }));
    expect(all.total).toBe(total);
    // The ties this fleet is built to have: the shared path and the same place reported twice.
    expect(new Set(all.items.filter((row) => row.agentPath === 'shared/planner').map((row) => row.agentId))).toEqual(
      new Set([...repositories].map(([id, repository]) => storeAgentId(repository, id))),
    );
    expect(all.items.filter((row) => row.finding.message === 'the same place again').length).toBeGreaterThan(2);
    expect(all.items.every((row) => row.finding.fingerprint.startsWith('run-003-'))).toBe(true);

    // The route uses it, and answers what the view would.
    const app = createApp({ store, lakeDir: path.join(temp, 'unused-lake') });
    const route = `/api/findings?rule=${RULES[2]![0]}&limit=5&offset=2`;
    const response = await app.request(route);
    expect(response.status).toBe(200);
    // Each row also carries its age (src/server/finding-age.ts); without it, the view's rows as they are.
    const answered = (await response.json()) as { total: number; items: Array<{ firstSeen?: string; ageDays?: number }> };
    expect(answered.items.every((row) => row.firstSeen !== undefined && row.ageDays !== undefined)).toBe(true);
    const withoutAges = { ...answered, items: answered.items.map(({ firstSeen: _firstSeen, ageDays: _ageDays, ...row }) => row) };
    expect(JSON.stringify(withoutAges)).toBe(JSON.stringify(findingList(await store.listLatest(), query({ rule: RULES[2]![0], limit: 5, offset: 2 }))));
  });
});

describe('keeping cockpit_findings current', () => {
  it('replaces an agent’s rows when its latest run moves, and only then', async () => {
    const url = await freshDatabase(pg, 'findings_moves');
    const { pool } = await open(url);
    await pushRecords(pool, AGENTS.map((agent) => agentRun(agent, 1)));
    const first = await tableRows(pool);
    const versions = async () => (await pool.query<{ version: string }>('SELECT xmin::text AS version FROM cockpit_findings ORDER BY agent_id, ordinal')).rows;
    const before = await versions();

    // An older run and the same run again change no row.
    await pushRecords(pool, AGENTS.map((agent) => agentRun(agent, 0)));
    await pushRecords(pool, AGENTS.map((agent) => agentRun(agent, 1)));
    expect(await tableRows(pool)).toEqual(first);
    expect(await versions()).toEqual(before);

    // Newer runs for some agents: one with more findings, one with none, the rest as drawn.
    const moved = AGENTS.slice(0, 6);
    await pushRecords(pool, [
      agentRun(moved[0]!, 5, { findings: 9 }),
      agentRun(moved[1]!, 5, { findings: 0 }),
      ...moved.slice(2).flatMap((agent) => [agentRun(agent, 4), agentRun(agent, 5)]),
    ]);
    const fingerprints = await pool.query<{ agent_id: string; run: string; count: number }>(
      `SELECT agent_id, left(api_row->'finding'->>'fingerprint', 7) AS run, count(*)::int AS count FROM cockpit_findings GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    for (const agent of AGENTS) {
      const runs = fingerprints.rows.filter((row) => row.agent_id === agent.id).map((row) => row.run);
      const latestRun = moved.includes(agent) ? 'run-005' : 'run-001';
      // Findings of older runs are gone; an agent whose latest run has none has no row.
      expect(runs.every((run) => run === latestRun), agent.path).toBe(true);
    }
    expect(fingerprints.rows.some((row) => row.agent_id === moved[1]!.id)).toBe(false);
    await expectPagesLikeTheView(pool);

    // Removing an agent removes its findings with it.
    await pool.query('DELETE FROM cockpit_agents WHERE agent_id = $1', [moved[0]!.id]);
    expect((await pool.query('SELECT 1 FROM cockpit_findings WHERE agent_id = $1', [moved[0]!.id])).rowCount).toBe(0);
    await expectPagesLikeTheView(pool);
  });

  it('ends where a sequential push ends when several pushes collide on the same agents', async () => {
    // Overlapping runs of every agent from three pushers, in small batches; the test holds the
    // agents table until all three are waiting inside their first transaction.
    const lakes = [0, 1, 2].map((index) => AGENTS.flatMap((agent) => [10 + index, 11 + index, 20 - index].map((run) => agentRun(agent, run))));
    const concurrentUrl = await freshDatabase(pg, 'findings_concurrent');
    const pushers = await Promise.all(lakes.map(() => open(concurrentUrl)));
    await migrate(pushers[0]!.pool);
    const gate = await pushers[0]!.pool.connect();
    try {
      await gate.query('BEGIN');
      await gate.query('LOCK TABLE cockpit_agents IN EXCLUSIVE MODE');
      const running = Promise.all(lakes.map((records, index) => pushRecords(pushers[index]!.pool, records, { batchSize: 5 })));
      const deadline = Date.now() + 15_000;
      for (;;) {
        const waiting = await pushers[1]!.pool.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        if (waiting.rows[0]?.count === lakes.length) break;
        if (Date.now() > deadline) throw new Error(`only ${waiting.rows[0]?.count} pushes are waiting`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await gate.query('COMMIT');
      await running;
    } finally {
      await gate.query('ROLLBACK').catch(() => undefined);
      gate.release();
    }
    const sequentialUrl = await freshDatabase(pg, 'findings_sequential');
    const sequential = await open(sequentialUrl);
    for (const records of lakes) await pushRecords(sequential.pool, records);
    const concurrentRows = await tableRows(pushers[0]!.pool);
    expect(concurrentRows.length).toBeGreaterThan(40);
    expect(concurrentRows).toEqual(await tableRows(sequential.pool));
    const latest = await pushers[0]!.pool.query<{ run: string }>("SELECT DISTINCT left(api_row->'finding'->>'fingerprint', 7) AS run FROM cockpit_findings");
    expect(latest.rows).toEqual([{ run: 'run-020' }]);
    await expectPagesLikeTheView(pushers[0]!.pool);
  }, 30_000);
});

/** Version 1's tables as a version-1 push wrote them: every run, and each agent's newest. */
async function writeVersionOneStore(pool: StorePool['pool'], records: readonly LakeRecord[]): Promise<void> {
  await pool.query(
    `INSERT INTO cockpit_runs (agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record, source_repository, source_commit, source_ci_run)
     SELECT agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record, source_repository, source_commit, source_ci_run
     FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, run_id text, sort_key text, finished_at timestamptz, day date, verdict text, findings integer,
          errors integer, warnings integer, notes integer, record jsonb, source_repository text, source_commit text, source_ci_run text)`,
    [JSON.stringify(records.map((record) => runRow(record, undefined)))],
  );
  const newest = new Map<string, LakeRecord>();
  for (const record of records) {
    const current = newest.get(record.agent.id);
    if (!current || runRow(current, undefined).sort_key < runRow(record, undefined).sort_key) newest.set(record.agent.id, record);
  }
  const rows = [...newest.values()].map((record) => ({ ...agentTableRow(record), runs: records.filter((other) => other.agent.id === record.agent.id).length }));
  await pool.query(
    `INSERT INTO cockpit_agents (agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank, frameworks, personas, rule_ids,
                                 findings, errors, last_audit, agent_row, fleet_facts)
     SELECT agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
            ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
            ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
     FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, runs integer, latest_run_id text, latest_sort_key text, path text, name_key text, path_key text,
          verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb, findings integer, errors integer, last_audit text,
          agent_row jsonb, fleet_facts jsonb)`,
    [JSON.stringify(rows)],
  );
}

describe('migration 3', () => {
  it('backfills, in SQL, exactly the rows a push writes', async () => {
    const url = await freshDatabase(pg, 'findings_backfill');
    const { pool } = await open(url);
    for (const run of [1, 2]) await pushRecords(pool, AGENTS.map((agent) => agentRun(agent, run)));
    const pushed = await tableRows(pool);
    expect(pushed.length).toBeGreaterThan(20);
    // Back to the store as the version before wrote it: no table, no version 3 (nor the later version 4's run columns).
    await pool.query('DROP TABLE cockpit_findings');
    await pool.query('DROP INDEX cockpit_runs_by_run');
    await pool.query('ALTER TABLE cockpit_runs DROP COLUMN started_iso, DROP COLUMN finished_iso, DROP COLUMN fingerprints');
    await pool.query('DELETE FROM cockpit_schema_migrations WHERE version >= 3');
    expect(await migrate(pool)).toEqual([3, 4]);
    expect(await tableRows(pool)).toEqual(pushed);
    await expectPagesLikeTheView(pool);
  });

  it('brings a version-1 store forward: every later migration, then the findings of the latest runs', async () => {
    const url = await freshDatabase(pg, 'findings_v1');
    const { pool } = await open(url);
    await migrate(pool, MIGRATIONS.filter((migration) => migration.version === 1));
    // Two repositories' agents; one run with a repository in its provenance (a later migration may re-key it).
    const records = AGENTS.flatMap((agent, index) => [1, 2, 3].map((run) => agentRun(agent, run, index % 4 === 0 ? { repository: `acme/repo-${index % 3}` } : {})));
    await writeVersionOneStore(pool, records);
    expect(await migrate(pool)).toEqual(MIGRATIONS.map((migration) => migration.version).filter((version) => version > 1));
    const total = await expectPagesLikeTheView(pool);
    expect(total).toBe(AGENTS.reduce((sum, agent, index) => sum + agentRun(agent, 3, index % 4 === 0 ? { repository: `acme/repo-${index % 3}` } : {}).agent.findings.length, 0));
    expect((await pool.query('SELECT 1 FROM cockpit_findings')).rowCount).toBe(total);
  });
});

describe('the overview roll-ups over the store', () => {
  it('gives /api/fleet the folder and owner roll-ups the lake view gives, owners read from the workspace, and the agents table their filters', async () => {
    const url = await freshDatabase(pg, 'fleet_rollups');
    const { pool } = await open(url);
    await pushRecords(pool, AGENTS.map((agent) => agentRun(agent, 1)));
    const workspace = await mkdtemp(path.join(temp, 'workspace-'));
    await mkdir(path.join(workspace, '.github'));
    await writeFile(path.join(workspace, '.github', 'CODEOWNERS'), '/team/ @acme/team\n/shared/ @acme/shared @ACME/Team\n');
    const store = postgresFleetStore(pool);
    const response = await createApp({ store, lakeDir: path.join(temp, 'unused-lake'), workspaceRoot: workspace }).request('/api/fleet');
    expect(response.status).toBe(200);
    const fleet = FleetSchema.parse(await response.json());
    const agents = (await store.listLatest()).map((record) => rollupAgent(record.agent));
    const owners = new Map(
      agents.map((agent) => [agent.path, agent.path.startsWith('team/') ? ['@acme/team'] : agent.path.startsWith('shared/') ? ['@acme/shared', '@ACME/Team'] : []]),
    );
    expect({ owners: fleet.owners, unowned: fleet.unowned }).toEqual(ownerRollup(agents, owners));
    // One owner for both spellings, shown as first met in path order (shared/ before team/).
    expect(fleet.owners!.map((entry) => entry.owner).sort()).toEqual(['@ACME/Team', '@acme/shared']);
    expect(fleet.folders).toEqual(folderRollup(agents));

    // The agents table by folder and verdict in SQL, exactly as agentList over the latest records.
    const records = await store.listLatest();
    for (const fields of [
      { folder: 'team', limit: 500 },
      { folder: 'team/agent-1' },
      { folder: './team/agent-1/', sort: 'findings', order: 'desc' },
      { folder: '日本' },
      { folder: 'shared', verdict: 'blocked' },
      { folder: 'nowhere' },
      { verdict: 'blocked', sort: 'errors', order: 'desc', limit: 3, offset: 1 },
      { verdict: 'blocked', folder: 'team', q: 'AGENT-1' },
    ]) {
      const agentQuery = AgentQuerySchema.parse(fields);
      expect(await store.agentPage(agentQuery), JSON.stringify(fields)).toEqual(agentList(records, agentQuery));
    }
    expect((await store.agentPage(AgentQuerySchema.parse({ folder: 'team/agent-1' }))).items.map((row) => row.path)).toEqual(['team/agent-1', 'team/agent-1/sub']);
    // Owners are read from the workspace over this store too, in any case; every owner row's Agents and Blocked counts are the table's.
    const app = createApp({ store, lakeDir: path.join(temp, 'unused-lake'), workspaceRoot: workspace });
    const total = async (query: string) => AgentListSchema.parse(await (await app.request(`/api/agents?${query}`)).json()).total;
    for (const entry of fleet.owners!) {
      expect(await total(`owner=${encodeURIComponent(entry.owner.toUpperCase())}`), entry.owner).toBe(entry.agents);
      expect(await total(`owner=${encodeURIComponent(entry.owner)}&verdict=blocked`), entry.owner).toBe(entry.blocked);
    }
    // A folder link lists every agent at or below it: `team` also holds `team/agent-1/sub`, which the roll-up counts under `team/agent-1`.
    expect(await total('folder=team')).toBe(fleet.folders.filter((entry) => entry.folder === 'team' || entry.folder.startsWith('team/')).reduce((sum, entry) => sum + entry.agents, 0));
    const teamPage = await (await app.request('/api/agents?owner=%40acme%2Fteam&sort=findings&order=desc&limit=2&offset=1')).json();
    const teamRecords = records.filter((record) => record.agent.path.startsWith('team/') || record.agent.path.startsWith('shared/'));
    expect(teamPage).toEqual(agentList(teamRecords, AgentQuerySchema.parse({ sort: 'findings', order: 'desc', limit: 2, offset: 1 })));
  });
});
