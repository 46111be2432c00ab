import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './e2e/browser.js';
import { assertBuilt, startServer, type RunningServer } from './e2e/fleet-server.js';
import { makeTree, REPO_ROOT, removeTree, runCli } from './helpers/cli.js';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'findings');

/**
 * Issue 19: the Findings page lists the fleet's findings and filters them by owner, read from the repository's
 * CODEOWNERS (headless Chromium against the real `ops serve`).
 */
const RETRY_TOOL = `import requests
from agents import Agent, function_tool

@function_tool
def lookup(order_id: str) -> str:
    return requests.get(f"https://orders.example.com/{order_id}").text

agent = Agent(name="NAME", instructions="Answer questions about orders.", tools=[lookup])
`;

describe('the Findings page', () => {
  let tree = '';
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    tree = await makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/CODEOWNERS': '*  @acme/platform\n/teams/risk/  @acme/risk\n',
      'teams/risk/fraud/agent.py': RETRY_TOOL.replace('NAME', 'fraud'),
      'teams/risk/fraud/requirements.txt': 'openai-agents==0.4.2\nrequests==2.32.3\n',
      'apps/support/agent.py': RETRY_TOOL.replace('NAME', 'support'),
      'apps/support/requirements.txt': 'openai-agents==0.4.2\nrequests==2.32.3\n',
    });
    const audit = await runCli(['report', '--workspace', tree, '--quiet', '--format', 'json']);
    expect([0, 2]).toContain(audit.code);
    server = await startServer(tree);
    browser = await launchChromium();
    page = await browser.newPage();
    errors = collectPageErrors(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await removeTree(tree);
  });

  const whereColumn = async () => (await page.getByRole('table', { name: 'Findings' }).locator('tbody tr td:nth-child(3)').allInnerTexts()).map((text) => text.split('/')[0]);

  it('lists every agent, and only the risk team with ?owner=@acme/risk, from the link and from the filter box', async () => {
    await page.goto(`${server.url}/findings`);
    await expect.poll(whereColumn).toEqual(expect.arrayContaining(['apps', 'teams']));

    await page.goto(`${server.url}/findings?owner=${encodeURIComponent('@acme/risk')}`);
    // Polled to the final rows: while the filtered page loads the table is empty, which holds no 'apps' either.
    await expect.poll(async () => new Set(await whereColumn())).toEqual(new Set(['teams']));
    expect(await page.getByRole('table', { name: 'Findings' }).locator('tbody tr td:nth-child(4)').first().innerText()).toBe('@acme/risk');

    await page.getByLabel('Owner').fill('@acme/platform');
    await expect.poll(async () => new Set(await whereColumn())).toEqual(new Set(['apps']));
    expect(page.url()).toContain('owner=%40acme%2Fplatform');
    expect(errors).toEqual([]);
    // The screenshot docs/DASHBOARD.md shows (copied to docs/images/dashboard-findings.png by hand).
    await mkdir(ARTIFACTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'findings.png'), fullPage: true });
  });

  it('answers the owner filter in the API too', async () => {
    const response = await fetch(`${server.url}/api/findings?owner=${encodeURIComponent('@ACME/RISK')}`);
    const body = (await response.json()) as { total: number; items: Array<{ agentPath: string; owners?: string[] }> };
    expect(body.total).toBeGreaterThan(0);
    expect(new Set(body.items.map((row) => row.agentPath))).toEqual(new Set(['teams/risk/fraud']));
    expect(body.items.every((row) => row.owners?.includes('@acme/risk'))).toBe(true);
  });
});
