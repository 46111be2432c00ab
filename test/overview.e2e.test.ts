import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditWorkspace } from '../src/audit/audit-workspace.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import type { Finding } from '../src/findings/model.js';
import type { LakeRecord } from '../src/lake/record.js';
import { readAllLatest, writeRecord } from '../src/lake/partitions.js';
import type { AgentReport } from '../src/report/model.js';
import { FleetSchema, type Fleet } from '../src/server/api-schemas.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { collectPageErrors, launchChromium, sidewaysOverflow } from './e2e/browser.js';
import { makeTree, REPO_ROOT, removeTree } from './helpers/cli.js';

/**
 * Issue 19, the fleet console: the overview's roll-ups by owner and folder, its charts and its links,
 * end to end. A generated fleet with a CODEOWNERS file is audited for real (twice, so the trend has
 * runs), the server runs in process on 127.0.0.1 over its lake and workspace, and headless Chromium
 * reads the page: the numbers must be the ones the records and CODEOWNERS give, and a count must open
 * the Findings list filtered to exactly those findings. A second, synthetic 400-agent lake checks the
 * page stays one calm screen per panel. The dashboard comes from dist/web, or COCKPIT_WEB_DIR.
 */
const WEB_DIR = process.env['COCKPIT_WEB_DIR'] ?? path.join(REPO_ROOT, 'dist', 'web');
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'overview');

const REQUIREMENTS = 'openai-agents==0.4.2\nrequests==2.32.3\n';
const HTTP_TOOL = (name: string) => `@function_tool
def ${name}(order_id: str) -> str:
    return requests.get(f"https://orders.example.com/${name}/{order_id}").text
`;
const SHELL_TOOL = `@function_tool
def run(command: str) -> str:
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout
`;

/** An OpenAI Agents SDK agent with so many HTTP tools (two warnings each) and maybe a shell tool (an error). */
function agentSource(name: string, httpTools: number, shell: boolean): string {
  const tools = Array.from({ length: httpTools }, (_, index) => `lookup_${index}`);
  return [
    'import requests',
    'import subprocess',
    'from agents import Agent, Runner, function_tool',
    '',
    ...tools.map((tool) => HTTP_TOOL(tool)),
    ...(shell ? [SHELL_TOOL] : []),
    `agent = Agent(name="${name}", instructions="Answer questions about orders.", tools=[${[...tools, ...(shell ? ['run'] : [])].join(', ')}])`,
    '',
  ].join('\n');
}

const FOLDERS = ['teams/risk', 'teams/growth', 'apps', 'tools'] as const;
/** Which CODEOWNERS line owns each folder; tools/ has none. */
const CODEOWNERS = '# Platform owns the apps; growth shares its agents with platform.\n/apps/ @acme/platform\n/teams/risk/ @acme/risk\n/teams/growth/ @acme/growth @acme/platform\n';
/** One agent names its owners in its own cockpit.yaml, which wins over CODEOWNERS. */
const ML_AGENT = 'tools/agent-ml';

/** Twenty agents over four folders with a mix of clean, warning-only, blocked and noisy (10+ findings) ones, plus a top-level planner. */
function fleetFiles(): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', '.github/CODEOWNERS': CODEOWNERS };
  const kinds = [
    { http: 0, shell: false },
    { http: 1, shell: false },
    { http: 0, shell: true },
    { http: 1, shell: true },
  ];
  for (let index = 0; index < 20; index++) {
    const folder = FOLDERS[index % FOLDERS.length]!;
    const kind = index === 5 ? { http: 5, shell: false } : kinds[(index + Math.floor(index / 4)) % kinds.length]!;
    const agentPath = `${folder}/agent-${String(index).padStart(2, '0')}`;
    files[`${agentPath}/agent.py`] = agentSource(`agent-${index}`, kind.http, kind.shell);
    files[`${agentPath}/requirements.txt`] = REQUIREMENTS;
  }
  files[`${ML_AGENT}/agent.py`] = agentSource('ml', 1, true);
  files[`${ML_AGENT}/requirements.txt`] = REQUIREMENTS;
  files[`${ML_AGENT}/cockpit.yaml`] = 'owners: ["@acme/ml"]\n';
  files['planner/agent.py'] = agentSource('planner', 0, false);
  files['planner/requirements.txt'] = REQUIREMENTS;
  return files;
}

