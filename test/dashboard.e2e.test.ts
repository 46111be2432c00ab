import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/model.js';
import type { AgentList, Fleet, RuleDoc } from '../src/server/api-schemas.js';
import { collectPageErrors, launchChromium, loopbackContext } from './e2e/browser.js';
import { assertBuilt, auditedExampleFleet, startServer, type RunningServer } from './e2e/fleet-server.js';
import { REPO_ROOT } from './helpers/cli.js';

/**
 * The dashboard end to end: the real `ops serve` over a lake written by a real audit of the example
 * fleet, driven in headless Chromium from the @sparticuz/chromium package. Screenshots land in test-artifacts/dashboard/.
 */
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'dashboard');

/** The planted secrets and personal data of examples/, read from the files so none is written here. */
async function plantedSensitiveValues(): Promise<string[]> {
  const read = (file: string) => readFile(path.join(REPO_ROOT, 'examples', file), 'utf8');
  const crew = await read('research-crew/src/research_crew/crew.py');
  const env = await read('ops-bot/.env');
  const prompts = await read('support-triage/prompts.py');
  const values = [
    /sk-proj-[A-Za-z0-9_-]{20,}/.exec(crew)?.[0],
    /sk-ant-api03-[A-Za-z0-9_-]{20,}/.exec(env)?.[0],
    /email: (\S+@\S+)/.exec(prompts)?.[1],
    /phone: (\+[\d ]+\d)/.exec(prompts)?.[1],
    /card on file: ([\d ]+\d)/.exec(prompts)?.[1],
  ];
  if (values.some((value) => value === undefined)) throw new Error('examples/ changed: a planted secret or personal value was not found');
  const found = values as string[];
  // Also the digits-only forms: a card or phone number must not appear reformatted either.
  return [...found, ...found.filter((value) => /^[+\d ]+$/.test(value)).map((value) => value.replace(/\D/g, ''))];
}

