import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { LakeRecord } from '../src/lake/record.js';
import { readAllLatest, readHistory, writeRecord } from '../src/lake/partitions.js';
import { AgentDetailSchema, AgentListSchema } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { STORE_FAILED, STORE_UNAVAILABLE } from '../src/server/store-failure.js';
import { runServe } from '../src/cli/commands/serve-run.js';
import { storeAgentId } from '../src/store/identity.js';
import { openStorePool, type StorePool } from '../src/store/postgres/connection.js';
import { postgresFleetStore } from '../src/store/postgres/fleet-store.js';
import { migrate, MIGRATIONS, schemaVersion, SCHEMA_VERSION } from '../src/store/postgres/migrations.js';
import { pushLake } from '../src/store/postgres/push.js';
import { agentTableRow, runRow } from '../src/store/postgres/rows.js';
import { guardStoreErrors } from '../src/store/serve-store.js';
import type { CliResult } from './helpers/cli.js';
import { tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { freshDatabase, startTestPostgres, type TestPostgres } from './helpers/postgres.js';

/**
 * The fleet store across repositories (issue 15): two repositories with the same agent paths stay
 * two agents everywhere (report, API, dashboard rows), stores of schema version 1 are split by the
 * migration, prune and remove work on the store, a stopped database is a 503, bad input a 400,
 * push counts are exact, and an explicit relative --lake means the current folder in every command.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN = tokenLike('ghp_', 36, 1515, ALPHABET);
const PASSWORD = tokenLike('', 20, 1516);
/** Where the CI would say: cleared for the audits (which read process.env) and set per push. */
const CI_VARIABLES = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_RUN_ID', 'CI_PROJECT_PATH', 'CI_COMMIT_SHA', 'CI_PIPELINE_ID'] as const;
const NO_CI = Object.fromEntries(CI_VARIABLES.map((name) => [name, '']));

const PLANNER = 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="planner", model="gemini-3.5-flash", instruction="Plan the trip.")\n';
const WRITER = 'from google.adk.agents import Agent\n\nroot_agent = Agent(name="writer", model="gemini-3.5-flash", instruction="Write the summary.")\n';

let pg: TestPostgres;
let temp = '';
/** Two checkouts of different repositories, both folders named `fleet`, both with agents/planner. */
let support = '';
let sales = '';
let supportLake = '';
let salesLake = '';
const savedEnv: Record<string, string | undefined> = {};
const pools: StorePool[] = [];

