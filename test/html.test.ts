import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAgent } from '../src/audit/audit-agent.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { escapeHtml, html, raw } from '../src/report/html/escape.js';
import { formatHtml } from '../src/report/html.js';
import { assembleReport, buildReport } from '../src/report/build.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { launchChromium } from './e2e/browser.js';
import { makeTree, removeTree, REPO_ROOT, runCli, tokenLike } from './helpers/cli.js';

const TOKEN = tokenLike('ghp_', 36, 21, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const SSN = '536-22-8041';
/** A real file name an attacker could commit: the report must show it as text, never as markup. */
const HOSTILE_FILE = `<img src=x onerror=alert(1)>'".py`;
const HOSTILE_MESSAGE = `</td></table><script>alert("pwned")</script> & 'quoted' "double"`;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that load or run something; none belongs in a self-contained report. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'link', 'img', 'iframe', 'frame', 'object', 'embed', 'base', 'form', 'video', 'audio', 'source', 'picture', 'image', 'use', 'svg']);
const URL_ATTRIBUTES = new Set(['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping']);

interface Parsed {
  errors: string[];
  counts: Map<string, number>;
  text: string;
  styles: string;
  title: string;
  htmlLang: string | undefined;
  tablesWithoutCaption: number;
  thWithoutScope: number;
  doctype: boolean;
}

/** Parses with htmlparser2 and checks structure: every non-void element closed explicitly and nested properly. */
function parseReport(markup: string): Parsed {
  const parsed: Parsed = { errors: [], counts: new Map(), text: '', styles: '', title: '', htmlLang: undefined, tablesWithoutCaption: 0, thWithoutScope: 0, doctype: false };
  const stack: string[] = [];
  const tables: boolean[] = [];
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() === '!doctype' && /^!doctype html$/i.test(data)) parsed.doctype = true;
      },
      onopentag(name, attributes) {
        parsed.counts.set(name, (parsed.counts.get(name) ?? 0) + 1);
        if (FORBIDDEN_ELEMENTS.has(name)) parsed.errors.push(`forbidden element <${name}>`);
        if (name === 'html') parsed.htmlLang = attributes['lang'];
        if (name === 'table') tables.push(false);
        if (name === 'caption') tables[tables.length - 1] = true;
        if (name === 'th' && !['col', 'row'].includes(attributes['scope'] ?? '')) parsed.thWithoutScope++;
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) parsed.errors.push(`event handler ${attribute} on <${name}>`);
          // A link to a fragment of the same page (an agent's section, a rule) loads nothing; any other URL would.
          const inPageLink = name === 'a' && attribute === 'href' && /^#[A-Za-z0-9_-]+$/.test(value);
          if (URL_ATTRIBUTES.has(attribute) && !inPageLink) parsed.errors.push(`resource attribute ${attribute}="${value}" on <${name}>`);
          if (attribute === 'style' && /url\(|@import/i.test(value)) parsed.errors.push(`style attribute loads something on <${name}>`);
        }
        if (!VOID_ELEMENTS.has(name)) stack.push(name);
      },
      onclosetag(name, isImplied) {
        if (VOID_ELEMENTS.has(name)) return;
        if (isImplied) parsed.errors.push(`<${name}> not closed explicitly (closed implicitly by the parser)`);
        const open = stack.pop();
        if (open !== name) parsed.errors.push(`</${name}> closes <${open ?? 'nothing'}>`);
        if (name === 'table' && tables.pop() === false) parsed.tablesWithoutCaption++;
      },
      ontext(text) {
        const current = stack[stack.length - 1];
        if (current === 'style') parsed.styles += text;
        else if (current === 'title') parsed.title += text;
        else parsed.text += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(markup);
  parser.end();
  if (stack.length > 0) parsed.errors.push(`left open: ${stack.join(' > ')}`);
  return parsed;
}

