import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { findFreePort, startFakeIndex, type FakeIndexHandle } from './helpers/registry-servers/index.js';

/**
 * Issue 15: an index that cannot answer fails the run closed (exit 3, one line) unless best-effort was chosen;
 * with a mirror answering, hallucinated names and yanked releases are still errors; `ops diagnose` reports the
 * same path `--resolve` takes. Real HTTP servers on 127.0.0.1 (test/helpers/registry-servers/misbehaving-index.ts).
 */
let privateIndex: FakeIndexHandle;
let mirror: FakeIndexHandle;
let closedPort: number;
let home: string;
const trees: string[] = [];

beforeAll(async () => {
  [privateIndex, mirror, closedPort] = await Promise.all([
    startFakeIndex({
      pypi: { 'acme-agent-tools': { versions: ['1.0.0'] } },
      npm: { '@acme/agent-tools': { versions: ['1.0.0'] } },
      username: 'ci',
      password: 'not-a-real-password',
    }),
    startFakeIndex({
      pypi: {
        'google-adk': { versions: ['1.2.0'] },
        requests: { versions: ['2.32.3'] },
        'google-generativeai': { versions: ['0.8.2', '0.8.3'], yanked: { '0.8.2': '' } },
      },
      npm: { ai: { versions: ['5.0.0'] }, zod: { versions: ['3.25.0'] } },
    }),
    findFreePort(),
  ]);
  home = await mkdtemp(path.join(tmpdir(), 'cockpit-home-'));
});

afterAll(async () => {
  await Promise.all([privateIndex?.stop(), mirror?.stop(), ...trees.map(removeTree), home ? rm(home, { recursive: true, force: true }) : undefined]);
});

/** Nothing of this machine's pip/uv/npm/proxy configuration may leak in (see test/registry.test.ts). */
function isolatedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(process.env)) {
    if (/^(PIP_|UV_|NPM_CONFIG_|npm_config_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|NETRC|VIRTUAL_ENV|XDG_|SSL_CERT_|REQUESTS_CA_BUNDLE|NODE_EXTRA_CA_CERTS|COCKPIT_)/.test(name)) env[name] = '';
  }
  return { ...env, HOME: home, PIP_CONFIG_FILE: '/dev/null', UV_NO_CONFIG: '1', NPM_CONFIG_USERCONFIG: path.join(home, 'npmrc-none') };
}

const PY_AGENT = `from google.adk.agents import Agent

root_agent = Agent(name="planner", model="gemini-2.5-flash", instruction="Plan trips.")
`;
const TS_AGENT = `import { generateText } from 'ai';

export const answer = (prompt: string) => generateText({ model: 'openai/gpt-4o-mini', prompt, maxRetries: 2, abortSignal: AbortSignal.timeout(30_000) });
`;

const REQUIREMENTS = ['google-adk==1.2.0', 'requests==2.32.3', 'reqeusts-toolbelt==1.0.0', 'google-generativeai==0.8.2', ''].join('\n');

/** The failing private PyPI index of each kind, what the one line must say about it, and the extra flags it needs. */
const FAILURES: Array<{ kind: string; url: () => string; what: RegExp; flags?: string[] }> = [
  { kind: 'HTTP 500', url: () => privateIndex.pypiUrl('500'), what: /: HTTP 500 for /, flags: [] },
  { kind: 'HTTP 503', url: () => privateIndex.pypiUrl('503'), what: /: HTTP 503 for / },
  { kind: 'a timeout', url: () => privateIndex.pypiUrl('slow'), what: /: timed out after 0\.5 s for / },
  { kind: 'a refused connection', url: () => `http://127.0.0.1:${closedPort}/simple/`, what: /: connection refused for / },
  { kind: 'an SSO login page', url: () => privateIndex.pypiUrl('login'), what: /: answered a login page, not a package index for / },
  { kind: '{"error"} as PEP 691 JSON', url: () => privateIndex.pypiUrl('json-error'), what: /: answered an error document \("upstream registry unavailable"\), not a package index for / },
  { kind: 'a redirect loop', url: () => privateIndex.pypiUrl('loop'), what: /: redirect loop \(\/loop\/simple\/[a-z-]+\/ → \/loop\/simple\/[a-z-]+\/\?hop=1 → \/loop\/simple\/[a-z-]+\/\) for / },
  { kind: 'a refusal (401)', url: () => privateIndex.pypiUrl('auth'), what: /: refused \(401\) for / },
];

function config(pypiIndex: string, pypiMirror: string, extra = ''): string {
  return `registries:
  pypi: ${pypiIndex}
  npm: ${mirror.npmUrl('ok')}
  mirrors:
    pypi: [${pypiMirror}]
    npm: [${mirror.npmUrl('ok')}]
${extra}`;
}

