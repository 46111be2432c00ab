import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { LakeRecord } from '../src/lake/record.js';
import { isRepositoryEntry } from '../src/report/model.js';
import { mergeLakes, readAllLatest, readHistory, writeRecord } from '../src/lake/partitions.js';
import { AgentListSchema, FleetSchema, HealthSchema, type AgentQuery } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { agentList, fleetTrend, fleetView, historyPoints } from '../src/server/fleet-views.js';
import { openStorePool, type StorePool } from '../src/store/postgres/connection.js';
import { postgresFleetStore } from '../src/store/postgres/fleet-store.js';
import { migrate, MIGRATIONS, schemaVersion, SCHEMA_VERSION } from '../src/store/postgres/migrations.js';
import { pushLake } from '../src/store/postgres/push.js';
import { storeAgentId } from '../src/store/identity.js';
import { runInProcess } from './helpers/in-process.js';
import { CockpitError } from '../src/util/errors.js';
import { REPO_ROOT, runCli, tokenLike, type CliResult } from './helpers/cli.js';
import { findFreePort } from './helpers/registry-servers/ports.js';
import { freshDatabase, startTestPostgres, type TestPostgres } from './helpers/postgres.js';

/**
 * The PostgreSQL fleet store (issue 9) against a real server started here (initdb + pg_ctl on
 * 127.0.0.1, password auth and TLS on): migrations from an empty database, idempotent and concurrent
 * pushes through the built CLI, shard lakes giving the one-run report, the server reading the store,
 * connection failures as one line, TLS modes, and a password that never shows.
 */

/** Generated, with the characters a URL must encode: the test knows the value that must never show. */
const PASSWORD = `${tokenLike('', 12, 41)}#/@:${tokenLike('', 6, 42)}`;
const ENCODED_PASSWORD = encodeURIComponent(PASSWORD);
const FIXED_NOW = new Date('2026-03-01T12:00:00.000Z');

let pg: TestPostgres;
let temp = '';
/** Lakes of the example fleet: one whole run and three shards of it. */
let wholeLake = '';
let shardLakes: string[] = [];
let wholeRun: CliResult;
/** Each example agent's latest record: the seeds of the synthetic histories. */
/** The example agents' records (the synthetic lakes are built from these). */
let bases: LakeRecord[] = [];
/** Every record of the example run: the seven agents and the repository entry (files outside every agent). */
let wholeRecords: LakeRecord[] = [];
const pools: StorePool[] = [];

/** The URL without its password: CLI runs get it from PGPASSWORD, the way CI should. */
function bare(url: string): string {
  return url.replace(`:${ENCODED_PASSWORD}@`, '@');
}

function withPassword(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PGPASSWORD: PASSWORD, GITHUB_REPOSITORY: '', GITHUB_SHA: '', GITHUB_RUN_ID: '', CI_PROJECT_PATH: '', CI_COMMIT_SHA: '', CI_PIPELINE_ID: '', ...env };
}

function expectNoPassword(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(ENCODED_PASSWORD);
  }
}

async function open(url: string): Promise<StorePool> {
  const store = await openStorePool(url, {});
  pools.push(store);
  return store;
}

/** Run `run` of agent `base`: a distinct id and finish time, `day` days into 2026, some of its findings. */
function variant(base: LakeRecord, run: number, day: number): LakeRecord {
  const finishedAt = new Date(Date.UTC(2026, 0, 1 + day, 8, run, 0, 0)).toISOString();
  return {
    ...base,
    runId: `run-${String(run).padStart(3, '0')}-${base.agent.id.slice(0, 8)}`,
    startedAt: finishedAt,
    finishedAt,
    agent: { ...base.agent, findings: base.agent.findings.slice(0, run % (base.agent.findings.length + 1)) },
  };
}

/** A lake holding runs `runs` of every example agent (run r on day ⌊r/2⌋, so days hold one or two runs). */
async function syntheticLake(name: string, runs: readonly number[]): Promise<string> {
  const lake = path.join(temp, name);
  for (const base of bases) for (const run of runs) await writeRecord(lake, variant(base, run, Math.floor(run / 2)));
  return lake;
}

async function rows<T>(store: StorePool, sql: string): Promise<T[]> {
  return (await store.pool.query(sql)).rows as T[];
}

/**
 * The CLI in this process (starting `node bin/ops.js` costs seconds on a busy machine); the
 * concurrency and `ops serve` tests run real processes.
 */
