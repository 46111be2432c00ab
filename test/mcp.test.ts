import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult, JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tokenLike } from './helpers/cli.js';

/**
 * `ops mcp` driven by a real MCP client of the same SDK over stdio: the built CLI is spawned with
 * `--root` on a copy of the example fleet plus one planted agent whose key must never come back.
 */
// COCKPIT_TEST_BIN runs another build of the CLI (a scratch build), as test/helpers/cli.ts allows.
const BIN = process.env['COCKPIT_TEST_BIN'] ?? path.join(REPO_ROOT, 'bin', 'ops.js');
const KEY = tokenLike('sk-proj-', 156, 8191, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
// Any long run of the key's body would be a partial leak, not only the whole key.
const KEY_PIECES = [KEY, KEY.slice(8, 40), KEY.slice(60, 92), KEY.slice(-32)];

const PLANTED: Record<string, string> = {
  'requirements.txt': 'langchain==0.3.27\nrequests==2.32.3\n',
  '.env.example': 'LOG_LEVEL=info\n',
  'settings.py': `"""Settings for the planted agent."""\nfrom __future__ import annotations\n\nOPENAI_API_KEY = "${KEY}"\nMODEL = "gpt-4o-mini"\n`,
  'tools.py': [
    'import requests',
    'from langchain_core.tools import tool',
    '',
    '',
    '@tool',
    'def fetch_status(service: str) -> dict:',
    '    """Look up a service\'s status page."""',
    '    return requests.get(f"https://status.internal/api/{service}").json()',
    '',
  ].join('\n'),
};

let root = '';
let outside = '';
let client: Client;
let transport: StdioClientTransport;
let stderr = '';
const transportErrors: Error[] = [];
/** Every message the server wrote, in the order it wrote them, as the client transport read them. */
const wire: JSONRPCMessage[] = [];
/** Every tool result of the whole file, checked at the end for the planted key. */
const outputs: unknown[] = [];

async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) result[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  }
  await walk(dir);
  return result;
}

async function call(name: string, args: Record<string, unknown>, onprogress?: (progress: { progress: number; total?: number }) => void): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args }, undefined, onprogress ? { onprogress } : {})) as CallToolResult;
  outputs.push(result);
  return result;
}

type ProgressOnWire = { index: number; token: unknown; progress: number };

function progressOnWire(): ProgressOnWire[] {
  return wire.flatMap((message, index) => {
    if (!('method' in message) || message.method !== 'notifications/progress') return [];
    const params = message.params as { progressToken: unknown; progress: number };
    return [{ index, token: params.progressToken, progress: params.progress }];
  });
}

/** Where the answer to request `id` is on the wire. */
function responseIndex(id: unknown): number {
  return wire.findIndex((message) => 'id' in message && !('method' in message) && message.id === id);
}

/**
 * The SDK's client runs a progress handler a microtask after reading it but a response at once, so when a tool's last
 * progress and its result arrive in one read, that progress finds its handler gone and is reported as an "unknown
 * token" (modelcontextprotocol/typescript-sdk#2580). The server cannot prevent that; what it can get wrong is the
 * order it writes them in, so such an error is the SDK's race only when the wire shows the progress before the result.
 */
function isSdkProgressRace(error: Error): boolean {
  const json = /^Received a progress notification for an unknown token: (\{.*\})$/.exec(error.message)?.[1];
  if (json === undefined) return false;
  const { params } = JSON.parse(json) as { params: { progressToken: unknown; progress: number } };
  const sent = progressOnWire().find((entry) => entry.token === params.progressToken && entry.progress === params.progress);
  const answered = responseIndex(params.progressToken);
  return sent !== undefined && answered !== -1 && sent.index < answered;
}

function text(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

/** The structured result of a successful call, typed loosely for the assertions. */
function structured<T>(result: CallToolResult): T {
  expect(result.isError ?? false, text(result)).toBe(false);
  expect(result.structuredContent).toBeDefined();
  return result.structuredContent as T;
}

interface FindingOut {
  ruleId: string;
  severity: string;
  persona: string;
  file: string;
  line: number;
  message: string;
  remediation: string;
  fixability: string;
  snippet?: string;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-mcp-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'cockpit-mcp-outside-'));
  await writeFile(path.join(outside, 'agent.py'), 'from langchain_core.tools import tool\n');
  // A lake left by an earlier `ops report --workspace examples` is not part of the fixture.
  const examples = path.join(REPO_ROOT, 'examples');
  await cp(examples, root, { recursive: true, filter: (source) => path.relative(examples, source).split(path.sep)[0] !== '.cockpit' });
  for (const [relative, content] of Object.entries(PLANTED)) {
    await mkdir(path.dirname(path.join(root, 'planted-agent', relative)), { recursive: true });
    await writeFile(path.join(root, 'planted-agent', relative), content);
  }
  await symlink(outside, path.join(root, 'escape-link'), 'dir');

  transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', '--root', root],
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? os.tmpdir() },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  client = new Client({ name: 'cockpit-mcp-test', version: '1.0.0' });
  client.onerror = (error) => transportErrors.push(error);
  await client.connect(transport);
  const dispatch = transport.onmessage!;
  transport.onmessage = (message) => {
    wire.push(message);
    dispatch(message);
  };
});