describe('dashboard (headless Chromium against ops serve)', () => {
  let workspaceRoot = '';
  let workspace = '';
  let report: Report;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];
  let sensitive: string[] = [];

  const api = async <T,>(pathname: string): Promise<T> => {
    const response = await fetch(server.url + pathname);
    expect(response.status, pathname).toBe(200);
    return (await response.json()) as T;
  };
  const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
  /** No secret or personal value of the fleet, in the HTML or in the rendered text. */
  const expectNothingSensitive = async () => {
    const html = await page.content();
    const text = await page.locator('body').innerText();
    const leaked = sensitive.filter((value) => html.includes(value) || text.includes(value)).length;
    expect(leaked, 'planted secrets visible on the page').toBe(0);
  };
  const expectNoPageErrors = () => expect(errors).toEqual([]);
  const agentRows = () => page.getByRole('table', { name: /^Agents/ }).locator('tbody tr');

  beforeAll(async () => {
    assertBuilt();
    sensitive = await plantedSensitiveValues();
    await rm(ARTIFACTS, { recursive: true, force: true });
    await mkdir(ARTIFACTS, { recursive: true });
    const fleet = await auditedExampleFleet();
    workspaceRoot = fleet.root;
    workspace = fleet.workspace;
    report = fleet.report;
    server = await startServer(workspace);
    browser = await launchChromium();
    context = await loopbackContext(browser, { width: 1280, height: 900 });
    page = await context.newPage();
    // Fail within a test's time budget, with Playwright's own message saying what was awaited.
    page.setDefaultTimeout(10_000);
    errors = collectPageErrors(page);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (workspaceRoot) await rm(workspaceRoot, { recursive: true, force: true });
  });

  it('shows the fleet: totals and verdict counts as the lake has them', async () => {
    const fleet = await api<Fleet>('/api/fleet');
    expect(fleet.summary.agents).toBe(report.agents.length);
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByTestId('stat-agents').innerText()).toContain(String(fleet.summary.agents));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fleet');
    expect(await page.getByTestId('stat-findings').innerText()).toContain(String(fleet.summary.findings));
    for (const verdict of ['pass', 'security-block', 'policy-block', 'failed'] as const) {
      const expected = report.agents.filter((agent) => agent.verdict === verdict).length;
      expect(fleet.verdicts[verdict]).toBe(expected);
      expect(await page.getByTestId(`stat-${verdict}`).locator('.stat-value').innerText()).toBe(String(expected));
    }
    // The Persona Matrix says its numbers in words, not only in colour.
    const secops = fleet.summary.personaMatrix.secops.error;
    await expect.poll(() => page.getByRole('cell', { name: `SecOps: ${secops} error${secops === 1 ? '' : 's'}` }).count()).toBe(1);
    await expect.poll(() => agentRows().count()).toBe(report.agents.length);
    await expectNothingSensitive();
    await shot('fleet');
    expectNoPageErrors();
  });

  it('filters the agents table by verdict and by text, and sorts it', async () => {
    const blocked = report.agents.filter((agent) => agent.verdict === 'security-block');
    expect(blocked.length).toBeGreaterThan(0);
    await page.getByLabel('Verdict', { exact: true }).selectOption('security-block');
    await expect.poll(() => agentRows().count()).toBe(blocked.length);
    const verdicts = await agentRows().locator('td .badge').allInnerTexts();
    expect(verdicts).toEqual(blocked.map(() => 'Security block'));
    expect(new URL(page.url()).searchParams.get('verdict')).toBe('security-block');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search', { exact: true }).fill('sql');
    await expect.poll(() => agentRows().count()).toBe(1);
    expect(await agentRows().first().innerText()).toContain('sql-analyst');
    await page.getByLabel('Search', { exact: true }).fill('');
    await expect.poll(() => agentRows().count()).toBe(report.agents.length);

    // Findings: most first on the first press.
    const header = page.getByRole('columnheader', { name: /Findings/ });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(async () => (await agentRows().locator('td.numeric:nth-of-type(3)').allInnerTexts()).map(Number))
      .toEqual(report.agents.map((agent) => agent.findings.length).sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expectNoPageErrors();
  });

  it('opens an agent: identity, findings by persona with a redacted excerpt, no secret anywhere', async () => {
    const list = await api<AgentList>('/api/agents?q=research-crew');
    expect(list.total).toBe(1);
    const agent = list.items[0]!;
    await page.getByRole('link', { name: agent.name, exact: true }).click();
    await page.waitForURL(`${server.url}/agents/${agent.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(agent.name);
    const identity = page.getByRole('region', { name: 'Identity' });
    expect(await identity.innerText()).toContain('research-crew');
    expect(await identity.innerText()).toContain('crewai');

    const secops = page.getByTestId('persona-secops');
    expect(await secops.getByRole('heading', { level: 3 }).innerText()).toContain('SecOps');
    const finding = secops.getByRole('article', { name: /Hardcoded OpenAI project API key/ });
    expect(await finding.innerText()).toContain('Error');
    expect(await finding.innerText()).toContain('One-click fix');
    // The excerpt shows the lines around the key, with the key itself redacted.
    const excerpt = finding.getByLabel(/^Code around research-crew\/src\/research_crew\/crew\.py/);
    expect(await excerpt.innerText()).toMatch(/sk-proj-…\(\d+ chars\)/);
    expect((await excerpt.innerText()).split('\n').length).toBeGreaterThan(3);
    await finding.getByText('Why it matters and how to fix it').click();
    expect(await finding.innerText()).toContain('Remediation:');
    await expectNothingSensitive();
    await shot('agent');
    expectNoPageErrors();
  });

  it('previews the heal plan as a diff with added lines, still redacted', async () => {
    await page.getByRole('button', { name: 'Preview heal' }).click();
    const diff = page.getByLabel('Diff of research-crew/src/research_crew/crew.py');
    await diff.waitFor();
    const added = await diff.locator('.diff-add').allInnerTexts();
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((line) => line.startsWith('+'))).toBe(true);
    expect(added.join('\n')).toContain('os.environ');
    expect(await diff.locator('.diff-del').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^-.*sk-proj-…/)]));
    await expectNothingSensitive();
    await page.getByRole('region', { name: 'Heal preview' }).screenshot({ path: path.join(ARTIFACTS, 'heal.png') });
    expectNoPageErrors();
  });

  it('never shows the planted secrets or personal data on any agent page', async () => {
    const list = await api<AgentList>('/api/agents?verdict=security-block');
    expect(list.total).toBeGreaterThan(0);
    for (const agent of list.items) {
      await page.goto(`${server.url}/agents/${agent.id}`);
      await page.getByRole('heading', { name: 'Findings', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Preview heal' }).click();
      await page.getByTestId('heal-totals').or(page.getByText('Nothing to heal')).waitFor();
      await expectNothingSensitive();
    }
    expectNoPageErrors();
  });

  it('lists the rule catalog with its docs', async () => {
    const rules = await api<{ items: RuleDoc[] }>('/api/rules');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Rules');
    await expect.poll(() => page.getByRole('status').filter({ hasText: / rules?$/ }).innerText()).toBe(`${rules.items.length} rules`);
    const rule = rules.items.find((item) => item.id === 'security/sql-from-input') ?? rules.items[0]!;
    const entry = page.locator(`[id="rule-${rule.id}"]`);
    await entry.locator('summary').click();
    expect(await entry.innerText()).toContain(rule.remediation);
    await page.getByLabel('Search rules').fill(rule.id);
    await expect.poll(() => page.locator('.rule').count()).toBe(1);
    await page.getByLabel('Search rules').fill('');
    await expect.poll(() => page.locator('.rule').count()).toBe(rules.items.length);
    await entry.scrollIntoViewIfNeeded();
    await shot('rules', false);

    // A top rule on the fleet page links to its findings, and its small docs link to its open entry in the catalog.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }).click();
    const fleet = await api<Fleet>('/api/fleet');
    const top = fleet.topRules[0]!;
    await page.getByRole('region', { name: 'Top rules' }).getByRole('link', { name: `Rule docs: ${top.title}` }).click();
    await expect.poll(() => page.locator(`[id="rule-${top.ruleId}"]`).getAttribute('open')).not.toBeNull();
    expectNoPageErrors();
  });

  it('starts an audit from the page and follows it to the verdict', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }).click();
    // The server audits in its own process: on a loaded machine the stream's headers may take more than the default 10 s.
    const stream = page.waitForResponse((response) => /\/api\/audits\/[0-9a-f]+\/events$/.test(response.url()), { timeout: 30_000 });
    await page.getByRole('button', { name: 'Run audit' }).click();
    // Progress comes from the Server-Sent Events stream, not from polling.
    expect((await stream).headers()['content-type']).toContain('text/event-stream');
    const result = page.getByTestId('audit-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain(`${report.agents.length} agents`);
    expect(await result.innerText()).toContain('Security block');
    const progress = page.getByRole('progressbar', { name: 'Audit progress' });
    expect(await progress.getAttribute('aria-valuenow')).toBe(await progress.getAttribute('aria-valuemax'));
    await expect.poll(() => agentRows().count()).toBe(report.agents.length);
    await shot('audit', false);
    expectNoPageErrors();
  });

  it('fits a 390 px phone screen without sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const pages: Array<[string, () => Promise<void>]> = [
      ['/', () => agentRows().first().waitFor()],
      ['/rules', () => page.locator('.rule').first().waitFor()],
    ];
    for (const [pathname, loaded] of pages) {
      await page.goto(server.url + pathname);
      await loaded();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), pathname).toBeLessThanOrEqual(390);
    }
    const list = await api<AgentList>('/api/agents?q=support-triage');
    await page.goto(`${server.url}/agents/${list.items[0]!.id}`);
    await page.getByRole('heading', { name: 'Findings', exact: true }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.goto(`${server.url}/`);
    await agentRows().first().waitFor();
    await shot('phone');
    expectNoPageErrors();
  });

  it('renders dark when the system asks for it, and the toggle switches back', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.url}/`);
    await agentRows().first().waitFor();
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const brightness = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (r * 299 + g * 587 + b * 114) / 1000;
    };
    expect(brightness(await background())).toBeLessThan(60);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await shot('dark');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => brightness(await background())).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'light' });
    expectNoPageErrors();
  });

  it('passes ?token= as a bearer token on every API call, including the audit event stream', async () => {
    const token = randomBytes(24).toString('hex');
    const guarded = await startServer(workspace, { token });
    try {
      expect((await fetch(`${guarded.url}/api/fleet`)).status).toBe(401);
      await page.goto(`${guarded.url}/?token=${token}`);
      await agentRows().first().waitFor();
      // The token leaves the address bar (history, screenshots) and lives in sessionStorage.
      expect(page.url()).toBe(`${guarded.url}/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
      await page.locator('.rule').first().waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }).click();
      await page.getByRole('button', { name: 'Run audit' }).click();
      await expect.poll(() => page.getByTestId('audit-result').innerText(), { timeout: 30_000 }).toContain('Security block');
      await page.waitForLoadState('networkidle');
      expectNoPageErrors();
    } finally {
      // Leave the page before its server goes, so no late request fails into the next test.
      await page.goto('about:blank');
      await guarded.stop();
    }
  });

  it('shows the commands to run while the lake is empty, and the fleet once an audit from the page fills it', async () => {
    const fresh = path.join(workspaceRoot, 'fresh');
    await cp(path.join(REPO_ROOT, 'examples', 'travel-concierge'), path.join(fresh, 'travel-concierge'), {
      recursive: true,
      filter: (source) => path.basename(source) !== '.cockpit',
    });
    const emptyServer = await startServer(fresh);
    try {
      await page.goto(`${emptyServer.url}/`);
      const empty = page.getByRole('region', { name: 'No audits in the lake yet' });
      await empty.waitFor();
      expect(await empty.innerText()).toContain('ops report --workspace .');
      expect(await empty.innerText()).toContain('ops serve');
      await shot('empty', false);
      await page.getByRole('button', { name: 'Run audit' }).click();
      await expect.poll(() => page.getByTestId('audit-result').innerText(), { timeout: 30_000 }).toContain('Pass');
      await expect.poll(() => agentRows().count()).toBe(1);
      expect(await empty.count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expectNoPageErrors();
    } finally {
      await page.goto('about:blank');
      await emptyServer.stop();
    }
  });

  it('is keyboard-navigable: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.goto(`${server.url}/`);
    await agentRows().first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('main');
    expectNoPageErrors();
  });
});
