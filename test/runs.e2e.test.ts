import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import type { LakeRecord } from '../src/lake/record.js';
import { writeRecord } from '../src/lake/partitions.js';
import { AgentHistorySchema, FleetSchema } from '../src/server/api-schemas.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { collectPageErrors, launchChromium, sidewaysOverflow } from './e2e/browser.js';
import { REPO_ROOT } from './helpers/cli.js';
import { testRecord } from '../src/lake/testing/test-record.js';

/**
 * Runs as history, end to end: a lake with three workspace runs where findings are added and fixed,
 * the real server on 127.0.0.1 over it, and the overview and agent pages in headless Chromium. The
 * numbers on the page must be the ones the fingerprints give. The dashboard comes from dist/web
 * (npm run build), or COCKPIT_WEB_DIR for a build elsewhere.
 */
const WEB_DIR = process.env['COCKPIT_WEB_DIR'] ?? path.join(REPO_ROOT, 'dist', 'web');
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'runs');

const AGENTS = {
  triage: { id: '1a2b3c4d5e6f7081', name: 'ticket-triage', path: 'agents/ticket-triage' },
  refunds: { id: '2b3c4d5e6f708192', name: 'refund-desk', path: 'agents/refund-desk' },
  scout: { id: '3c4d5e6f708192a3', name: 'lead-scout', path: 'agents/lead-scout' },
} as const;
type AgentKey = keyof typeof AGENTS;

/** A finding the way the engine writes it; the fingerprint is what makes it "the same finding" across runs. */
function finding(agent: AgentKey, fingerprint: string, line: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId: severity === 'error' ? 'reliability/retired-model' : 'reliability/missing-retry-on-http-tool',
    title: severity === 'error' ? 'Agent uses a retired model' : 'Agent tool calls an HTTP API with no retry',
    message: severity === 'error' ? "Model 'o4-mini' was retired, so every request to it fails." : "Tool 'lookup' calls httpx.get(...) with no retry.",
    file: `${AGENTS[agent].path}/main.py`,
    region: { startLine: line, startColumn: 5, endLine: line, endColumn: 20 },
    severity,
    category: 'reliability',
    persona: 'sre',
    fixability: 'structural',
    remediation: 'Retry transient errors; move to a supported model.',
    fingerprint,
    tags: [],
  };
}

function record(agent: AgentKey, run: { id: string; at: string }, findings: Finding[]): LakeRecord {
  const finishedAt = new Date(Date.parse(run.at) + 2_000).toISOString();
  const report = { ...AGENTS[agent], frameworks: ['langgraph'], stats: { filesScanned: 3, bytesScanned: 4_000, filesSkipped: 0 }, skipped: [] };
  return testRecord({ agent: report, runId: run.id, startedAt: run.at, finishedAt, findings });
}

// Three runs on one day, an hour apart: the day-based trend would fold them into one bar.
const RUN_1 = { id: 'run-one-0001', at: '2026-12-01T09:00:00.000Z' };
const RUN_2 = { id: 'run-two-0002', at: '2026-12-01T10:00:00.000Z' };
const RUN_3 = { id: 'run-three-0003', at: '2026-12-01T11:00:00.000Z' };

/**
 * Run 1 audits everyone: triage has a and b, refunds has c, scout has nothing.
 * Run 2 audits triage (adds d) and refunds (fixes c); scout is unchanged and keeps its record.
 * Run 3 audits triage (fixes a, adds the error e) and scout (adds f and g); refunds keeps its record.
 */
const LAKE: LakeRecord[] = [
  record('triage', RUN_1, [finding('triage', 'fp-a', 10), finding('triage', 'fp-b', 20)]),
  record('refunds', RUN_1, [finding('refunds', 'fp-c', 12)]),
  record('scout', RUN_1, []),
  record('triage', RUN_2, [finding('triage', 'fp-a', 10), finding('triage', 'fp-b', 20), finding('triage', 'fp-d', 30)]),
  record('refunds', RUN_2, []),
  // Line numbers moved: same fingerprints, so b and d are unchanged, not fixed and new again.
  record('triage', RUN_3, [finding('triage', 'fp-b', 24), finding('triage', 'fp-d', 34), finding('triage', 'fp-e', 5, 'error')]),
  record('scout', RUN_3, [finding('scout', 'fp-f', 8), finding('scout', 'fp-g', 9)]),
];