afterAll(async () => {
  await client?.close();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('ops mcp over stdio', () => {
  it('lists the six tools with descriptions, input and output schemas, all read-only', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['audit_agent', 'audit_workspace', 'explain_rule', 'list_findings', 'list_triage', 'preview_heal']);
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect(byName.get('audit_agent')?.inputSchema.required).toEqual(['path']);
    expect(Object.keys(byName.get('list_findings')?.inputSchema.properties ?? {}).sort()).toEqual(['limit', 'path', 'persona', 'rule', 'severity']);
    expect(byName.get('explain_rule')?.inputSchema.required).toEqual(['ruleId']);
    expect(client.getServerVersion()?.name).toBe('agentops-cockpit');
    expect(stderr).toContain('ops mcp: serving');
  });

  it('audit_agent gives exit 0 for a clean agent and exit 1 for one with a hardcoded key', async () => {
    const clean = structured<{ exitCode: number; verdict: string; summary: { findings: number }; agent: { name: string } }>(
      await call('audit_agent', { path: 'travel-concierge' }),
    );
    expect(clean.exitCode).toBe(0);
    expect(clean.verdict).toBe('pass');

    const blockedResult = await call('audit_agent', { path: 'research-crew' });
    const blocked = structured<{ path: string; exitCode: number; verdict: string; summary: { bySeverity: { error: number } }; findings: FindingOut[]; truncated: boolean }>(blockedResult);
    expect(blocked.path).toBe('research-crew');
    expect(blocked.exitCode).toBe(1);
    expect(blocked.verdict).toBe('security-block');
    expect(blocked.truncated).toBe(false);
    const secret = blocked.findings.find((finding) => finding.ruleId === 'secret/openai-project-key');
    expect(secret).toMatchObject({ severity: 'error', persona: 'secops', fixability: 'one-click', file: 'research-crew/src/research_crew/crew.py', line: 12 });
    expect(secret?.remediation.length).toBeGreaterThan(10);
    expect(blocked.summary.bySeverity.error).toBe(blocked.findings.filter((finding) => finding.severity === 'error').length);
    expect(text(blockedResult)).toMatch(/^research-crew: security-block \(exit 1\)/);
    expect(text(blockedResult)).toContain('research-crew/src/research_crew/crew.py:12 error secret/openai-project-key');
    // The text says what to do, not only what is wrong: each rule's fix advice, and how to preview the one-click fixes.
    expect(text(blockedResult)).toContain(`\n  fix: ${secret!.remediation}`);
    expect(text(blockedResult)).toMatch(/findings? ha(s|ve) a one-click fix: preview_heal \{"path": "research-crew"\} shows the diffs without writing; `ops report research-crew --heal` applies them\./);

    const policy = structured<{ exitCode: number; verdict: string }>(await call('audit_agent', { path: 'sql-analyst' }));
    expect(policy).toMatchObject({ exitCode: 2, verdict: 'policy-block' });
  });

  it('audit_workspace gives the fleet verdict and one verdict per agent, with progress, and writes no lake', async () => {
    const progress: number[] = [];
    const before = wire.length;
    // includePassing: every entry, the passing ones too (the default answer counts them; see the next test).
    const result = await call('audit_workspace', { includePassing: true }, (event) => progress.push(event.progress));
    const fleet = structured<{ path: string; exitCode: number; summary: { agents: number; personaMatrix: Record<string, { verdict: string }> }; agents: Array<{ path: string; exitCode: number; verdict: string }> }>(result);
    expect(fleet.path).toBe('.');
    expect(fleet.exitCode).toBe(1);
    const verdicts = Object.fromEntries(fleet.agents.map((agent) => [agent.path, agent.exitCode]));
    expect(verdicts).toMatchObject({ 'travel-concierge': 0, 'research-crew': 1, 'sql-analyst': 2, 'planted-agent': 1 });
    expect(Object.keys(verdicts)).not.toContain('sandbox/notes-agent'); // .cockpitignore still applies
    // The examples' README and cockpit.yaml lie outside every agent: one repository entry, scanned for secrets.
    expect(fleet.agents[0]).toMatchObject({ path: '.', kind: 'repository', exitCode: 0 });
    expect(text(result)).toContain(`. (${fleet.agents.length - 1} agents + repository): security-block (exit 1)`);
    expect(text(result)).toContain('. (repository: files outside every agent): pass (exit 0)');
    expect(fleet.summary.agents).toBe(fleet.agents.length);
    expect(fleet.summary.personaMatrix['secops']?.verdict).toBe('blocked');
    // One progress per entry, counted up, each written before the result, under the token the client sent (the SDK
    // uses the request id). What the SDK's handler saw is only a prefix of that: it may lose the last ones, or under
    // load all of them, to its own race (see isSdkProgressRace).
    const answer = wire.findIndex((message, index) => index >= before && 'result' in message);
    const token = (wire[answer] as { id: unknown }).id;
    const sent = progressOnWire().filter((entry) => entry.token === token);
    expect(sent.map((entry) => entry.progress)).toEqual(fleet.agents.map((_, index) => index + 1));
    expect(sent.every((entry) => entry.index >= before && entry.index < answer)).toBe(true);
    expect(progress).toEqual(sent.slice(0, progress.length).map((entry) => entry.progress));
    expect(text(result)).toContain('research-crew: security-block (exit 1)');
    await expect(readdir(path.join(root, '.cockpit'))).rejects.toThrow(/ENOENT/);

    const shard = structured<{ shard: string; agents: unknown[] }>(await call('audit_workspace', { path: '.', shard: '1/2' }));
    expect(shard.shard).toBe('1/2');
    expect(shard.agents.length).toBeLessThan(fleet.agents.length);
    const badShard = await call('audit_workspace', { shard: '3/2' });
    expect(badShard.isError).toBe(true);
    expect(text(badShard)).toMatch(/^shard: '3\/2' is not K\/N/);
  });

  it('audit_workspace answers compactly by default: blocked entries with their blocking findings and fixes, passing ones counted', async () => {
    const result = await call('audit_workspace', {});
    const fleet = structured<{
      exitCode: number;
      passing: number;
      truncated: boolean;
      summary: { agents: number };
      fixes: Array<{ ruleId: string; remediation: string }>;
      agents: Array<{ path: string; verdict: string; blocking?: Array<{ ruleId: string; file: string; line: number }> }>;
    }>(result);
    expect(fleet.exitCode).toBe(1);
    expect(fleet.truncated).toBe(false);
    expect(fleet.agents.every((agent) => agent.verdict !== 'pass')).toBe(true);
    expect(fleet.passing + fleet.agents.length).toBe(fleet.summary.agents);
    expect(fleet.passing).toBeGreaterThan(0);
    const crew = fleet.agents.find((agent) => agent.path === 'research-crew');
    expect(crew?.blocking?.[0]).toMatchObject({ ruleId: 'secret/openai-project-key', file: 'research-crew/src/research_crew/crew.py', line: 12 });
    const fix = fleet.fixes.find((entry) => entry.ruleId === 'secret/openai-project-key');
    expect(fix?.remediation.length).toBeGreaterThan(10);
    // Once per rule, however many agents it blocks.
    expect(new Set(fleet.fixes.map((entry) => entry.ruleId)).size).toBe(fleet.fixes.length);
    expect(text(result)).not.toContain('travel-concierge');
    expect(text(result)).toContain(`${fleet.passing} entries pass (includePassing: true lists them).`);
    expect(text(result)).toContain('  research-crew/src/research_crew/crew.py:12 error secret/openai-project-key');
    expect(text(result)).toContain(`How to fix:\n`);
    expect(text(result)).toContain(`  secret/openai-project-key: ${fix!.remediation}`);
    const full = JSON.stringify(await call('audit_workspace', { includePassing: true }));
    expect(JSON.stringify(result).length).toBeLessThan(full.length);
  });

  it('list_findings on a folder of agents lists each agent\'s findings (never the folder audited as one agent), and answers again from stats', async () => {
    const first = structured<{ total: number; verdict: string; findings: FindingOut[] }>(await call('list_findings', { path: '.', rule: 'secret/' }));
    expect(first.verdict).toBe('security-block');
    const files = new Set(first.findings.map((finding) => finding.file.split('/')[0]));
    expect(files).toContain('research-crew');
    expect(files).toContain('planted-agent');
    const started = performance.now();
    const again = structured<{ total: number; findings: FindingOut[] }>(await call('list_findings', { path: '.', rule: 'secret/' }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(again).toEqual(first);
    // A folder inside an agent: that agent's findings in it.
    const inside = structured<{ findings: FindingOut[] }>(await call('list_findings', { path: 'research-crew/src', rule: 'secret/' }));
    expect(inside.findings.map((finding) => finding.file)).toEqual(['research-crew/src/research_crew/crew.py']);
  });

  it('list_findings filters by severity, rule family, persona and limit', async () => {
    const all = structured<{ total: number; matched: number; findings: FindingOut[] }>(await call('list_findings', { path: 'planted-agent' }));
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.matched).toBe(all.total);
    expect(new Set(all.findings.map((finding) => finding.severity))).toEqual(new Set(['error', 'warning']));

    const errors = structured<{ matched: number; findings: FindingOut[] }>(await call('list_findings', { path: 'planted-agent', severity: 'error' }));
    expect(errors.matched).toBeGreaterThan(0);
    expect(errors.findings.every((finding) => finding.severity === 'error')).toBe(true);

    const secrets = structured<{ findings: FindingOut[] }>(await call('list_findings', { path: 'planted-agent', rule: 'secret/' }));
    expect(secrets.findings.map((finding) => finding.ruleId)).toEqual(['secret/openai-project-key']);
    expect(secrets.findings[0]).toMatchObject({ file: 'planted-agent/settings.py', line: 4 });
    expect(secrets.findings[0]?.snippet).toContain('OPENAI_API_KEY = "sk-proj-');

    const sre = structured<{ findings: FindingOut[] }>(await call('list_findings', { path: 'planted-agent', persona: 'sre' }));
    expect(sre.findings.length).toBeGreaterThan(0);
    expect(sre.findings.every((finding) => finding.persona === 'sre')).toBe(true);

    const exact = structured<{ matched: number }>(await call('list_findings', { path: 'planted-agent', rule: 'secret/openai-project-key' }));
    expect(exact.matched).toBe(1);

    const limited = structured<{ matched: number; truncated: boolean; findings: FindingOut[] }>(await call('list_findings', { path: 'planted-agent', limit: 1 }));
    expect(limited.findings).toHaveLength(1);
    expect(limited.truncated).toBe(true);
    expect(limited.matched).toBe(all.total);

  });

  it('explain_rule explains a known rule and lists close matches for an unknown one', async () => {
    const result = await call('explain_rule', { ruleId: 'secret/openai-project-key' });
    const rule = structured<{ id: string; persona: string; severity: string; tags: string[]; docs: string; remediation: string }>(result);
    expect(rule).toMatchObject({ id: 'secret/openai-project-key', persona: 'secops', severity: 'error' });
    expect(rule.tags).toContain('CWE-798');
    expect(rule.docs).toContain('*Remediation:*');
    expect(text(result)).toContain('secret/openai-project-key');

    const unknown = await call('explain_rule', { ruleId: 'secret/openai-projekt-key' });
    expect(unknown.isError).toBe(true);
    expect(text(unknown).split('\n')).toHaveLength(1);
    expect(text(unknown)).toMatch(/^unknown rule 'secret\/openai-projekt-key'; did you mean secret\/openai-project-key/);

    const nothingClose = await call('explain_rule', { ruleId: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' });
    expect(text(nothingClose)).toMatch(/no close match/);
  });

  it('explain_rule\'s input schema names, as its example, a rule that exists', async () => {
    const { tools } = await client.listTools();
    const schema = tools.find((tool) => tool.name === 'explain_rule')?.inputSchema as unknown as { properties: { ruleId: { description: string } } };
    const example = /e\.g\. `([^`]+)`/.exec(schema.properties.ruleId.description)?.[1];
    expect(example).toBeDefined();
    const explained = structured<{ id: string }>(await call('explain_rule', { ruleId: example! }));
    expect(explained.id).toBe(example);
  });

  it('preview_heal returns redacted diffs and leaves every file unchanged', async () => {
    const before = await snapshot(root);
    const result = await call('preview_heal', { path: 'planted-agent' });
    const plan = structured<{ dryRun: boolean; totals: { fixes: number; files: number }; files: Array<{ file: string; diff: string; fixes: Array<{ ruleId: string }> }> }>(result);
    expect(plan.dryRun).toBe(true);
    // The retry fix's tenacity import is declared in the agent's requirements.txt in the same plan.
    expect(plan.files.map((file) => file.file).sort()).toEqual(['planted-agent/.env.example', 'planted-agent/requirements.txt', 'planted-agent/settings.py', 'planted-agent/tools.py']);
    expect(text(result)).toContain('Rotate: Rotate the key now read from OPENAI_API_KEY');
    const settings = plan.files.find((file) => file.file === 'planted-agent/settings.py');
    expect(settings?.fixes.map((fix) => fix.ruleId)).toEqual(['secret/openai-project-key']);
    expect(settings?.diff).toContain('+OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]');
    expect(settings?.diff).toContain('-OPENAI_API_KEY = "sk-proj-');
    expect(plan.totals.fixes).toBeGreaterThanOrEqual(2);
    expect(text(result)).toContain('dry run, nothing was written');
    expect(text(result)).toContain('timeout=30');
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses paths outside the root, missing folders and bad input as one-line tool errors, and keeps serving', async () => {
    for (const [args, pattern] of [
      [{ path: '..' }, /^\.\.: outside the server's root/],
      [{ path: outside }, /outside the server's root/],
      [{ path: 'escape-link' }, /^escape-link: resolves outside the server's root/],
      [{ path: 'no-such-agent' }, /^no-such-agent: no such file or directory/],
      [{ path: 'planted-agent/settings.py' }, /not a directory/],
      [{ path: 'two\nlines' }, /^two\?lines: no such file/],
      [{}, /Invalid arguments for tool audit_agent: .*path/],
      [{ path: 42 }, /expected string/],
    ] as const) {
      const result = await call('audit_agent', args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(text(result)).toMatch(pattern);
      expect(text(result).split('\n')).toHaveLength(1);
    }
    // The SDK validates arguments; two bad ones still make one line.
    const invalid = await call('list_findings', { path: 'planted-agent', severity: 'fatal', limit: 0 });
    expect(invalid.isError).toBe(true);
    expect(text(invalid)).toMatch(/severity.*; .*limit/);
    expect(text(invalid).split('\n')).toHaveLength(1);
    for (const name of ['list_findings', 'preview_heal', 'audit_workspace']) {
      const escaped = await call(name, { path: '../..' });
      expect(escaped.isError, name).toBe(true);
    }
    // A path that carries a key is echoed redacted.
    const echoed = await call('audit_agent', { path: `missing/${KEY}` });
    expect(echoed.isError).toBe(true);
    expect(text(echoed)).toMatch(/no such file or directory/);

    const unknownTool = await call('heal_everything', { path: '.' });
    expect(unknownTool.isError).toBe(true);
    expect(text(unknownTool)).toMatch(/Tool heal_everything not found/);

    const still = structured<{ exitCode: number }>(await call('audit_agent', { path: 'travel-concierge' }));
    expect(still.exitCode).toBe(0);
  });

  it('answers a request over the 4 MB message limit with a JSON-RPC error and keeps the session', async () => {
    // 10 MB and more used to end the session without a word; a key inside must not come back either.
    const huge = `${KEY} ${'x'.repeat(10 * 1024 * 1024)}`;
    const refused = await client.callTool({ name: 'explain_rule', arguments: { ruleId: huge } }).then(
      () => undefined,
      (error: unknown) => error as { code?: number; message?: string },
    );
    expect(refused?.code).toBe(-32600);
    expect(refused?.message).toMatch(/over the 4 MB limit of ops mcp/);
    outputs.push(refused?.message);
    expect(stderr).toMatch(/ops mcp: skipped a message of \d+ bytes, over the 4 MB limit\n/);

    const still = structured<{ id: string }>(await call('explain_rule', { ruleId: 'secret/openai-project-key' }));
    expect(still.id).toBe('secret/openai-project-key');
  });

  it('never returns the planted key, writes nothing but protocol to stdout, and exits when the client closes', async () => {
    expect(outputs.length).toBeGreaterThan(20);
    const everything = JSON.stringify(outputs);
    for (const piece of KEY_PIECES) expect(everything).not.toContain(piece);
    expect(stderr).not.toContain(KEY.slice(8, 40));
    // A non-JSON line on stdout would surface here as a parse error of the client transport.
    expect(transportErrors.filter((error) => !isSdkProgressRace(error))).toEqual([]);

    const pid = transport.pid;
    expect(pid).toBeGreaterThan(0);
    const started = performance.now();
    await client.close();
    // The server ends on stdin's end by itself; the transport would only SIGTERM it after 2 s.
    expect(performance.now() - started).toBeLessThan(1900);
    expect(() => process.kill(pid!, 0)).toThrow();
  });
});
