import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditWorkspace } from '../src/audit/audit-workspace.js';
import { REPOSITORY_CHECKS } from '../src/audit/repository-entry.js';
import { formatJobSummary } from '../src/action/summary.js';
import { createGitRepo, type GitRepo } from '../src/changes/testing/git-repo.js';
import { runInProcess } from './helpers/in-process.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { LakeRecordSchema } from '../src/lake/record.js';
import { assembleReport } from '../src/report/build.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { AgentListSchema } from '../src/server/api-schemas.js';
import { createApp } from '../src/server/app.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { makeTree, removeTree, REPO_ROOT, tokenLike, type CliResult } from './helpers/cli.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { WARM_CACHE_FILE } from '../src/audit/warm-cache.js';

/**
 * Whole-repository coverage: in a workspace run every walked file is scanned for secrets and personal
 * data, inside an agent or not. Files outside every agent form one `repository` entry that is gated,
 * reported, stored and sharded like an agent. The CLI runs in this process (`--jobs 1`: no workers).
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const GITHUB_PAT = tokenLike('ghp_', 36, 311, ALNUM);
const AWS_KEY_ID = tokenLike('AKIA', 16, 312, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
const AWS_SECRET = tokenLike('', 40, 313, `${ALNUM}/+`);
const SLACK_WEBHOOK = `https://hooks.slack.com/services/${tokenLike('T', 10, 314, UPPER)}/${tokenLike('B', 10, 315, UPPER)}/${tokenLike('', 24, 316, ALNUM)}`;
const STRIPE_KEY = tokenLike('sk_live_', 32, 317, ALNUM);
const TEST_PAT = tokenLike('ghp_', 36, 318, ALNUM);
const RAW_VALUES = [GITHUB_PAT, AWS_KEY_ID, AWS_SECRET, SLACK_WEBHOOK.split('/').slice(-3).join('/'), STRIPE_KEY, TEST_PAT];

/** A German IBAN with valid check digits (mod 97), so the scanner's checksum accepts it. */
function ibanFor(bban: string): string {
  const numeric = `${bban}DE00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}
const CUSTOMER_IBAN = ibanFor('370400440532013007');

/** One ADK agent; it owns nothing but its own folder. */
const WEATHER_AGENT: Record<string, string> = {
  'agents/weather/pyproject.toml': '[project]\nname = "weather"\ndependencies = ["google-adk==1.14.0"]\n',
  'agents/weather/agent.py': [
    'import os',
    'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types',
    '',
    'API_KEY = os.environ["WEATHER_API_KEY"]',
    '',
    'root_agent = Agent(name="weather", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Report the weather.")',
    '',
  ].join('\n'),
};

/** The three files of the issue: a deploy script, Terraform variables and a CI workflow, each with a credential. */
const LOOSE_SECRETS: Record<string, string> = {
  'scripts/deploy.sh': ['#!/usr/bin/env bash', `export GITHUB_TOKEN="${GITHUB_PAT}"`, 'gh release create "$1" --notes "release $1"', ''].join('\n'),
  'infra/prod.tfvars': ['region                = "eu-west-1"', `aws_access_key_id     = "${AWS_KEY_ID}"`, `aws_secret_access_key = "${AWS_SECRET}"`, ''].join('\n'),
  '.github/workflows/ci.yml': [
    'name: ci',
    'on: [push]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      SLACK_WEBHOOK_URL: ${SLACK_WEBHOOK}`,
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: make test',
    '',
  ].join('\n'),
};