function expectSelfContained(markup: string): Parsed {
  const parsed = parseReport(markup);
  expect(parsed.errors).toEqual([]);
  expect(parsed.doctype).toBe(true);
  for (const element of ['html', 'head', 'body', 'title', 'main', 'style']) expect(parsed.counts.get(element), element).toBe(1);
  expect(parsed.htmlLang).toBe('en');
  expect(parsed.title.trim()).not.toBe('');
  expect(parsed.tablesWithoutCaption).toBe(0);
  expect(parsed.thWithoutScope).toBe(0);
  expect(parsed.styles).not.toMatch(/url\(|@import|@font-face/i);
  expect(markup).not.toMatch(/<script|<link|<img|<iframe/i);
  // A Content-Security-Policy that forbids every fetch: defence in depth if a viewer tries to load anything.
  expect(markup).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
  return parsed;
}

/** A real audit of a small tree: a planted token and SSN, a hostile file name, one inline suppression. */
async function auditedReport(root: string): Promise<Report> {
  const audit = await auditAgent({ root, maxFileBytes: DEFAULT_SETTINGS.maxFileBytes, excludeDirs: DEFAULT_SETTINGS.excludeDirs, useGitignore: true });
  return buildReport('hostile-agent', [{ audit }]);
}

let tree = '';
let fleetCopy = '';

beforeAll(async () => {
  tree = await makeTree({
    'agent.py': 'from openai import OpenAI\n\nclient = OpenAI()\n',
    [HOSTILE_FILE]: `GITHUB_TOKEN = "${TOKEN}"\n`,
    'prompts/system.txt': `Escalate to customer Dana Whitfield, SSN ${SSN}, if the refund fails.\n`,
    'legacy.py': `# cockpit: ignore[secret/*] revoked demo token kept for a workshop\nOLD = "${tokenLike('ghp_', 36, 22)}"\n`,
  });
});

afterAll(async () => {
  if (tree) await removeTree(tree);
  if (fleetCopy) await rm(fleetCopy, { recursive: true, force: true });
});

describe('escaping helpers', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeHtml('plain text 123 — ünïcode')).toBe('plain text 123 — ünïcode');
    expect(html`<p title="${'"><b>'}">${'<i>'}${raw('<br>')}</p>`.html).toBe('<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;<br></p>');
  });
});

describe('the validity check', () => {
  it('catches unclosed and misnested tags, resources, handlers and missing captions', () => {
    const errorsOf = (markup: string) => parseReport(markup).errors;
    expect(errorsOf('<html><body><p>open</body></html>')).toContain('<p> not closed explicitly (closed implicitly by the parser)');
    expect(errorsOf('<div><span></div></span>').length).toBeGreaterThan(0);
    expect(errorsOf('<p><img src="https://tracker.example/x.gif"></p>')).toEqual(['forbidden element <img>', 'resource attribute src="https://tracker.example/x.gif" on <img>']);
    expect(errorsOf('<p onclick="x()">a</p>')).toEqual(['event handler onclick on <p>']);
    expect(errorsOf('<p style="background:url(https://x.example/a.png)">a</p>')).toEqual(['style attribute loads something on <p>']);
    expect(errorsOf('<main>')).toEqual(['<main> not closed explicitly (closed implicitly by the parser)']);
    expect(parseReport('<table><tr><th>x</th></tr></table>')).toMatchObject({ tablesWithoutCaption: 1, thWithoutScope: 1 });
  });
});

