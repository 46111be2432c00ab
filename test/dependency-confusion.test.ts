import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, removeTree } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { startFakeIndex, type FakeIndexHandle } from './helpers/registry-servers/index.js';

/**
 * Issue 15: private names stay private, squatted names are errors, refusals are probed once, and each agent's
 * own credentials are used for its own lookups only. Real HTTP servers on 127.0.0.1 with access logs.
 */
const USER = 'ci';
const PASSWORD = 'pw-for-tests-only';
const TOKEN = 'npm-token-for-tests-only';
let privateIndex: FakeIndexHandle;
let mirror: FakeIndexHandle;
let publicRegistry: FakeIndexHandle;
let home: string;
const trees: string[] = [];

beforeAll(async () => {
  [privateIndex, mirror, publicRegistry] = await Promise.all([
    startFakeIndex({
      pypi: { 'acme-agent-tools': { versions: ['1.0.0'] }, 'acme-billing-tools': { versions: ['2.0.0'] } },
      npm: { '@acme/agent-tools': { versions: ['1.0.0'] }, 'acme-widgets': { versions: ['3.0.0'] } },
      username: USER,
      password: PASSWORD,
      token: TOKEN,
    }),
    // The public mirror: real public packages, and a squatter who registered the internal name with a high version.
    startFakeIndex({
      pypi: { requests: { versions: ['2.32.3'] }, 'acme-agent-tools': { versions: ['99.0.0'] } },
      npm: { ai: { versions: ['5.0.0'] }, '@acme/agent-tools': { versions: ['99.0.0'] } },
    }),
    startFakeIndex({ pypi: { 'acme-agent-tools': { versions: ['99.0.0'] } } }),
  ]);
  home = await mkdtemp(path.join(tmpdir(), 'cockpit-home-'));
});

afterAll(async () => {
  await Promise.all([privateIndex?.stop(), mirror?.stop(), publicRegistry?.stop(), ...trees.map(removeTree), home ? rm(home, { recursive: true, force: true }) : undefined]);
});

function isolatedEnv(homeDir = home): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(process.env)) {
    if (/^(PIP_|UV_|NPM_CONFIG_|npm_config_|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|NETRC|VIRTUAL_ENV|XDG_|SSL_CERT_|REQUESTS_CA_BUNDLE|NODE_EXTRA_CA_CERTS|COCKPIT_)/.test(name)) env[name] = '';
  }
  return { ...env, HOME: homeDir, PIP_CONFIG_FILE: '/dev/null', UV_NO_CONFIG: '1', NPM_CONFIG_USERCONFIG: path.join(homeDir, 'npmrc-none') };
}

const PY_AGENT = `from google.adk.agents import Agent

root_agent = Agent(name="planner", model="gemini-2.5-flash", instruction="Plan trips.")
`;
const TS_AGENT = `import { generateText } from 'ai';

export const answer = (prompt: string) => generateText({ model: 'openai/gpt-4o-mini', prompt, maxRetries: 2, abortSignal: AbortSignal.timeout(30_000) });
`;

function config(extra = '', mirrorUrl = mirror.pypiUrl('ok')): string {
  return `registries:
  pypi: ${privateIndex.pypiUrl('auth')}
  npm: ${privateIndex.npmUrl('auth')}
  mirrors:
    pypi: [${mirrorUrl}]
    npm: [${mirror.npmUrl('ok')}]
${extra}`;
}

async function workspace(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

interface Finding {
  ruleId: string;
  file: string;
  message: string;
  severity: string;
}

async function report(root: string, args: string[] = [], homeDir = home) {
  const cache = await mkdtemp(path.join(home, 'cache-'));
  const result = await runInProcess(['report', '--workspace', root, '--format', 'json', '--quiet', '--jobs', '1', '--resolve', '--registry-timeout', '2', '--cache-dir', cache, ...args], { env: isolatedEnv(homeDir) });
  const findings = result.stdout.startsWith('{') ? (JSON.parse(result.stdout) as { agents: Array<{ findings: Finding[] }> }).agents.flatMap((agent) => agent.findings) : [];
  return { ...result, findings: findings.filter((finding) => finding.ruleId.startsWith('deps/')) };
}

const since = <T>(list: readonly T[], from: number): T[] => list.slice(from);

describe('a squatted name after a private refusal', () => {
  it('is a deps/dependency-confusion-risk error when the pinned version is missing on the mirror; a public package is not', async () => {
    const root = await workspace({
      'cockpit.yaml': config(),
      'agents/planner/agent.py': PY_AGENT,
      'agents/planner/requirements.txt': 'acme-agent-tools==1.0.0\nrequests==2.32.3\n',
    });
    const before = privateIndex.log.length;
    const result = await report(root);
    expect(result.code).toBe(2);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['deps/dependency-confusion-risk error']);
    expect(result.findings[0]!.message).toMatch(/^acme-agent-tools ==1\.0\.0: http:\/\/127\.0\.0\.1:\d+\/auth\/simple\/ refused \(401\), and http:\/\/127\.0\.0\.1:\d+\/ok\/simple\/ has a package of that name but not 1\.0\.0/);
    // Two packages, one refusing index: it saw one failed login, not one per package.
    expect(since(privateIndex.log, before)).toHaveLength(1);
  });
});

