import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, removeTree, runCli } from './helpers/cli.js';
import { findFreePort, seedNpm, seedPypi, type SeededNpm, type PypiStaticHandle } from './helpers/registry-servers/index.js';

/**
 * Issue 6 end to end: the built CLI against real registries on 127.0.0.1. a node:http static server serves a PyPI simple index
 * (private: Basic auth → 401 anonymous; denied: 403; open: the mirror) and two Verdaccio instances serve npm
 * (private: 401 anonymous; open: the mirror).
 */
let pypi: PypiStaticHandle;
let npm: SeededNpm;
let home: string;
const trees: string[] = [];

beforeAll(async () => {
  [pypi, npm] = await Promise.all([seedPypi(), seedNpm()]);
  home = await mkdtemp(path.join(tmpdir(), 'cockpit-home-'));
}, 60_000);

afterAll(async () => {
  await Promise.all([pypi?.stop(), npm?.stop(), ...trees.map(removeTree), home ? rm(home, { recursive: true, force: true }) : undefined]);
});

/**
 * No pip.conf, uv.toml, .npmrc, proxy, CA or index variable of this machine may leak into the test. runCli
 * starts from process.env, so each such variable is overridden with an empty value (which every reader ignores).
 */
function isolatedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(process.env)) {
    if (/^(PIP_|UV_|NPM_CONFIG_|npm_config_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|NETRC|VIRTUAL_ENV|XDG_|SSL_CERT_|REQUESTS_CA_BUNDLE|NODE_EXTRA_CA_CERTS)/.test(name)) env[name] = '';
  }
  return { ...env, HOME: home, PIP_CONFIG_FILE: '/dev/null', UV_NO_CONFIG: '1', NPM_CONFIG_USERCONFIG: path.join(home, 'npmrc-none'), ...extra };
}

const PY_AGENT = `from google.adk.agents import Agent; from google.adk.models import Gemini; from google.genai import types

root_agent = Agent(name="planner", model=Gemini(model="gemini-2.5-flash", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Plan trips.")
`;
const TS_AGENT = `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function answer(question: string) {
  return generateText({ model: openai('gpt-4o-mini'), prompt: question, maxRetries: 2, abortSignal: AbortSignal.timeout(30_000) });
}
`;

async function workspace(cockpitYaml: string, files: Record<string, string> = {}): Promise<string> {
  const root = await makeTree({
    'cockpit.yaml': cockpitYaml,
    'agents/planner/agent.py': PY_AGENT,
    'agents/planner/requirements.txt': [
      'google-adk==1.2.0',
      'acme-agent-tools==1.0.0',
      'requests==2.32.3',
      'reqeusts-toolbelt==1.0.0',
      'google-generativeai==0.8.2',
      '',
    ].join('\n'),
    'agents/billing/agent.ts': TS_AGENT,
    'agents/billing/package.json': JSON.stringify(
      { name: 'billing', private: true, dependencies: { ai: '5.0.0', openai: '4.0.0', '@acme/agent-tools': '1.0.0', zod: '3.25.0' } },
      null,
      2,
    ),
    ...files,
  });
  trees.push(root);
  return root;
}

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  severity: string;
}
interface JsonReport {
  exitCode: number;
  agents: Array<{ findings: JsonFinding[] }>;
  registry: {
    failovers: Array<{ ecosystem: string; index: string; status: number; reason: string; mirror?: string; resolved: string[]; unresolved: string[]; origin: string }>;
    refused: Array<{ ecosystem: string; index: string; status: number; scope?: string }>;
    packages: { checked: number; found: number; missing: number; unresolved: number };
    requests: number;
    fromCache: number;
    indexes: Array<{ url: string; origin: string; hasCredentials: boolean; credentialSource?: string }>;
  };
}

