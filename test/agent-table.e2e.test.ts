import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { LakeRecord } from '../src/lake/record.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { COMMIT, GENERATED_AGENTS, NOTES, RARE_RULE, REMOTE, ROOT_IN_REPOSITORY, TOKEN, writeConsoleFleet } from './e2e/console-fleet.js';
import { collectPageErrors, launchChromium, loopbackContext, sidewaysOverflow } from './e2e/browser.js';
import { REPO_ROOT } from './helpers/cli.js';

/**
 * Issue 19, the fleet console, in headless Chromium against the real server (in process, over a
 * written lake of 61 agents; test/e2e/console-fleet.ts): the agents table's page sizes, pages and
 * rule filter, its severity bars and unclipped framework column at 1,440 px; on an agent's page,
 * findings on the same line under one excerpt with a mark each (the token redacted), and links to the
 * code on GitHub at the audited commit, there and on the Findings page. The dashboard comes from
 * dist/web (npm run build), or COCKPIT_WEB_DIR for a build elsewhere; screenshots go to test-artifacts/console/.
 */
const WEB_DIR = process.env['COCKPIT_WEB_DIR'] ?? path.join(REPO_ROOT, 'dist', 'web');
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'console');
const TOTAL = GENERATED_AGENTS + 1;

let temp = '';
let records: LakeRecord[] = [];
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`the dashboard is not built in ${WEB_DIR} (npm run build, or set COCKPIT_WEB_DIR)`);
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-console-e2e-'));
  const workspace = path.join(temp, 'fleet');
  const lakeDir = path.join(temp, 'lake');
  records = await writeConsoleFleet(workspace, lakeDir);
  server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, webDir: WEB_DIR, rootLabel: 'fleet' });
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await loopbackContext(browser, { width: 1440, height: 900 });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  errors = collectPageErrors(page);
});

afterEach(async () => {
  await context?.close();
});

const agentsPanel = () => page.locator('section#agents');
const agentsTable = () => agentsPanel().getByRole('table', { name: /^Agents, sorted by/ });
const agentRows = () => agentsTable().locator('tbody tr');
const rowPaths = () => agentRows().locator('td.path-cell code').allInnerTexts();
const search = () => new URL(page.url()).searchParams;

