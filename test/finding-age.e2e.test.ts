import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import type { LakeRecord } from '../src/lake/record.js';
import { writeRecord } from '../src/lake/partitions.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { withDecision, withoutDecision } from '../src/triage/decisions.js';
import { EMPTY_TRIAGE, writeTriage } from '../src/triage/file.js';
import { collectPageErrors, launchChromium, sidewaysOverflow } from './e2e/browser.js';
import { REPO_ROOT } from './helpers/cli.js';
import { testRecord } from '../src/lake/testing/test-record.js';

/**
 * Issue 19 on the page: a lake with three runs and a triage file in the workspace, the real server on 127.0.0.1
 * (in process, its clock fixed), and headless Chromium. The agent page shows each finding's age ("First seen 12
 * days ago"), the recently fixed findings with their time to fix and the triage history; the Findings page has
 * an Age column that sorts. The dashboard comes from dist/web (npm run build), or COCKPIT_WEB_DIR.
 */
const WEB_DIR = process.env['COCKPIT_WEB_DIR'] ?? path.join(REPO_ROOT, 'dist', 'web');
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'finding-age');
const NOW = new Date('2026-12-02T10:00:00.000Z');

const DESK = { id: '0d35c0d35c0d35c0', name: 'refund-desk', path: 'agents/refund-desk' };
const SCOUT = { id: '5c0075c0075c0075', name: 'lead-scout', path: 'agents/lead-scout' };
const fp = (n: number) => n.toString(16).padStart(2, '0').repeat(16);

function finding(agentPath: string, fingerprint: string, line: number, title: string): Finding {
  return {
    ruleId: 'reliability/llm-call-without-timeout',
    title,
    message: `${title}.`,
    file: `${agentPath}/main.py`,
    region: { startLine: line, startColumn: 1, endLine: line, endColumn: 20 },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'structural',
    remediation: 'Pass a timeout.',
    fingerprint,
    tags: [],
  };
}

function record(agent: typeof DESK, runId: string, at: string, findings: Finding[]): LakeRecord {
  return testRecord({ agent: { ...agent, verdict: 'pass', exitCode: 0 }, runId, startedAt: at, findings });
}

const OLD = 'Planner call without a timeout';
const NEW = 'Refund lookup without a timeout';
const GONE = 'Ledger call without a timeout';
// Run 1 finds the old one and the gone one; run 2 adds the new one; run 3 no longer has the gone one (fixed 10 days after it was found).
const RUNS = [
  record(DESK, 'run-one-001', '2026-11-20T09:00:00.000Z', [finding(DESK.path, fp(1), 5, GONE), finding(DESK.path, fp(2), 9, OLD)]),
  record(SCOUT, 'run-one-001', '2026-11-20T09:00:05.000Z', [finding(SCOUT.path, fp(9), 3, 'Scout call without a timeout')]),
  record(DESK, 'run-two-002', '2026-11-24T09:00:00.000Z', [finding(DESK.path, fp(1), 5, GONE), finding(DESK.path, fp(2), 11, OLD), finding(DESK.path, fp(3), 20, NEW)]),
  record(DESK, 'run-three-003', '2026-11-30T21:00:00.000Z', [finding(DESK.path, fp(2), 11, OLD), finding(DESK.path, fp(3), 20, NEW)]),
];