describe('registries.private', () => {
  const files = () => ({
    'agents/planner/agent.py': PY_AGENT,
    'agents/planner/requirements.txt': 'acme-agent-tools==1.0.0\nrequests==2.32.3\n',
    'agents/billing/agent.ts': TS_AGENT,
    'agents/billing/package.json': JSON.stringify({ name: 'billing', private: true, dependencies: { ai: '5.0.0', '@acme/agent-tools': '1.0.0' } }),
  });
  const privateNames = "  private: ['acme-*', '@acme']\n";

  it('never sends a private name to the public mirror, and fails closed saying it is private', async () => {
    const root = await workspace({ 'cockpit.yaml': config(privateNames), ...files() });
    const before = mirror.log.length;
    const result = await report(root);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/refused \(401\) for (acme-agent-tools|@acme\/agent-tools); a private name \(registries\.private '(acme-\*|@acme)'\) is never sent to a public mirror\. Fix: 401: /);
    expect(since(mirror.log, before).filter((entry) => /acme/.test(entry.path))).toEqual([]);
  });

  it('with best-effort and with --public: notes that say why, and still nothing private in the mirror log', async () => {
    const root = await workspace({ 'cockpit.yaml': config(privateNames), ...files() });
    const before = mirror.log.length;
    for (const args of [['--resolve-best-effort'], ['--public', '--resolve-best-effort']]) {
      const result = await report(root, args);
      expect(result.code).toBe(0);
      const notes = result.findings.filter((finding) => finding.ruleId === 'deps/unresolved-package');
      expect(notes.map((note) => note.file).sort()).toEqual(['agents/billing/package.json', 'agents/planner/requirements.txt']);
      for (const note of notes) expect(note.message).toMatch(/a private name \(registries\.private '(acme-\*|@acme)'\)/);
      // The public names resolved on the mirror; no confusion finding for them.
      expect(result.findings.filter((finding) => finding.ruleId !== 'deps/unresolved-package')).toEqual([]);
    }
    const asked = since(mirror.log, before).map((entry) => entry.path);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((entry) => /acme/.test(entry))).toEqual([]);
  });

  it('is an error when a public registry the installer asks (here an --extra-index-url) has the private name', async () => {
    // The credential comes from ~/.netrc (a password in cockpit.yaml would be a secret finding, exit 1).
    const netrcHome = await mkdtemp(path.join(tmpdir(), 'cockpit-home-netrc-'));
    trees.push(netrcHome);
    await writeFile(path.join(netrcHome, '.netrc'), `machine 127.0.0.1 login ${USER} password ${PASSWORD}\n`, { mode: 0o600 });
    const root = await workspace({
      'cockpit.yaml': `registries:\n  pypi: ${privateIndex.pypiUrl('auth')}\n  mirrors:\n    pypi: [${publicRegistry.pypiUrl('ok')}]\n  private: ['acme-*']\n`,
      'agents/planner/agent.py': PY_AGENT,
      'agents/planner/requirements.txt': `--extra-index-url ${publicRegistry.pypiUrl('ok')}\nacme-agent-tools==1.0.0\n`,
    });
    const result = await report(root, [], netrcHome);
    expect(result.code).toBe(2);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['deps/dependency-confusion-risk']);
    expect(result.findings[0]!.message).toMatch(/is a private name \(registries\.private 'acme-\*'\), but the public registry http:\/\/127\.0\.0\.1:\d+\/ok\/simple\/ has a package of that name and the installer asks it/);
  });
});

describe('credentials are per agent', () => {
  it("uses an agent's own --index-url credentials for its lookups only", async () => {
    const withCredentials = privateIndex.pypiUrl('auth').replace('http://', `http://${USER}:${PASSWORD}@`);
    const root = await workspace({
      'cockpit.yaml': config(),
      'agents/alpha/agent.py': PY_AGENT,
      'agents/alpha/requirements.txt': `--index-url ${withCredentials}\nacme-agent-tools==1.0.0\n`,
      'agents/beta/agent.py': PY_AGENT,
      'agents/beta/requirements.txt': `--index-url ${privateIndex.pypiUrl('auth')}\nacme-billing-tools==2.0.0\n`,
    });
    const before = privateIndex.log.length;
    const result = await report(root);
    const log = since(privateIndex.log, before);
    expect(log.filter((entry) => entry.path.includes('/acme-agent-tools/')).map((entry) => Boolean(entry.authorization))).toEqual([true]);
    expect(log.filter((entry) => entry.path.includes('/acme-billing-tools/')).map((entry) => entry.authorization)).toEqual([undefined]);
    // beta was refused (no credential of its own) and the mirror has no such package.
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.file}`)).toEqual(['deps/unknown-package agents/beta/requirements.txt']);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it("uses an agent's own .npmrc token for that agent, not for the others", async () => {
    const registry = privateIndex.npmUrl('auth');
    const root = await workspace({
      'cockpit.yaml': config(),
      'agents/web/agent.ts': TS_AGENT,
      'agents/web/package.json': JSON.stringify({ name: 'web', private: true, dependencies: { '@acme/agent-tools': '1.0.0' } }),
      'agents/web/.npmrc': `registry=${registry}\n${registry.replace(/^http:/, '')}:_authToken=${TOKEN}\n`,
      'agents/app/agent.ts': TS_AGENT,
      'agents/app/package.json': JSON.stringify({ name: 'app', private: true, dependencies: { 'acme-widgets': '3.0.0' } }),
    });
    const before = privateIndex.log.length;
    const result = await report(root, ['--resolve-best-effort']);
    const log = since(privateIndex.log, before);
    expect(log.filter((entry) => entry.path.endsWith('/@acme/agent-tools')).map((entry) => entry.authorization)).toEqual([`Bearer ${TOKEN}`]);
    expect(log.filter((entry) => entry.path.endsWith('/acme-widgets')).map((entry) => entry.authorization)).toEqual([undefined]);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});