async function workspace(cockpitYaml: string, files: Record<string, string> = {}): Promise<string> {
  const root = await makeTree({ 'cockpit.yaml': cockpitYaml, 'agents/planner/agent.py': PY_AGENT, 'agents/planner/requirements.txt': REQUIREMENTS, ...files });
  trees.push(root);
  return root;
}

interface JsonReport {
  exitCode: number;
  agents: Array<{ findings: Array<{ ruleId: string; message: string; severity: string }> }>;
  registry: { failovers: Array<{ ecosystem: string; index: string; reason: string; mirror?: string }> };
}

async function report(root: string, args: string[] = []) {
  const cache = await mkdtemp(path.join(home, 'cache-'));
  const result = await runInProcess(['report', '--workspace', root, '--format', 'json', '--quiet', '--jobs', '1', '--resolve', '--registry-timeout', '0.5', '--cache-dir', cache, ...args], { env: isolatedEnv() });
  return { ...result, report: result.stdout.startsWith('{') ? (JSON.parse(result.stdout) as JsonReport) : undefined };
}

const ruleIds = (json: JsonReport | undefined): string[] =>
  (json?.agents ?? []).flatMap((agent) => agent.findings.map((finding) => finding.ruleId)).filter((id) => id.startsWith('deps/')).sort();

describe('no index and no mirror can answer: the run fails closed', () => {
  it.each(FAILURES)('exits 3 with one line naming the index, what happened and the fix: $kind', async ({ url, what }) => {
    const root = await workspace(config(url(), `http://127.0.0.1:${closedPort}/mirror/simple/`));
    const result = await report(root);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ops: error: pypi index /);
    expect(lines[0]!.length).toBeLessThan(500);
    expect(lines[0]).toContain(`pypi index ${url()} [cockpit.yaml registries.pypi]`);
    expect(lines[0]).toMatch(what);
    expect(lines[0]).toMatch(/; no mirror could answer \(http:\/\/127\.0\.0\.1:\d+\/mirror\/simple\/: connection refused\)\. Fix: .+; or pass --resolve-best-effort to keep it a note$/);
  });

  it('names the redirect loop as a loop and the missing credential with the host name, never host:port', async () => {
    const loop = await report(await workspace(config(privateIndex.pypiUrl('loop'), `http://127.0.0.1:${closedPort}/m/`)));
    expect(loop.stderr).toMatch(/Fix: the index redirects in a loop/);
    expect(loop.stderr).not.toMatch(/raise --registry-timeout/);
    const refused = await report(await workspace(config(privateIndex.pypiUrl('auth'), `http://127.0.0.1:${closedPort}/m/`)));
    expect(refused.stderr).toContain('(machine 127.0.0.1 login USER password TOKEN)');
    expect(refused.stderr).not.toMatch(/machine 127\.0\.0\.1:\d/);
  });

  it('writes nothing to the evidence lake for any agent', async () => {
    const root = await workspace(config(privateIndex.pypiUrl('500'), `http://127.0.0.1:${closedPort}/m/`), {
      'agents/other/agent.py': PY_AGENT,
      'agents/other/requirements.txt': 'google-adk==1.2.0\n',
    });
    const result = await report(root);
    expect(result.code).toBe(3);
    const lake = path.join(root, '.cockpit', 'evidence_lake');
    const files = await readdir(lake, { recursive: true }).catch(() => [] as string[]);
    expect(files.filter((name) => String(name).endsWith('.json'))).toEqual([]);
  });

  it('fails closed on an npm registry that answers {"error": …} too', async () => {
    const root = await makeTree({
      'cockpit.yaml': `registries:\n  pypi: ${mirror.pypiUrl('ok')}\n  npm: ${privateIndex.npmUrl('json-error')}\n  mirrors:\n    pypi: [${mirror.pypiUrl('ok')}]\n    npm: [http://127.0.0.1:${closedPort}/npm/]\n`,
      'agents/billing/agent.ts': TS_AGENT,
      'agents/billing/package.json': JSON.stringify({ name: 'billing', private: true, dependencies: { ai: '5.0.0' } }),
    });
    trees.push(root);
    const result = await report(root);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`npm index ${privateIndex.npmUrl('json-error')} [cockpit.yaml registries.npm]: answered an error document ("upstream registry unavailable"), not a package index for ai`);
  });
});