function ops(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<CliResult> {
  return runInProcess(args, { env: { PGPASSWORD: PASSWORD, ...NO_CI, ...env }, ...(cwd ? { cwd } : {}) });
}

function json<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 200)} ${result.stderr}`);
  }
}

/** The URL as CI gives it: the password in PGPASSWORD. */
function bare(url: string): string {
  return url.replace(`:${encodeURIComponent(PASSWORD)}@`, '@');
}

async function open(url: string): Promise<StorePool> {
  const store = await openStorePool(url, {});
  pools.push(store);
  return store;
}

async function checkout(parent: string, files: Record<string, string>): Promise<string> {
  const root = path.join(temp, parent, 'fleet');
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
  return root;
}

async function audit(root: string): Promise<void> {
  const result = await ops(['report', '--workspace', root, '--format', 'json', '--quiet', '--jobs', '1']);
  if (result.code !== 0 && result.code !== 1) throw new Error(`audit of ${root} failed: exit ${result.code} ${result.stderr}`);
}

/** Run `run` of a record: a new run id, finished `run` minutes after 2026-06-01 08:00. */
function variant(base: LakeRecord, run: number): LakeRecord {
  const finishedAt = new Date(Date.UTC(2026, 5, 1, 8, run)).toISOString();
  return { ...base, runId: `run-${String(run).padStart(3, '0')}-${base.agent.id.slice(0, 8)}`, startedAt: finishedAt, finishedAt };
}

async function syntheticLake(name: string, bases: readonly LakeRecord[], runs: readonly number[]): Promise<string> {
  const lake = path.join(temp, name);
  for (const base of bases) for (const run of runs) await writeRecord(lake, variant(base, run));
  return lake;
}

async function get(app: OpenAPIHono, url: string): Promise<{ status: number; text: string }> {
  const response = await app.request(url);
  return { status: response.status, text: await response.text() };
}

function planners(report: { agents: Array<{ id: string; path: string; verdict: string }> }) {
  return report.agents.filter((agent) => agent.path === 'agents/planner');
}

beforeAll(async () => {
  for (const name of CI_VARIABLES) {
    savedEnv[name] = process.env[name];
    delete process.env[name];
  }
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-store-identity-'));
  // support-bots: its planner holds a token (security-block); the lake's checkout names the repository.
  support = await checkout('support', {
    'agents/planner/agent.py': `${PLANNER}\nGITHUB_TOKEN = "${TOKEN}"\n`,
    'agents/writer/agent.py': WRITER,
    'README.md': '# support bots\n',
    '.git/config': '[remote "origin"]\n\turl = https://x-access-token:not-a-real-token@github.com/acme/support-bots.git\n',
  });
  // sales-bots: a clean planner at the same path, audited later (its run is the newer one).
  sales = await checkout('sales', { 'agents/planner/agent.py': PLANNER });
  const [server] = await Promise.all([startTestPostgres({ password: PASSWORD }), audit(support)]);
  pg = server;
  await audit(sales);
  supportLake = path.join(support, '.cockpit', 'evidence_lake');
  salesLake = path.join(sales, '.cockpit', 'evidence_lake');
}, 60_000);

afterAll(async () => {
  for (const name of CI_VARIABLES) if (savedEnv[name] === undefined) delete process.env[name];
  else process.env[name] = savedEnv[name];
  await Promise.all(pools.map((store) => store.close().catch(() => undefined)));
  await pg?.stop();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('two repositories with the same agent paths', () => {
  it('stay two agents in the push, report --from-lake, /api/agents and /api/agents/{id}', async () => {
    const url = await freshDatabase(pg, 'two_repos');
    const first = await ops(['lake', 'push', '--lake', supportLake, '--to', bare(url), '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    // Two agents and the repository entry (the README outside them), counted as the report counts them.
    expect((await readAllLatest(supportLake)).map((record) => record.agent.kind ?? 'agent').sort()).toEqual(['agent', 'agent', 'repository']);
    expect(json(first)).toMatchObject({
      agents: 2,
      repositoryEntries: 1,
      records: 3,
      latestUpdated: 2,
      repositories: ['acme/support-bots'],
      repository: { name: 'acme/support-bots', from: 'git remote origin' },
    });
    // The remote's credential is cut away: it is in neither the output nor the store.
    expect(first.stdout).not.toContain('not-a-real-token');
    const second = await ops(['lake', 'push', '--lake', salesLake, '--to', bare(url)], { GITHUB_REPOSITORY: 'acme/sales-bots' });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/: 1 agent, 1 record \(1 new, 0 unchanged\); latest run updated for 1 agent; repository acme\/sales-bots \(from GITHUB_REPOSITORY\)\.\n$/);
    const text = await ops(['lake', 'push', '--lake', supportLake, '--to', bare(url)]);
    expect(text.stdout).toMatch(/: 2 agents \+ repository, 3 records \(0 new, 3 unchanged\); latest run updated for 0 agents; repository acme\/support-bots \(from git remote origin\)\.\n$/);

    const store = await open(url);
    const stored = await store.pool.query<{ text: string }>('SELECT record::text AS text FROM cockpit_runs');
    expect(stored.rows.some((row) => row.text.includes('not-a-real-token'))).toBe(false);

    const report = await ops(['report', '--from-lake', bare(url), '--format', 'json']);
    expect(report.code).toBe(1); // the support planner's token still gates the fleet
    const reported = planners(json(report));
    expect(reported).toHaveLength(2);
    expect(reported.map((agent) => agent.verdict).sort()).toEqual(['pass', 'security-block']);
    const [supportPlanner] = (await readAllLatest(supportLake)).filter((record) => record.agent.path === 'agents/planner');
    expect(reported.map((agent) => agent.id)).toContain(storeAgentId('acme/support-bots', supportPlanner!.agent.id));

    const app = createApp({ store: postgresFleetStore(store.pool), lakeDir: temp });
    const list = AgentListSchema.parse(JSON.parse((await get(app, '/api/agents?q=planner')).text));
    expect(list.total).toBe(2);
    expect(list.items.map((row) => [row.repository, row.verdict]).sort()).toEqual([
      ['acme/sales-bots', 'pass'],
      ['acme/support-bots', 'security-block'],
    ]);
    for (const row of list.items) {
      const detail = AgentDetailSchema.parse(JSON.parse((await get(app, `/api/agents/${row.id}`)).text));
      expect(detail.agent.id).toBe(row.id);
      expect(detail.agent.verdict).toBe(row.verdict);
      expect(detail.record.source?.repository).toBe(row.repository);
    }

    // A push from a laptop (the remote URL, any case) and one from CI key the same agents: nothing new.
    const again = await ops(['lake', 'push', '--lake', salesLake, '--to', bare(url), '--repository', 'git@github.com:Acme/sales-bots.git', '--format', 'json']);
    expect(json(again)).toMatchObject({ inserted: 0, latestUpdated: 0, repository: { name: 'Acme/sales-bots', from: '--repository' } });
  });

  it('without any repository the store keys agents by the lake hash, as before', async () => {
    const url = await freshDatabase(pg, 'no_repo');
    const pushed = await ops(['lake', 'push', '--lake', salesLake, '--to', bare(url)]);
    expect(pushed.stdout).toMatch(/; no repository known, agents keyed by path alone \(name one with --repository\)\.\n$/);
    const ids = (await (await open(url)).pool.query<{ agent_id: string }>('SELECT agent_id FROM cockpit_agents ORDER BY 1')).rows.map((row) => row.agent_id);
    expect(ids).toEqual((await readAllLatest(salesLake)).map((record) => record.agent.id).sort());
  });
});

describe('push counts', () => {
  it('count an agent whose runs span several batches once', async () => {
    const url = await freshDatabase(pg, 'counts');
    const lake = await syntheticLake('lake-counts', await readAllLatest(supportLake), [1, 2, 3, 4, 5]);
    const entries = (await readAllLatest(lake)).length;
    const agents = entries - 1; // the support checkout's repository entry is no agent
    const pool = (await open(url)).pool;
    // Five runs per entry in batches of two: each agent's latest moves in three batches.
    const counts = await pushLake(pool, lake, { batchSize: 2 });
    expect(counts).toEqual({ agents, repositoryEntries: 1, records: entries * 5, inserted: entries * 5, unchanged: 0, latestUpdated: agents, repositories: [] });
    const again = await pushLake(pool, lake, { batchSize: 2, repository: { fallback: 'acme/other' } });
    expect(again).toMatchObject({ agents, repositoryEntries: 1, inserted: entries * 5, latestUpdated: agents, repositories: ['acme/other'] });
    const total = await pool.query<{ runs: number; entries: number }>('SELECT sum(runs)::int AS runs, count(*)::int AS entries FROM cockpit_agents');
    expect(total.rows[0]).toEqual({ runs: entries * 10, entries: entries * 2 });
  });
});

/** Rows as a version-1 store held them: runs under the lake hash, provenance in columns, one agent row per hash. */
async function seedVersion1(pool: StorePool['pool'], runs: ReadonlyArray<{ record: LakeRecord; repository: string | null }>): Promise<void> {
  const runRows = runs.map(({ record, repository }) => ({ ...runRow(record, undefined), source_repository: repository }));
  await pool.query(
    `INSERT INTO cockpit_runs (agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record, source_repository)
     SELECT agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record, source_repository
     FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, run_id text, sort_key text, finished_at timestamptz, day date, verdict text,
          findings integer, errors integer, warnings integer, notes integer, record jsonb, source_repository text)`,
    [JSON.stringify(runRows)],
  );
  const newest = new Map<string, LakeRecord>();
  for (const { record } of runs) {
    const current = newest.get(record.agent.id);
    if (!current || current.finishedAt < record.finishedAt) newest.set(record.agent.id, record);
  }
  const agentRows = [...newest.values()].map((record) => ({ ...agentTableRow(record), runs: runs.filter((run) => run.record.agent.id === record.agent.id).length }));
  await pool.query(
    `INSERT INTO cockpit_agents (agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank, frameworks, personas,
                                 rule_ids, findings, errors, last_audit, agent_row, fleet_facts)
     SELECT agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
            ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
            ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
     FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, runs integer, latest_run_id text, latest_sort_key text, path text, name_key text,
          path_key text, verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb, findings integer, errors integer,
          last_audit text, agent_row jsonb, fleet_facts jsonb)`,
    [JSON.stringify(agentRows)],
  );
}

describe('migration to version 2', () => {
  it('splits a version-1 store where two repositories shared one agent id, as a push under version 2 keys them', async () => {
    const url = await freshDatabase(pg, 'migrate_v2');
    const store = await open(url);
    await migrate(store.pool, MIGRATIONS.filter((migration) => migration.version === 1));
    expect(await schemaVersion(store.pool)).toBe(1);
    const supportRuns = await readHistory(supportLake, (await readAllLatest(supportLake)).find((record) => record.agent.path === 'agents/planner')!.agent.id);
    const salesRecords = await readAllLatest(salesLake);
    const salesPlanner = salesRecords.find((record) => record.agent.path === 'agents/planner')!;
    // Same lake hash: under version 1 one agent, whose latest (the sales run) hides the blocked support planner.
    expect(salesPlanner.agent.id).toBe(supportRuns[0]!.agent.id);
    const unknown = { ...variant(salesPlanner, 1), runId: 'run-unknown-origin' };
    await seedVersion1(store.pool, [
      ...supportRuns.map((record) => ({ record, repository: 'git@github.com:acme/support-bots.git' })),
      ...salesRecords.map((record) => ({ record, repository: 'acme/sales-bots' })),
      { record: unknown, repository: null },
    ]);
    expect((await postgresFleetStore(store.pool).listLatest()).filter((record) => record.agent.path === 'agents/planner')).toHaveLength(1);

    expect(await migrate(store.pool)).toEqual(MIGRATIONS.filter((migration) => migration.version > 1).map((migration) => migration.version));
    expect(await schemaVersion(store.pool)).toBe(SCHEMA_VERSION);
    const latest = (await postgresFleetStore(store.pool).listLatest()).filter((record) => record.agent.path === 'agents/planner');
    expect(latest.map((record) => [record.source?.repository ?? null, record.agent.verdict]).sort()).toEqual([
      ['acme/sales-bots', 'pass'],
      ['acme/support-bots', 'security-block'],
      [null, 'pass'],
    ].sort());
    const local = salesPlanner.agent.id;
    expect(latest.map((record) => record.agent.id).sort()).toEqual([storeAgentId('acme/support-bots', local), storeAgentId('acme/sales-bots', local), local].sort());
    const agents = await store.pool.query<{ agent_id: string; runs: number; repository: string | null }>(
      "SELECT agent_id, runs, agent_row->>'repository' AS repository FROM cockpit_agents WHERE path = 'agents/planner' ORDER BY agent_id",
    );
    const expected = [
      { agent_id: storeAgentId('acme/support-bots', local), runs: supportRuns.length, repository: 'acme/support-bots' },
      { agent_id: storeAgentId('acme/sales-bots', local), runs: 1, repository: 'acme/sales-bots' },
      { agent_id: local, runs: 1, repository: null },
    ].sort((a, b) => (a.agent_id < b.agent_id ? -1 : 1));
    expect(agents.rows).toEqual(expected);

    // The migrated ids are the ids a push computes: pushing both lakes again adds nothing.
    const supportPush = await ops(['lake', 'push', '--lake', supportLake, '--to', bare(url), '--format', 'json']);
    const salesPush = await ops(['lake', 'push', '--lake', salesLake, '--to', bare(url), '--format', 'json'], { GITHUB_REPOSITORY: 'acme/sales-bots' });
    const supportAgents = (await readAllLatest(supportLake)).length;
    // The support writer (and the checkout's repository entry) were never in the version-1 store.
    expect(json<{ inserted: number }>(supportPush).inserted).toBe(supportAgents - 1);
    expect(json(salesPush)).toMatchObject({ inserted: 0, latestUpdated: 0 });
  });
});

describe('maintenance on the store', () => {
  it('ops lake prune --keep N --lake postgres://… keeps the newest N runs of each agent and exact run counts', async () => {
    const url = await freshDatabase(pg, 'prune');
    const lake = await syntheticLake('lake-prune', await readAllLatest(supportLake), [1, 2, 3, 4, 5, 6]);
    const entries = (await readAllLatest(lake)).length;
    expect((await ops(['lake', 'push', '--lake', lake, '--to', bare(url), '--repository', 'acme/support-bots'])).code).toBe(0);
    const store = await open(url);
    const fleet = postgresFleetStore(store.pool);
    const before = await fleet.listLatest();
    const pointsBefore = await Promise.all(before.map((record) => fleet.historyPoints(record.agent.id)));
    expect(pointsBefore.every((points) => points.length === 6)).toBe(true);

    const pruned = await ops(['lake', 'prune', '--keep', '2', '--lake', bare(url)]);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(new RegExp(`^Removed ${entries * 4} runs from postgres://cockpit:\\*\\*\\*\\*@127\\.0\\.0\\.1:\\d+/prune_\\w+; kept at most 2 per agent \\(its latest run always\\)\\.\\n$`));
    expect(await fleet.listLatest()).toEqual(before);
    const counts = await store.pool.query<{ runs: number; stored: number }>(
      'SELECT a.runs, (SELECT count(*)::int FROM cockpit_runs r WHERE r.agent_id = a.agent_id) AS stored FROM cockpit_agents a',
    );
    expect(counts.rows.every((row) => row.runs === 2 && row.stored === 2)).toBe(true);
    const pointsAfter = await Promise.all(before.map((record) => fleet.historyPoints(record.agent.id)));
    expect(pointsAfter).toEqual(pointsBefore.map((points) => points.slice(-2)));

    const again = await ops(['lake', 'prune', '--keep', '2', '--lake', bare(url)]);
    expect(again.stdout).toMatch(/^Removed 0 runs from /);
  });

  it('ops lake remove takes one agent out of the store (--repository picks between two) and out of a lake folder', async () => {
    const url = await freshDatabase(pg, 'remove');
    await ops(['lake', 'push', '--lake', supportLake, '--to', bare(url)]);
    await ops(['lake', 'push', '--lake', salesLake, '--to', bare(url)], { GITHUB_REPOSITORY: 'acme/sales-bots' });
    // A dashboard already showing the fleet (its view cached) sees the removal.
    const app = createApp({ store: postgresFleetStore((await open(url)).pool), lakeDir: temp });
    const fleetBefore = JSON.parse((await get(app, '/api/fleet')).text) as { summary: { agents: number }; verdict: string };
    expect(fleetBefore.verdict).toBe('security-block');

    const ambiguous = await ops(['lake', 'remove', 'agents/planner', '--lake', bare(url)]);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toMatch(
      /^ops: error: agents\/planner: 2 agents in postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:\d+\/remove_\w+ have this path \(acme\/sales-bots, acme\/support-bots\); pick one with --repository NAME or give its agent hash\n$/,
    );
    const removed = await ops(['lake', 'remove', 'agents/planner', '--lake', bare(url), '--repository', 'https://github.com/acme/support-bots']);
    expect(removed.code, removed.stderr).toBe(0);
    const supportPlanner = (await readAllLatest(supportLake)).find((record) => record.agent.path === 'agents/planner')!;
    const goneId = storeAgentId('acme/support-bots', supportPlanner.agent.id);
    expect(removed.stdout).toMatch(new RegExp(`^Removed agent agents/planner \\(acme/support-bots, ${goneId}\\) and its 1 run from postgres://`));

    const report = await ops(['report', '--from-lake', bare(url), '--format', 'json']);
    expect(report.code).toBe(0); // the token was only in the removed agent
    expect(planners(json(report)).map((agent) => agent.verdict)).toEqual(['pass']);
    expect((await get(app, `/api/agents/${goneId}`)).status).toBe(404);
    const fleetAfter = JSON.parse((await get(app, '/api/fleet')).text) as { summary: { agents: number }; verdict: string };
    expect(fleetAfter.verdict).toBe('pass');
    expect(fleetAfter.summary.agents).toBe(fleetBefore.summary.agents - 1);
    expect(AgentListSchema.parse(JSON.parse((await get(app, '/api/agents')).text)).items.map((row) => row.id)).not.toContain(goneId);
    const counted = await (await open(url)).pool.query<{ runs: number; stored: number }>('SELECT (SELECT sum(runs)::int FROM cockpit_agents) AS runs, (SELECT count(*)::int FROM cockpit_runs) AS stored');
    expect(counted.rows[0]!.runs).toBe(counted.rows[0]!.stored);

    const missing = await ops(['lake', 'remove', 'agents/planner', '--lake', bare(url), '--repository', 'acme/support-bots']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^ops: error: agents\/planner: no such agent of repository acme\/support-bots in postgres:\/\/\S+\n$/);

    // A lake folder: by path, then the agent is gone from the lake's report.
    const lakeCopy = await syntheticLake('lake-remove', await readAllLatest(supportLake), [1, 2]);
    const writer = (await readAllLatest(lakeCopy)).find((record) => record.agent.path === 'agents/writer')!;
    const fromLake = await ops(['lake', 'remove', 'agents/writer', '--lake', lakeCopy]);
    expect(fromLake.code, fromLake.stderr).toBe(0);
    expect(fromLake.stdout).toBe(`Removed agent agents/writer (${writer.agent.id}) and its 2 history entries from ${lakeCopy}.\n`);
    expect(await readdir(lakeCopy)).not.toContain(writer.agent.id);
    const lakeReport = json<{ agents: Array<{ path: string }> }>(await ops(['report', '--from-lake', lakeCopy, '--format', 'json']));
    expect(lakeReport.agents.map((agent) => agent.path)).not.toContain('agents/writer');
  });
});

