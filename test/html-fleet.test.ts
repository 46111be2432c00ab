import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'htmlparser2';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import { assembleReport } from '../src/report/build.js';
import { formatHtml } from '../src/report/html.js';
import { isCompactLayout } from '../src/report/html/body.js';
import { ReportSchema, type AgentReport, type Report } from '../src/report/model.js';
import { launchChromium, sidewaysOverflow } from './e2e/browser.js';

/**
 * The HTML report of a large fleet: a synthetic 400-agent report built in process, shaped like the
 * generated bench fleet (src/bench/generate-fleet.ts): most agents carry a few HTTP tools without
 * retries, some pin nothing, about 45% are blocked by retired models and a handful by a secret.
 */
const DEPARTMENTS = ['billing', 'claims', 'devops', 'finance', 'hiring', 'legal', 'pricing', 'research', 'support', 'travel'];
const NOUNS = ['account', 'budget', 'citation', 'contract', 'dataset', 'invoice', 'ledger', 'policy', 'refund', 'ticket', 'summary'];
const RETRY_REMEDIATION =
  'Wrap the tool in a bounded retry on transient errors, e.g. a tenacity @retry with stop_after_attempt(3) and exponential backoff with jitter, or mount an HTTPAdapter with Retry(total=3) on the session. Retry only idempotent requests.';
const RETIRED_REMEDIATION = 'Move to the successor model the provider names, and pin the model id in one configuration value so the next retirement is a one-line change.';

function finding(fields: Pick<Finding, 'ruleId' | 'title' | 'message' | 'file' | 'severity' | 'category' | 'persona' | 'fixability' | 'remediation'> & { line: number; snippet: string }): Finding {
  const { line, snippet, ...rest } = fields;
  return { ...rest, region: { startLine: line, startColumn: 5, endLine: line, endColumn: 20 }, fingerprint: `${fields.ruleId}:${fields.file}:${line}`, snippet, tags: [] };
}

function agentOf(index: number): AgentReport {
  const name = `${DEPARTMENTS[index % DEPARTMENTS.length]}-${NOUNS[(index * 7) % NOUNS.length]}-agent`;
  const folder = `agents/${String(index).padStart(3, '0')}-${name}`;
  const module = `${folder}/${name.replace(/-/g, '_')}`;
  const findings: Finding[] = [];
  for (let tool = 0; tool < 2 + (index % 7); tool++) {
    findings.push(
      finding({
        ruleId: 'reliability/missing-retry-on-http-tool',
        title: 'Agent tool calls an HTTP API with no retry',
        message: `Tool 'lookup_${NOUNS[tool % NOUNS.length]}' calls httpx.get(...) with no retry, and neither requests nor httpx retries by default, so one transient 5xx or reset fails the tool call.`,
        file: `${module}/tools.py`,
        line: 20 + tool * 17,
        snippet: '    response = httpx.get(',
        severity: 'warning',
        category: 'reliability',
        persona: 'sre',
        fixability: 'one-click',
        remediation: RETRY_REMEDIATION,
      }),
    );
  }
  if (index % 3 === 0) {
    findings.push(
      finding({
        ruleId: 'deps/unpinned-agent-package',
        title: 'Agent framework or model SDK without an upper version bound',
        message: 'The agent framework crewai (>=0.80) has no upper bound and no lock file pins it: the next install can bring a new major release.',
        file: `${folder}/pyproject.toml`,
        line: 8,
        snippet: '"crewai>=0.80",',
        severity: 'warning',
        category: 'dependency',
        persona: 'sre',
        fixability: 'structural',
        remediation: 'Pin an exact version or bound it and commit a lock file.',
      }),
    );
  }
  const blocked = index % 9 < 4;
  if (blocked) {
    for (let use = 0; use < 1 + (index % 4); use++) {
      const model = use % 2 === 0 ? 'o4-mini' : 'claude-sonnet-4-5';
      findings.push(
        finding({
          ruleId: 'reliability/retired-model',
          title: 'Agent uses a retired model',
          message: `Model '${model}' was retired by its provider, so every request to it fails; move to its successor.`,
          file: `${folder}/config/agents.yaml`,
          line: 40 + use * 30,
          snippet: `llm: ${model}`,
          severity: 'error',
          category: 'reliability',
          persona: 'sre',
          fixability: 'structural',
          remediation: RETIRED_REMEDIATION,
        }),
      );
    }
  }
  const leaked = index % 67 === 5;
  if (leaked) {
    findings.push(
      finding({
        ruleId: 'secret/openai-project-key',
        title: 'OpenAI project API key',
        message: 'OpenAI project API key hardcoded: sk-proj-…(164 chars)',
        file: `${folder}/README.md`,
        line: 7,
        snippet: 'export OPENAI_API_KEY=sk-proj-…(164 chars)',
        severity: 'error',
        category: 'secret',
        persona: 'secops',
        fixability: 'structural',
        remediation: 'Revoke the key, then read it from the environment or a secret manager.',
      }),
    );
  }
  const exitCode = leaked ? 1 : blocked ? 2 : 0;
  return {
    id: `agent${String(index).padStart(4, '0')}`,
    name,
    path: folder,
    entrypoint: `${name.replace(/-/g, '_')}/main.py`,
    language: 'python',
    frameworks: ['crewai'],
    verdict: leaked ? 'security-block' : blocked ? 'policy-block' : 'pass',
    exitCode,
    stats: { filesScanned: 6, bytesScanned: 36_000, filesSkipped: 0 },
    skipped: [],
    findings,
    suppressed: [],
  };
}

