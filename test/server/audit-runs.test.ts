import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditWorkspace } from '../../src/audit/audit-workspace.js';
import { WARM_CACHE_FILE } from '../../src/audit/warm-cache.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { agentIds, historyNames, LATEST } from '../../src/lake/partitions.js';
import {
  AuditCancelledEventSchema,
  AuditConflictSchema,
  AuditDoneEventSchema,
  AuditPhaseEventSchema,
  AuditProgressEventSchema,
  AuditStartedSchema,
  AuditStateSchema,
  type AuditState,
} from '../../src/server/api-schemas.js';
import { createApp } from '../../src/server/app.js';
import { createAuditRunner, type AuditEvent } from '../../src/server/audit-runner.js';
import { lakeFolderStore } from '../../src/server/fleet-store.js';
import { tokenLike } from '../helpers/cli.js';
import { readSse } from './helpers.js';

/**
 * Audits started from the API, run for real (one job, in this thread) over a small fleet: what the event
 * stream says while they run (phases, counts, an estimate of the time left), Cancel (the run stops and
 * writes nothing to the lake), and what a finished run changed against the records before it.
 */

const SLOW = 'agents/zz-slow';
const FAULT = 'COCKPIT_FAULT_INJECT';
const KEY = tokenLike('sk-proj-', 80, 19);
const TOKEN = 'a-server-token-of-32-characters!';

const model = (extra = '') => `from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o-mini"${extra})\n`;

let temp = '';
let workspace = '';
let lakeDir = '';
let app: OpenAPIHono;