async function reportJson(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ report: JsonReport; stdout: string; stderr: string; code: number }> {
  const result = await runCli(['report', '--workspace', root, '--format', 'json', '--quiet', '--jobs', '1', ...args], { env: isolatedEnv(env) });
  if (!result.stdout.startsWith('{')) throw new Error(`no JSON report (exit ${result.code}): ${result.stderr}`);
  return { report: JSON.parse(result.stdout) as JsonReport, ...result };
}

const depFindings = (report: JsonReport) =>
  report.agents
    .flatMap((agent) => agent.findings)
    .filter((finding) => finding.ruleId.startsWith('deps/'))
    .map((finding) => `${finding.ruleId} ${finding.file.replace(/^agents\//, '')}`)
    .sort();

const anonymousConfig = () => `registries:
  pypi: ${pypi.urls.private}
  npm: ${npm.private.url}
  mirrors:
    pypi: [${pypi.urls.open}]
    npm: [${npm.open.url}]
`;

describe('failover on 401', () => {
  let result: Awaited<ReturnType<typeof reportJson>>;
  beforeAll(async () => {
    const root = await workspace(anonymousConfig());
    result = await reportJson(root, ['--resolve', '--cache-dir', await mkdtemp(path.join(home, 'cache-'))]);
  }, 60_000);

  it('asks the mirror when the private PyPI index and npm registry answer 401, and the report names each failover', () => {
    const failovers = result.report.registry.failovers.map((f) => [f.ecosystem, f.index, f.status, f.mirror, f.origin]);
    // Listed by ecosystem, whichever lookup was refused first.
    expect(failovers).toEqual([
      ['npm', npm.private.url, 401, npm.open.url, 'cockpit.yaml registries.npm'],
      ['pypi', pypi.urls.private.replace(/\/$/, ''), 401, pypi.urls.open.replace(/\/$/, ''), 'cockpit.yaml registries.pypi'],
    ].map(([eco, index, status, mirror, origin]) => [eco, expect.stringMatching(new RegExp(`^${String(index).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/?$`)), status, expect.stringMatching(new RegExp(`^${String(mirror).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/?$`)), origin]));
    const pypiFailover = result.report.registry.failovers.find((f) => f.ecosystem === 'pypi')!;
    expect(pypiFailover.resolved).toEqual(['google-adk', 'google-generativeai', 'requests']);
    expect(pypiFailover.unresolved).toEqual(['acme-agent-tools', 'reqeusts-toolbelt']);
  });

  it('asks a refused index once per run and scope, then goes straight to the mirror', () => {
    // npm: the @acme scope and the unscoped names are probed apart, so one scope's refusal never disables the others.
    expect(result.report.registry.refused.map((r) => [r.ecosystem, r.status, r.scope])).toEqual([
      ['npm', 401, undefined],
      ['npm', 401, '@acme'],
      ['pypi', 401, undefined],
    ]);
  });

  it('resolves what the mirror has; a mirror 404 is an answer, so a name no answering index has is an error', () => {
    expect(depFindings(result.report)).toEqual([
      'deps/deprecated-release billing/package.json', // openai 4.0.0, from the mirror
      'deps/deprecated-sdk planner/requirements.txt', // google-generativeai
      'deps/unknown-package billing/package.json', // @acme/agent-tools: private refused, mirror 404 (declare it in registries.private)
      'deps/unknown-package planner/requirements.txt', // acme-agent-tools
      'deps/unknown-package planner/requirements.txt', // reqeusts-toolbelt: hallucinated
      'deps/yanked-release planner/requirements.txt', // google-generativeai 0.8.2 is yanked on the mirror
    ]);
    const unknown = result.report.agents.flatMap((a) => a.findings).find((f) => f.ruleId === 'deps/unknown-package' && f.message.includes('reqeusts-toolbelt'))!;
    expect(unknown.message).toMatch(/private\/simple\/? refused \(401\), and the mirror that answered in its place has no package named reqeusts-toolbelt/);
    // Notes and warnings do not block; the yanked release (error) does.
    expect(result.code).toBe(2);
  });

  it('shows the failover in the text report too', async () => {
    const root = await workspace(anonymousConfig());
    const text = await runCli(['report', '--workspace', root, '--resolve', '--cache-dir', await mkdtemp(path.join(home, 'cache-'))], { env: isolatedEnv() });
    expect(text.stdout).toMatch(/Package indexes \(online\): \d+ packages checked/);
    expect(text.stdout).toContain(`pypi ${pypi.urls.private.replace(/\/$/, '')}`);
    expect(text.stdout).toMatch(/refused \(401\) \[cockpit\.yaml registries\.pypi\]: failed over to http:\/\/127\.0\.0\.1:\d+\/open\/simple/);
  }, 60_000);
});

