import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import type { LakeRecord } from '../src/lake/record.js';
import { writeRecord } from '../src/lake/partitions.js';
import { AgentDetailSchema, ErrorSchema, FindingListSchema, TriageHistorySchema } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { withDecision, withoutDecision } from '../src/triage/decisions.js';
import { EMPTY_TRIAGE, writeTriage } from '../src/triage/file.js';
import { testRecord } from '../src/lake/testing/test-record.js';

/**
 * Issue 19 over a real lake folder, through the API: the age of each finding and the time each fixed one took
 * (`/api/agents/{id}`, `/api/findings`), and the triage file's history (`GET /api/triage`).
 */

const DESK = { id: '0d35c0d35c0d35c0', name: 'refund-desk', path: 'agents/refund-desk' };
const SCOUT = { id: '5c0075c0075c0075', name: 'lead-scout', path: 'agents/lead-scout' };
const fp = (n: number) => n.toString(16).padStart(2, '0').repeat(16);

function finding(agentPath: string, fingerprint: string, line: number): Finding {
  return {
    ruleId: 'reliability/llm-call-without-timeout',
    title: 'Model call without a timeout',
    message: 'OpenAI() is built without a timeout.',
    file: `${agentPath}/main.py`,
    region: { startLine: line, startColumn: 1, endLine: line, endColumn: 20 },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'one-click',
    remediation: 'Pass timeout=60.',
    fingerprint,
    tags: [],
  };
}

function record(agent: typeof DESK, runId: string, at: string, findings: Finding[]): LakeRecord {
  return testRecord({ agent: { ...agent, verdict: 'pass', exitCode: 0 }, runId, startedAt: at, findings });
}

// Three runs: the desk's finding 1 lives from run 1 to run 3 (fixed there), 2 stays, 3 comes in run 2; the scout is audited in run 1 only.
const RUNS = [
  record(DESK, 'run-one-001', '2026-11-20T09:00:00.000Z', [finding(DESK.path, fp(1), 5), finding(DESK.path, fp(2), 9)]),
  record(SCOUT, 'run-one-001', '2026-11-20T09:00:05.000Z', [finding(SCOUT.path, fp(9), 3)]),
  record(DESK, 'run-two-002', '2026-11-24T09:00:00.000Z', [finding(DESK.path, fp(1), 5), finding(DESK.path, fp(2), 11), finding(DESK.path, fp(3), 20)]),
  record(DESK, 'run-three-003', '2026-11-30T21:00:00.000Z', [finding(DESK.path, fp(2), 11), finding(DESK.path, fp(3), 20)]),
];
const NOW = new Date('2026-12-02T10:00:00.000Z');

let temp = '';
let app: ReturnType<typeof createApp>;
let bare: ReturnType<typeof createApp>;

