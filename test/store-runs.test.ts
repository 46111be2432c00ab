import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import type { LakeRecord } from '../src/lake/record.js';
import { writeRecord } from '../src/lake/partitions.js';
import { FleetSchema } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { fleetRunPoints } from '../src/server/run-history.js';
import { openStorePool, type StorePool } from '../src/store/postgres/connection.js';
import { postgresFleetStore } from '../src/store/postgres/fleet-store.js';
import { migrate } from '../src/store/postgres/migrations.js';
import { pushLake } from '../src/store/postgres/push.js';
import { freshDatabase, startTestPostgres, type TestPostgres } from './helpers/postgres.js';
import { testRecord } from '../src/lake/testing/test-record.js';

/**
 * Runs as history over the PostgreSQL store (migration 4, src/store/postgres/runs.ts) against a real
 * PostgreSQL: the fleet's runs with new and fixed findings and each finding's first run, answered from run
 * columns, equal what run-history.ts and finding-age.ts compute from the same records in a lake folder;
 * and the migration backfills those columns exactly as a push writes them.
 */

let pg: TestPostgres;
let temp = '';
let lake = '';
const pools: StorePool[] = [];

const AGENTS = {
  desk: { id: 'a0a0a0a0a0a0a0a0', name: 'refund-desk', path: 'agents/refund-desk' },
  scout: { id: 'b1b1b1b1b1b1b1b1', name: 'lead-scout', path: 'agents/lead-scout' },
  notes: { id: 'c2c2c2c2c2c2c2c2', name: 'release-notes', path: 'agents/release-notes' },
} as const;
type Agent = keyof typeof AGENTS;

function finding(agent: Agent, fingerprint: string, line: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId: severity === 'error' ? 'security/shell-tool' : 'reliability/llm-call-without-timeout',
    title: 'title',
    message: 'message',
    file: `${AGENTS[agent].path}/main.py`,
    region: { startLine: line, startColumn: 1, endLine: line, endColumn: 10 },
    severity,
    category: severity === 'error' ? 'security' : 'reliability',
    persona: severity === 'error' ? 'secops' : 'sre',
    fixability: 'structural',
    remediation: 'Fix it.',
    fingerprint: fingerprint.padEnd(32, '0'),
    tags: [],
  };
}

function record(agent: Agent, runId: string, startedAt: string, finishedAt: string, findings: Finding[]): LakeRecord {
  return testRecord({ agent: AGENTS[agent], runId, startedAt, finishedAt, findings });
}

/**
 * Run 1 audits everyone (the desk holds one line twice); run 2 audits the desk (one of the two lines fixed, d
 * added) and the scout (c fixed); run 3 the desk (a fixed, the error e) and the notes (f, g); then two runs that
 * start and finish at the same moment, told apart by id as text in code points ('run-z…' before 'runa…'; a
 * locale that skips hyphens, such as glibc's en_US, would sort them the other way round): c comes back in one.
 */
