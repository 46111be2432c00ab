import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditState, Fleet, RuleList } from '../src/server/api-schemas.js';
import { collectPageErrors, launchChromium, loopbackContext } from './e2e/browser.js';
import { assertBuilt, startServer, type RunningServer } from './e2e/fleet-server.js';
import { REPO_ROOT, tokenLike } from './helpers/cli.js';

/**
 * The fleet page's audit bar and the rule catalog, end to end: the real `ops serve` over a copy of
 * examples/ with an empty lake, in headless Chromium. One extra agent hangs (COCKPIT_FAULT_INJECT), so
 * the first audit stays running with every other agent done: the bar shows the count and the time
 * left, and Cancel stops it with nothing written. Then the hanging agent goes, and two audits show what
 * they changed. Screenshots go to test-artifacts/audit-panel/.
 */
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'audit-panel');
const SLOW = 'zz-slow';
const HEX16 = /^[0-9a-f]{16}$/;

describe('the audit bar and the rule catalog (headless Chromium against ops serve)', () => {
  let temp = '';
  let workspace = '';
  let lakeDir = '';
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  const api = async <T,>(pathname: string): Promise<T> => {
    const response = await fetch(server.url + pathname);
    expect(response.status, pathname).toBe(200);
    return (await response.json()) as T;
  };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const partitions = async () => (await readdir(lakeDir).catch(() => [] as string[])).filter((name) => HEX16.test(name));
  const panel = () => page.getByRole('region', { name: 'Audit', exact: true });
  const runAudit = () => page.getByRole('button', { name: 'Run audit' });
  /** The id of the audit the page started, from its event stream. */
  const auditIdOf = (url: string) => /\/api\/audits\/([0-9a-f]{16})\/events$/.exec(url)?.[1];

  beforeAll(async () => {
    assertBuilt();
    await rm(ARTIFACTS, { recursive: true, force: true });
    await mkdir(ARTIFACTS, { recursive: true });
    temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-audit-panel-'));
    workspace = path.join(temp, 'fleet');
    await cp(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
    // A ninth agent, a copy of docs-qa, that never finishes its audit while it exists.
    await cp(path.join(workspace, 'docs-qa'), path.join(workspace, SLOW), { recursive: true });
    lakeDir = path.join(workspace, '.cockpit', 'evidence_lake');
    server = await startServer(workspace, { env: { COCKPIT_FAULT_INJECT: `hang:${SLOW}` } });
    browser = await launchChromium();
    context = await loopbackContext(browser, { width: 1280, height: 900 });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    errors = collectPageErrors(page);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('shows the count and the time left while an audit runs, and Cancel stops it with nothing written to the lake', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('region', { name: 'No audits in the lake yet' }).waitFor();
    // Idle, the bar is one line.
    expect((await panel().boundingBox())!.height).toBeLessThan(90);
    const stream = page.waitForResponse((response) => auditIdOf(response.url()) !== undefined);
    await runAudit().click();
    const id = auditIdOf((await stream).url())!;
    // Every agent but the hanging one is audited; the estimate comes from their rate.
    await expect.poll(() => page.getByTestId('audit-count').innerText(), { timeout: 30_000 }).toBe('Audited 8 of 9 agents');
    await expect.poll(() => page.getByTestId('audit-eta').innerText()).toMatch(/^ · about \d+ (s|min) left$/);
    const progress = page.getByRole('progressbar', { name: 'Audit progress' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('8');
    expect(await progress.getAttribute('aria-valuemax')).toBe('9');
    expect(await runAudit().count()).toBe(0);
    expect((await panel().boundingBox())!.height).toBeLessThan(110);
    await shot('running');

    await page.getByRole('button', { name: 'Cancel audit' }).click();
    await expect.poll(() => page.getByTestId('audit-cancelled').innerText()).toBe('Audit cancelled after 8 of 9 agents; nothing was written to the lake.');
    expect((await api<AuditState>(`/api/audits/${id}`)).status).toBe('cancelled');
    // Eight agents were audited, yet the lake holds none of them: the page still has nothing to show.
    expect(await partitions()).toEqual([]);
    expect(await page.getByRole('region', { name: 'No audits in the lake yet' }).count()).toBe(1);
    await shot('cancelled');
    expect(errors).toEqual([]);
  });

  it('audits again after the cancel and says what changed: first everything, then one new, one fixed and two verdicts', async () => {
    await rm(path.join(workspace, SLOW), { recursive: true, force: true });
    await runAudit().click();
    await page.getByTestId('audit-result').waitFor({ timeout: 30_000 });
    const fleet = await api<Fleet>('/api/fleet');
    expect(fleet.summary.agents).toBe(8);
    const changes = page.getByTestId('audit-changes');
    // Nothing in the lake before this run: every agent and finding is new.
    expect(await changes.innerText()).toContain(`What changed: first audit of these agents: +${fleet.summary.findings} new · −0 fixed · 8 agents with a new verdict`);
    expect(await partitions()).toHaveLength(8);

    // ops-bot loses its key file (a secret fixed); docs-qa, which passed, gains one (a new secret).
    await rm(path.join(workspace, 'ops-bot', '.env'));
    await writeFile(path.join(workspace, 'docs-qa', 'settings.py'), `ANTHROPIC_API_KEY = "${tokenLike('sk-ant-api03-', 93, 5)}AA"\n`);
    const stream = page.waitForResponse((response) => auditIdOf(response.url()) !== undefined);
    await runAudit().click();
    const id = auditIdOf((await stream).url())!;
    await expect.poll(() => page.getByTestId('changes-new').innerText(), { timeout: 30_000 }).toBe('+1 new');
    expect(await page.getByTestId('changes-fixed').innerText()).toBe('−1 fixed');
    expect(await page.getByTestId('changes-verdicts').innerText()).toBe('2 agents with a new verdict');
    const state = await api<AuditState>(`/api/audits/${id}`);
    expect(state.changes).toMatchObject({ new: 1, fixed: 1, verdictChanges: 2, changedAgents: 2 });
    // The changed agents, each a link to its page with the verdict before and after.
    await changes.locator('summary').click();
    const docs = changes.locator('li[data-agent="docs-qa"]');
    expect(await docs.innerText()).toMatch(/^docs-qa Pass to Security block \+1 −0$/);
    const opsBot = changes.locator('li[data-agent="ops-bot"]');
    expect(await opsBot.innerText()).toMatch(/^ops-bot Security block to \S.* \+0 −1$/);
    // Done, with the summary open, the bar stays short: the fleet below starts near the top of the page.
    expect((await panel().boundingBox())!.height).toBeLessThan(200);
    await shot('changed');
    // On a phone the bar wraps inside its panel; the page never scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot('changed-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await docs.getByRole('link', { name: 'docs-qa' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('docs-qa');
    expect(errors).toEqual([]);
  });

  it('groups the rule catalog by category with the fleet finding counts, each linked to its findings', async () => {
    const catalog = await api<RuleList>('/api/rules');
    await page.goto(`${server.url}/rules`);
    await page.locator('.rule').first().waitFor();
    const groups = page.locator('section.rule-group');
    expect(await groups.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-category')))).toEqual(catalog.groups.map((group) => group.category));
    // Agent rules first, the secret detectors last and folded.
    expect(catalog.groups[0]!.category).toBe('security');
    expect(catalog.groups.at(-1)!.category).toBe('secret');
    const secrets = page.locator('section[data-category="secret"] details.rule-group-fold');
    expect(await secrets.getAttribute('open')).toBeNull();
    expect(await page.locator('section[data-category="secret"] .rule').first().isVisible()).toBe(false);
    // Each group heading gives its rules and findings, as the API counts them.
    for (const group of catalog.groups) {
      const heading = page.locator(`[id="category-${group.category}"]`);
      expect(await heading.innerText()).toContain(`(${group.ruleIds.length} rule${group.ruleIds.length === 1 ? '' : 's'} · ${group.findings} finding${group.findings === 1 ? '' : 's'} in the fleet)`);
      // In a group: most findings first, then by id.
      const shown = await page.locator(`section[data-category="${group.category}"] .rule`).evaluateAll((rules) => rules.map((rule) => rule.id.replace(/^rule-/, '')));
      expect(shown).toEqual(group.ruleIds);
    }
    const fleet = await api<Fleet>('/api/fleet');
    expect(catalog.groups.reduce((sum, group) => sum + group.findings, 0)).toBe(fleet.summary.findings);
    await shot('rules');

    // A rule's count opens the Findings page filtered to that rule.
    const retry = catalog.items.find((rule) => rule.id === 'reliability/missing-retry-on-http-tool')!;
    expect(retry.findings).toBeGreaterThan(1);
    const link = page.getByTestId(`rule-count-${retry.id}`);
    expect(await link.innerText()).toBe(`${retry.findings} findings`);
    await link.click();
    await expect.poll(() => page.url()).toBe(`${server.url}/findings?rule=${encodeURIComponent(retry.id)}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /findings?/ }).first().innerText()).toContain(`${retry.findings} findings`);

    // A search that finds a secret detector shows it inside the folded group.
    await page.goto(`${server.url}/rules`);
    await page.getByLabel('Search rules').fill('anthropic');
    await expect.poll(() => page.locator('section[data-category="secret"] details.rule-group-fold').getAttribute('open')).not.toBeNull();
    expect(await page.locator('[id="rule-secret/anthropic-api-key"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
