import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WARM_CACHE_FILE } from '../src/audit/warm-cache.js';
import { LakeRecordSchema } from '../src/lake/record.js';
import { ReportSchema, type Report } from '../src/report/model.js';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';

const TOKEN = tokenLike('ghp_', 36, 21, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

/** A monorepo with the layouts discovery must get right. */
const MONOREPO: Record<string, string> = {
  // The monorepo's own manifest lists framework deps for tooling: it must not swallow the agents below.
  'pyproject.toml': '[project]\nname = "platform"\ndependencies = ["langchain>=0.3"]\n[tool.uv.workspace]\nmembers = ["services/*"]\n',
  'README.md': '# platform\n',
  // ADK package without a manifest of its own: its package folder is the agent.
  'agents/weather/__init__.py': 'from . import agent\n',
  'agents/weather/agent.py': 'from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types\n\nroot_agent = Agent(name="weather", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Report the weather.")\n',
  'agents/weather/tools/forecast.py': 'def forecast(city: str) -> str:\n    return city\n',
  // TypeScript agent with its own manifest.
  'agents/billing/package.json': '{ "name": "billing-agent", "dependencies": { "ai": "^5.0.0", "@ai-sdk/openai": "^2.0.0" } }\n',
  'agents/billing/src/agent.ts': "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = (prompt: string) => generateText({ model: openai('gpt-4o-mini'), prompt });\n",
  // CrewAI service: requirements.txt + src layout.
  'services/research/requirements.txt': 'crewai==0.130.0\n',
  'services/research/src/research/crew.py': 'from crewai import Agent, Crew, Task\nfrom crewai.project import CrewBase, agent, crew\n\n@CrewBase\nclass Research:\n    pass\n',
  'services/research/src/research/main.py': 'from research.crew import Research\n',
  // A shared library without any agent framework: not an agent.
  'libs/common/pyproject.toml': '[project]\nname = "common"\ndependencies = ["pydantic"]\n',
  'libs/common/common/__init__.py': 'VERSION = "1"\n',
  // Declared by configuration only.
  'tools/scheduler/cockpit.yaml': 'entry_point: run.py\n',
  'tools/scheduler/run.py': 'print("scheduling")\n',
  // Ignored experiments hold a secret and an agent: neither discovered nor scanned.
  '.cockpitignore': 'experiments/\n',
  'experiments/old/agent.py': `from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types\nKEY = "${TOKEN}"\nroot_agent = Agent(name="old")\n`,
  // The cockpit's own output is never audited.
  '.cockpit/reports/last.json': `{"token": "${TOKEN}"}\n`,
};

function parse(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

describe('smart discovery', () => {
  it('finds each agent with its root, entry point and reasons, and nothing else', async () => {
    const root = await tree(MONOREPO);
    const result = await runCli(['discover', root, '--format', 'json']);
    expect(result.code).toBe(0);
    const { agents } = JSON.parse(result.stdout) as { agents: Array<{ path: string; entrypoints: string[]; frameworks: string[]; reasons: string[] }> };
    expect(agents.map((agent) => [agent.path, agent.entrypoints[0], agent.frameworks])).toEqual([
      ['agents/billing', 'src/agent.ts', ['vercel-ai-sdk']],
      ['agents/weather', 'agent.py', ['google-adk']],
      ['services/research', 'src/research/crew.py', ['crewai']],
      ['tools/scheduler', 'run.py', []],
    ]);
    expect(agents.find((agent) => agent.path === 'agents/weather')?.reasons).toContain('ADK convention: agent.py defines root_agent');
    expect(agents.find((agent) => agent.path === 'tools/scheduler')?.reasons).toEqual(['cockpit.yaml names its entry point']);
  });

  it('splits nested agents so each file belongs to the deepest one', async () => {
    const root = await tree({
      'apps/chat/package.json': '{ "name": "chat", "dependencies": { "@openai/agents": "^0.1.0" } }\n',
      'apps/chat/src/index.ts': "import { Agent } from '@openai/agents';\nexport const agent = new Agent({ name: 'chat', instructions: 'Help.' });\n",
      'apps/chat/planner/pyproject.toml': '[project]\nname = "planner"\ndependencies = ["pydantic-ai"]\n',
      'apps/chat/planner/planner.py': 'from pydantic_ai import Agent\nagent = Agent("openai:gpt-4o-mini")\n',
    });
    const { agents } = JSON.parse((await runCli(['discover', root, '--format', 'json'])).stdout) as { agents: Array<{ path: string; files: number }> };
    expect(agents.map((agent) => [agent.path, agent.files])).toEqual([
      ['apps/chat', 2],
      ['apps/chat/planner', 2],
    ]);
  });
});

describe('ops report --workspace', () => {
  it('audits every agent, never ignored folders or its own output, and ends with the fleet table', async () => {
    const root = await tree({ ...MONOREPO, 'agents/billing/src/keys.ts': `export const token = "${TOKEN}";\n` });
    const text = await runCli(['report', '--workspace', root, '--jobs', '2']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Fleet \(4 agents \+ repository\)/);
    expect(text.stdout).toMatch(/agents\/billing\s+vercel-ai-sdk\s+BLOCKED \(secret\/PII\)\s+1/);
    expect(text.stdout).toMatch(/\. \(repository\)\s+–\s+pass\s+0/);
    expect(text.stdout).toContain('Persona Matrix');
    expect(text.stderr).toMatch(/\[5\/5\]/);

    const report = parse((await runCli(['report', '--workspace', root, '--format', 'json', '--no-cache', '--quiet'])).stdout);
    const secretFiles = report.agents.flatMap((agent) => agent.findings.filter((finding) => finding.category === 'secret').map((finding) => finding.file));
    expect(secretFiles).toEqual(['agents/billing/src/keys.ts']);
    expect(report.agents.map((agent) => [agent.path, agent.verdict])).toEqual([
      ['.', 'pass'],
      ['agents/billing', 'security-block'],
      ['agents/weather', 'pass'],
      ['services/research', 'pass'],
      ['tools/scheduler', 'pass'],
    ]);
    // The files outside every agent: the root's manifest, README and ignore file, and the shared library.
    const repository = report.agents[0]!;
    expect(repository).toMatchObject({ kind: 'repository', name: path.basename(root), entrypoint: null, frameworks: [] });
    expect(repository.stats.filesScanned).toBe(5);
    expect(report.agents.slice(1).every((agent) => agent.kind === undefined)).toBe(true);
  });

  it('a tree of 5,000 files or more (its memory bounded) reports what one thread reports', async () => {
    const pages = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`agents/weather/docs/page-${index}.md`, `# Page ${index}\n`]));
    const root = await tree({ ...MONOREPO, ...pages, 'agents/billing/src/keys.ts': `export const token = "${TOKEN}";\n` });
    const run = async (jobs: string) => {
      const result = await runCli(['report', '--workspace', root, '--format', 'json', '--no-cache', '--quiet', '--jobs', jobs]);
      expect(result.code).toBe(1);
      return parse(result.stdout).agents.map((agent) => [agent.path, agent.verdict, agent.stats.filesScanned, agent.findings.map((finding) => finding.fingerprint)]);
    };
    const pooled = await run('2');
    expect(pooled.find(([agentPath]) => agentPath === 'agents/weather')?.[2]).toBeGreaterThan(5_000);
    expect(pooled).toEqual(await run('1'));
  });

  it('writes one partition per agent and reuses it when nothing changed', async () => {
    const root = await tree(MONOREPO);
    const first = await runCli(['report', '--workspace', root, '--format', 'json']);
    const lake = path.join(root, '.cockpit', 'evidence_lake');
    // Beside the partitions: the warm path's stat cache (src/audit/warm-cache.ts).
    const partitions = (await readdir(lake)).filter((name) => name !== WARM_CACHE_FILE).sort();
    expect(partitions).toHaveLength(5);
    for (const id of partitions) {
      const record = LakeRecordSchema.parse(JSON.parse(await readFile(path.join(lake, id, 'latest.json'), 'utf8')));
      expect(record.agent.id).toBe(id);
      expect(await readdir(path.join(lake, id, 'history'))).toHaveLength(1);
    }
    const second = await runCli(['report', '--workspace', root, '--format', 'json']);
    expect(second.stderr).toMatch(/unchanged, cached/);
    expect(second.stdout).toBe(first.stdout);

    await writeFile(path.join(root, 'agents/weather/tools/forecast.py'), `TOKEN = "${TOKEN}"\n`);
    const third = await runCli(['report', '--workspace', root, '--format', 'json']);
    expect(third.code).toBe(1);
    expect((third.stderr.match(/unchanged, cached/g) ?? []).length).toBe(4);
  });

  it('reports an agent that crashes or hangs as failed and finishes the others', async () => {
    const root = await tree(MONOREPO);
    const crashed = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet'], { env: { COCKPIT_FAULT_INJECT: 'crash:agents/weather' } });
    expect(crashed.code).toBe(3);
    const report = parse(crashed.stdout);
    const weather = report.agents.find((agent) => agent.path === 'agents/weather');
    expect(weather).toMatchObject({ verdict: 'failed', exitCode: 3 });
    expect(weather?.error).toMatch(/injected crash/);
    expect(report.agents.filter((agent) => agent.verdict === 'pass')).toHaveLength(4);

    const hung = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet', '--no-cache', '--agent-timeout', '1', '--jobs', '2'], {
      env: { COCKPIT_FAULT_INJECT: 'hang:services/research' },
    });
    expect(hung.code).toBe(3);
    expect(parse(hung.stdout).agents.find((agent) => agent.path === 'services/research')?.error).toBe('timed out after 1000 ms');
  });

  // Two agents that hang are dispatched first; every agent queued behind them must still be audited.
  it.each(['2', '1'])('two hung agents fail alone with --jobs %s: the others are audited and their secrets reported', async (jobs) => {
    const secrets = Array.from({ length: 6 }, (_, index) => tokenLike('ghp_', 36, 40 + index, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'));
    const files: Record<string, string> = {};
    for (const [index, name] of ['a-stuck', 'b-stuck', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'].entries()) {
      files[`agents/${name}/agent.py`] = 'from crewai import Agent\n\nanalyst = Agent(role="analyst", goal="summarise", backstory="careful")\n';
      if (index >= 2) files[`agents/${name}/settings.py`] = `GITHUB_TOKEN = "${secrets[index - 2]}"\n`;
    }
    const root = await tree(files);
    const result = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet', '--no-cache', '--jobs', jobs, '--agent-timeout', '1.5'], {
      env: { COCKPIT_FAULT_INJECT: 'hang:agents/a-stuck,hang:agents/b-stuck' },
    });
    const report = parse(result.stdout);
    expect(report.agents.filter((agent) => agent.verdict === 'failed').map((agent) => [agent.path, agent.exitCode, agent.error])).toEqual([
      ['agents/a-stuck', 3, 'timed out after 1500 ms'],
      ['agents/b-stuck', 3, 'timed out after 1500 ms'],
    ]);
    const audited = report.agents.filter((agent) => /^agents\/c\d$/.test(agent.path));
    expect(audited).toHaveLength(6);
    for (const agent of audited) expect(agent.findings.filter((finding) => finding.category === 'secret')).toHaveLength(1);
    // A secret beats a failed agent.
    expect(result.code).toBe(1);
  });

  it('an agent timeout a Node timer cannot hold is exit 3, one line naming the flag', async () => {
    const root = await tree(MONOREPO);
    for (const value of ['2147484', '0', 'soon']) {
      const result = await runCli(['report', '--workspace', root, '--quiet', '--agent-timeout', value]);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^ops: error: --agent-timeout: '[^']*' is (longer than 2147483\.647 seconds|not a positive number of seconds)[^\n]*\n$/);
    }
  });

  it('a secret beats a failed agent: exit 1', async () => {
    const root = await tree({ ...MONOREPO, 'agents/billing/src/keys.ts': `export const token = "${TOKEN}";\n` });
    const result = await runCli(['report', '--workspace', root, '--quiet'], { env: { COCKPIT_FAULT_INJECT: 'crash:agents/weather' } });
    expect(result.code).toBe(1);
  });
});