async function get(target: ReturnType<typeof createApp>, url: string): Promise<{ status: number; body: unknown }> {
  const response = await target.request(url);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-history-api-'));
  const workspace = path.join(temp, 'fleet');
  const lakeDir = path.join(workspace, '.cockpit', 'evidence_lake');
  for (const entry of RUNS) await writeRecord(lakeDir, entry);
  // The desk's finding 3 accepted, then revoked; finding 2 marked a false positive until a day already past; the scout's kept.
  let triage = withDecision(EMPTY_TRIAGE, { fingerprint: fp(3), status: 'accepted-risk', reason: 'internal only', author: 'Ana', decidedAt: '2026-11-25T10:00:00.000Z', agent: DESK.path });
  triage = withoutDecision(triage, { fingerprint: fp(3), reason: 'now public', author: 'Bo', decidedAt: '2026-11-28T10:00:00.000Z' })!;
  triage = withDecision(triage, { fingerprint: fp(2), status: 'false-positive', reason: 'the client sets it', author: 'dashboard', decidedAt: '2026-11-26T10:00:00.000Z', expires: '2026-12-01' });
  triage = withDecision(triage, { fingerprint: fp(9), status: 'accepted-risk', reason: 'a demo agent', author: 'Cy', decidedAt: '2026-11-27T10:00:00.000Z' });
  await mkdir(path.join(workspace, '.cockpit'), { recursive: true });
  await writeTriage(path.join(workspace, '.cockpit', 'triage.json'), 'triage.json', triage);
  const common = { store: lakeFolderStore(lakeDir), lakeDir, rootLabel: 'fleet', now: () => NOW };
  app = createApp({ ...common, workspaceRoot: workspace });
  bare = createApp(common);
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('ages and fixes over a lake with three runs', () => {
  it("gives each of the agent's findings its first run and age, and the fixed one its time to fix", async () => {
    const { status, body } = await get(app, `/api/agents/${DESK.id}`);
    expect(status).toBe(200);
    const detail = AgentDetailSchema.parse(body);
    expect(detail.ages).toEqual({
      [fp(2)]: { firstSeen: '2026-11-20T09:00:00.000Z', firstRunId: 'run-one-001', ageDays: 12 },
      [fp(3)]: { firstSeen: '2026-11-24T09:00:00.000Z', firstRunId: 'run-two-002', ageDays: 8 },
    });
    expect(detail.fixed).toEqual([
      expect.objectContaining({ fingerprint: fp(1), line: 5, firstSeen: '2026-11-20T09:00:00.000Z', fixedAt: '2026-11-30T21:00:00.000Z', fixedRunId: 'run-three-003', daysToFix: 10 }),
    ]);
  });

  it('puts the age on every /api/findings row, with and without a workspace', async () => {
    for (const target of [app, bare]) {
      const list = FindingListSchema.parse((await get(target, '/api/findings')).body);
      expect(list.items.map((row) => [row.agentPath, row.finding.fingerprint.slice(0, 2), row.firstSeen, row.ageDays])).toEqual([
        [SCOUT.path, '09', '2026-11-20T09:00:05.000Z', 12],
        [DESK.path, '02', '2026-11-20T09:00:00.000Z', 12],
        [DESK.path, '03', '2026-11-24T09:00:00.000Z', 8],
      ]);
    }
  });
});

describe('GET /api/triage', () => {
  it('lists every decision and revocation newest first, with who, when, why, until when and what became of it', async () => {
    const history = TriageHistorySchema.parse((await get(app, '/api/triage')).body);
    expect(history.triageFile).toBe('fleet/.cockpit/triage.json');
    expect(history.entries.map((entry) => [entry.action, entry.fingerprint.slice(0, 2), entry.author, entry.state, entry.expires])).toEqual([
      ['revoke', '03', 'Bo', undefined, undefined],
      ['decide', '09', 'Cy', 'in-force', undefined],
      ['decide', '02', 'dashboard', 'expired', '2026-12-01'],
      ['decide', '03', 'Ana', 'revoked', undefined],
    ]);
    expect({ inForce: history.inForce, expired: history.expired }).toEqual({ inForce: 1, expired: 1 });
  });

  it("narrows to one agent's findings, or one fingerprint", async () => {
    const desk = TriageHistorySchema.parse((await get(app, `/api/triage?agent=${DESK.id}`)).body);
    expect(desk.entries.map((entry) => entry.fingerprint.slice(0, 2))).toEqual(['03', '02', '03']);
    expect({ inForce: desk.inForce, expired: desk.expired }).toEqual({ inForce: 0, expired: 1 });
    const one = TriageHistorySchema.parse((await get(app, `/api/triage?fingerprint=${fp(9).slice(0, 8)}`)).body);
    expect(one.entries.map((entry) => entry.reason)).toEqual(['a demo agent']);
  });

  it('is empty without a workspace, a 404 for an unknown agent and a 400 for a bad parameter', async () => {
    expect(await get(bare, '/api/triage')).toEqual({ status: 200, body: { triageFile: null, inForce: 0, expired: 0, entries: [] } });
    expect(await get(app, '/api/triage?agent=0000000000000000')).toMatchObject({ status: 404 });
    const bad = await get(app, '/api/triage?fingerprint=xyz');
    expect(bad.status).toBe(400);
    expect(ErrorSchema.parse(bad.body).error).toMatch(/^fingerprint: /);
  });
});