const ops = (args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => runInProcess(args, { env });

function push(lake: string, url: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return ops(['lake', 'push', '--lake', lake, '--to', bare(url), ...extra], withPassword(env));
}

function json<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 200)} ${result.stderr}`);
  }
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-store-'));
  wholeLake = path.join(temp, 'lake-whole');
  shardLakes = ['1/3', '2/3', '3/3'].map((shard) => path.join(temp, `lake-shard-${shard[0]}`));
  const examples = path.join(REPO_ROOT, 'examples');
  const [server, whole] = await Promise.all([
    startTestPostgres({ password: PASSWORD, tls: true }),
    ops(['report', '--workspace', examples, '--lake', wholeLake, '--format', 'json', '--quiet', '--jobs', '1'], withPassword()),
    ...shardLakes.map((lake, index) =>
      ops(['report', '--workspace', examples, '--shard', `${index + 1}/3`, '--lake', lake, '--format', 'json', '--quiet', '--jobs', '1'], withPassword()),
    ),
  ]);
  pg = server;
  wholeRun = whole;
  wholeRecords = await readAllLatest(wholeLake);
  if (wholeRecords.length !== 8) throw new Error(`the example audit failed: exit ${whole.code}, ${whole.stderr}`);
  bases = wholeRecords.filter((record) => !isRepositoryEntry(record.agent));
  expect(bases).toHaveLength(7);
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((store) => store.close()));
  await pg?.stop();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('schema migrations', () => {
  it('create the schema in an empty database once, even when several processes start at the same moment', async () => {
    const url = await freshDatabase(pg, 'migrate');
    const stores = await Promise.all([1, 2, 3, 4].map(() => open(url)));
    expect(await schemaVersion(stores[0]!.pool)).toBe(0);
    const applied = await Promise.all(stores.map((store) => migrate(store.pool)));
    // Each version applied once, by whichever process took the lock first.
    expect(applied.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(await schemaVersion(stores[0]!.pool)).toBe(SCHEMA_VERSION);
    const versions = await rows<{ version: number; name: string }>(stores[0]!, 'SELECT version, name FROM cockpit_schema_migrations ORDER BY version');
    expect(versions).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(versions[0]).toEqual({ version: 1, name: 'fleet store: runs and agents' });
    const tables = await rows<{ name: string }>(stores[0]!, "SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'cockpit_%' ORDER BY 1");
    expect(tables.map((table) => table.name)).toEqual(['cockpit_agents', 'cockpit_findings', 'cockpit_runs', 'cockpit_schema_migrations']);
    expect(await migrate(stores[0]!.pool)).toEqual([]);
  });

  it('refuse a store migrated by a newer cockpit, with one line', async () => {
    const url = await freshDatabase(pg, 'newer');
    const store = await open(url);
    await migrate(store.pool);
    await store.pool.query("INSERT INTO cockpit_schema_migrations (version, name) VALUES (99, 'from the future')");
    await expect(migrate(store.pool)).rejects.toThrow(CockpitError);
    const result = await push(wholeLake, url);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(new RegExp(String.raw`^ops: error: postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/newer_\w+: the store's schema is version 99, newer than this cockpit knows \(${SCHEMA_VERSION}\): upgrade the cockpit\n$`));
  });
});