describe('best-effort keeps the unanswerable lookups as notes', () => {
  it('with --resolve-best-effort', async () => {
    const root = await workspace(config(privateIndex.pypiUrl('503'), `http://127.0.0.1:${closedPort}/m/`));
    const result = await report(root, ['--resolve-best-effort']);
    expect(result.code).toBe(0);
    expect(ruleIds(result.report).filter((id) => id === 'deps/unresolved-package')).toHaveLength(4);
    const note = result.report!.agents.flatMap((agent) => agent.findings).find((finding) => finding.ruleId === 'deps/unresolved-package')!;
    expect(note.severity).toBe('note');
    expect(note.message).toMatch(/HTTP 503/);
  });

  it('with cockpit.yaml registries.best-effort: true', async () => {
    const root = await workspace(config(privateIndex.pypiUrl('login'), `http://127.0.0.1:${closedPort}/m/`, '  best-effort: true\n'));
    const result = await report(root);
    expect(result.code).toBe(0);
    expect(ruleIds(result.report)).toContain('deps/unresolved-package');
  });
});

describe('a mirror answering in place of the failing index', () => {
  it.each(FAILURES)('still reports the hallucinated name and the yanked release as errors: $kind', async ({ url }) => {
    const root = await workspace(config(url(), mirror.pypiUrl('ok')));
    const result = await report(root);
    expect(result.code).toBe(2);
    expect(ruleIds(result.report)).toEqual(['deps/deprecated-sdk', 'deps/unknown-package', 'deps/yanked-release']);
    const failover = result.report!.registry.failovers.find((entry) => entry.ecosystem === 'pypi')!;
    expect(failover).toMatchObject({ index: url(), mirror: mirror.pypiUrl('ok') });
  });
});

describe('ops diagnose says "working path" exactly where --resolve goes', () => {
  interface Diagnosis {
    ecosystems: Array<{ ecosystem: string; working: boolean; via?: string; indexes: Array<{ url: string; probe: { auth: string; availability: { kind: string; reason?: string } }; remedy?: string }> }>;
    exitCode: number;
  }
  const cases: Array<{ kind: string; url: () => string }> = [{ kind: 'a healthy index', url: () => privateIndex.pypiUrl('ok') }, ...FAILURES];
  const mirrorStates: Array<{ mirror: string; url: () => string }> = [
    { mirror: 'answering', url: () => mirror.pypiUrl('ok') },
    { mirror: 'refusing connections', url: () => `http://127.0.0.1:${closedPort}/m/` },
  ];

  it.each(cases.flatMap((entry) => mirrorStates.map((state) => ({ ...entry, ...state, mirrorUrl: state.url }))))(
    'agrees with the resolver for $kind, mirror $mirror',
    async ({ url, mirrorUrl }) => {
      const root = await workspace(config(url(), mirrorUrl()));
      const [diagnosis, resolved] = await Promise.all([
        runInProcess(['diagnose', root, '--format', 'json', '--timeout', '0.5'], { env: isolatedEnv() }),
        report(root),
      ]);
      const pypi = (JSON.parse(diagnosis.stdout) as Diagnosis).ecosystems.find((entry) => entry.ecosystem === 'pypi')!;
      expect(pypi.working).toBe(resolved.code !== 3);
      if (!pypi.working) return;
      const failover = resolved.report!.registry.failovers.find((entry) => entry.ecosystem === 'pypi');
      // The resolver answered from where diagnose says: the configured index, or the mirror it failed over to.
      expect(pypi.via).toBe(failover ? failover.mirror : url());
      const configured = pypi.indexes[0]!;
      if (failover) expect(configured.remedy).toBeDefined();
      else expect(configured.probe.availability.kind).toMatch(/^(answered-found|not-found)$/);
    },
  );

  it('names a redirect loop in the remedy and calls a login page broken', async () => {
    const root = await workspace(`registries:
  pypi:
    index-url: ${privateIndex.pypiUrl('loop')}
    extra-index-urls: [${privateIndex.pypiUrl('login')}]
  npm: ${mirror.npmUrl('ok')}
  mirrors:
    pypi: [${mirror.pypiUrl('ok')}]
    npm: [${mirror.npmUrl('ok')}]
`);
    const result = await runInProcess(['diagnose', root, '--format', 'json', '--timeout', '0.5'], { env: isolatedEnv() });
    const pypi = (JSON.parse(result.stdout) as Diagnosis).ecosystems.find((entry) => entry.ecosystem === 'pypi')!;
    expect(pypi.indexes[0]!.remedy).toMatch(/^redirect loop \(\/loop\/simple\/pip\/ → \/loop\/simple\/pip\/\?hop=1 → \/loop\/simple\/pip\/\): the index redirects in a loop/);
    expect(pypi.indexes[1]!.probe).toMatchObject({ auth: 'broken', availability: { kind: 'broken', reason: 'answered a login page, not a package index' } });
    expect(pypi.indexes[1]!.remedy).toMatch(/^answered a login page, not a package index: use the index API URL, not its web UI, and .*machine 127\.0\.0\.1 login/);
    expect(pypi).toMatchObject({ working: true, via: mirror.pypiUrl('ok') });
  });
});