describe('failover on 403', () => {
  it('treats a denying index like a refusing one', async () => {
    const root = await workspace(`registries:
  pypi: ${pypi.urls.denied}
  npm: ${npm.open.url}
  mirrors:
    pypi: [${pypi.urls.open}]
`);
    const { report } = await reportJson(root, ['--resolve', '--cache-dir', await mkdtemp(path.join(home, 'cache-'))]);
    const failover = report.registry.failovers.find((f) => f.ecosystem === 'pypi')!;
    expect(failover.status).toBe(403);
    expect(failover.mirror).toMatch(/\/open\/simple\/?$/);
    expect(failover.resolved).toContain('requests');
  }, 60_000);
});

describe('with credentials: no failover, and 404 means not found', () => {
  let result: Awaited<ReturnType<typeof reportJson>>;
  const privateWithCredentials = () => pypi.urls.private.replace('http://', `http://${pypi.username}:${pypi.password}@`);
  beforeAll(async () => {
    const root = await workspace(
      `registries:
  pypi:
    index-url: ${privateWithCredentials()}
  mirrors:
    pypi: [${pypi.urls.open}]
    npm: [${npm.open.url}]
`,
      { 'agents/billing/.npmrc': `registry=${npm.private.url}\n${npm.private.url.replace(/^http:/, '')}:_authToken=${npm.private.token}\n` },
    );
    // The project .npmrc lives in the agent folder; npm reads it from the project root, which is the audited root here.
    await writeFile(path.join(root, '.npmrc'), `registry=${npm.private.url}\n${npm.private.url.replace(/^http:/, '')}:_authToken=${npm.private.token}\n`);
    result = await reportJson(root, ['--resolve', '--cache-dir', await mkdtemp(path.join(home, 'cache-'))]);
  }, 60_000);

  it('uses the credentials, so nothing fails over', () => {
    expect(result.report.registry.failovers).toEqual([]);
    expect(result.report.registry.refused).toEqual([]);
    const pypiIndex = result.report.registry.indexes.find((index) => index.url.includes('/private/simple'))!;
    expect(pypiIndex).toMatchObject({ hasCredentials: true, credentialSource: 'url' });
  });

  it('reads the private yank and deprecation, and a 404 from the only index is a package that does not exist', () => {
    expect(depFindings(result.report)).toEqual([
      'deps/deprecated-release billing/package.json', // @acme/agent-tools 1.0.0: "use 1.1.0"
      'deps/deprecated-sdk planner/requirements.txt',
      'deps/unknown-package billing/package.json', // openai: the private registry has no such package and 404 does not fail over
      'deps/unknown-package billing/package.json', // zod
      'deps/unknown-package planner/requirements.txt', // requests: only the mirror has it, and 404 does not fail over
      'deps/unknown-package planner/requirements.txt', // reqeusts-toolbelt
      'deps/unknown-package planner/requirements.txt', // google-generativeai
      'deps/yanked-release planner/requirements.txt', // acme-agent-tools 1.0.0: "broken build"
    ]);
    const yanked = result.report.agents.flatMap((a) => a.findings).find((f) => f.ruleId === 'deps/yanked-release')!;
    expect(yanked.message).toContain('"broken build"');
  });

  it('never shows a credential: not in the report, not in the lake', async () => {
    expect(result.stdout + result.stderr).not.toContain(pypi.password);
    expect(result.stdout + result.stderr).not.toContain(npm.private.token);
    const root = trees.at(-1)!;
    const lake = path.join(root, '.cockpit', 'evidence_lake');
    const files = (await readdir(lake, { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(path.join(lake, file), 'utf8');
      expect(text).not.toContain(pypi.password);
      expect(text).not.toContain(npm.private.token);
    }
    const sarif = await runCli(['report', '--workspace', root, '--format', 'sarif', '--quiet', '--resolve', '--no-cache'], { env: isolatedEnv() });
    expect(sarif.stdout).toContain('"version": "2.1.0"');
    expect(sarif.stdout + sarif.stderr).not.toContain(pypi.password);
  }, 60_000);
});

describe('--public and --offline', () => {
  it('--public never asks the private indexes', async () => {
    const root = await workspace(anonymousConfig());
    const { report } = await reportJson(root, ['--public', '--cache-dir', await mkdtemp(path.join(home, 'cache-'))]);
    expect(report.registry.failovers).toEqual([]);
    expect(report.registry.refused).toEqual([]);
    expect(depFindings(report)).toContain('deps/unknown-package planner/requirements.txt');
  }, 60_000);

  it('--offline answers from what an online run cached, without a request; an empty cache leaves notes (offline is the user\'s choice), not a failed run', async () => {
    const root = await workspace(anonymousConfig());
    const cache = await mkdtemp(path.join(home, 'cache-'));
    const online = await reportJson(root, ['--resolve', '--cache-dir', cache, '--no-cache']);
    const offline = await reportJson(root, ['--offline', '--cache-dir', cache, '--no-cache']);
    expect(offline.report.registry.requests).toBe(0);
    expect(offline.report.registry.fromCache).toBeGreaterThan(0);
    // Refusals are never cached, so offline the private-only packages stay unresolved exactly as online.
    expect(depFindings(offline.report)).toEqual(depFindings(online.report));

    const empty = await reportJson(root, ['--offline', '--cache-dir', await mkdtemp(path.join(home, 'cache-')), '--no-cache']);
    expect(empty.code).toBe(0);
    expect(empty.report.registry.packages.unresolved).toBe(empty.report.registry.packages.checked);
    expect(depFindings(empty.report).filter((id) => id.startsWith('deps/unresolved-package'))).toHaveLength(empty.report.registry.packages.checked);
  }, 90_000);
});

describe('ops diagnose', () => {
  interface Diagnosis {
    ecosystems: Array<{ ecosystem: string; working: boolean; via?: string; indexes: Array<{ url: string; role: string; origin: string; probe: { auth: string; tcp?: { ok: boolean }; http?: { status?: number } }; remedy?: string }> }>;
    environment: { proxies: Array<{ name: string; value: string }>; ca: Array<{ name: string; exists: boolean; remedy?: string }> };
    exitCode: number;
  }
  async function diagnose(yaml: string, env: NodeJS.ProcessEnv = {}, format = 'json') {
    const root = await makeTree({ 'cockpit.yaml': yaml });
    trees.push(root);
    const result = await runCli(['diagnose', root, '--format', format, '--timeout', '3'], { env: isolatedEnv(env) });
    return { ...result, diagnosis: format === 'json' ? (JSON.parse(result.stdout) as Diagnosis) : undefined };
  }

  it('reports 401 on the private indexes with a remedy, and a working path through the mirrors (exit 0)', async () => {
    const { code, diagnosis } = await diagnose(anonymousConfig());
    expect(code).toBe(0);
    const py = diagnosis!.ecosystems.find((e) => e.ecosystem === 'pypi')!;
    expect(py.working).toBe(true);
    expect(py.indexes.map((index) => [index.role, index.origin, index.probe.auth, index.probe.http?.status])).toEqual([
      ['primary', 'cockpit.yaml registries.pypi', 'unauthorized', 401],
      ['mirror', 'cockpit.yaml registries.mirrors.pypi[0]', 'ok', 404],
    ]);
    expect(py.indexes[0]!.remedy).toMatch(/401: the index needs credentials and none are configured; .*\.netrc/);
    const js = diagnosis!.ecosystems.find((e) => e.ecosystem === 'npm')!;
    expect(js.indexes.map((index) => index.probe.auth)).toEqual(['unauthorized', 'ok']);
    expect(js.indexes[0]!.remedy).toMatch(/_authToken/);
  }, 30_000);

  it('reports 403, credentials that work, and unreachable indexes; no working path means exit 3', async () => {
    const closed = await findFreePort();
    const withCredentials = pypi.urls.private.replace('http://', `http://${pypi.username}:${pypi.password}@`);
    const { code, diagnosis, stdout } = await diagnose(`registries:
  pypi:
    index-url: ${pypi.urls.denied}
    extra-index-urls: [${withCredentials}]
  npm: http://127.0.0.1:${closed}/
  mirrors:
    pypi: [${pypi.urls.open}]
    npm: [http://127.0.0.1:${closed}/mirror/]
`);
    expect(code).toBe(3);
    expect(stdout).not.toContain(pypi.password);
    const py = diagnosis!.ecosystems.find((e) => e.ecosystem === 'pypi')!;
    expect(py.indexes.map((index) => index.probe.auth)).toEqual(['forbidden', 'ok', 'ok']);
    expect(py.indexes[0]!.remedy).toMatch(/^403/);
    const js = diagnosis!.ecosystems.find((e) => e.ecosystem === 'npm')!;
    expect(js.working).toBe(false);
    expect(js.indexes.map((index) => [index.probe.auth, index.probe.tcp?.ok])).toEqual([
      ['unreachable', false],
      ['unreachable', false],
    ]);
    expect(js.indexes[0]!.remedy).toMatch(/cannot connect \(ECONNREFUSED\)/);
  }, 30_000);

  it('shows proxy and CA settings with credentials redacted and missing CA files flagged, as a table on request', async () => {
    const env = { HTTPS_PROXY: 'http://proxyuser:pr0xy-pass@127.0.0.1:3128', NO_PROXY: '127.0.0.1,localhost', SSL_CERT_FILE: '/nonexistent/ca.pem' };
    const { diagnosis, stdout } = await diagnose(anonymousConfig(), env);
    expect(diagnosis!.environment.proxies).toEqual([
      { name: 'HTTPS_PROXY', value: 'http://proxyuser:****@127.0.0.1:3128' },
      { name: 'NO_PROXY', value: '127.0.0.1,localhost' },
    ]);
    expect(diagnosis!.environment.ca).toEqual([{ name: 'SSL_CERT_FILE', value: '/nonexistent/ca.pem', exists: false, remedy: expect.stringMatching(/does not exist/) }]);
    expect(stdout).not.toContain('pr0xy-pass');
    // NO_PROXY covers 127.0.0.1, so the probes went direct and still work.
    expect(diagnosis!.exitCode).toBe(0);
    const text = await diagnose(anonymousConfig(), env, 'text');
    expect(text.stdout).toMatch(/^pypi {2}working path: http:\/\/127\.0\.0\.1:\d+\/open\/simple/m);
    expect(text.stdout).toMatch(/Index\s+Role\s+Configured in\s+DNS\s+TCP\s+TLS\s+HTTP\s+Auth/);
    expect(text.stdout).toMatch(/→ http:\/\/127\.0\.0\.1:\d+\/private\/simple\/?: 401/);
    expect(text.stdout).toContain('SSL_CERT_FILE=/nonexistent/ca.pem (missing)');
    expect(text.stdout).not.toContain('pr0xy-pass');
  }, 30_000);

  it('rejects a bad format with one line and exit 3', async () => {
    const result = await runCli(['diagnose', '.', '--format', 'xml'], { env: isolatedEnv() });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