function syntheticFleet(count: number): Report {
  return ReportSchema.parse(assembleReport('fleet', Array.from({ length: count }, (_, index) => agentOf(index))));
}

/** The parts of htmlparser2's DOM these checks read. */
interface Element {
  name: string;
  attribs: Record<string, string>;
  children: unknown[];
}

function elements(root: unknown, predicate: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of (root as { children?: unknown[] }).children ?? []) {
    const element = child as Element;
    // Tags only: the doctype is a node with a name but no attributes.
    if (typeof element.name === 'string' && element.attribs && predicate(element)) found.push(element);
    elements(child, predicate, found);
  }
  return found;
}

function textOf(node: unknown): string {
  const { type, data, children } = node as { type?: string; data?: string; children?: unknown[] };
  if (type === 'text' && typeof data === 'string') return data;
  return (children ?? []).map(textOf).join('');
}

const report = syntheticFleet(400);
const markup = formatHtml(report, { fleet: true });
const blockedAgents = report.agents.filter((agent) => agent.verdict !== 'pass');

describe('HTML report of a 400-agent fleet', () => {
  it('is a realistic fleet and uses the compact layout', () => {
    expect(report.agents).toHaveLength(400);
    expect(report.summary.findings).toBeGreaterThan(2000);
    expect(blockedAgents.length).toBeGreaterThan(150);
    expect(report.agents.some((agent) => agent.verdict === 'security-block')).toBe(true);
    expect(isCompactLayout(report, true)).toBe(true);
  });

  it('stays under 300 KB', () => {
    expect(Buffer.byteLength(markup, 'utf8')).toBeLessThan(300 * 1024);
  });

  it('starts with the verdict and the blocked agents, worst first, each linked to its collapsible section', () => {
    const document = parseDocument(markup);
    const order = ['header', 'blocked', 'persona-matrix', 'findings', 'passing', 'rules'].map((landmark) => markup.indexOf(landmark === 'header' ? '<header>' : `aria-labelledby="${landmark}"`));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const [blockedList] = elements(document, (element) => element.name === 'ol' && element.attribs['class'] === 'agent-list');
    const links = elements(blockedList!, (element) => element.name === 'a');
    expect(links).toHaveLength(blockedAgents.length);
    // Secret/PII blocks come first; within policy blocks, most errors first.
    expect(textOf(links[0]!)).toMatch(/^agents\/\d{3}-/);
    const firstAgent = report.agents.find((agent) => agent.path === textOf(links[0]!))!;
    expect(firstAgent.verdict).toBe('security-block');
    const errorCounts = links.map((link) => report.agents.find((agent) => agent.path === textOf(link))!).filter((agent) => agent.verdict === 'policy-block').map((agent) => agent.findings.filter((f) => f.severity === 'error').length);
    expect(errorCounts).toEqual([...errorCounts].sort((a, b) => b - a));

    // Every in-page link lands on an element of the page; nothing links outside it.
    const ids = new Set(elements(document, (element) => element.attribs['id'] !== undefined).map((element) => element.attribs['id']));
    const hrefs = elements(document, (element) => element.name === 'a').map((element) => element.attribs['href'] ?? '');
    expect(hrefs.length).toBeGreaterThan(blockedAgents.length);
    expect(hrefs.filter((href) => !href.startsWith('#') || !ids.has(href.slice(1)))).toEqual([]);

    // One collapsed section per blocked agent, none for the passing ones.
    const sections = elements(document, (element) => element.name === 'details');
    expect(sections).toHaveLength(blockedAgents.length);
    expect(sections.every((section) => section.attribs['open'] === undefined)).toBe(true);
    for (const section of sections) expect(elements(section, (element) => element.name === 'summary')).toHaveLength(1);
  });

  it('summarises passing agents in one list and states each fix once', () => {
    const passing = report.agents.filter((agent) => agent.verdict === 'pass');
    const document = parseDocument(markup);
    const [passingList] = elements(document, (element) => element.name === 'ul' && element.attribs['class'] === 'inline-list');
    expect(elements(passingList!, (element) => element.name === 'li')).toHaveLength(passing.length);
    expect(markup).toContain(`Passing agents: ${passing.length}`);
    expect(markup.split(RETIRED_REMEDIATION.slice(0, 60)).length - 1).toBe(1);
    // Each blocked agent's errors keep their message; its warnings are one line per rule with every line number.
    const sample = blockedAgents.find((agent) => agent.findings.filter((f) => f.ruleId === 'reliability/missing-retry-on-http-tool').length >= 4)!;
    const [section] = elements(document, (element) => element.name === 'details' && element.attribs['id'] === `a-${sample.id}`);
    const text = textOf(section!);
    const retries = sample.findings.filter((f) => f.ruleId === 'reliability/missing-retry-on-http-tool');
    expect(text).toContain(`reliability/missing-retry-on-http-tool ×${retries.length}`);
    expect(text).toContain(`tools.py:${retries.map((f) => f.region.startLine).join(', ')}`);
    expect(text).toContain("Model 'o4-mini' was retired by its provider");
  });
});