describe('ops lake push', () => {
  it('is idempotent: the second push inserts nothing and rewrites no row', async () => {
    const url = await freshDatabase(pg, 'idempotent');
    const lake = await syntheticLake('lake-idempotent', [1, 2, 3]);
    const ci = { GITHUB_REPOSITORY: 'acme/agents', GITHUB_SHA: 'c0ffee1', GITHUB_RUN_ID: '4242' };
    const first = await push(lake, url, [], ci);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Pushed .*lake-idempotent to postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/idempotent_\w+: 7 agents, 21 records \(21 new, 0 unchanged\); latest run updated for 7 agents; repository acme\/agents \(from GITHUB_REPOSITORY\)\.\n$/);

    const store = await open(url);
    const snapshot = async () => ({
      runs: await rows(store, 'SELECT agent_id, run_id, xmin::text AS version, pushed_at FROM cockpit_runs ORDER BY agent_id, run_id'),
      agents: await rows(store, 'SELECT agent_id, latest_run_id, xmin::text AS version, updated_at FROM cockpit_agents ORDER BY agent_id'),
    });
    const before = await snapshot();
    expect(before.runs).toHaveLength(21);

    const second = await push(lake, url, ['--format', 'json'], ci);
    expect(second.code).toBe(0);
    expect(json(second)).toMatchObject({ agents: 7, records: 21, inserted: 0, unchanged: 21, latestUpdated: 0 });
    expect(await snapshot()).toEqual(before);

    // Provenance: these records carry no source of their own, so the pushing job's is kept.
    const sources = await rows<{ source: string }>(store, "SELECT DISTINCT concat_ws(' ', source_repository, source_commit, source_ci_run) AS source FROM cockpit_runs");
    expect(sources).toEqual([{ source: 'acme/agents c0ffee1 4242' }]);
    // Keyed by (repository, lake hash): the store id of the repository's agent (store/identity.ts).
    const latest = await postgresFleetStore(store.pool).latest(storeAgentId('acme/agents', bases[0]!.agent.id));
    expect(latest?.source).toEqual({ repository: 'acme/agents', commit: 'c0ffee1', ciRun: '4242' });
    expectNoPassword(first.stdout, first.stderr, second.stdout, second.stderr);
  });

  it('keeps the newest run as latest in any push order, and the union of histories, as lake merge does', async () => {
    const url = await freshDatabase(pg, 'order');
    const older = await syntheticLake('lake-older', [4, 5, 6]);
    const newer = await syntheticLake('lake-newer', [6, 7, 8]);
    // Newest first: the older push must not move any agent back.
    expect((await push(newer, url)).code).toBe(0);
    const second = await push(older, url, ['--format', 'json']);
    expect(json(second)).toMatchObject({ records: 21, inserted: 14, unchanged: 7, latestUpdated: 0 });

    const merged = path.join(temp, 'lake-order-merged');
    await mergeLakes([older, newer], merged);
    const store = postgresFleetStore((await open(url)).pool);
    const fromStore = await store.listLatest();
    const fromLake = await readAllLatest(merged);
    expect(fromStore.map((record) => record.runId)).toEqual(
      [...fromLake].sort((a, b) => (a.agent.path < b.agent.path ? -1 : 1)).map((record) => record.runId),
    );
    expect(fromStore.every((record) => record.runId.startsWith('run-008-'))).toBe(true);
    for (const record of fromLake) {
      expect(await store.history(record.agent.id)).toEqual(await readHistory(merged, record.agent.id));
      expect(await store.latest(record.agent.id)).toEqual(record);
    }
  });

  it('from several processes at once loses and duplicates nothing and ends where a sequential push ends', async () => {
    // Three overlapping lakes of the same seven agents, pushed by three processes. The test holds
    // the agents table until all three are inside their transactions and waiting, so they really
    // collide: on the same runs and on the same agents' latest rows.
    const lakes = await Promise.all([0, 1, 2].map((index) => syntheticLake(`lake-concurrent-${index}`, [10 + index, 11 + index, 12 + index, 20 - index])));
    const concurrentUrl = await freshDatabase(pg, 'concurrent');
    const concurrent = await open(concurrentUrl);
    await migrate(concurrent.pool);
    const gate = await concurrent.pool.connect();
    let results: CliResult[];
    try {
      await gate.query('BEGIN');
      await gate.query('LOCK TABLE cockpit_agents IN EXCLUSIVE MODE');
      const running = Promise.all(
        lakes.map((lake) => runCli(['lake', 'push', '--lake', lake, '--to', bare(concurrentUrl), '--format', 'json'], { env: withPassword() })),
      );
      const deadline = Date.now() + 25_000;
      for (;;) {
        const waiting = await concurrent.pool.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        if (waiting.rows[0]?.count === lakes.length) break;
        if (Date.now() > deadline) throw new Error(`only ${waiting.rows[0]?.count} pushes are waiting`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await gate.query('COMMIT');
      results = await running;
    } finally {
      await gate.query('ROLLBACK').catch(() => undefined);
      gate.release();
    }
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const counts = results.map((result) => json<{ records: number; inserted: number; unchanged: number }>(result));
    const union = new Set(lakes.flatMap((_, index) => [10 + index, 11 + index, 12 + index, 20 - index])).size * bases.length;
    // Every run was inserted by exactly one of the pushes.
    expect(counts.reduce((sum, count) => sum + count.inserted, 0)).toBe(union);
    expect(counts.reduce((sum, count) => sum + count.inserted + count.unchanged, 0)).toBe(counts.reduce((sum, count) => sum + count.records, 0));

    const sequentialUrl = await freshDatabase(pg, 'sequential');
    const sequential = await open(sequentialUrl);
    for (const lake of lakes) await pushLake(sequential.pool, lake);
    const runs = 'SELECT agent_id, run_id, sort_key, record FROM cockpit_runs ORDER BY agent_id, run_id';
    const agents = 'SELECT agent_id, runs, latest_run_id, verdict, agent_row, fleet_facts FROM cockpit_agents ORDER BY agent_id';
    const concurrentRuns = await rows(concurrent, runs);
    expect(concurrentRuns).toHaveLength(union);
    expect(concurrentRuns).toEqual(await rows(sequential, runs));
    expect(await rows(concurrent, agents)).toEqual(await rows(sequential, agents));
    const latest = await rows<{ latest_run_id: string }>(concurrent, 'SELECT latest_run_id FROM cockpit_agents');
    expect(latest.every((row) => row.latest_run_id.startsWith('run-020-'))).toBe(true);
    for (const result of results) expectNoPassword(result.stdout, result.stderr);
  }, 60_000);

  it('says what is wrong with its arguments in one line', async () => {
    const notUrl = await ops(['lake', 'push', '--lake', wholeLake, '--to', 'mysql://u:hunter2@db/fleet']);
    expect(notUrl.code).toBe(3);
    expect(notUrl.stderr).toBe("ops: error: --to: 'mysql://u:****@db/fleet' is not a PostgreSQL URL (postgres://user@host:port/database)\n");
    const noLake = await ops(['lake', 'push', '--lake', path.join(temp, 'nowhere'), '--to', 'postgres://127.0.0.1:1/x']);
    expect(noLake.code).toBe(3);
    expect(noLake.stderr).toMatch(/^ops: error: .*nowhere: no such file or directory\n$/);
  });
});

describe('reading the store', () => {
  it('shard lakes pushed separately give the report, SARIF and exit code of one run', async () => {
    const url = await freshDatabase(pg, 'shards');
    const pushes = await Promise.all(shardLakes.map((lake) => push(lake, url)));
    for (const result of pushes) expect(result.code, result.stderr).toBe(0);

    const fromStore = await ops(['report', '--from-lake', bare(url), '--format', 'json'], withPassword());
    const label = /"root": "([^"]+)"/.exec(fromStore.stdout)?.[1];
    expect(label).toMatch(/^postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/shards_\w+$/);
    expect(fromStore.code).toBe(wholeRun.code);
    expect(fromStore.code).toBe(1);
    const storeReport = json<{ root: string }>(fromStore);
    const runReport = json<{ root: string }>(wholeRun);
    expect({ ...storeReport, root: '' }).toEqual({ ...runReport, root: '' });

    const fromLake = await ops(['report', '--from-lake', wholeLake, '--format', 'json']);
    expect(fromStore.stdout.replace(label!, 'ROOT')).toBe(fromLake.stdout.replace(json<{ root: string }>(fromLake).root, 'ROOT'));
    const sarifStore = await ops(['report', '--from-lake', bare(url), '--format', 'sarif'], withPassword());
    const sarifLake = await ops(['report', '--from-lake', wholeLake, '--format', 'sarif']);
    expect(sarifStore.code).toBe(1);
    expect(sarifStore.stdout).toBe(sarifLake.stdout);
    const textStore = await ops(['report', '--from-lake', bare(url)], withPassword());
    const textLake = await ops(['report', '--from-lake', wholeLake]);
    const withoutFooter = (text: string, root: string) => text.split(root).join('ROOT').replace(/\d+(\.\d+)? ?m?s\b/g, 'T');
    expect(textStore.code).toBe(1);
    expect(withoutFooter(textStore.stdout, label!)).toBe(withoutFooter(textLake.stdout, json<{ root: string }>(fromLake).root));
    expectNoPassword(fromStore.stdout, fromStore.stderr, sarifStore.stdout, textStore.stdout, ...pushes.map((result) => result.stdout));
  });

  it('an empty store is one line, not an empty report', async () => {
    const url = await freshDatabase(pg, 'empty');
    const result = await ops(['report', '--from-lake', bare(url)], withPassword());
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^ops: error: postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/empty_\w+: the store holds no agent records \(push a lake first: ops lake push --to URL\)\n$/);
  });

  it('the server answers the same over the store as over the lake', async () => {
    const url = await freshDatabase(pg, 'server');
    const lake = await syntheticLake('lake-server', [1, 2, 3, 4, 5, 6, 7]);
    const store = postgresFleetStore((await open(url)).pool);
    await pushLake((await open(url)).pool, lake);
    const common = { lakeDir: lake, lakeLabel: 'fleet', rootLabel: 'fleet', workspaceRoot: path.join(REPO_ROOT, 'examples'), now: () => FIXED_NOW };
    const overLake = createApp({ ...common, store: lakeFolderStore(lake) });
    const overStore = createApp({ ...common, store });
    const get = async (app: OpenAPIHono, url: string) => {
      const response = await app.request(url);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const id = bases[0]!.agent.id;
    for (const route of [
      '/api/health',
      '/api/fleet',
      '/api/agents',
      '/api/agents?sort=findings&order=desc&limit=3&offset=1',
      '/api/agents?verdict=security-block',
      `/api/agents/${id}`,
      `/api/agents/${id}/history`,
      '/api/findings?severity=error',
      '/api/agents/0000000000000000',
    ]) {
      expect(await get(overStore, route), route).toEqual(await get(overLake, route));
    }
    expect(FleetSchema.parse((await get(overStore, '/api/fleet')).body).trend.length).toBeGreaterThan(2);
  });

  it('answers the dashboard queries in SQL exactly as the views compute them from records', async () => {
    const url = await freshDatabase(pg, 'queries');
    const lake = await syntheticLake('lake-queries', [1, 2, 3, 4, 5, 6, 7, 8]);
    const pool = (await open(url)).pool;
    await pushLake(pool, lake);
    const store = postgresFleetStore(pool);
    const records = await store.listLatest();
    const histories = await Promise.all(records.map((record) => store.history(record.agent.id)));
    expect(histories.every((runs) => runs.length === 8)).toBe(true);

    const query = (overrides: Partial<AgentQuery>): AgentQuery => ({ sort: 'path', order: 'asc', limit: 50, offset: 0, ...overrides });
    const queries: AgentQuery[] = [
      query({}),
      query({ sort: 'name', order: 'desc' }),
      query({ sort: 'verdict' }),
      query({ sort: 'findings', order: 'desc', limit: 2, offset: 2 }),
      query({ sort: 'errors', order: 'desc' }),
      query({ sort: 'warnings', order: 'desc' }),
      query({ sort: 'lastAudit' }),
      query({ verdict: 'pass' }),
      query({ persona: 'secops' }),
      query({ framework: records.find((record) => record.agent.frameworks.length > 0)!.agent.frameworks[0]! as AgentQuery['framework'] }),
      query({ rule: records.flatMap((record) => record.agent.findings)[0]!.ruleId }),
      query({ q: 'ASSIST' }),
      query({ offset: 100 }),
    ];
    for (const agentQuery of queries) {
      const page = AgentListSchema.parse(await store.agentPage(agentQuery));
      expect(page, JSON.stringify(agentQuery)).toEqual(agentList(records, agentQuery));
    }
    for (const record of records) expect(await store.historyPoints(record.agent.id)).toEqual(historyPoints(await store.history(record.agent.id)));
    expect(await store.trend()).toEqual(fleetTrend(histories));
    expect(await store.fleet({ root: 'fleet', now: FIXED_NOW })).toEqual(fleetView({ root: 'fleet', records, histories, now: FIXED_NOW }));
    expect(await store.agentCount()).toBe(7);

    // The trend and the fleet view are kept between calls until a push adds runs.
    await pushLake(pool, await syntheticLake('lake-queries-later', [9, 30]));
    const later = await store.listLatest();
    const laterHistories = await Promise.all(later.map((record) => store.history(record.agent.id)));
    expect(laterHistories.every((runs) => runs.length === 10)).toBe(true);
    expect(await store.fleet({ root: 'fleet', now: FIXED_NOW })).toEqual(fleetView({ root: 'fleet', records: later, histories: laterHistories, now: FIXED_NOW }));
    expect(await store.trend()).toEqual(fleetTrend(laterHistories));
    expect(await rows(await open(url), 'SELECT DISTINCT runs FROM cockpit_agents')).toEqual([{ runs: 10 }]);
    expect(await store.latest('not-an-agent')).toBeUndefined();
    expect(await store.history('../../etc')).toEqual([]);
  });

  it('ops serve --store serves the dashboard API from the store', async () => {
    const url = await freshDatabase(pg, 'serve');
    await pushLake((await open(url)).pool, wholeLake);
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'ops.js'), 'serve', '--store', bare(url), '--workspace', path.join(REPO_ROOT, 'examples'), '--port', '0', '--no-open'], {
      cwd: temp,
      env: { ...process.env, ...withPassword(), OPS_SERVER_TOKEN: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const serverUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 15_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /Serving the cockpit dashboard at (http:\/\/127\.0\.0\.1:\d+\/) \(store: (.+)\)\n/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      void exit.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toMatch(/\(store: postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/serve_\w+\)\n$/);
    const health = HealthSchema.parse(await (await fetch(new URL('/api/health', serverUrl))).json());
    expect(health.agents).toBe(8);
    expect(health.lake).toMatch(/^postgres:\/\/cockpit:\*\*\*\*@/);
    const agents = AgentListSchema.parse(await (await fetch(new URL('/api/agents?sort=path', serverUrl))).json());
    expect(agents.items.map((row) => row.path)).toEqual(wholeRecords.map((record) => record.agent.path).sort());
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expectNoPassword(stderr, JSON.stringify(health));
  }, 60_000);
});