describe('server errors over the store', () => {
  it('invalid query input is a 400 and a database error is a 500, neither with the database text', async () => {
    const url = await freshDatabase(pg, 'errors');
    const store = await open(url);
    await pushLake(store.pool, supportLake);
    const app = createApp({ store: guardStoreErrors(postgresFleetStore(store.pool)), lakeDir: temp });
    for (const query of ['q=%00', 'q=a%00b', 'q=%1b%5b31m', 'q=%7f']) {
      const response = await get(app, `/api/agents?${query}`);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(response.text)).toEqual({ error: 'q: must not contain control characters' });
    }
    expect((await get(app, '/api/agents?q=planner')).status).toBe(200);
    // Bytes that are no UTF-8, and a lone surrogate: decoded to U+FFFD or refused, never a database error.
    for (const query of ['q=%ff', 'q=%ED%A0%80', 'q=%C0%80', 'q=%E0%80']) {
      const response = await get(app, `/api/agents?${query}`);
      expect([200, 400], `${query}: ${response.text}`).toContain(response.status);
    }

    // A query the database refuses (here: its table is gone) says nothing of the database's words.
    await store.pool.query('ALTER TABLE cockpit_agents RENAME TO cockpit_agents_moved');
    for (const route of ['/api/health', '/api/agents', '/api/fleet']) {
      const response = await get(app, route);
      expect(response.status, route).toBe(500);
      expect(JSON.parse(response.text)).toEqual({ error: STORE_FAILED });
      expect(response.text).not.toMatch(/relation|cockpit_agents|SQLSTATE|42P01/);
    }
  });
});