describe('the agents table', () => {
  it('changes the page size, remembered in the address bar, and pages with first, last and jump', async () => {
    await page.goto(server.url);
    await expect.poll(() => agentRows().count()).toBe(50);
    expect(await agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 1 of 2');
    // Reachable without scrolling through the overview: the table starts within the first screen.
    const top = (await agentsPanel().getByRole('heading', { name: 'Agents', exact: true }).boundingBox())!.y;
    await page.screenshot({ path: path.join(ARTIFACTS, 'fleet-first-screen.png') });
    expect(top).toBeLessThan(900);

    await agentsPanel().getByLabel('Rows per page').selectOption('25');
    await expect.poll(() => agentRows().count()).toBe(25);
    expect(search().get('size')).toBe('25');
    expect(await agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 1 of 3');

    await agentsPanel().getByRole('button', { name: 'Last page' }).click();
    await expect.poll(() => agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 3 of 3');
    await expect.poll(() => agentRows().count()).toBe(TOTAL - 50);
    expect(await agentsPanel().getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);

    await agentsPanel().getByLabel('Go to page').fill('2');
    await agentsPanel().getByRole('button', { name: 'Go', exact: true }).click();
    await expect.poll(() => agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 2 of 3');
    await expect.poll(() => agentRows().count()).toBe(25);
    const sorted = records.map((record) => record.agent).sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    await expect.poll(rowPaths).toEqual(sorted.slice(25, 50).map((agent) => agent.path));
    expect(await agentsPanel().getByTestId('agent-count').innerText()).toContain(`Showing 26–50 of ${TOTAL} agents`);

    // A shared or reloaded address opens the same page at the same size.
    await page.reload();
    await expect.poll(() => agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 2 of 3');
    expect(await agentRows().count()).toBe(25);
    expect(await agentsPanel().getByLabel('Rows per page').inputValue()).toBe('25');

    await agentsPanel().getByRole('button', { name: 'First page' }).click();
    await expect.poll(() => agentsPanel().getByTestId('pager-position').innerText()).toBe('Page 1 of 3');
    expect(search().get('offset')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('filters by rule, and shows warnings, a labelled severity bar and every framework at 1,440 px', async () => {
    await page.goto(server.url);
    await agentRows().first().waitFor();
    const expected = records.filter((record) => record.agent.findings.some((finding) => finding.ruleId === RARE_RULE)).map((record) => record.agent.path);
    await agentsPanel().getByLabel('Rule', { exact: true }).fill(RARE_RULE);
    await expect.poll(() => agentRows().count()).toBe(expected.length);
    expect(search().get('rule')).toBe(RARE_RULE);
    expect((await rowPaths()).sort()).toEqual([...expected].sort());
    // Half-typed: the filter holds until the text names a rule.
    await agentsPanel().getByLabel('Rule', { exact: true }).fill('security/sql');
    expect(await agentsPanel().getByText('Pick a rule id from the list').isVisible()).toBe(true);
    expect(await agentRows().count()).toBe(expected.length);
    await agentsPanel().getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => agentRows().count()).toBe(50);

    // bot-05: one error, five warnings, two notes.
    const row = agentRows().filter({ hasText: 'agents/bot-05' });
    expect(await row.getByRole('img').getAttribute('aria-label')).toBe('1 error, 5 warnings, 2 notes');
    const cells = await row.locator('td.numeric').allInnerTexts();
    expect(cells.map((cell) => cell.trim())).toEqual(['8', '1', '5']);
    await agentsPanel().getByRole('button', { name: /^Warnings/ }).click();
    expect(search().get('sort')).toBe('warnings');
    const warningColumn = () => agentRows().evaluateAll((rows) => rows.map((tr) => Number(tr.querySelectorAll('td.numeric')[2]?.textContent)));
    await expect.poll(async () => (await warningColumn())[0]).toBe(5);
    const warnings = await warningColumn();
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));

    // The widest rows (five frameworks) wrap inside the page: the table does not scroll sideways.
    const overflow = await agentsPanel().locator('.table-scroll').evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chips = agentRows().filter({ hasText: 'agents/bot-04' }).locator('.framework-chip');
    expect(await chips.allInnerTexts()).toEqual(['langchain', 'langgraph', 'openai-agents', 'crewai', 'llamaindex']);
    for (const chip of await chips.all()) expect(await chip.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'agents-table.png') });
    // On a phone the filters, pager and table fit (the table scrolls inside its box): the page never scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await agentsPanel().screenshot({ path: path.join(ARTIFACTS, 'agents-table-phone.png') });
    expect(errors).toEqual([]);
  });
});

describe("an agent's findings", () => {
  const link = (line: number) => `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L${line}`;

  it('shows findings on the same line under one excerpt with a mark each, redacted', async () => {
    await page.goto(`${server.url}agents/${NOTES.id}`);
    const secops = page.getByTestId('persona-secops');
    const group = secops.getByTestId('excerpt-group');
    await group.waitFor();
    expect(await group.count()).toBe(1);
    expect(await group.getAttribute('aria-label')).toBe(`2 findings at ${NOTES.file} line 4`);
    expect(await group.locator('pre.excerpt').count()).toBe(1);
    expect(await group.getByRole('article').count()).toBe(2);
    const marks = group.locator('mark.finding-mark');
    expect(await marks.count()).toBe(2);
    expect(await marks.nth(0).innerText()).toMatch(/^ghp_…\(40 chars\)$/);
    expect(await marks.nth(0).getAttribute('data-label')).toBe('Hardcoded GitHub personal access token (secret/github-pat)');
    expect(await marks.nth(1).innerText()).toMatch(/^requests\.get\(/);
    expect(await marks.nth(1).getAttribute('data-label')).toBe('Credential sent from a constant (security/credential-in-header)');
    // The label is read out through CSS generated content, not copied with the code.
    type Styles = { getComputedStyle(element: unknown, pseudo: string): { content: string } };
    const spoken = await marks.nth(0).evaluate((element) => (globalThis as unknown as Styles).getComputedStyle(element, '::before').content);
    expect(spoken).toContain('finding: Hardcoded GitHub personal access token');

    // A finding of another persona on nearby lines has its own card, excerpt and mark.
    const tool = page.getByTestId('persona-architecture').getByRole('article');
    expect(await tool.locator('mark.finding-mark').allInnerTexts()).toEqual(['lookup']);
    expect(await page.content()).not.toContain(TOKEN);
    expect(await page.locator('body').innerText()).not.toContain(TOKEN);
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'shared-excerpt.png') });
    expect(errors).toEqual([]);
  });

  it('links each finding to its lines on GitHub at the audited commit, on the agent page and the Findings page', async () => {
    await page.goto(`${server.url}agents/${NOTES.id}`);
    const secret = page.getByRole('article', { name: /^Hardcoded GitHub personal access token/ });
    const code = secret.getByRole('link', { name: /on github\.com/ });
    expect(await code.getAttribute('href')).toBe(link(4));
    expect(await code.innerText()).toContain(`github.com at ${COMMIT.slice(0, 7)}`);
    expect(await code.getAttribute('target')).toBe('_blank');
    expect(await code.getAttribute('rel')).toBe('noopener noreferrer');
    const tool = page.getByTestId('persona-architecture').getByRole('link', { name: /on github\.com/ });
    expect(await tool.getAttribute('href')).toBe(link(8));

    // An agent whose record names no repository address has no such links.
    const other = records.find((record) => record.agent.findings.length > 0 && record.agent.id !== NOTES.id)!;
    await page.goto(`${server.url}agents/${other.agent.id}`);
    await page.getByRole('heading', { name: 'Findings', exact: true }).waitFor();
    expect(await page.locator('a.code-link').count()).toBe(0);

    await page.goto(`${server.url}findings?rule=${encodeURIComponent('secret/github-pat')}`);
    const row = page.locator('tbody tr').filter({ hasText: NOTES.file });
    await row.waitFor();
    expect(await row.getByRole('link', { name: /^code of / }).getAttribute('href')).toBe(link(4));
    expect(errors).toEqual([]);
  });
});