const trees: string[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all([...trees.map(removeTree), ...cleanups.map((cleanup) => cleanup())]);
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

async function gitRepo(files: Record<string, string>): Promise<GitRepo> {
  const repo = await createGitRepo(files);
  cleanups.push(repo.remove);
  return repo;
}

/** The CLI in this process, one thread (no worker pool outside a build). */
const ops = (args: readonly string[], cwd = REPO_ROOT): Promise<CliResult> => runInProcess(args, { cwd });

function report(args: readonly string[], cwd?: string): Promise<CliResult> {
  return ops(['report', '--jobs', '1', '--quiet', ...args], cwd);
}

async function jsonReport(args: readonly string[], cwd?: string): Promise<{ code: number; report: Report }> {
  const result = await report([...args, '--format', 'json'], cwd);
  try {
    return { code: result.code, report: ReportSchema.parse(JSON.parse(result.stdout)) };
  } catch {
    throw new Error(`not a JSON report (exit ${result.code}): ${result.stderr}`);
  }
}

/** `rule file:line` of every secret and personal-data finding, sorted: what both modes must agree on. */
function secretKeys(report: Report): string[] {
  return report.agents
    .flatMap((agent) => agent.findings)
    .filter((finding) => finding.category === 'secret' || finding.category === 'pii')
    .map((finding) => `${finding.ruleId} ${finding.file}:${finding.region.startLine}`)
    .sort();
}

const LOOSE_FINDINGS = [
  'secret/aws-access-key-id infra/prod.tfvars:2',
  'secret/aws-secret-access-key infra/prod.tfvars:3',
  'secret/github-pat scripts/deploy.sh:2',
  'secret/slack-webhook-url .github/workflows/ci.yml:7',
];

describe('files outside every agent in ops report --workspace', () => {
  it('a credential in scripts/, infra/ and .github/ gates the run with exit 1 through a repository entry', async () => {
    const root = await tree({ ...WEATHER_AGENT, ...LOOSE_SECRETS, 'README.md': '# platform\n' });
    // The full text report: --quiet (the helper's) prints only blocking findings and the verdict.
    const text = await ops(['report', '--workspace', root, '--jobs', '1']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Fleet \(1 agent \+ repository\)/);
    expect(text.stdout).toMatch(/\. \(repository\)\s+–\s+BLOCKED \(secret\/PII\)\s+4\s+0\s+0/);
    expect(text.stdout).toMatch(/agents\/weather\s+google-adk\s+pass/);
    expect(text.stdout).toContain(`${path.basename(root)} (.) · files outside every agent, scanned for secrets and personal data`);

    const { code, report: json } = await jsonReport(['--workspace', root, '--no-cache']);
    expect(code).toBe(1);
    expect(json.agents.map((agent) => [agent.path, agent.kind, agent.verdict])).toEqual([
      ['.', 'repository', 'security-block'],
      ['agents/weather', undefined, 'pass'],
    ]);
    const [repository] = json.agents;
    expect(repository).toMatchObject({ name: path.basename(root), entrypoint: null, frameworks: [], exitCode: 1 });
    // README.md and the three files; the agent's files are the agent's alone.
    expect(repository!.stats.filesScanned).toBe(4);
    expect(secretKeys(json)).toEqual(LOOSE_FINDINGS);
    for (const value of RAW_VALUES) expect(text.stdout + JSON.stringify(json)).not.toContain(value);
  });

  it.each(Object.keys(LOOSE_SECRETS))('%s alone is enough to fail the gate', async (file) => {
    const root = await tree({ ...WEATHER_AGENT, [file]: LOOSE_SECRETS[file]! });
    const { code, report: json } = await jsonReport(['--workspace', root]);
    expect(code).toBe(1);
    expect(json.agents[0]).toMatchObject({ path: '.', kind: 'repository', verdict: 'security-block' });
    expect(json.agents[0]!.findings.every((finding) => finding.file === file)).toBe(true);
  });

  it('a repository without any agent no longer passes as "0 agents, 0 findings"', async () => {
    const root = await tree({ ...LOOSE_SECRETS, 'README.md': '# infra only\n' });
    const result = await ops(['report', '--workspace', root, '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/0 agents \+ repository audited/);
    expect(result.stderr).toContain('its files were scanned for secrets and personal data only');
    const { report: json } = await jsonReport(['--workspace', root]);
    expect(json.agents.map((agent) => agent.kind)).toEqual(['repository']);
    expect(secretKeys(json)).toEqual(LOOSE_FINDINGS);
  });

  it('a clean file outside the agents makes a passing repository entry, and the agents are unchanged', async () => {
    const clean = await tree(WEATHER_AGENT);
    const before = (await jsonReport(['--workspace', clean])).report.agents;
    const root = await tree({ ...WEATHER_AGENT, 'scripts/build.sh': '#!/bin/sh\nexport GITHUB_TOKEN="${GITHUB_TOKEN:?set it}"\nmake dist\n' });
    const { code, report: json } = await jsonReport(['--workspace', root]);
    expect(code).toBe(0);
    expect(json.agents.map((agent) => [agent.path, agent.kind, agent.verdict, agent.findings.length])).toEqual([
      ['.', 'repository', 'pass', 0],
      ...before.map((agent) => [agent.path, undefined, agent.verdict, agent.findings.length]),
    ]);
    expect(before.map((agent) => agent.path)).toEqual(['agents/weather']);
  });

  it('only the secret and personal-data rules read files outside agents (and the root cockpit.yaml its former rule ids)', async () => {
    expect(REPOSITORY_CHECKS.length).toBeGreaterThan(0);
    expect(
      REPOSITORY_CHECKS.flatMap((check) => check.rules).every((rule) => rule.category === 'secret' || rule.category === 'pii' || rule.id === 'policy/renamed-rule-id'),
    ).toBe(true);
    // The monorepo's root manifest names an agent framework without a version: a dependency finding
    // when the folder is audited as one agent, none when those files are merely outside the agents.
    const root = await tree({
      ...WEATHER_AGENT,
      ...LOOSE_SECRETS,
      'pyproject.toml': '[project]\nname = "platform"\ndependencies = ["google-adk"]\n',
    });
    const { report: fleet } = await jsonReport(['--workspace', root]);
    const repository = fleet.agents.find((agent) => agent.kind === 'repository')!;
    expect(new Set(repository.findings.map((finding) => finding.category))).toEqual(new Set(['secret']));
    const { report: single } = await jsonReport([root]);
    expect(single.agents[0]!.findings.some((finding) => finding.file === 'pyproject.toml' && finding.category === 'dependency')).toBe(true);
  });

  it('no repository entry when the root itself is an agent: its files are scanned once', async () => {
    const root = await tree({
      'pyproject.toml': '[project]\nname = "concierge"\ndependencies = ["google-adk==1.14.0"]\n',
      'agent.py': 'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types\n\nroot_agent = Agent(name="concierge", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Plan trips.")\n',
      'scripts/deploy.sh': LOOSE_SECRETS['scripts/deploy.sh']!,
    });
    const { code, report: json } = await jsonReport(['--workspace', root]);
    expect(code).toBe(1);
    expect(json.agents.map((agent) => [agent.path, agent.kind])).toEqual([['.', undefined]]);
    expect(secretKeys(json)).toEqual(['secret/github-pat scripts/deploy.sh:2']);
  });

  it('SARIF names the files relative to the root and HTML lists the repository entry', async () => {
    const root = await tree({ ...WEATHER_AGENT, ...LOOSE_SECRETS });
    const sarif = await report(['--workspace', root, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const secrets = log.runs[0]!.results.filter((result) => result.ruleId.startsWith('secret/'));
    expect(secrets.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual([
      '.github/workflows/ci.yml',
      'infra/prod.tfvars',
      'infra/prod.tfvars',
      'scripts/deploy.sh',
    ]);
    const html = await report(['--workspace', root, '--format', 'html']);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('1 agent + repository');
    expect(html.stdout).toContain('repository (secrets and personal data only)');
    expect(html.stdout).toContain('scripts/deploy.sh:2:');
    for (const value of RAW_VALUES) expect(sarif.stdout + html.stdout).not.toContain(value);
  });
});

describe('single-folder and workspace modes find the same secrets', () => {
  /** Agents in two languages, loose files, test code and data outside every agent, and an ignored folder. */
  const MIXED: Record<string, string> = {
    ...WEATHER_AGENT,
    ...LOOSE_SECRETS,
    'README.md': '# platform\n',
    'agents/billing/pyproject.toml': '[project]\nname = "billing"\ndependencies = ["openai-agents==0.3.0"]\n',
    'agents/billing/billing/__init__.py': '',
    'agents/billing/billing/agent.py': [
      'from agents import Agent',
      '',
      `STRIPE_API_KEY = "${STRIPE_KEY}"`,
      '',
      'billing_agent = Agent(name="billing", instructions="Answer billing questions.")',
      '',
    ].join('\n'),
    'apps/chat/package.json': '{ "name": "chat", "dependencies": { "@openai/agents": "^0.1.0" } }\n',
    'apps/chat/src/index.ts': "import { Agent } from '@openai/agents';\n\nexport const agent = new Agent({ name: 'chat', instructions: 'Help.' });\n",
    'apps/chat/src/notify.ts': `export const SLACK_WEBHOOK_URL = '${SLACK_WEBHOOK}';\n`,
    // Test code outside the agents: only a credential with a provider's structure counts there.
    'tests/test_release.py': `import os\n\nRELEASE_TOKEN = "${TEST_PAT}"\n\n\ndef test_release():\n    assert os.environ.get("CI") is None\n`,
    // Personal data in an operations script that ships.
    'ops/payouts.py': `# Refund fallback for Maria Keller (ticket 4711)\nFALLBACK_PAYOUT_IBAN = "${CUSTOMER_IBAN}"\n`,
    '.cockpitignore': 'scratch/\n',
    'scratch/notes.sh': `export GITHUB_TOKEN="${GITHUB_PAT}"\n`,
  };

  it('the same (rule, file, line) set on one tree', async () => {
    const root = await tree(MIXED);
    const single = await jsonReport([root]);
    const fleet = await jsonReport(['--workspace', root]);
    expect(single.code).toBe(1);
    expect(fleet.code).toBe(1);
    const keys = secretKeys(single.report);
    expect(secretKeys(fleet.report)).toEqual(keys);
    // What the tree holds: the loose files, both agents, the test file and the data file, never the ignored folder.
    expect(keys).toEqual(
      expect.arrayContaining([
        ...LOOSE_FINDINGS,
        'secret/github-pat tests/test_release.py:3',
        'secret/slack-webhook-url apps/chat/src/notify.ts:1',
        'secret/stripe-secret-key agents/billing/billing/agent.py:3',
        'pii/iban ops/payouts.py:2',
      ]),
    );
    expect(keys.some((key) => key.includes('scratch/'))).toBe(false);
  });

  it('and the same set when the root cockpit.yaml excludes paths', async () => {
    const root = await tree({ ...MIXED, 'cockpit.yaml': 'exclude: ["infra/"]\n' });
    const single = secretKeys((await jsonReport([root])).report);
    const fleet = secretKeys((await jsonReport(['--workspace', root])).report);
    expect(fleet).toEqual(single);
    expect(fleet.some((key) => key.includes('infra/'))).toBe(false);
    expect(fleet).toContain('secret/github-pat scripts/deploy.sh:2');
  });
});

describe('the repository entry in the lake, shards and scoped runs', () => {
  it('has its own partition, is cached like an agent, and --from-lake and lake ls report it', async () => {
    const root = await tree({ ...WEATHER_AGENT, ...LOOSE_SECRETS });
    const lake = path.join(root, '.cockpit', 'evidence_lake');
    const first = await jsonReport(['--workspace', root]);
    // Beside the partitions: the warm path's stat cache (src/audit/warm-cache.ts).
    const partitions = (await readdir(lake)).filter((name) => name !== WARM_CACHE_FILE).sort();
    expect(partitions).toHaveLength(2);
    const records = await Promise.all(partitions.map(async (id) => LakeRecordSchema.parse(JSON.parse(await readFile(path.join(lake, id, 'latest.json'), 'utf8')))));
    const stored = records.find((record) => record.agent.kind === 'repository')!;
    expect(stored.agent).toMatchObject({ path: '.', name: path.basename(root), verdict: 'security-block' });
    expect(partitions).toContain(stored.agent.id);
    expect(records.filter((record) => record.agent.kind === undefined).map((record) => record.agent.path)).toEqual(['agents/weather']);

    const warm = await ops(['report', '--workspace', root, '--jobs', '1', '--format', 'json']);
    expect(warm.stdout).toBe(JSON.stringify(first.report, null, 2) + '\n');
    expect((warm.stderr.match(/unchanged, cached/g) ?? []).length).toBe(2);

    // A changed file outside the agents re-audits the repository entry only.
    await writeFile(path.join(root, 'scripts', 'deploy.sh'), '#!/usr/bin/env bash\ngh release create "$1"\n');
    const changed = await ops(['report', '--workspace', root, '--jobs', '1']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/agents\/weather: pass \(unchanged, cached\)/);
    expect(changed.stderr).not.toMatch(/\.: security-block \(unchanged, cached\)/);

    const fromLake = await ops(['report', '--from-lake', lake, '--format', 'json']);
    expect(fromLake.code).toBe(1);
    const lakeReport = ReportSchema.parse(JSON.parse(fromLake.stdout));
    expect(lakeReport.agents.map((agent) => [agent.path, agent.kind])).toEqual([
      ['.', 'repository'],
      ['agents/weather', undefined],
    ]);
    expect(secretKeys(lakeReport)).toEqual(LOOSE_FINDINGS.filter((key) => !key.includes('deploy.sh')));
    const listed = JSON.parse((await ops(['lake', 'ls', '--lake', lake, '--format', 'json'])).stdout) as Array<{ path: string; kind?: string; history: number }>;
    expect(listed.map((row) => [row.path, row.kind, row.history]).sort()).toEqual([
      ['.', 'repository', 2],
      ['agents/weather', undefined, 1],
    ]);
    expect((await ops(['lake', 'ls', '--lake', lake])).stdout).toMatch(/\. \(repository\)\s+security-block/);
  });

  it('a lake kept inside the root is never scanned as a file outside the agents', async () => {
    const root = await tree({ ...WEATHER_AGENT, 'README.md': '# platform\n' });
    const lake = path.join(root, 'shard-lake');
    const first = await jsonReport(['--workspace', root, '--lake', lake]);
    expect(first.report.agents[0]!.stats.filesScanned).toBe(1);
    const second = await ops(['report', '--workspace', root, '--jobs', '1', '--lake', lake]);
    expect(second.stderr).toMatch(/\.: pass \(unchanged, cached\)/);
    // Another run's lake, from any folder, is the cockpit's own output too.
    const other = await jsonReport(['--workspace', root, '--lake', path.join(root, 'other-lake')]);
    expect(other.report.agents[0]!.stats.filesScanned).toBe(1);
  });

  it('--shard K/N audits the repository entry in exactly one shard', async () => {
    const root = await tree({
      ...WEATHER_AGENT,
      ...LOOSE_SECRETS,
      'agents/triage/requirements.txt': 'langgraph==0.6.7\n',
      'agents/triage/graph.py': 'from langgraph.graph import StateGraph\n\ngraph = StateGraph(dict)\n',
      'agents/planner/requirements.txt': 'crewai==0.130.0\n',
      'agents/planner/crew.py': 'from crewai import Agent, Crew\n\ncrew = Crew(agents=[], tasks=[])\n',
    });
    const whole = await jsonReport(['--workspace', root, '--no-cache']);
    const shards = await Promise.all(
      [1, 2, 3].map((index) => jsonReport(['--workspace', root, '--shard', `${index}/3`, '--lake', path.join(root, `lake-${index}`)])),
    );
    const paths = shards.flatMap((shard) => shard.report.agents.map((agent) => agent.path));
    expect(paths.sort()).toEqual(whole.report.agents.map((agent) => agent.path).sort());
    expect(paths.filter((entry) => entry === '.')).toHaveLength(1);
    expect(shards.map((shard) => shard.code).sort()).toEqual([0, 0, 1].sort());
    expect(shards.flatMap((shard) => secretKeys(shard.report)).sort()).toEqual(secretKeys(whole.report));
  });

  it('--changed-since audits a changed file outside every agent and not the unchanged agents', async () => {
    const repo = await gitRepo({ ...WEATHER_AGENT, 'README.md': '# platform\n', 'scripts/deploy.sh': '#!/usr/bin/env bash\ngh release create "$1"\n' });
    await repo.write({ 'scripts/deploy.sh': LOOSE_SECRETS['scripts/deploy.sh']! });
    const { code, report: json } = await jsonReport(['--workspace', '.', '--changed-since', 'HEAD', '--no-cache', '--lake', path.join(repo.root, '.cockpit', 'lake')], repo.root);
    expect(code).toBe(1);
    expect(json.changes?.agents).toEqual(['.']);
    expect(json.agents.map((agent) => [agent.path, agent.kind])).toEqual([['.', 'repository']]);
    expect(secretKeys(json)).toEqual(['secret/github-pat scripts/deploy.sh:2']);

    // A change inside the agent alone leaves the repository entry out of the run.
    await repo.git('checkout', '--', 'scripts/deploy.sh');
    await repo.write({ 'agents/weather/agent.py': `${WEATHER_AGENT['agents/weather/agent.py']!}# v2\n` });
    const agentOnly = await jsonReport(['--workspace', '.', '--changed-since', 'HEAD', '--no-cache', '--lake', path.join(repo.root, '.cockpit', 'lake')], repo.root);
    expect(agentOnly.code).toBe(0);
    expect(agentOnly.report.agents.map((agent) => agent.path)).toEqual(['agents/weather']);
  });

  it('--staged gates a staged credential outside every agent, named after the repository folder', async () => {
    const repo = await gitRepo({ ...WEATHER_AGENT, 'README.md': '# platform\n' });
    await repo.write({ 'infra/prod.tfvars': LOOSE_SECRETS['infra/prod.tfvars']! });
    await repo.git('add', 'infra/prod.tfvars');
    const { code, report: json } = await jsonReport(['--workspace', '--staged', '.'], repo.root);
    expect(code).toBe(1);
    expect(json.agents.map((agent) => [agent.path, agent.kind, agent.name])).toEqual([['.', 'repository', path.basename(repo.root)]]);
    expect(secretKeys(json)).toEqual(['secret/aws-access-key-id infra/prod.tfvars:2', 'secret/aws-secret-access-key infra/prod.tfvars:3']);
  });
});

describe('the repository entry in the other front ends', () => {
  it('the dashboard API lists it with its kind, and the Action summary names it', async () => {
    const root = await tree({ ...WEATHER_AGENT, ...LOOSE_SECRETS });
    const lakeDir = path.join(root, '.cockpit', 'evidence_lake');
    const result = await auditWorkspace({ root, settings: DEFAULT_SETTINGS, jobs: 1, lakeDir });
    const app = createApp({ store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: root, settings: DEFAULT_SETTINGS, auditJobs: 1 });
    const response = await app.request('/api/agents?sort=path');
    expect(response.status).toBe(200);
    const list = AgentListSchema.parse(await response.json());
    expect(list.items.map((row) => [row.path, row.kind, row.verdict])).toEqual([
      ['.', 'repository', 'security-block'],
      ['agents/weather', undefined, 'pass'],
    ]);
    const repositoryId = list.items[0]!.id;
    const detail = await app.request(`/api/agents/${repositoryId}`);
    expect(detail.status).toBe(200);
    expect(JSON.stringify(await detail.json())).not.toContain(GITHUB_PAT);
    const heal = await app.request(`/api/agents/${repositoryId}/heal`);
    expect(heal.status).toBe(200);

    const summary = formatJobSummary(assembleReport('.', result.agents), { failOn: 'security', jobExitCode: 1, sarifFile: 'cockpit.sarif', uploadSarif: true });
    expect(summary).toContain('1 agent + repository audited');
    expect(summary).toMatch(/\| \\\. \\\(repository\\\) \| – \| \*\*BLOCKED\*\* \(secret\/PII\) \| 4 \|/);
  });
});