/** What the fingerprints give, newest run first (the page's order). */
const FLEET_RUNS = [
  { run: RUN_3.id, audited: 2, findings: 5, new: 3, fixed: 1 },
  { run: RUN_2.id, audited: 2, findings: 3, new: 1, fixed: 1 },
  { run: RUN_1.id, audited: 3, findings: 3, new: 3, fixed: 0 },
];
const TRIAGE_RUNS = [
  { run: RUN_3.id, findings: 3, new: 1, fixed: 1 },
  { run: RUN_2.id, findings: 3, new: 1, fixed: 0 },
  { run: RUN_1.id, findings: 2, new: 2, fixed: 0 },
];

let temp = '';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`the dashboard is not built in ${WEB_DIR} (npm run build, or set COCKPIT_WEB_DIR)`);
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-runs-e2e-'));
  const lakeDir = path.join(temp, 'lake');
  for (const entry of LAKE) await writeRecord(lakeDir, entry);
  server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, webDir: WEB_DIR, rootLabel: 'fleet' });
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** The rows of a runs table as numbers, newest first. */
async function runRows(page: Page, testId: string): Promise<Array<Record<string, number | string>>> {
  const table = page.getByTestId(testId);
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cell = (name: string) => Number((row.querySelector(`[data-cell="${name}"]`)?.textContent ?? '').replace(/[+−]/, ''));
      return { run: row.getAttribute('data-run') ?? '', second: row.querySelector('td')?.textContent ?? '', findings: cell('findings'), new: cell('new'), fixed: cell('fixed') };
    }),
  );
}

describe('runs as history over a lake with three runs', () => {
  it('the API gives each run its new, fixed and unchanged findings by fingerprint', async () => {
    const fleet = FleetSchema.parse(await (await fetch(`${server.url}api/fleet?runs=10`)).json());
    expect(fleet.runs!.map((run) => ({ run: run.runId, audited: run.audited, findings: run.findings, new: run.new, fixed: run.fixed }))).toEqual([...FLEET_RUNS].reverse());
    expect(fleet.runs!.map((run) => run.unchanged)).toEqual([0, 2, 2]);
    expect(fleet.runs!.at(-1)).toMatchObject({ agents: 3, error: 1, warning: 4, note: 0 });
    // Without ?runs the body is as before: the runs read every history, so only pages that show them ask.
    expect(FleetSchema.parse(await (await fetch(`${server.url}api/fleet`)).json()).runs).toBeUndefined();
    expect((await fetch(`${server.url}api/fleet?runs=0`)).status).toBe(400);

    const history = AgentHistorySchema.parse(await (await fetch(`${server.url}api/agents/${AGENTS.triage.id}/history`)).json());
    expect(history.items.map((point) => ({ run: point.runId, findings: point.findings, new: point.new, fixed: point.fixed }))).toEqual([...TRIAGE_RUNS].reverse());
    expect(history.items.map((point) => point.unchanged)).toEqual([0, 2, 2]);
  });

  it('the overview page shows each run with its new and fixed counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      await page.goto(server.url);
      const rows = await runRows(page, 'fleet-runs');
      expect(rows).toEqual(FLEET_RUNS.map((run) => ({ run: run.run, second: String(run.audited), findings: run.findings, new: run.new, fixed: run.fixed })));
      await page.getByRole('heading', { name: 'Runs', exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'fleet-runs.png') });
      // On a phone the runs table fits (or scrolls inside its box): the page never scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("an agent's page shows each of its runs with its new and fixed counts", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${server.url}agents/${AGENTS.triage.id}`);
      const rows = await runRows(page, 'agent-runs');
      expect(rows).toEqual(TRIAGE_RUNS.map((run, index) => ({ run: run.run, second: index === 0 ? 'Policy block' : 'Pass', findings: run.findings, new: run.new, fixed: run.fixed })));
      await page.getByTestId('agent-runs').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'agent-runs-phone.png') });
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