/** Who owns an agent, as the test's CODEOWNERS and the ML agent's cockpit.yaml say (written out, not computed by the code under test). */
function expectedOwners(agentPath: string): string[] {
  if (agentPath === ML_AGENT) return ['@acme/ml'];
  if (agentPath.startsWith('teams/risk/')) return ['@acme/risk'];
  if (agentPath.startsWith('teams/growth/')) return ['@acme/growth', '@acme/platform'];
  if (agentPath.startsWith('apps/')) return ['@acme/platform'];
  return [];
}

function expectedFolder(agentPath: string): string {
  return FOLDERS.find((folder) => agentPath.startsWith(`${folder}/`)) ?? agentPath;
}

interface Counts {
  agents: number;
  blocked: number;
  findings: number;
  error: number;
  warning: number;
}

function tally(records: readonly LakeRecord[], keysOf: (agent: AgentReport) => string[]): Map<string, Counts> {
  const result = new Map<string, Counts>();
  for (const { agent } of records) {
    for (const key of keysOf(agent)) {
      const entry = result.get(key) ?? { agents: 0, blocked: 0, findings: 0, error: 0, warning: 0 };
      entry.agents++;
      if (agent.verdict !== 'pass') entry.blocked++;
      entry.findings += agent.findings.length;
      entry.error += agent.findings.filter((finding: Finding) => finding.severity === 'error').length;
      entry.warning += agent.findings.filter((finding: Finding) => finding.severity === 'warning').length;
      result.set(key, entry);
    }
  }
  return result;
}

/** A roll-up table on the page as `name → counts`, read from its cells. */
async function rollupRows(page: Page, testId: string): Promise<Map<string, Counts>> {
  const table = page.getByTestId(testId);
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((elements) =>
    elements.map((row) => {
      const cell = (name: string) => Number(row.querySelector(`[data-cell="${name}"]`)?.textContent ?? 'NaN');
      return [row.getAttribute('data-rollup-row') ?? '', { agents: cell('agents'), blocked: cell('blocked'), findings: cell('findings'), error: cell('error'), warning: cell('warning') }] as const;
    }),
  );
  return new Map(rows);
}