let temp = '';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`the dashboard is not built in ${WEB_DIR} (npm run build, or set COCKPIT_WEB_DIR)`);
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-age-e2e-'));
  const workspace = path.join(temp, 'fleet');
  const lakeDir = path.join(workspace, '.cockpit', 'evidence_lake');
  for (const entry of RUNS) await writeRecord(lakeDir, entry);
  // The new finding accepted, then revoked; the old one a false positive whose last day has passed.
  let triage = withDecision(EMPTY_TRIAGE, { fingerprint: fp(3), status: 'accepted-risk', reason: 'internal refunds only', author: 'Ana', decidedAt: '2026-11-25T10:00:00.000Z', agent: DESK.path, ruleId: 'reliability/llm-call-without-timeout', file: `${DESK.path}/main.py`, line: 20 });
  triage = withoutDecision(triage, { fingerprint: fp(3), reason: 'refunds now call a partner API', author: 'Bo', decidedAt: '2026-11-28T10:00:00.000Z' })!;
  triage = withDecision(triage, { fingerprint: fp(2), status: 'false-positive', reason: 'the client sets a default', author: 'dashboard', decidedAt: '2026-11-26T10:00:00.000Z', expires: '2026-12-01' });
  await mkdir(path.join(workspace, '.cockpit'), { recursive: true });
  await writeTriage(path.join(workspace, '.cockpit', 'triage.json'), 'triage.json', triage);
  server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, webDir: WEB_DIR, rootLabel: 'fleet', now: () => NOW });
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('finding age and triage history on the page', () => {
  it("the agent page shows each finding's age, the recently fixed one with its time to fix, and the triage history", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${server.url}agents/${DESK.id}`);
      const card = (title: string) => page.locator('article.finding').filter({ has: page.getByRole('heading', { name: title }) });
      await expect.poll(async () => (await card(OLD).getByTestId('finding-age').textContent()) ?? '').toBe('First seen 12 days ago');
      expect(await card(NEW).getByTestId('finding-age').textContent()).toBe('First seen 8 days ago');

      const fixed = page.getByTestId('recently-fixed');
      const fixedRows = await fixed.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({ text: row.textContent ?? '', time: row.querySelector('[data-cell="time-to-fix"]')?.textContent })));
      expect(fixedRows).toHaveLength(1);
      expect(fixedRows[0]!.text).toContain(GONE);
      expect(fixedRows[0]!.text).toContain(`${DESK.path}/main.py:5`);
      expect(fixedRows[0]!.time).toBe('10 days');

      const history = page.getByTestId('triage-history');
      await history.waitFor();
      const rows = await history.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ action: tr.getAttribute('data-action'), state: tr.getAttribute('data-state'), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') })),
      );
      expect(rows.map((row) => [row.action, row.state, row.cells[1], row.cells[3], row.cells[4], row.cells[5]])).toEqual([
        ['revoke', '', 'Revoked (accepted risk)', 'Bo', 'refunds now call a partner API', ''],
        ['decide', 'expired', 'False positive', 'dashboard', 'the client sets a default', '2026-12-01'],
        ['decide', 'revoked', 'Accepted risk', 'Ana', 'internal refunds only', 'no end'],
      ]);
      expect(rows[1]!.cells[6]).toBe('Expired: gates again');
      expect(rows[2]!.cells[6]).toMatch(/^Revoked /);
      expect(await page.getByText('0 decisions in force, 1 expired (their findings gate again)').count()).toBe(1);
      await page.getByRole('heading', { name: 'Recently fixed' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'agent-fixed.png') });
      await history.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'agent-triage-history.png') });
      // On a phone the new tables scroll inside their panels: the page never scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the Findings page has an Age column that sorts oldest or newest first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${server.url}findings`);
      const ages = async () => page.locator('td[data-cell="age"]').allTextContents();
      await expect.poll(ages).toEqual(['12 days', '12 days', '8 days']);
      const header = page.getByRole('columnheader', { name: /Age/ });
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      expect(page.url()).toContain('sort=oldest');
      // Oldest first: the desk's planner finding (09:00:00) before the scout's (09:00:05), the new one last.
      expect(await page.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual([`${DESK.path}/main.py:11`, `${SCOUT.path}/main.py:3`, `${DESK.path}/main.py:20`].map((where) => expect.stringContaining(where)));
      await header.getByRole('button').click();
      await expect.poll(ages).toEqual(['8 days', '12 days', '12 days']);
      await page.screenshot({ path: path.join(ARTIFACTS, 'findings-age.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
