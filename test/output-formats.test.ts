import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { runInProcess } from './helpers/in-process.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

/**
 * The output contract of `ops report`: --format compact and github, several formats in one run,
 * --severity, --quiet and --exit-zero, and the text report of a large fleet. In this process, one thread.
 */

const TOKEN = tokenLike('ghp_', 36, 901, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

/** An ADK agent whose model is retired (a policy error) and whose tool fetches without a timeout (fixable warnings). */
const POLICY_AGENT = `import requests
from google.adk.agents import Agent


def lookup(city: str) -> str:
    """Weather for a city."""
    return requests.get("https://weather.internal/v1/" + city).text


root_agent = Agent(name="weather", model="gemini-2.0-flash", instruction="Answer weather questions.", tools=[lookup])
`;

/** An ADK agent on a current model with a hardcoded token: a security block. */
const SECRET_AGENT = `from google.adk.agents import Agent

GITHUB_TOKEN = "${TOKEN}"

root_agent = Agent(name="billing", model="gemini-3.5-flash", instruction="Answer billing questions.")
`;

/** A clean agent: passes. */
const CLEAN_AGENT = (name: string) => `from google.adk.agents import Agent
from google.genai import types
from google.adk.models import Gemini

root_agent = Agent(
    name="${name}",
    model=Gemini(model="gemini-3.5-flash", retry_options=types.HttpRetryOptions(attempts=4)),
    instruction="Answer questions about ${name}.",
)
`;

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function fleet(extra: Record<string, string> = {}): Promise<string> {
  const root = await makeTree({ 'agents/weather/agent.py': POLICY_AGENT, 'agents/billing/agent.py': SECRET_AGENT, ...extra });
  trees.push(root);
  return root;
}

/** A workspace run from inside the tree, so paths read as the user types them. */
function report(root: string, ...args: string[]) {
  return runInProcess(['report', '--workspace', '.', '--jobs', '1', '--no-cache', '--lake', path.join(root, '.lake'), ...args], { cwd: root });
}

function json(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

const COMPACT_LINE = /^[^\s:][^:]*:\d+:\d+: (error|warning|note) [a-z]+\/[a-z0-9-]+ \S.*$/;

describe('--format compact', () => {
  it('prints one line per finding, path:line:col: severity rule-id message, then one verdict line', async () => {
    const root = await fleet();
    const full = json((await report(root, '--format', 'json')).stdout);
    const result = await report(root, '--format', 'compact');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(full.summary.findings + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(COMPACT_LINE);
    expect(lines).toContain(`agents/billing/agent.py:3:17: error secret/github-pat ${full.agents.find((agent) => agent.path === 'agents/billing')!.findings.find((finding) => finding.ruleId === 'secret/github-pat')!.message}`);
    expect(lines.at(-1)).toMatch(/^Verdict: BLOCKED: security critical \(secrets or PII\) \(exit 1\) · 2 blocking findings in 2 of 2 agents$/);
    expect(result.stdout).not.toContain(TOKEN);
    expect(result.stdout).not.toContain(TOKEN.slice(4, 20));
  });

  it('names paths from the current folder', async () => {
    const root = await fleet();
    const result = await runInProcess(['report', 'agents/billing', '--format', 'compact', '--jobs', '1'], { cwd: root });
    expect(result.stdout.split('\n')[0]).toMatch(/^agents\/billing\/agent\.py:3:17: error secret\/github-pat /);
  });

  it('writes only the finding lines to a file, and nothing else to stdout', async () => {
    const root = await fleet();
    const result = await report(root, '--format', 'compact', '--output', 'findings.txt', '--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = (await readFile(path.join(root, 'findings.txt'), 'utf8')).trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(COMPACT_LINE);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, the level from the severity and the rule as title', async () => {
    const root = await fleet();
    await mkdir(path.join(root, '.git'));
    const full = json((await report(root, '--format', 'json')).stdout);
    const result = await report(root, '--format', 'github');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(full.summary.findings);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+,title=[a-z]+\/[a-z0-9-]+::\S/);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(full.summary.bySeverity.error);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=agents\/billing\/agent\.py,line=3,endLine=3,col=17,title=secret\/github-pat::/));
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('names files from the repository root when the audited folder is inside one', async () => {
    const root = await fleet();
    await mkdir(path.join(root, '.git'));
    const result = await runInProcess(['report', '.', '--format', 'github', '--jobs', '1'], { cwd: path.join(root, 'agents', 'billing') });
    expect(result.stdout).toMatch(/^::error file=agents\/billing\/agent\.py,line=3,/);
  });

  it('escapes what would end a property or the command', async () => {
    const root = await makeTree({ 'agents/odd,name:x/agent.py': SECRET_AGENT });
    trees.push(root);
    await mkdir(path.join(root, '.git'));
    const result = await report(root, '--format', 'github', '--severity', 'error');
    expect(result.stdout).toContain('::error file=agents/odd%2Cname%3Ax/agent.py,line=3,');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('several formats in one run', () => {
  it('pairs --format with --output by position and writes each file', async () => {
    const root = await fleet();
    const result = await report(root, '--format', 'sarif', '--output', 'a.sarif', '--format', 'json', '--output', 'b.json', '--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Report written to a.sarif (sarif); verdict security-block, exit 1\nReport written to b.json (json); verdict security-block, exit 1\n');
    expect(sarifSchemaErrors(JSON.parse(await readFile(path.join(root, 'a.sarif'), 'utf8')))).toEqual([]);
    expect(json(await readFile(path.join(root, 'b.json'), 'utf8')).exitCode).toBe(1);
  });

  it('sends the one format without an output to stdout', async () => {
    const root = await fleet();
    const result = await report(root, '--format', 'json', '--output', 'b.json', '--format', 'compact', '--quiet');
    expect(result.stdout.split('\n')[0]).toMatch(COMPACT_LINE);
    expect(json(await readFile(path.join(root, 'b.json'), 'utf8')).summary.findings).toBeGreaterThan(0);
  });

  it.each([
    [['--output', 'a.json', '--output', 'b.json'], /^ops: error: --output: 2 files but 1 --format; give one --format per --output/],
    [['--format', 'json', '--format', 'sarif'], /^ops: error: --format: 2 formats would go to stdout; at most one may/],
    [['--format', 'json', '--output', 'a', '--format', 'sarif', '--output', 'a'], /^ops: error: --output: 'a' is given twice/],
    [['--format', 'yaml'], /^ops: error: --format: unknown format 'yaml' \(expected text, json, sarif, html, compact, github\)/],
    [['--severity', 'critical'], /^ops: error: --severity: unknown severity 'critical' \(expected error, warning, note\)/],
  ])('refuses %j with exit 3 and one line, before auditing', async (args, message) => {
    const root = await fleet();
    const result = await report(root, ...args);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--severity', () => {
  it('shows only findings of that severity or worse, in every format, and leaves the exit code alone', async () => {
    const root = await fleet();
    const all = json((await report(root, '--format', 'json')).stdout);
    expect(all.summary.bySeverity.warning).toBeGreaterThan(0);
    const errors = await report(root, '--format', 'json', '--severity', 'error');
    const shown = json(errors.stdout);
    expect(errors.code).toBe(all.exitCode);
    expect(shown.exitCode).toBe(all.exitCode);
    expect(shown.verdict).toBe(all.verdict);
    expect(shown.agents.flatMap((agent) => agent.findings).every((finding) => finding.severity === 'error')).toBe(true);
    expect(shown.summary.findings).toBe(all.summary.bySeverity.error);

    const compact = await report(root, '--format', 'compact', '--severity', 'error');
    expect(compact.stdout.trimEnd().split('\n').slice(0, -1).every((line) => line.includes(': error '))).toBe(true);
    const sarif = JSON.parse((await report(root, '--format', 'sarif', '--severity', 'error')).stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.map((entry) => entry.level)).toEqual(Array(all.summary.bySeverity.error).fill('error'));
  });

  it('does not make a run that blocks on warnings pass', async () => {
    const root = await makeTree({ 'agent.py': POLICY_AGENT.replace('gemini-2.0-flash', 'gemini-3.5-flash'), 'cockpit.yaml': 'version: 1\ngate:\n  block_on: [error, warning]\n' });
    trees.push(root);
    const hidden = await runInProcess(['report', '.', '--severity', 'error', '--format', 'json', '--jobs', '1'], { cwd: root });
    expect(hidden.code).toBe(2);
    expect(json(hidden.stdout).summary.findings).toBe(0);
  });
});

describe('--quiet', () => {
  it('prints only the blocking findings and one verdict line on a workspace run', async () => {
    const root = await fleet({ 'agents/faq/agent.py': CLEAN_AGENT('faq') });
    const result = await report(root, '--quiet');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^agents\/billing\/agent\.py:3:17: error secret\/github-pat /),
      expect.stringMatching(/^agents\/weather\/agent\.py:\d+:\d+: error reliability\/retired-model /),
    ]);
    expect(lines.at(-1)).toBe('Verdict: BLOCKED: security critical (secrets or PII) (exit 1) · 2 blocking findings in 2 of 3 agents');
    expect(result.stdout).not.toMatch(/Fleet \(|Persona Matrix|Summary:|warning/);
  });

  it('is one verdict line when nothing blocks', async () => {
    const root = await makeTree({ 'agents/faq/agent.py': CLEAN_AGENT('faq') });
    trees.push(root);
    const result = await report(root, '--quiet');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Verdict: PASS \(exit 0\) · \d+ findings? in 1 agent, none blocking\n$/);
  });

  it('leaves the JSON report whole', async () => {
    const root = await fleet();
    expect(json((await report(root, '--quiet', '--format', 'json')).stdout).summary.bySeverity.warning).toBeGreaterThan(0);
  });
});

describe('--exit-zero', () => {
  it('exits 0 when findings block, with the same report', async () => {
    const root = await fleet();
    const result = await report(root, '--quiet', '--exit-zero');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Verdict: BLOCKED: security critical (secrets or PII) (exit 1)');
  });

  it('never hides exit 3', async () => {
    const root = await makeTree({ 'agents/weather/agent.py': POLICY_AGENT.replace('gemini-2.0-flash', 'gemini-3.5-flash'), 'agents/faq/agent.py': CLEAN_AGENT('faq') });
    trees.push(root);
    const previous = process.env['COCKPIT_FAULT_INJECT'];
    process.env['COCKPIT_FAULT_INJECT'] = 'crash:agents/faq';
    try {
      const result = await report(root, '--quiet', '--exit-zero');
      expect(result.code).toBe(3);
      expect(result.stdout).toMatch(/^agents\/faq: error audit-failed /m);
    } finally {
      if (previous === undefined) delete process.env['COCKPIT_FAULT_INJECT'];
      else process.env['COCKPIT_FAULT_INJECT'] = previous;
    }
    expect((await report(root, '--exit-zero', '--format', 'yaml')).code).toBe(3);
  });
});

describe('the text report of a large fleet', () => {
  const FLEET_SIZE = 23;
  let large: string | undefined;
  async function largeFleet(): Promise<string> {
    if (large) return large;
    const files: Record<string, string> = { 'agents/weather/agent.py': POLICY_AGENT, 'agents/billing/agent.py': SECRET_AGENT };
    for (let index = 0; index < FLEET_SIZE - 2; index++) files[`agents/clean-${String(index).padStart(2, '0')}/agent.py`] = CLEAN_AGENT(`clean${index}`);
    large = await makeTree(files);
    trees.push(large);
    return large;
  }

  it('lists blocked agents first and sums up the passing ones in one line', async () => {
    const root = await largeFleet();
    const result = await report(root);
    const table = result.stdout.slice(result.stdout.indexOf('Fleet ('), result.stdout.indexOf('Persona Matrix'));
    expect(table.trimEnd().split('\n')).toEqual([
      'Fleet (23 agents)',
      expect.stringMatching(/^ {2}Agent\s+Frameworks\s+Verdict\s+error\s+warning\s+note$/),
      expect.stringMatching(/^ {2}agents\/billing\s+google-adk\s+BLOCKED \(secret\/PII\)/),
      expect.stringMatching(/^ {2}agents\/weather\s+google-adk\s+BLOCKED \(policy\)/),
      expect.stringMatching(/^ {2}21 agents pass( \(\d+ with warnings or notes\))?$/),
    ]);
  });

  it('logs at most one progress line per tenth of the fleet off a terminal', async () => {
    const root = await largeFleet();
    const result = await report(root, '--format', 'json');
    const progress = result.stderr.split('\n').filter((line) => /^\[\d+\/\d+\]/.test(line));
    expect(progress.length).toBeLessThanOrEqual(10);
    expect(progress.at(-1)).toMatch(/^\[23\/23\] /);
  });

  it('hints at the heal preview when findings have fixes, and the fix text is never cut at "e.g."', async () => {
    const root = await fleet();
    const result = await report(root);
    expect(result.stdout).toMatch(/^\d+ findings? ha(s a fix|ve fixes): ops report --workspace \. --heal --dry-run$/m);
    expect(result.stdout).not.toMatch(/e\.g\.$/m);
    expect(result.stdout).toContain('fix (one-click): Pass `timeout=` on every call, e.g. `requests.get(url, timeout=(3.05, 30))`');
  });

  it('fits tables to a terminal, wrapping long cells with a hanging indent', async () => {
    const root = await makeTree({
      'agents/customer-support/escalations/refund-approvals/assistant-for-enterprise-accounts/agent.py': POLICY_AGENT,
      'agents/faq/agent.py': CLEAN_AGENT('faq'),
    });
    trees.push(root);
    let stdout = '';
    await main([process.execPath, 'ops', 'report', '--workspace', '.', '--jobs', '1', '--no-cache', '--no-color', '--lake', path.join(root, '.lake')], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      stdoutIsTty: true,
      stderrIsTty: false,
      stdoutColumns: 80,
      env: { ...process.env, NO_COLOR: '1', COCKPIT_FORMAT: '' },
      cwd: root,
    });
    const table = stdout.slice(stdout.indexOf('Fleet ('), stdout.indexOf('\n\n', stdout.indexOf('Fleet (')));
    const rows = table.split('\n');
    for (const line of rows) expect(line.length).toBeLessThanOrEqual(80);
    const wrapped = rows.findIndex((line) => line.startsWith('  agents/customer'));
    expect(wrapped).toBeGreaterThan(0);
    expect(rows[wrapped + 1]).toMatch(/^ {4}\S/);
  });
});