let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`the dashboard is not built in ${WEB_DIR} (npm run build, or set COCKPIT_WEB_DIR)`);
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the overview of a generated fleet with CODEOWNERS', () => {
  let tree = '';
  let lakeDir = '';
  let server: RunningServer;
  let records: LakeRecord[] = [];
  let fleet: Fleet;

  beforeAll(async () => {
    tree = await makeTree(fleetFiles());
    lakeDir = path.join(tree, '.cockpit', 'evidence_lake');
    await auditWorkspace({ root: tree, settings: DEFAULT_SETTINGS, jobs: 1, lakeDir, cache: true });
    // A second run: the planner gains an HTTP tool (two new findings), so the trend has two points.
    await writeFile(path.join(tree, 'planner', 'agent.py'), agentSource('planner', 1, false));
    await auditWorkspace({ root: tree, settings: DEFAULT_SETTINGS, jobs: 1, lakeDir, cache: true });
    records = await readAllLatest(lakeDir);
    server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: tree, webDir: WEB_DIR, rootLabel: 'fleet' });
    fleet = FleetSchema.parse(await (await fetch(`${server.url}api/fleet?runs=60`)).json());
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await removeTree(tree);
  });

  it('is the fleet the test meant: every kind of agent, owned and not', () => {
    const byPath = new Map(records.map((record) => [record.agent.path, record.agent]));
    expect(byPath.get('teams/risk/agent-00')?.findings.length).toBe(0);
    expect(byPath.get('teams/growth/agent-05')?.findings.length).toBeGreaterThanOrEqual(10);
    expect([...byPath.values()].filter((agent) => agent.verdict === 'policy-block').length).toBeGreaterThan(3);
    expect(byPath.get('planner')?.findings.length).toBe(2);
    expect(byPath.get('.')?.kind).toBe('repository');
  });

  it('the API rolls agents up by owner and folder as the records and CODEOWNERS give', () => {
    const owners = tally(records, (agent) => expectedOwners(agent.path));
    expect(new Map(fleet.owners!.map(({ owner, agents, blocked, findings, error, warning }) => [owner, { agents, blocked, findings, error, warning }]))).toEqual(owners);
    const unowned = tally(
      records.filter((record) => expectedOwners(record.agent.path).length === 0),
      () => ['-'],
    ).get('-')!;
    expect(fleet.unowned).toMatchObject(unowned);
    const folders = tally(records, (agent) => [expectedFolder(agent.path)]);
    expect(new Map(fleet.folders.map(({ folder, agents, blocked, findings, error, warning }) => [folder, { agents, blocked, findings, error, warning }]))).toEqual(folders);
    // Most blocked first.
    const blocked = fleet.owners!.map((entry) => entry.blocked);
    expect(blocked).toEqual([...blocked].sort((a, b) => b - a));
    // Every run is a point: two audits, two runs, the second with the planner's two new findings.
    expect(fleet.runs!.map((run) => run.new)).toEqual([fleet.runs![0]!.findings, 2]);
  });

  it('shows the same numbers on the page, and an owner count opens the Findings list of exactly that owner', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      await page.goto(server.url);
      const owners = tally(records, (agent) => expectedOwners(agent.path));
      expect(await rollupRows(page, 'owner-rollup')).toEqual(owners);
      const folders = tally(records, (agent) => [expectedFolder(agent.path)]);
      const shownFolders = await rollupRows(page, 'folder-rollup');
      expect(new Map([...shownFolders].map(([name, counts]) => [name === '. (repository root)' ? '.' : name, counts]))).toEqual(folders);
      const unowned = records.filter((record) => expectedOwners(record.agent.path).length === 0).length;
      await expect.poll(() => page.getByTestId('unowned').innerText()).toContain(`${unowned} agents with no owner`);

      // The histogram's table (for screen readers) holds the buckets the records give.
      const buckets = [0, 0, 0, 0, 0];
      for (const { agent } of records) {
        const count = agent.findings.length;
        buckets[count === 0 ? 0 : count === 1 ? 1 : count <= 4 ? 2 : count <= 9 ? 3 : 4]!++;
      }
      const histogram = await page.getByTestId('findings-per-agent').locator('tbody td').allTextContents();
      expect(histogram.map(Number)).toEqual(buckets);
      // Frameworks by verdict: one row per framework, labelled with its verdict counts.
      const openai = records.filter((record) => record.agent.frameworks.includes('openai-agents'));
      const verdictWords = (['pass', 'security-block', 'policy-block', 'failed'] as const)
        .map((verdict) => [openai.filter((record) => record.agent.verdict === verdict).length, verdict.replace('-', ' ')] as const)
        .filter(([count]) => count > 0)
        .map(([count, words]) => `${count} ${words}`);
      expect(await page.getByTestId('frameworks-by-verdict').locator('[data-row="openai-agents"] svg').getAttribute('aria-label')).toBe(`openai-agents: ${verdictWords.join(', ')}`);
      // Blocked agents by owner: "blocked of agents" for each owner with a blocked agent.
      const blockedRows = await page.getByTestId('blocked-by-owner').locator('.segmented-row').evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-row'), row.querySelector('.segmented-total')?.textContent]),
      );
      expect(blockedRows).toEqual(fleet.owners!.filter((entry) => entry.blocked > 0).map((entry) => [entry.owner, `${entry.blocked} of ${entry.agents}`]));

      // The trend: one bar per run, each run's new and fixed counts in its detail.
      const trend = await page.getByTestId('trend-runs').locator('tbody th').allTextContents();
      expect(trend).toHaveLength(2);
      expect(trend[1]).toContain('+2 new, −0 fixed (1 of');

      await page.getByRole('heading', { name: 'By owner', exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png'), fullPage: true });

      // The risk team's findings count → the Findings list of the risk team, and nothing else.
      const risk = owners.get('@acme/risk')!;
      await page.getByTestId('owner-rollup').locator('[data-rollup-row="@acme/risk"] [data-cell="findings"] a').click();
      await page.waitForURL(/\/findings\?/);
      expect(new URL(page.url()).searchParams.get('owner')).toBe('@acme/risk');
      await expect.poll(() => page.getByRole('status').innerText()).toBe(`${risk.findings} findings`);
      const where = await page.getByRole('table', { name: 'Findings' }).locator('tbody tr td:nth-child(3)').allInnerTexts();
      expect(where).toHaveLength(risk.findings);
      expect(where.every((text) => text.startsWith('teams/risk/'))).toBe(true);
      expect(await page.getByLabel('Owner').inputValue()).toBe('@acme/risk');

      // Back, then the risk team's bar in Blocked agents by owner: only the findings of its blocked agents.
      await page.goBack();
      await page.getByTestId('blocked-by-owner').locator('[data-row="@acme/risk"] a').click();
      await page.waitForURL(/verdict=blocked/);
      const blockedRisk = records.filter((record) => record.agent.path.startsWith('teams/risk/') && record.agent.verdict !== 'pass');
      await expect.poll(() => page.getByRole('status').innerText()).toBe(`${blockedRisk.reduce((sum, record) => sum + record.agent.findings.length, 0)} findings`);

      // The platform's Agents count (two CODEOWNERS lines) → the agents table on the overview, scrolled to, with
      // exactly the platform's agents; its Blocked count → only those of them that do not pass.
      await page.goto(server.url);
      const agentPaths = async () => {
        await expect.poll(() => page.getByTestId('agent-count').innerText()).toMatch(/^Showing 1–\d+ of \d+ agents?$|^No agent/);
        return page.locator('table.agents tbody td.path-cell code').allInnerTexts();
      };
      const platform = records.filter((record) => expectedOwners(record.agent.path).includes('@acme/platform'));
      const platformRow = page.getByTestId('owner-rollup').locator('[data-rollup-row="@acme/platform"]');
      await platformRow.locator('[data-cell="agents"] a').click();
      await page.waitForURL(/\?owner=/);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(new URL(page.url()).searchParams.get('owner')).toBe('@acme/platform');
      await expect.poll(() => page.getByTestId('agent-count').innerText()).toBe(`Showing 1–${platform.length} of ${platform.length} agents`);
      expect((await agentPaths()).sort()).toEqual(platform.map((record) => record.agent.path).sort());
      expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('@acme/platform');
      // Scrolled to the table: its heading is in view at the top of the screen.
      const headingTop = () => page.getByRole('heading', { name: 'Agents', exact: true }).evaluate((heading) => Math.round(heading.getBoundingClientRect().top));
      await expect.poll(async () => (await headingTop()) >= 0 && (await headingTop()) < 100).toBe(true);
      expect(await page.evaluate('window.scrollY')).toBeGreaterThan(100);
      await page.screenshot({ path: path.join(ARTIFACTS, 'owner-agents.png') });
      await page.getByRole('heading', { name: 'By owner', exact: true }).scrollIntoViewIfNeeded();
      await platformRow.locator('[data-cell="blocked"] a').click();
      await page.waitForURL(/verdict=blocked/);
      const blockedPlatform = platform.filter((record) => record.agent.verdict !== 'pass').map((record) => record.agent.path).sort();
      await expect.poll(async () => (await agentPaths()).sort()).toEqual(blockedPlatform);
      expect(await page.getByLabel('Verdict', { exact: true }).inputValue()).toBe('blocked');
      // A folder's Agents count → that folder's agents; a reload keeps the filter.
      await page.getByTestId('folder-rollup').locator('[data-rollup-row="apps"] [data-cell="agents"] a').click();
      await page.waitForURL(/folder=apps/);
      const appsAgents = records.filter((record) => record.agent.path.startsWith('apps/')).map((record) => record.agent.path).sort();
      await page.reload();
      await expect.poll(async () => (await agentPaths()).sort()).toEqual(appsAgents);
      expect(await page.getByLabel('Folder', { exact: true }).inputValue()).toBe('apps');

      // A folder's errors → that folder's errors.
      await page.goto(server.url);
      const apps = folders.get('apps')!;
      await page.getByTestId('folder-rollup').locator('[data-rollup-row="apps"] [data-cell="error"] a').click();
      await page.waitForURL(/folder=apps/);
      expect(new URL(page.url()).searchParams.get('severity')).toBe('error');
      await expect.poll(() => page.getByRole('status').innerText()).toBe(`${apps.error} findings`);
      expect(await page.getByLabel('Folder').inputValue()).toBe('apps');

      // Top rules: the title opens the findings of the rule; a small link keeps the rule's docs.
      await page.goto(server.url);
      const top = fleet.topRules[0]!;
      const item = page.locator('.top-rules li').first();
      expect(await item.getByRole('link', { name: top.title, exact: true }).getAttribute('href')).toBe(`/findings?rule=${encodeURIComponent(top.ruleId)}`);
      expect(await item.getByRole('link', { name: `Rule docs: ${top.title}` }).getAttribute('href')).toBe(`/rules#${encodeURIComponent(top.ruleId)}`);
      // Severity counts, category chips and the Persona Matrix's severity cells link to their findings too.
      expect(await page.locator('.legend-list li', { hasText: 'Error:' }).getByRole('link').getAttribute('href')).toBe('/findings?severity=error');
      const security = records.flatMap((record) => record.agent.findings).filter((finding) => finding.category === 'security').length;
      expect(await page.getByRole('link', { name: `security: ${security} finding${security === 1 ? '' : 's'}` }).getAttribute('href')).toBe('/findings?category=security');
      // The cell still says its number in words, now through its link.
      const secopsCell = page.getByRole('cell', { name: /^SecOps: \d+ errors?$/ });
      expect(await secopsCell.count()).toBe(1);
      await secopsCell.getByRole('link').click();
      await page.waitForURL(/\/findings\?/);
      const secopsErrors = records.flatMap((record) => record.agent.findings).filter((finding) => finding.persona === 'secops' && finding.severity === 'error').length;
      await expect.poll(() => page.getByRole('status').innerText()).toBe(`${secopsErrors} finding${secopsErrors === 1 ? '' : 's'}`);

      // On a phone the panels stack and the tables scroll inside their boxes: the page never scrolls sideways.
      await page.goto(server.url);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('owner-rollup').waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'overview-phone.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** 400 agents over 40 team folders and 12 owners, five runs: the overview must stay one calm screen per panel. */
describe('the overview of 400 agents', () => {
  let temp = '';
  let server: RunningServer;

  const finding = (agentPath: string, index: number, severity: Finding['severity']): Finding => ({
    ruleId: severity === 'error' ? 'security/shell-injection' : 'reliability/missing-retry-on-http-tool',
    title: severity === 'error' ? 'Shell command built from tool input' : 'Agent tool calls an HTTP API with no retry',
    message: 'Something to fix.',
    file: `${agentPath}/agent.py`,
    region: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 9 },
    severity,
    category: severity === 'error' ? 'security' : 'reliability',
    persona: severity === 'error' ? 'secops' : 'sre',
    fixability: 'structural',
    remediation: 'Fix it.',
    fingerprint: `${agentPath}-${index}`.padEnd(64, '0'),
    tags: [],
  });

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-overview-400-'));
    const workspace = path.join(temp, 'workspace');
    const lakeDir = path.join(temp, 'lake');
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    // Twelve teams own the forty folders between them.
    await writeFile(
      path.join(workspace, '.github', 'CODEOWNERS'),
      Array.from({ length: 40 }, (_, folder) => `/teams/team-${folder}/ @acme/squad-${folder % 12}`).join('\n') + '\n',
    );
    const writes: Array<Promise<void>> = [];
    for (let index = 0; index < 400; index++) {
      const agentPath = `teams/team-${index % 40}/agent-${index}`;
      const id = (0x1000 + index).toString(16).padStart(16, '0');
      for (let run = 0; run < 5; run++) {
        const count = (index * 7 + run) % 13;
        const findings = Array.from({ length: count }, (_, item) => finding(agentPath, item, item === 0 && index % 3 === 0 ? 'error' : 'warning'));
        const blocked = findings.some((item) => item.severity === 'error');
        const at = new Date(Date.UTC(2026, 11, 1 + run, 9, 0, index % 60)).toISOString();
        const report: AgentReport = {
          id,
          name: `agent-${index}`,
          path: agentPath,
          entrypoint: 'agent.py',
          language: 'python',
          frameworks: [['langgraph', 'crewai', 'openai-agents', 'google-adk'][index % 4]!],
          verdict: blocked ? 'policy-block' : 'pass',
          exitCode: blocked ? 2 : 0,
          stats: { filesScanned: 3, bytesScanned: 3_000, filesSkipped: 0 },
          skipped: [],
          findings,
          suppressed: [],
        };
        const record: LakeRecord = { schemaVersion: 1, tool: { name: 'agentops-cockpit', version: '0.1.0' }, runId: `run-00000${run}`, startedAt: at, finishedAt: at, configDigest: 'c', contentHash: `${id}-${run}`, agent: report };
        writes.push(writeRecord(lakeDir, record));
      }
    }
    await Promise.all(writes);
    server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, webDir: WEB_DIR, rootLabel: 'fleet' });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('shows eight rows per roll-up with the rest behind a button, one bar per run, no sideways scroll', async () => {
    const response = await fetch(`${server.url}api/fleet?runs=60`);
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    const fleet = FleetSchema.parse(body);
    expect(fleet.owners).toHaveLength(12);
    expect(fleet.folders).toHaveLength(40);
    expect(fleet.runs).toHaveLength(5);
    expect(fleet.owners!.reduce((sum, entry) => sum + entry.agents, 0)).toBe(400);

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      const started = Date.now();
      await page.goto(server.url);
      await page.getByTestId('folder-rollup').waitFor();
      const shown = Date.now() - started;
      expect(await page.getByTestId('folder-rollup').locator('tbody tr').count()).toBe(8);
      expect(await page.getByTestId('owner-rollup').locator('tbody tr').count()).toBe(8);
      expect(await page.getByTestId('blocked-by-owner').locator('.segmented-row').count()).toBe(10);
      expect(await page.getByTestId('trend-runs').locator('tbody tr').count()).toBe(5);
      await page.getByRole('button', { name: 'Show all 40' }).click();
      expect(await page.getByTestId('folder-rollup').locator('tbody tr').count()).toBe(40);
      expect(await page.getByRole('button', { name: 'Show the first 8' }).getAttribute('aria-expanded')).toBe('true');
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'overview-400.png'), fullPage: true });
      // Generous for a shared CI machine: the fleet response and first render, not a benchmark.
      expect(shown).toBeLessThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
