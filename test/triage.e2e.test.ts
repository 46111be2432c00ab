import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './e2e/browser.js';
import { assertBuilt, startServer, type RunningServer } from './e2e/fleet-server.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

/**
 * Issue 19: a triage decision made in the dashboard (headless Chromium against the real `ops serve`) changes the
 * gate's exit code for that finding on the next `ops report`, and appears in JSON as a triage suppression.
 */
const TOKEN = tokenLike('ghp_', 36, 93);
const AGENT = `from agents import Agent\n\nGITHUB_TOKEN = "${TOKEN}"\n\nagent = Agent(name="release-notes", instructions="Summarise merged pull requests.")\n`;

describe('triage in the dashboard', () => {
  let tree = '';
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    tree = await makeTree({ 'agents/notes/agent.py': AGENT, 'agents/notes/requirements.txt': 'openai-agents==0.4.2\n' });
    const first = await runCli(['report', '--workspace', tree, '--quiet', '--format', 'json']);
    expect(first.code).toBe(1);
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

  it('records the decision from the finding card, and the next ops report no longer blocks on it', async () => {
    const before = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--quiet']);
    const agent = (JSON.parse(before.stdout) as { agents: Array<{ id: string; path: string; findings: Array<{ ruleId: string; fingerprint: string }> }> }).agents.find((entry) => entry.path === 'agents/notes')!;
    const secret = agent.findings.find((finding) => finding.ruleId.startsWith('secret/'))!;

    await page.goto(`${server.url}/agents/${agent.id}`);
    const card = page.locator('article.finding').filter({ hasText: secret.ruleId });
    await card.locator('summary', { hasText: 'Triage' }).click();
    await card.getByLabel('Decision').selectOption('false-positive');
    await card.getByLabel('Reason').fill('a revoked token kept as a documentation example');
    await card.getByLabel('Until (optional)').fill('2999-01-31');
    await card.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(async () => (await card.getByRole('status').textContent()) ?? '', { timeout: 10_000 }).toMatch(/Recorded: false positive, until 2999-01-31/);
    expect(errors).toEqual([]);

    const stored = JSON.parse(await readFile(path.join(tree, '.cockpit', 'triage.json'), 'utf8')) as { decisions: Array<{ fingerprint: string; author: string; status: string }> };
    expect(stored.decisions).toEqual([expect.objectContaining({ fingerprint: secret.fingerprint, author: 'dashboard', status: 'false-positive' })]);

    const after = await runInProcess(['report', '--workspace', tree, '--format', 'json', '--quiet']);
    expect({ before: before.code, after: after.code }).toEqual({ before: 1, after: 0 });
    const suppressed = (JSON.parse(after.stdout) as { agents: Array<{ suppressed: Array<{ fingerprint: string; suppression?: { kind: string; status?: string } }> }> }).agents
      .flatMap((entry) => entry.suppressed)
      .find((finding) => finding.fingerprint === secret.fingerprint);
    expect(suppressed?.suppression).toMatchObject({ kind: 'triage', status: 'false-positive' });
    expect(await page.content()).not.toContain(TOKEN);
  });

  it('refuses a decision with no finding behind it, with the reason on the page', async () => {
    const response = await fetch(`${server.url}/api/triage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ fingerprint: 'abcdef12', status: 'accepted-risk', reason: 'nothing here' }),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/no finding in .* starts with it/);
  });
});