const RECORDS: LakeRecord[] = [
  record('desk', 'run-1-aaaa', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:02.000Z', [finding('desk', 'a1', 3), finding('desk', 'b2', 8), finding('desk', 'b2', 8)]),
  record('scout', 'run-1-aaaa', '2026-11-20T09:00:00.500Z', '2026-11-20T09:00:03.000Z', [finding('scout', 'c3', 4)]),
  record('notes', 'run-1-aaaa', '2026-11-20T09:00:01.000Z', '2026-11-20T09:00:01.500Z', []),
  record('desk', 'run-2-bbbb', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:02.000Z', [finding('desk', 'a1', 3), finding('desk', 'b2', 9), finding('desk', 'd4', 12)]),
  record('scout', 'run-2-bbbb', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:01.000Z', []),
  record('desk', 'run-3-cccc', '2026-11-30T11:00:00.000Z', '2026-11-30T11:00:02.000Z', [finding('desk', 'b2', 9), finding('desk', 'd4', 12), finding('desk', 'e5', 1, 'error')]),
  record('notes', 'run-3-cccc', '2026-11-30T11:00:00.000Z', '2026-11-30T11:00:04.000Z', [finding('notes', 'f6', 2), finding('notes', 'a1', 5)]),
  record('scout', 'runa-dddd', '2026-12-01T08:00:00.000Z', '2026-12-01T08:00:01.000Z', [finding('scout', 'c3', 4)]),
  record('notes', 'run-z-eeee', '2026-12-01T08:00:00.000Z', '2026-12-01T08:00:01.000Z', [finding('notes', 'f6', 2)]),
];
const NOW = new Date('2026-12-04T12:00:00.000Z');

function histories(): LakeRecord[][] {
  return Object.values(AGENTS).map((agent) => RECORDS.filter((entry) => entry.agent.id === agent.id));
}

async function storeWithLake(name: string): Promise<StorePool> {
  const opened = await openStorePool(await freshDatabase(pg, name), {});
  pools.push(opened);
  await pushLake(opened.pool, lake);
  return opened;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-store-runs-'));
  lake = path.join(temp, 'lake');
  for (const entry of RECORDS) await writeRecord(lake, entry);
  pg = await startTestPostgres();
}, 30_000);

afterAll(async () => {
  await Promise.all(pools.map((opened) => opened.close()));
  await pg?.stop();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('runs over the PostgreSQL store', () => {
  it('answers the fleet runs, with new and fixed by fingerprint, exactly as the lake view computes them', async () => {
    const { pool } = await storeWithLake('runs');
    const store = postgresFleetStore(pool);
    const expected = fleetRunPoints(histories());
    expect(expected.map((run) => [run.runId, run.audited, run.agents, run.findings, run.new, run.fixed, run.unchanged])).toEqual([
      ['run-1-aaaa', 3, 3, 4, 4, 0, 0],
      ['run-2-bbbb', 2, 3, 3, 1, 2, 2],
      ['run-3-cccc', 2, 3, 5, 3, 1, 2],
      ['run-z-eeee', 1, 3, 4, 0, 1, 4],
      ['runa-dddd', 1, 3, 5, 1, 0, 4],
    ]);
    expect(await store.runPoints(10)).toEqual(expected);
    expect(await store.runPoints(2)).toEqual(expected.slice(-2));

    // The route answers them over the store as over the lake folder.
    const common = { lakeDir: lake, rootLabel: 'fleet', now: () => NOW };
    const overStore = createApp({ ...common, store });
    const overLake = createApp({ ...common, store: lakeFolderStore(lake) });
    const runsOf = async (app: ReturnType<typeof createApp>) => FleetSchema.parse(await (await app.request('/api/fleet?runs=3')).json()).runs;
    expect(await runsOf(overStore)).toEqual(expected.slice(-3));
    expect(await runsOf(overLake)).toEqual(expected.slice(-3));
    // Without ?runs the store's fleet view is as before.
    expect(FleetSchema.parse(await (await overStore.request('/api/fleet')).json()).runs).toBeUndefined();
  });

  it("dates each finding by its agent's first run holding it, on the agent page and in /api/findings, as the lake does", async () => {
    const { pool } = await storeWithLake('first_seen');
    const common = { lakeDir: lake, rootLabel: 'fleet', now: () => NOW };
    const overStore = createApp({ ...common, store: postgresFleetStore(pool) });
    const overLake = createApp({ ...common, store: lakeFolderStore(lake) });
    for (const route of ['/api/findings', '/api/findings?severity=error', `/api/agents/${AGENTS.desk.id}`, `/api/agents/${AGENTS.notes.id}`]) {
      const [fromStore, fromLake] = await Promise.all([overStore.request(route), overLake.request(route)]);
      expect(await fromStore.text(), route).toBe(await fromLake.text());
    }
    const rows = (await (await overStore.request('/api/findings')).json()) as { items: Array<{ agentPath: string; finding: { fingerprint: string }; firstSeen?: string; ageDays?: number }> };
    expect(rows.items.map((row) => [row.agentPath, row.finding.fingerprint.slice(0, 2), row.firstSeen, row.ageDays])).toEqual([
      // The error first; each dated by its own agent's runs (a1 of the notes agent is gone, the desk's was fixed).
      ['agents/refund-desk', 'e5', '2026-11-30T11:00:02.000Z', 4],
      ['agents/lead-scout', 'c3', '2026-11-20T09:00:03.000Z', 14],
      ['agents/refund-desk', 'b2', '2026-11-20T09:00:02.000Z', 14],
      ['agents/refund-desk', 'd4', '2026-11-24T10:00:02.000Z', 10],
      ['agents/release-notes', 'f6', '2026-11-30T11:00:04.000Z', 4],
    ]);
  });
});

describe('migration 4', () => {
  it('backfills, in SQL, exactly the run columns a push writes', async () => {
    const { pool } = await storeWithLake('run_facts');
    const columns = 'SELECT agent_id, run_id, started_iso, finished_iso, fingerprints FROM cockpit_runs ORDER BY agent_id, run_id';
    const pushed = (await pool.query(columns)).rows;
    expect(pushed).toHaveLength(RECORDS.length);
    expect(pushed.find((row) => row.run_id === 'run-1-aaaa' && row.agent_id === AGENTS.desk.id)?.fingerprints).toEqual(['a1', 'b2', 'b2'].map((fingerprint) => fingerprint.padEnd(32, '0')));
    // Back to the store as version 3 held it, then forward again.
    await pool.query('DROP INDEX cockpit_runs_by_run');
    await pool.query('ALTER TABLE cockpit_runs DROP COLUMN started_iso, DROP COLUMN finished_iso, DROP COLUMN fingerprints');
    await pool.query('DELETE FROM cockpit_schema_migrations WHERE version = 4');
    expect(await migrate(pool)).toEqual([4]);
    expect((await pool.query(columns)).rows).toEqual(pushed);
    expect(await postgresFleetStore(pool).runPoints(10)).toEqual(fleetRunPoints(histories()));
  });
});
