import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BaselineFileSchema } from '../src/baseline/file.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

// Each test runs the real CLI several times; on a loaded CI machine that can take a while.
const SLOW_MACHINE_TIMEOUT = 90_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const OLD_TOKEN = tokenLike('ghp_', 36, 71, ALPHABET);
const NEW_TOKEN = tokenLike('ghp_', 36, 72, ALPHABET);

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

const agentSource = (token: string, linesBefore = 0) =>
  [
    'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types',
    ...Array.from({ length: linesBefore }, (_, index) => `# note ${index + 1}`),
    `GITHUB_TOKEN = "${token}"`,
    'root_agent = Agent(name="a", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Answer.")',
    '',
  ].join('\n');

const CLEAN_AGENT = 'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types\nroot_agent = Agent(name="b", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Help.")\n';

async function fleet(files: Record<string, string> = {}): Promise<string> {
  const root = await makeTree({ 'agents/a/agent.py': agentSource(OLD_TOKEN), 'agents/b/agent.py': CLEAN_AGENT, ...files });
  trees.push(root);
  return root;
}

function parse(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

// One thread: these fleets are tiny, and a worker pool per run only costs start-up time.
const report = (root: string, ...extra: string[]) => runCli(['report', '--workspace', root, '--no-cache', '--quiet', '--jobs', '1', ...extra]);
const createBaseline = (root: string) => runCli(['baseline', 'create', root, '--workspace', '--quiet', '--jobs', '1']);

describe('ops baseline create', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('writes the fingerprints of today\'s findings, never a secret, and exits 0', async () => {
    const root = await fleet();
    const created = await createBaseline(root);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Baseline written to .*\.cockpit\/baseline\.json: 1 finding in 2 agents\n$/);
    const text = await readFile(path.join(root, '.cockpit', 'baseline.json'), 'utf8');
    expect(text).not.toContain(OLD_TOKEN);
    expect(text).not.toContain(OLD_TOKEN.slice(4, 20));
    const baseline = BaselineFileSchema.parse(JSON.parse(text));
    expect(baseline.version).toBe(1);
    expect(baseline.tool.name).toBe('agentops-cockpit');
    expect(Number.isNaN(Date.parse(baseline.createdAt))).toBe(false);
    expect(baseline.findings).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), ruleId: 'secret/github-pat', file: 'agents/a/agent.py', line: 2, agent: 'agents/a' },
    ]);
    // The fingerprint is the one the report carries for the same finding.
    const audited = parse((await report(root, '--format', 'json')).stdout);
    expect(audited.agents[0]!.findings[0]!.fingerprint).toBe(baseline.findings[0]!.fingerprint);
    // The baseline run wrote no evidence lake (the report run above did).
    await removeTree(path.join(root, '.cockpit', 'evidence_lake'));
    expect((await runCli(['baseline', 'create', root, '--workspace', '--quiet', '--jobs', '1'])).code).toBe(0);
    await expect(stat(path.join(root, '.cockpit', 'evidence_lake'))).rejects.toThrow(/ENOENT/);
  });

  it('writes to --output for a single agent and refuses a missing folder', async () => {
    const root = await fleet();
    const output = path.join(root, 'accepted.json');
    const created = await runCli(['baseline', 'create', path.join(root, 'agents', 'a'), '--output', output]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('1 finding in 1 agent');
    const baseline = BaselineFileSchema.parse(JSON.parse(await readFile(output, 'utf8')));
    expect(baseline.findings.map((entry) => [entry.file, entry.agent])).toEqual([['agent.py', '.']]);

    const missing = await runCli(['baseline', 'create', path.join(root, 'nope')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('ops report --baseline', { timeout: SLOW_MACHINE_TIMEOUT }, () => {
  it('passes on an unchanged tree with every finding baselined, in JSON, text and SARIF', async () => {
    const root = await fleet();
    expect((await createBaseline(root)).code).toBe(0);
    const file = path.join(root, '.cockpit', 'baseline.json');

    const json = await report(root, '--baseline', file, '--format', 'json');
    expect(json.code).toBe(0);
    const result = parse(json.stdout);
    expect(result.exitCode).toBe(0);
    expect(result.summary.findings).toBe(0);
    expect(result.baseline).toEqual({ file, matched: 1, new: 0, stale: [] });
    const agentA = result.agents.find((agent) => agent.path === 'agents/a')!;
    expect(agentA.verdict).toBe('pass');
    expect(agentA.findings).toEqual([]);
    expect(agentA.baselined?.map((finding) => finding.ruleId)).toEqual(['secret/github-pat']);
    expect(json.stdout).not.toContain(OLD_TOKEN);

    const text = await report(root, '--baseline', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Baseline: ${file}: 1 baselined (not counted), 0 new`);
    expect(text.stdout).toContain('Verdict: PASS (exit 0)');

    const sarif = await report(root, '--baseline', file, '--format', 'sarif');
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; baselineState?: string }> }> };
    expect(sarifSchemaErrors(log)).toEqual([]);
    // Baselined findings stay in code scanning (not "fixed"), marked unchanged.
    expect(log.runs[0]!.results.map((entry) => [entry.ruleId, entry.baselineState])).toEqual([['secret/github-pat', 'unchanged']]);
  });

  it('keeps a finding baselined when it moves down five lines', async () => {
    const root = await fleet();
    expect((await createBaseline(root)).code).toBe(0);
    await writeFile(path.join(root, 'agents', 'a', 'agent.py'), agentSource(OLD_TOKEN, 5));
    const result = await report(root, '--baseline', path.join(root, '.cockpit', 'baseline.json'), '--format', 'json');
    expect(result.code).toBe(0);
    const parsed = parse(result.stdout);
    expect(parsed.baseline).toMatchObject({ matched: 1, new: 0, stale: [] });
    expect(parsed.agents[0]!.baselined?.[0]?.region.startLine).toBe(7);
  });

  it('gates a different secret on the same line as new, and reports the old entry as stale', async () => {
    const root = await fleet();
    expect((await createBaseline(root)).code).toBe(0);
    const file = path.join(root, '.cockpit', 'baseline.json');
    const [entry] = BaselineFileSchema.parse(JSON.parse(await readFile(file, 'utf8'))).findings;
    await writeFile(path.join(root, 'agents', 'a', 'agent.py'), agentSource(NEW_TOKEN));

    const json = await report(root, '--baseline', file, '--format', 'json');
    expect(json.code).toBe(1);
    const parsed = parse(json.stdout);
    expect(parsed.verdict).toBe('security-block');
    expect(parsed.baseline).toEqual({ file, matched: 0, new: 1, stale: [entry] });
    expect(parsed.agents.find((agent) => agent.path === 'agents/a')?.findings.map((finding) => [finding.ruleId, finding.region.startLine])).toEqual([
      ['secret/github-pat', 2],
    ]);

    const sarif = JSON.parse((await report(root, '--baseline', file, '--format', 'sarif')).stdout) as { runs: Array<{ results: Array<{ baselineState?: string }> }> };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((result) => result.baselineState)).toEqual(['new']);

    const text = await report(root, '--baseline', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('1 stale entry no longer found');
    expect(text.stdout).toContain(`agents/a/agent.py:2  secret/github-pat  ${entry!.fingerprint}`);
    expect(text.stdout).not.toContain(NEW_TOKEN);
  });

  it('reports a fixed finding as a stale entry and passes', async () => {
    const root = await fleet();
    expect((await createBaseline(root)).code).toBe(0);
    await writeFile(path.join(root, 'agents', 'a', 'agent.py'), 'import os\n' + agentSource('').replace('GITHUB_TOKEN = ""', 'GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]'));
    const parsed = parse((await report(root, '--baseline', path.join(root, '.cockpit', 'baseline.json'), '--format', 'json')).stdout);
    expect(parsed.exitCode).toBe(0);
    expect(parsed.baseline?.matched).toBe(0);
    expect(parsed.baseline?.stale.map((entry) => [entry.ruleId, entry.file, entry.agent])).toEqual([['secret/github-pat', 'agents/a/agent.py', 'agents/a']]);
  });

  it('re-gates each agent under its own cockpit.yaml gate', async () => {
    // The fleet blocks on warnings: an unpinned agent package is a warning, so exit 2 unless baselined.
    const root = await fleet({
      'cockpit.yaml': 'version: 1\ngate:\n  block_on: [error, warning]\n',
      'agents/b/requirements.txt': 'google-adk\n',
    });
    const before = parse((await report(root, '--format', 'json')).stdout);
    expect(before.agents.find((agent) => agent.path === 'agents/b')?.exitCode).toBe(2);
    expect((await createBaseline(root)).code).toBe(0);
    const file = path.join(root, '.cockpit', 'baseline.json');
    expect((await report(root, '--baseline', file)).code).toBe(0);

    // A new warning in agent b blocks again with exit 2 (no secret is new).
    await writeFile(path.join(root, 'agents', 'b', 'requirements.txt'), 'google-adk\nlangchain\n');
    const after = await report(root, '--baseline', file, '--format', 'json');
    expect(after.code).toBe(2);
    const parsed = parse(after.stdout);
    expect(parsed.agents.find((agent) => agent.path === 'agents/b')).toMatchObject({ verdict: 'policy-block', exitCode: 2 });
    expect(parsed.agents.find((agent) => agent.path === 'agents/a')).toMatchObject({ verdict: 'pass', exitCode: 0 });
  });

  it('exits 3 with one line for a missing, unreadable or foreign baseline file', async () => {
    const root = await fleet({ 'not-json.json': '{ nope', 'foreign.json': '{"version": 2, "findings": []}' });
    for (const [file, message] of [
      ['missing.json', /--baseline .*missing\.json: no such file \(create one with: ops baseline create\)/],
      ['not-json.json', /--baseline .*not-json\.json: not valid JSON/],
      ['foreign.json', /--baseline .*foreign\.json: not a cockpit baseline/],
    ] as const) {
      const result = await report(root, '--baseline', path.join(root, file));
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
    const fromLake = await runCli(['report', '--from-lake', root, '--baseline', path.join(root, 'missing.json')]);
    expect(fromLake.code).toBe(3);
    expect(fromLake.stderr).toContain('--baseline: needs a folder to audit, not --from-lake');
  });
});