describe('--lake paths', () => {
  it('an explicit relative --lake is the current folder in report --workspace, lake ls and report --from-lake alike; the default stays in the workspace', async () => {
    const cwd = await mkdtemp(path.join(temp, 'cwd-'));
    const audited = await ops(['report', '--workspace', sales, '--lake', 'relative-lake', '--format', 'json', '--quiet', '--jobs', '1'], {}, cwd);
    expect(audited.code, audited.stderr).toBe(0);
    const inCwd = await readAllLatest(path.join(cwd, 'relative-lake'));
    expect(inCwd.length).toBeGreaterThan(0);
    expect(await readdir(sales)).not.toContain('relative-lake');
    const listed = await ops(['lake', 'ls', '--lake', 'relative-lake', '--format', 'json'], {}, cwd);
    expect(json<Array<{ id: string }>>(listed).map((row) => row.id).sort()).toEqual(inCwd.map((record) => record.agent.id).sort());
    const fromLake = await ops(['report', '--from-lake', 'relative-lake', '--format', 'json'], {}, cwd);
    expect(fromLake.code).toBe(0);
    // The default lake of a workspace run is PATH/.cockpit/evidence_lake (where beforeAll's audits wrote).
    expect((await readAllLatest(salesLake)).length).toBe(inCwd.length);

    // A store URL where a lake folder is meant is one line, its password masked, and creates no folder.
    const storeUrl = 'postgres://cockpit:hunter2@127.0.0.1:1/fleet';
    for (const args of [['report', '--workspace', sales, '--lake', storeUrl], ['lake', 'ls', '--lake', storeUrl], ['lake', 'push', '--lake', storeUrl, '--to', storeUrl]]) {
      const result = await ops(args, {}, cwd);
      expect(result.code, args.join(' ')).toBe(3);
      expect(result.stderr).toMatch(/^ops: error: --lake: 'postgres:\/\/cockpit:\*\*\*\*@127\.0\.0\.1:1\/fleet' is a fleet store; [^\n]+\n$/);
    }
    expect(await readdir(cwd)).toEqual(['relative-lake']);
  });
});