describe('HTML report of a 400-agent fleet in a browser', () => {
  let browser: Browser;
  let folder = '';

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'cockpit-html-fleet-view-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  // The large fleet's compact layout, and a small fleet's full one (fleet table, a table per agent).
  const small = syntheticFleet(12);
  const layouts = [
    { name: '400-agent', markup, compact: true },
    { name: '12-agent', markup: formatHtml(small, { fleet: true }), compact: isCompactLayout(small, true) },
  ];
  const viewports = [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ];
  it('has a small fleet in the full layout', () => expect(layouts[1]!.compact).toBe(false));

  const cases = layouts.flatMap((layout) => viewports.map((viewport) => ({ layout, viewport })));
  for (const { layout, viewport } of cases) {
    it(`${layout.name} report: the verdict and a blocked agent on the first screen at ${viewport.width}x${viewport.height}, no horizontal overflow`, async () => {
      const page = await browser.newPage({ viewport });
      try {
        const layoutFile = path.join(folder, `${layout.name}.html`);
        await writeFile(layoutFile, layout.markup);
        await page.goto(pathToFileURL(layoutFile).href);
        const onFirstScreen = async (selector: string) => {
          const box = await page.locator(selector).first().boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
        };
        expect(await page.locator('.verdict').first().textContent()).toMatch(/^BLOCKED: /);
        expect(await onFirstScreen('.verdict')).toBe(true);
        expect(await onFirstScreen('.agent-list li a')).toBe(true);
        const overflow = () => sidewaysOverflow(page);
        expect(await overflow()).toBe(0);

        // A blocked agent's link lands on its section; opened, every section still fits the width.
        const first = page.locator('.agent-list li a').first();
        const target = (await first.getAttribute('href'))!;
        await first.click();
        expect(await page.evaluate('location.hash')).toBe(target);
        expect(await onFirstScreen(`${target} > summary`)).toBe(true);
        await page.evaluate('document.querySelectorAll("details").forEach((details) => { details.open = true; })');
        expect(await overflow()).toBe(0);
      } finally {
        await page.close();
      }
    });
  }
});