describe('HTML report', () => {
  it('is one valid, self-contained page with the numbers of a real audit, escaped, and no planted secret', async () => {
    const audited = await auditedReport(tree);
    // The engine's messages are plain text; a hostile one must still render as text.
    const [agent] = audited.agents;
    const first = agent!.findings[0]!;
    const hostile = { ...first, ruleId: 'security/made-up', message: HOSTILE_MESSAGE, remediation: `Do "this" & <that>`, snippet: `x = '<b>bold</b>'` };
    const report = ReportSchema.parse(assembleReport(audited.root, [{ ...agent!, findings: [...agent!.findings, hostile] }]));
    const markup = formatHtml(report, { fleet: false, durationMs: 1234.4 });
    const parsed = expectSelfContained(markup);

    expect(markup).not.toContain(TOKEN);
    expect(markup).not.toContain(SSN);
    expect(markup).not.toContain(tokenLike('ghp_', 36, 22));
    // Escaped in the markup, intact in the text a reader sees.
    expect(markup).not.toContain('<script>alert');
    expect(parsed.text).toContain(HOSTILE_MESSAGE);
    expect(parsed.text).toContain(`${HOSTILE_FILE}:1:`);
    expect(parsed.text).toContain(`Do "this" & <that>`);
    expect(parsed.text).toContain(`x = '<b>bold</b>'`);

    const { summary } = report;
    expect(summary.suppressed).toBe(1);
    expect(parsed.text).toContain(`${summary.findings} findings`);
    for (const severity of ['error', 'warning', 'note'] as const) expect(parsed.text).toContain(`${summary.bySeverity[severity]} ${severity}`);
    expect(parsed.text).toContain(`${summary.suppressed} suppressed`);
    expect(parsed.text).toContain('Suppressed (1), not counted');
    expect(parsed.text).toContain('revoked demo token kept for a workshop');
    expect(parsed.text).toContain('BLOCKED: security critical (secrets or PII)');
    expect(parsed.text).toContain(`exit ${report.exitCode}`);
    expect(parsed.text).toContain('Persona Matrix');
    expect(parsed.text).toContain('in 1234 ms');
    // A single agent: no fleet table.
    expect(parsed.text).not.toContain('Fleet');
    expect(parsed.title).toContain('BLOCKED');
  });

  it('renders the heal plan and registry failovers, escaped, when the report has them', async () => {
    const base = await auditedReport(tree);
    const report = ReportSchema.parse({
      ...base,
      heal: {
        dryRun: true,
        totals: { fixes: 1, files: 1, dropped: 1, skippedFiles: 0 },
        files: [
          {
            agent: '.',
            file: 'agent.py',
            fixes: [{ ruleId: 'reliability/model-client-no-timeout', fingerprint: 'f1', description: 'timeout=60.0 on OpenAI(...)' }],
            dropped: [{ ruleId: 'finops/no-output-token-cap', description: 'max_tokens', reason: 'overlaps <another> fix' }],
            diff: 'Index: agent.py\n===================================================================\n--- agent.py\n+++ agent.py\n@@ -1,3 +1,3 @@\n-client = OpenAI()\n+client = OpenAI(timeout=60.0)\n',
          },
        ],
      },
      registry: {
        mode: 'online',
        publicOnly: false,
        indexes: [{ ecosystem: 'pypi', role: 'primary', url: 'https://pypi.internal.example/simple/', origin: 'pip.conf global.index-url', hasCredentials: true, credentialSource: '.netrc' }],
        mirrors: [{ ecosystem: 'pypi', url: 'https://pypi.org/simple/', origin: 'default' }],
        failovers: [{ ecosystem: 'pypi', index: 'https://pypi.internal.example/simple/', origin: 'pip.conf global.index-url', status: 401, reason: 'refused (401)', mirror: 'https://pypi.org/simple/', resolved: ['openai'], unresolved: ['<internal-sdk>'] }],
        refused: [{ ecosystem: 'pypi', index: 'https://pypi.internal.example/simple/', status: 401 }],
        packages: { checked: 4, found: 3, missing: 0, unresolved: 1 },
        requests: 5,
        fromCache: 2,
        warnings: ['index answered <html> instead of JSON'],
      },
    });
    const markup = formatHtml(report, { fleet: false });
    const parsed = expectSelfContained(markup);
    expect(parsed.text).toContain('Heal plan (dry run: nothing was written)');
    expect(parsed.text).toContain('timeout=60.0 on OpenAI(...)');
    expect(parsed.text).toContain('not applied: overlaps <another> fix');
    expect(markup).toContain('<span class="del">-client = OpenAI()</span>');
    expect(markup).toContain('<span class="add">+client = OpenAI(timeout=60.0)</span>');
    expect(markup).not.toContain('Index: agent.py');
    expect(parsed.text).toContain('Package indexes');
    expect(parsed.text).toContain('4 packages checked · 3 found · 0 in no index · 1 unresolved');
    expect(parsed.text).toContain('index answered <html> instead of JSON');
    expect(parsed.text).toContain('refused (401)');
    // Index URLs are text for the reader, never something the page loads or links.
    expect(parsed.text).toContain('https://pypi.internal.example/simple/');
    expect(parsed.counts.get('a') ?? 0).toBe(0);
  });

  it('shows the fleet table and every agent verdict for a workspace audit by the built CLI', async () => {
    fleetCopy = await mkdtemp(path.join(os.tmpdir(), 'cockpit-html-fleet-'));
    await cp(path.join(REPO_ROOT, 'examples'), fleetCopy, { recursive: true, filter: (source) => path.basename(source) !== '.cockpit' });
    const result = await runCli(['report', '--workspace', fleetCopy, '--format', 'json', '--quiet']);
    expect(result.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    const markup = formatHtml(report, { fleet: true });
    const parsed = expectSelfContained(markup);

    // The examples' README and cockpit.yaml lie outside every agent: the repository entry.
    expect(report.agents.filter((agent) => agent.kind === 'repository').map((agent) => agent.path)).toEqual(['.']);
    expect(parsed.text).toContain(`${report.summary.agents - 1} agents + repository, by path`);
    expect(parsed.text).toContain('repository (secrets and personal data only)');
    for (const agent of report.agents) {
      expect(parsed.text).toContain(agent.path);
      expect(markup).toContain(`<td class="v-${agent.verdict}">`);
    }
    const clean = report.agents.filter((agent) => agent.findings.length === 0 && agent.suppressed.length === 0);
    expect(parsed.text).toContain(`${clean.length} agents with no findings are listed in the fleet table only.`);
    // No planted example secret survives: every snippet is the engine's redacted form.
    for (const agent of report.agents) for (const finding of agent.findings) if (finding.snippet) expect(parsed.text).toContain(finding.snippet.trim());
    expect(markup).not.toMatch(/sk-proj-[A-Za-z0-9_-]{20,}/);
    expect(markup).not.toMatch(/sk-ant-api03-[A-Za-z0-9_-]{20,}/);
    expect(markup).not.toMatch(/\b4\d{3}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b/);
  });

  it('loads nothing and follows the colour scheme in a real browser', async () => {
    const report = await auditedReport(tree);
    const file = path.join(tree, 'report.html');
    await writeFile(file, formatHtml(report, { fleet: true }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(pathToFileURL(file).href);
      const light = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(problems).toEqual([]);
      expect(light).toBe('rgb(255, 255, 255)');
      expect(dark).not.toBe(light);
      expect(await page.locator('h1').textContent()).toBe('AgentOps Cockpit report');
    } finally {
      await browser.close();
    }
  });
});