describe('the database going away under ops serve --store', () => {
  // Last in this file: it stops the test server.
  it('/api/health is 503 with one line, and so is every read, without the database text', async () => {
    const url = await freshDatabase(pg, 'health');
    await pushLake((await open(url)).pool, salesLake);
    let stderr = '';
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let announced: (url: string) => void = () => undefined;
    const serverUrl = new Promise<string>((resolve) => (announced = resolve));
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => {
        stderr += text;
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (match) announced(match[1]!);
      },
      stdoutIsTty: false,
      stderrIsTty: false,
      env: { ...process.env, PGPASSWORD: PASSWORD, OPS_SERVER_TOKEN: '', CI: '1' },
      cwd: temp,
    };
    const serving = runServe({ store: bare(url), workspace: sales, port: '0', open: false }, io, () => stopped);
    try {
      const base = await serverUrl;
      const healthy = await fetch(new URL('/api/health', base));
      expect(healthy.status).toBe(200);

      await pg.stop();
      for (const route of ['/api/health', '/api/agents', '/api/fleet', `/api/agents/${(await readAllLatest(salesLake))[0]!.agent.id}`]) {
        const response = await fetch(new URL(route, base));
        const text = await response.text();
        expect(response.status, route).toBe(503);
        expect(JSON.parse(text)).toEqual({ error: STORE_UNAVAILABLE });
        expect(text.split('\n')).toHaveLength(1);
        expect(text).not.toMatch(/ECONNREFUSED|terminat|SQLSTATE|57P01/);
      }
    } finally {
      stop();
      expect(await serving).toBe(0);
    }
  }, 30_000);
});