describe('connections', () => {
  it('a store that cannot be reached, or refuses the login, is exit 3 with one line and no password', async () => {
    const closedPort = await findFreePort();
    const unreachable = `postgres://cockpit:${ENCODED_PASSWORD}@127.0.0.1:${closedPort}/fleet`;
    const asProcess = await runCli(['report', '--from-lake', unreachable]);
    for (const [args, result] of [
      [['report', '--from-lake', unreachable], asProcess],
      [['lake', 'push', '--lake', wholeLake, '--to', unreachable], await ops(['lake', 'push', '--lake', wholeLake, '--to', unreachable])],
      [['serve', '--store', unreachable, '--port', '0', '--no-open'], await ops(['serve', '--store', unreachable, '--port', '0', '--no-open'])],
    ] as const) {
      expect(result.code, args.join(' ')).toBe(3);
      expect(result.stderr).toBe(`ops: error: postgres://cockpit:****@127.0.0.1:${closedPort}/fleet: cannot connect (ECONNREFUSED)\n`);
      expect(result.stdout).toBe('');
    }
    const wrong = await ops(['report', '--from-lake', pg.url('postgres').replace(ENCODED_PASSWORD, 'not-the-password')]);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toBe(`ops: error: postgres://cockpit:****@127.0.0.1:${pg.port}/postgres: cannot connect (password authentication failed for user "cockpit")\n`);
    const missing = await ops(['report', '--from-lake', bare(pg.url('no_such_db'))], withPassword());
    expect(missing.stderr).toBe(`ops: error: postgres://cockpit:****@127.0.0.1:${pg.port}/no_such_db: cannot connect (database "no_such_db" does not exist)\n`);
  }, 60_000);

  it('TLS: require encrypts, verify-full checks the certificate, disable does not encrypt, prefer falls back to plain', async () => {
    const encrypted = async (url: string, env: NodeJS.ProcessEnv = {}) => {
      const store = await openStorePool(url, env);
      try {
        return (await store.pool.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0]?.ssl;
      } finally {
        await store.close();
      }
    };
    const url = pg.url('postgres');
    expect(await encrypted(`${url}?sslmode=require`)).toBe(true);
    expect(await encrypted(`${url}?sslmode=disable`)).toBe(false);
    expect(await encrypted(url)).toBe(true);
    expect(await encrypted(`${url}?sslmode=verify-full&sslrootcert=${pg.caFile}`)).toBe(true);
    expect(await encrypted(`${url}?sslmode=verify-ca`, { PGSSLROOTCERT: pg.caFile })).toBe(true);
    await expect(encrypted(`${url}?sslmode=verify-full`)).rejects.toThrow(
      /^postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/postgres: cannot connect \(TLS: self-signed certificate; set sslrootcert=FILE or PGSSLROOTCERT to the server's CA\)$/,
    );
    const cli = await ops(['report', '--from-lake', `${bare(url)}?sslmode=verify-full`], withPassword());
    expect(cli.code).toBe(3);
    expect(cli.stderr).toMatch(/^ops: error: postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/postgres: cannot connect \(TLS: self-signed certificate/);

    // A server without TLS: prefer (the default) connects in plain text, require refuses.
    await pg.psql('ALTER SYSTEM SET ssl = off');
    await pg.psql('SELECT pg_reload_conf()');
    try {
      const deadline = Date.now() + 5_000;
      while ((await pg.psql('SHOW ssl')).trim() !== 'off' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await encrypted(url)).toBe(false);
      await expect(encrypted(`${url}?sslmode=require`)).rejects.toThrow(/cannot connect \(the server does not offer TLS, but sslmode=require needs it\)$/);
    } finally {
      await pg.psql('ALTER SYSTEM RESET ssl');
      await pg.psql('SELECT pg_reload_conf()');
    }
  });
});