describe('cockpit.yaml', () => {
  it('an invalid file is exit 3 naming the file, line and problem', async () => {
    const root = await tree({ ...MONOREPO, 'agents/weather/cockpit.yaml': 'entry_point: agent.py\ngate:\n  block_on: [loud]\n' });
    const result = await runCli(['report', '--workspace', root]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim()).toMatch(/^ops: error: agents\/weather\/cockpit\.yaml:3:\d+: 'gate\.block_on\.0': /);
  });

  it('an agent file cannot loosen the locked secrets gate: the secret still blocks and the attempt is a finding', async () => {
    const root = await tree({
      ...MONOREPO,
      'agents/weather/cockpit.yaml': '# we know what we are doing\ngate:\n  secrets: false\n',
      'agents/weather/tools/keys.py': `TOKEN = "${TOKEN}"\n`,
    });
    const report = parse((await runCli(['report', '--workspace', root, '--format', 'json', '--quiet'])).stdout);
    expect(report.exitCode).toBe(1);
    const weather = report.agents.find((agent) => agent.path === 'agents/weather')!;
    expect(weather.findings.map((finding) => [finding.ruleId, finding.file, finding.region.startLine])).toEqual([
      ['policy/locked-setting-loosened', 'agents/weather/cockpit.yaml', 3],
      [expect.stringMatching(/^secret\//), 'agents/weather/tools/keys.py', 1],
    ]);
  });

  it('the lock violation alone is a policy block (exit 2); rule levels and excludes apply per agent', async () => {
    const root = await tree({
      ...MONOREPO,
      'cockpit.yaml': 'lock: [gate.secrets, rules]\nrules:\n  secret/*: error\n',
      'agents/weather/cockpit.yaml': 'rules:\n  secret/*: off\n',
      'agents/billing/cockpit.yaml': 'exclude: ["fixtures/"]\n',
      'agents/billing/fixtures/recorded.ts': `export const token = "${TOKEN}";\n`,
    });
    const result = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet']);
    const report = parse(result.stdout);
    expect(report.agents.find((agent) => agent.path === 'agents/weather')?.findings.map((finding) => finding.message)).toEqual([
      'agents/weather/cockpit.yaml disables rule secret/*, but the root cockpit.yaml locks rule settings; the fleet setting still applies.',
    ]);
    expect(report.agents.find((agent) => agent.path === 'agents/billing')?.findings.filter((finding) => finding.category === 'secret')).toEqual([]);
    expect(result.code).toBe(2);
  });
});

describe('shards, merge and the lake', () => {
  it('merged shard lakes give the same report as one run', async () => {
    const root = await tree({ ...MONOREPO, 'services/research/src/research/keys.py': `TOKEN = "${TOKEN}"\n` });
    const whole = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet', '--lake', path.join(root, 'lake-all')]);
    const shardLakes: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const lake = path.join(root, `lake-${shard.replace('/', '-')}`);
      shardLakes.push(lake);
      const result = await runCli(['report', '--workspace', root, '--shard', shard, '--lake', lake, '--format', 'json', '--quiet']);
      expect(parse(result.stdout).shard).toBe(shard);
    }
    const merged = path.join(root, 'lake-merged');
    expect((await runCli(['lake', 'merge', ...shardLakes, '--into', merged])).code).toBe(0);
    const fromLake = await runCli(['report', '--from-lake', merged, '--format', 'json']);
    const wholeReport = parse(whole.stdout);
    const mergedReport = parse(fromLake.stdout);
    expect(fromLake.code).toBe(whole.code);
    expect(mergedReport.agents).toEqual(wholeReport.agents);
    expect(mergedReport.summary).toEqual(wholeReport.summary);
    const sarif = await runCli(['report', '--from-lake', merged, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).not.toContain(TOKEN);
  });

  it('8 concurrent processes writing one lake lose nothing and leave no torn file', async () => {
    const root = await tree(MONOREPO);
    const lake = path.join(root, 'shared-lake');
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => runCli(['report', '--workspace', root, '--lake', lake, '--no-cache', '--quiet', '--jobs', '1', '--format', 'json'])),
    );
    expect(runs.map((run) => run.code)).toEqual(Array(8).fill(0));
    const names = await readdir(lake);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const partitions = names.filter((name) => name !== WARM_CACHE_FILE);
    expect(partitions).toHaveLength(5);
    for (const id of partitions) {
      const entries = (await readdir(path.join(lake, id, 'history'))).sort();
      expect(entries.filter((name) => name.endsWith('.json'))).toHaveLength(8);
      expect(entries.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const records = await Promise.all(entries.map(async (name) => LakeRecordSchema.parse(JSON.parse(await readFile(path.join(lake, id, 'history', name), 'utf8')))));
      const latest = LakeRecordSchema.parse(JSON.parse(await readFile(path.join(lake, id, 'latest.json'), 'utf8')));
      expect(latest).toEqual(records.at(-1));
    }
  });

  it('lake ls, show and prune', async () => {
    const root = await tree(MONOREPO);
    const lake = path.join(root, 'lake');
    for (let run = 0; run < 3; run++) await runCli(['report', '--workspace', root, '--lake', lake, '--no-cache', '--quiet']);
    const listed = JSON.parse((await runCli(['lake', 'ls', '--lake', lake, '--format', 'json'])).stdout) as Array<{ id: string; path: string; history: number }>;
    expect(listed.map((row) => [row.path, row.history])).toEqual(
      expect.arrayContaining([['.', 3], ['agents/weather', 3], ['agents/billing', 3], ['services/research', 3], ['tools/scheduler', 3]]),
    );
    const shown = await runCli(['lake', 'show', 'agents/weather', '--lake', lake]);
    expect(shown.code).toBe(0);
    expect(LakeRecordSchema.parse(JSON.parse(shown.stdout)).agent.path).toBe('agents/weather');
    const traversal = await runCli(['lake', 'show', '../../etc', '--lake', lake]);
    expect(traversal.code).toBe(3);
    expect((await runCli(['lake', 'prune', '--keep', '1', '--lake', lake])).stdout).toMatch(/Removed 10 history entries/);
    for (const row of listed) expect(await readdir(path.join(lake, row.id, 'history'))).toHaveLength(1);
  });
});