async function write(relative: string, text: string): Promise<void> {
  const file = path.join(workspace, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function post<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
  return { status: response.status, body: (await response.json()) as T };
}

async function state(id: string): Promise<AuditState> {
  return AuditStateSchema.parse(await (await app.request(`/api/audits/${id}`)).json());
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every partition's history names and latest.json bytes: a cancelled run must leave all of them as they were. */
async function lakeSnapshot(): Promise<Record<string, { history: string[]; latest: string }>> {
  const snapshot: Record<string, { history: string[]; latest: string }> = {};
  for (const id of await agentIds(lakeDir)) {
    snapshot[id] = { history: await historyNames(lakeDir, id), latest: await readFile(path.join(lakeDir, id, LATEST), 'utf8') };
  }
  return snapshot;
}

/** Starts an audit whose last agent hangs, waits until every other agent is done, cancels it. */
async function startAndCancel(): Promise<{ events: AuditEvent[]; cancel: { status: number; body: unknown }; id: string }> {
  process.env[FAULT] = `hang:${SLOW}`;
  const started = await post<{ id: string }>('/api/audits');
  expect(started.status).toBe(202);
  const { id } = AuditStartedSchema.parse(started.body);
  const stream = Promise.resolve(app.request(`/api/audits/${id}/events`)).then(readSse);
  await until(async () => {
    const now = await state(id);
    return now.total > 0 && now.done === now.total - 1;
  }, 'all agents but the hanging one');
  const cancel = await post(`/api/audits/${id}/cancel`);
  const events = (await stream).map((event) => ({ event: event.event, data: JSON.parse(event.data) }) as AuditEvent);
  return { events, cancel, id };
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-audit-runs-'));
  workspace = path.join(temp, 'fleet');
  for (const name of ['alpha', 'bravo', 'charlie', 'delta']) {
    await write(`agents/${name}/requirements.txt`, 'langchain-openai==0.3.0\n');
    await write(`agents/${name}/agent.py`, model());
  }
  // Alpha has a second model client, in a file the second run deletes.
  await write('agents/alpha/summarise.py', model(', temperature=0'));
  await write(`${SLOW}/requirements.txt`, 'langchain-openai==0.3.0\n');
  await write(`${SLOW}/agent.py`, model());
  lakeDir = path.join(workspace, '.cockpit', 'evidence_lake');
  app = createApp({ store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, auditJobs: 1, settings: DEFAULT_SETTINGS });
});

afterEach(() => {
  delete process.env[FAULT];
});

afterAll(async () => {
  delete process.env[FAULT];
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('audits started from the API', () => {
  it('a cancelled run stops, says so on the stream, and writes nothing to the lake', async () => {
    const { events, cancel, id } = await startAndCancel();
    expect(cancel.status).toBe(200);
    expect(AuditStateSchema.parse(cancel.body)).toMatchObject({ id, status: 'cancelled', done: 4, total: 5 });
    expect(events.at(-1)!.event).toBe('cancelled');
    expect(AuditCancelledEventSchema.parse(events.at(-1)!.data)).toEqual({ done: 4, total: 5 });
    // Four agents were audited before the cancel, yet the lake has no partition, and no warm cache.
    expect(await agentIds(lakeDir)).toEqual([]);
    expect(existsSync(path.join(lakeDir, WARM_CACHE_FILE))).toBe(false);
    expect((await state(id)).status).toBe('cancelled');
    // Cancelling again, or a finished audit, is a 409 that names its state; an unknown id is a 404.
    const again = await post(`/api/audits/${id}/cancel`);
    expect(again.status).toBe(409);
    expect(AuditConflictSchema.parse(again.body)).toMatchObject({ id, status: 'cancelled' });
    expect((await post('/api/audits/0123456789abcdef/cancel')).status).toBe(404);
    expect((await post('/api/audits/not-an-id/cancel')).status).toBe(400);
  });

  it('reports each phase besides agents finishing, then the count, with an estimate once three agents were audited', async () => {
    // The runner itself, subscribed before anything happens, so every event is seen in order.
    const runner = createAuditRunner((hooks) =>
      auditWorkspace({ root: workspace, settings: DEFAULT_SETTINGS, jobs: 1, lakeDir: path.join(temp, 'phases-lake'), cache: true, ...hooks }),
    );
    const { state: started } = runner.start();
    expect(started).toMatchObject({ status: 'running', phase: 'discovering', done: 0, total: 0 });
    const events: AuditEvent[] = [];
    runner.follow(started.id, (event) => events.push(event));
    await runner.idle();
    const names = events.map((event) => (event.event === 'phase' ? `phase:${AuditPhaseEventSchema.parse(event.data).phase}` : event.event));
    expect(names).toEqual(['phase:discovering', 'start', 'phase:checking', 'phase:auditing', 'progress', 'progress', 'progress', 'progress', 'progress', 'phase:writing', 'done']);
    const progress = events.filter((event) => event.event === 'progress').map((event) => AuditProgressEventSchema.parse(event.data));
    expect(progress.map((event) => `${event.done}/${event.total}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    // No estimate from fewer than three audited agents, none when nothing is left; then time at the rate so far.
    expect(progress.map((event) => event.etaMs !== undefined)).toEqual([false, false, true, true, false]);
    expect(progress[2]!.etaMs).toBeGreaterThan(0);
    // The state of a finished audit no longer names a phase.
    expect(runner.state(started.id)).not.toHaveProperty('phase');
  });

  it('says what changed even when reading the earlier records takes longer than the audit', async () => {
    const earlier = await auditWorkspace({ root: workspace, settings: DEFAULT_SETTINGS, jobs: 1 });
    // The earlier records arrive late; the run itself is over at once (its writing phase included).
    const slowRecords = () => new Promise<never[]>((resolve) => setTimeout(() => resolve([]), 50));
    const runner = createAuditRunner(
      async (hooks) => {
        hooks.onPhase('writing');
        return { agents: earlier.agents };
      },
      { previousRecords: slowRecords },
    );
    const { state: started } = runner.start();
    await runner.idle();
    expect(runner.state(started.id)).toMatchObject({ status: 'done', changes: { compared: 0, changedAgents: earlier.agents.length } });
  });

  it('after a cancel the next run works and says what changed: first everything new, then new, fixed and verdicts', async () => {
    const first = await post<{ id: string }>('/api/audits');
    expect(first.status).toBe(202);
    const firstEvents = await readSse(await app.request(`/api/audits/${AuditStartedSchema.parse(first.body).id}/events`));
    expect(firstEvents.at(-1)!.event).toBe('done');
    const firstDone = AuditDoneEventSchema.parse(JSON.parse(firstEvents.at(-1)!.data));
    expect(firstDone).toMatchObject({ exitCode: 0, verdict: 'pass', agents: 5 });
    // Nothing in the lake before: every agent is new to it, every finding is new.
    expect(firstDone.changes).toMatchObject({ compared: 0, fixed: 0, unchanged: 0, changedAgents: 5, verdictChanges: 5 });
    expect(firstDone.changes!.new).toBeGreaterThanOrEqual(10);
    expect(firstDone.changes!.agents.every((agent) => agent.verdictBefore === undefined && agent.verdict === 'pass')).toBe(true);
    expect((await agentIds(lakeDir)).length).toBe(5);

    // Alpha loses its second model client (its two findings) and gains a key: one new finding, two fixed, a new verdict.
    await rm(path.join(workspace, 'agents/alpha/summarise.py'));
    await write('agents/alpha/settings.py', `OPENAI_API_KEY = "${KEY}"\n`);
    const second = await post<{ id: string }>('/api/audits');
    const secondId = AuditStartedSchema.parse(second.body).id;
    const secondEvents = await readSse(await app.request(`/api/audits/${secondId}/events`));
    const done = AuditDoneEventSchema.parse(JSON.parse(secondEvents.at(-1)!.data));
    expect(done).toMatchObject({ exitCode: 1, verdict: 'security-block', agents: 5 });
    expect(done.changes).toMatchObject({ compared: 5, new: 1, fixed: 2, changedAgents: 1, verdictChanges: 1 });
    expect(done.changes!.agents).toEqual([
      { id: expect.any(String), name: 'alpha', path: 'agents/alpha', new: 1, fixed: 2, verdictBefore: 'pass', verdict: 'security-block' },
    ]);
    // The other four came from the cache: unchanged, and the same summary is in the audit's state.
    expect(done.changes!.unchanged).toBe(firstDone.changes!.new - 2);
    expect((await state(secondId)).changes).toEqual(done.changes);
    const secondEventsJson = JSON.stringify(secondEvents);
    expect(secondEventsJson).not.toContain(KEY);
  });

  it('a cancel leaves a lake with records exactly as it was', async () => {
    const before = await lakeSnapshot();
    expect(Object.keys(before)).toHaveLength(5);
    // Every agent changed, so none comes from the cache: four are audited, the slow one hangs.
    for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'zz-slow']) await write(`agents/${name}/agent.py`, model(', timeout=30'));
    const { events, cancel } = await startAndCancel();
    expect(cancel.status).toBe(200);
    expect(events.at(-1)!.event).toBe('cancelled');
    expect(await lakeSnapshot()).toEqual(before);
  });

  it('Cancel needs the token when the server has one, like every write', async () => {
    const guarded = createApp({ store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, auditJobs: 1, settings: DEFAULT_SETTINGS, token: TOKEN });
    const send = (url: string, authorization?: string) =>
      guarded.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) }, body: '{}' });
    process.env[FAULT] = `hang:${SLOW}`;
    const started = await send('/api/audits', `Bearer ${TOKEN}`);
    const { id } = AuditStartedSchema.parse(await started.json());
    expect((await send(`/api/audits/${id}/cancel`)).status).toBe(401);
    expect((await send(`/api/audits/${id}/cancel`, 'Bearer not-the-token-at-all-0000000')).status).toBe(401);
    // A cross-site form cannot send it either: JSON only.
    const form = await guarded.request(`/api/audits/${id}/cancel`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const cancelled = await send(`/api/audits/${id}/cancel`, `Bearer ${TOKEN}`);
    expect(cancelled.status).toBe(200);
    expect(AuditStateSchema.parse(await cancelled.json()).status).toBe('cancelled');
  });
});
