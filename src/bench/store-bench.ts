/**
 * The PostgreSQL fleet store at fleet scale: starts a throwaway PostgreSQL (initdb + pg_ctl on
 * 127.0.0.1, the test helper's), seeds N agents × M history entries (default 10,000 × 50), then
 * times the queries behind the dashboard and the push path, and prints a table.
 *
 *   node dist-dev/bench/store-bench.js [--agents 10000] [--runs 50] [--repeat 5] [--push 2000] [--explain]
 *                                  [--clients 8] [--requests 400]
 *
 * Last, it starts `ops serve --store` on the seeded store in its own process (bin/ops.js, the way a
 * user runs it) and sends `/api/findings` requests (default page, a rule filter, a deep offset, one
 * agent) from --clients concurrent clients, --requests per query, printing p50/p95/p99 and the
 * server's memory.
 *
 * Seeding (store-seed.ts) copies template records in SQL; a sample is read back through the lake
 * schema and compared with the views' own row, so the seeded data is what a real push would write.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { FRAMEWORKS } from '../discovery/frameworks.js';
import { RULES } from '../rules/index.js';
import { agentRow, findingList } from '../server/fleet-views.js';
import { openStorePool } from '../store/postgres/connection.js';
import { postgresFleetStore, TREND_SQL } from '../store/postgres/fleet-store.js';
import { startEmbeddedCluster } from '../store/postgres/testing/embedded-cluster.js';
import { migrate } from '../store/postgres/migrations.js';
import { pushRecords } from '../store/postgres/push.js';
import { fleetFacts } from '../store/postgres/rows.js';
import { loadTest, processMemory, startServeProcess, type LoadResult } from './http-load.js';
import { seedFleet, template, TEMPLATES } from './store-seed.js';

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
  return value;
}

interface Timing {
  name: string;
  median: number;
  min: number;
  detail: string;
}

async function time(name: string, repeat: number, run: () => Promise<string>): Promise<Timing> {
  const samples: number[] = [];
  let detail = '';
  for (let index = 0; index < repeat; index++) {
    const started = performance.now();
    detail = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(samples.length / 2)]!, min: samples[0]!, detail };
}

/** The rule with the most findings among the seeded templates: the heaviest rule filter. */
function commonestRule(): string {
  const counts = new Map<string, number>();
  for (let k = 0; k < TEMPLATES; k++) for (const finding of template(k).agent.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** `ops serve --store URL` in its own process, and `/api/findings` under concurrent clients. */
async function serveLoad(options: { url: string; agents: number; clients: number; requests: number; log: (line: string) => void }): Promise<void> {
  const { log } = options;
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'cockpit-store-bench-'));
  const ops = fileURLToPath(new URL('../../bin/ops.js', import.meta.url));
  const server = await startServeProcess(ops, ['--store', options.url, '--workspace', workspace, '--lake', path.join(workspace, 'lake')], {});
  try {
    const api = (query: string) => new URL(`/api/findings${query}`, server.url).toString();
    const first = (await (await fetch(api('?limit=1'))).json()) as { total: number };
    const middle = Math.floor(options.agents / 2).toString(16).padStart(16, '0');
    const queries: Array<[string, string]> = [
      ['default page (100, worst first)', ''],
      [`rule=${commonestRule()}`, `?rule=${commonestRule()}`],
      // The middle is the deepest page: one in the back half is read from the end.
      [`deep offset (${Math.floor(first.total / 2).toLocaleString('en-US')} of ${first.total.toLocaleString('en-US')})`, `?offset=${Math.floor(first.total / 2)}`],
      ['agent=<one agent>', `?agent=${middle}`],
    ];
    // One request of each first: connections, JIT and the database's caches warm, as on a server in use.
    for (const [, query] of queries) await loadTest(api(query), 1, 2);
    const results: Array<{ name: string; load: LoadResult; rss: number | undefined }> = [];
    for (const [name, query] of queries) {
      const load = await loadTest(api(query), options.clients, options.requests);
      results.push({ name, load, rss: (await processMemory(server.pid))?.rss });
    }
    const memory = await processMemory(server.pid);
    log('');
    log(`GET /api/findings through ops serve --store, ${options.clients} concurrent clients, ${options.requests} requests per query (ms):`);
    const width = Math.max(...results.map((result) => result.name.length));
    log(`  ${'query'.padEnd(width)}       p50       p95       p99       max    req/s   server RSS`);
    for (const { name, load, rss } of results) {
      const cells = [load.p50, load.p95, load.p99, load.max].map((value) => value.toFixed(1).padStart(9)).join(' ');
      log(`  ${name.padEnd(width)} ${cells} ${load.rate.toFixed(0).padStart(8)}   ${rss === undefined ? '?' : `${rss.toFixed(0)} MiB`}`);
    }
    if (memory) log(`  server peak RSS ${memory.peak.toFixed(0)} MiB`);
  } finally {
    await server.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agents: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '50' },
      repeat: { type: 'string', default: '5' },
      push: { type: 'string', default: '2000' },
      explain: { type: 'boolean', default: false },
      clients: { type: 'string', default: '8' },
      requests: { type: 'string', default: '400' },
    },
  });
  const agents = positive('agents', values.agents);
  const runs = positive('runs', values.runs);
  const repeat = positive('repeat', values.repeat);
  const pushCount = positive('push', values.push);
  const clients = positive('clients', values.clients);
  const requests = positive('requests', values.requests);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  let started = performance.now();
  const cluster = await startEmbeddedCluster();
  log(`PostgreSQL started in ${Math.round(performance.now() - started)} ms (initdb + pg_ctl start, port ${cluster.port})`);
  const url = await cluster.createDatabase('fleet_bench');
  const store = await openStorePool(url, {}, { max: 4 });
  try {
    await migrate(store.pool);
    started = performance.now();
    await seedFleet(store.pool, agents, runs, log);
    const seedSeconds = (performance.now() - started) / 1000;
    const size = await store.pool.query<{ runs: string; agents: string; bytes: string }>(
      `SELECT (SELECT count(*) FROM cockpit_runs) AS runs, (SELECT count(*) FROM cockpit_agents) AS agents, pg_database_size(current_database()) AS bytes`,
    );
    const stats = size.rows[0]!;
    log(`Seeded ${Number(stats.agents).toLocaleString('en-US')} agents, ${Number(stats.runs).toLocaleString('en-US')} runs in ${seedSeconds.toFixed(1)} s; database ${(Number(stats.bytes) / 2 ** 20).toFixed(0)} MiB`);

    const fleet = postgresFleetStore(store.pool);
    // The seeded rows must be what a push would have written: check a sample against the views.
    for (const a of [0, Math.floor(agents / 2), agents - 1]) {
      const id = a.toString(16).padStart(16, '0');
      const latest = await fleet.latest(id);
      if (!latest) throw new Error(`seeded agent ${id} has no latest record`);
      const page = await fleet.agentPage({ q: latest.agent.path, sort: 'path', order: 'asc', limit: 1, offset: 0 });
      if (!isDeepStrictEqual(page.items[0], agentRow(latest))) throw new Error(`seeded row of ${id} differs from the views' row`);
      const facts = await store.pool.query<{ fleet_facts: unknown }>('SELECT fleet_facts FROM cockpit_agents WHERE agent_id = $1', [id]);
      if (!isDeepStrictEqual(facts.rows[0]?.fleet_facts, fleetFacts(latest.agent))) throw new Error(`seeded fleet facts of ${id} differ from the record's`);
      const findingsQuery = { agent: id, limit: 500, offset: 0 };
      if (!isDeepStrictEqual(await fleet.findingPage(findingsQuery), findingList([latest], findingsQuery))) throw new Error(`seeded findings of ${id} differ from the record's`);
    }

    if (values.explain) {
      const plan = await store.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${TREND_SQL}`);
      log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    const middle = Math.floor(agents / 2).toString(16).padStart(16, '0');
    const base = { sort: 'path' as const, order: 'asc' as const, limit: 50, offset: 0 };
    const timings: Timing[] = [];
    const page = async (query: Partial<Parameters<typeof fleet.agentPage>[0]>) => {
      const result = await fleet.agentPage({ ...base, ...query });
      return `${result.items.length} of ${result.total.toLocaleString('en-US')}`;
    };
    timings.push(await time('agents page 1 (50, by path)', repeat, () => page({})));
    timings.push(await time('agents page 100 (50, by path)', repeat, () => page({ offset: 99 * 50 })));
    timings.push(await time('agents: verdict=security-block', repeat, () => page({ verdict: 'security-block' })));
    timings.push(await time('agents: worst first (errors desc)', repeat, () => page({ sort: 'errors', order: 'desc' })));
    timings.push(await time(`agents: framework=${FRAMEWORKS[1]!.id}`, repeat, () => page({ framework: FRAMEWORKS[1]!.id })));
    timings.push(await time(`agents: rule=${RULES[7]!.id}`, repeat, () => page({ rule: RULES[7]!.id })));
    timings.push(await time('agents: search "agent-4999"', repeat, () => page({ q: 'agent-4999' })));
    timings.push(
      await time('one agent: latest + history', repeat, async () => {
        const [latest, history] = await Promise.all([fleet.latest(middle), fleet.history(middle)]);
        return `${latest ? 1 : 0} + ${history.length} records`;
      }),
    );
    timings.push(await time('one agent: history points', repeat, async () => `${(await fleet.historyPoints(middle)).length} points`));
    // Cold: a new store object has no cached trend or fleet view (a server's first request after a push).
    timings.push(await time(`fleet trend over ${(agents * runs).toLocaleString('en-US')} runs (cold)`, repeat, async () => `${(await postgresFleetStore(store.pool).trend()).length} days`));
    timings.push(await time('fleet view: facts + trend (cold)', repeat, async () => `${(await postgresFleetStore(store.pool).fleet({ root: 'fleet', now: new Date() })).summary.agents} agents`));
    await fleet.fleet({ root: 'fleet', now: new Date() });
    timings.push(await time('fleet view, store unchanged (cached)', repeat, async () => `${(await fleet.fleet({ root: 'fleet', now: new Date() })).summary.agents} agents`));
    const findings = async (query: Partial<Parameters<typeof fleet.findingPage>[0]>) => {
      const result = await fleet.findingPage({ limit: 100, offset: 0, ...query });
      return `${result.items.length} of ${result.total.toLocaleString('en-US')}`;
    };
    timings.push(await time('findings page 1 (100, worst first)', repeat, () => findings({})));
    // The deepest page there is: the back half is read from the end of the index.
    const middleOffset = Math.floor((await fleet.findingPage({ limit: 1, offset: 0 })).total / 2);
    timings.push(await time(`findings: offset ${middleOffset.toLocaleString('en-US')} (the middle)`, repeat, () => findings({ offset: middleOffset })));
    timings.push(await time(`findings: rule=${commonestRule()}`, repeat, () => findings({ rule: commonestRule() })));
    timings.push(await time('findings: severity=warning, persona=sre', repeat, () => findings({ severity: 'warning', persona: 'sre' })));
    timings.push(await time('findings: one agent', repeat, () => findings({ agent: middle })));
    timings.push(await time('listLatest (every latest record)', repeat, async () => `${(await fleet.listLatest()).length} records`));
    timings.push(
      await time('history of 100 agents in one tick', Math.min(repeat, 3), async () => {
        const ids = Array.from({ length: 100 }, (_, index) => (index * 97).toString(16).padStart(16, '0'));
        const histories = await Promise.all(ids.map((id) => fleet.history(id)));
        return `${histories.reduce((sum, list) => sum + list.length, 0)} records`;
      }),
    );

    // The push path through JavaScript: new runs for existing agents, then the same push again.
    const records = Array.from({ length: pushCount }, (_, index) => {
      const k = index % TEMPLATES;
      // Without a repository: the push keys them by the seeded ids, so they move existing agents' latest runs.
      const { source: _source, ...base } = template(k);
      const a = index % agents;
      const finishedAt = new Date(Date.UTC(2027, 0, 1, 0, 0, 0) + index * 1000).toISOString();
      return {
        ...base,
        runId: `push-${index.toString().padStart(6, '0')}`,
        startedAt: finishedAt,
        finishedAt,
        agent: { ...base.agent, id: a.toString(16).padStart(16, '0'), name: `agent-${a}`, path: `team-${a % 40}/agent-${a}` },
      };
    });
    started = performance.now();
    const first = await pushRecords(store.pool, records);
    const pushMs = performance.now() - started;
    started = performance.now();
    const again = await pushRecords(store.pool, records);
    const againMs = performance.now() - started;

    log('');
    log(`Dashboard queries, ${agents.toLocaleString('en-US')} agents × ${runs} runs (median of ${repeat}, min):`);
    const width = Math.max(...timings.map((timing) => timing.name.length));
    for (const timing of timings) {
      log(`  ${timing.name.padEnd(width)}  ${timing.median.toFixed(1).padStart(8)} ms  ${timing.min.toFixed(1).padStart(8)} ms  ${timing.detail}`);
    }
    log('');
    log(`Push ${pushCount.toLocaleString('en-US')} new records: ${pushMs.toFixed(0)} ms (${Math.round(pushCount / (pushMs / 1000)).toLocaleString('en-US')} records/s; ${first.inserted} new, ${first.latestUpdated} agents moved)`);
    log(`Push the same again:    ${againMs.toFixed(0)} ms (${again.inserted} new, ${again.unchanged} unchanged, ${again.latestUpdated} agents moved)`);

    await serveLoad({ url, agents, clients, requests, log });
  } finally {
    await store.close();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`store bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
