import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditWorkspace } from '../src/audit/audit-workspace.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { readAllLatest } from '../src/lake/partitions.js';
import type { LakeRecord } from '../src/lake/record.js';
import { RULES } from '../src/rules/index.js';
import { BASIC_CATALOG_ID } from '../src/server/a2ui.js';
import {
  AgentDetailSchema,
  AgentHistorySchema,
  AgentListSchema,
  AuditConflictSchema,
  AuditDoneEventSchema,
  AuditProgressEventSchema,
  AuditStartedSchema,
  AuditStartEventSchema,
  AuditStateSchema,
  ErrorSchema,
  FindingListSchema,
  FleetSchema,
  HealPreviewSchema,
  HealthSchema,
  RuleListSchema,
  type AgentList,
} from '../src/server/api-schemas.js';
import { createApp, type AppOptions } from '../src/server/app.js';
import { lakeFolderStore } from '../src/server/fleet-store.js';
import { fleetTrend } from '../src/server/fleet-views.js';
import { isLoopbackHost, tokensMatch } from '../src/server/security.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { REPO_ROOT, runCli, tokenLike } from './helpers/cli.js';
import { a2uiValidator, rawGet, readSse, sensitiveValuesIn } from './server/helpers.js';

/**
 * `ops serve`: every endpoint over a lake made by a real audit of a copy of examples/, the security
 * rules (token, loopback names, path traversal, CSRF), live audits over Server-Sent Events, A2UI
 * messages validated against the v0.9 schemas, and the CLI process itself.
 */

const PLANTED = tokenLike('ghp_', 36, 77, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const OUTSIDE_MARKER = 'OUTSIDE-THE-WEB-FOLDER-4242';
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>\n';

let temp = '';
let workspace = '';
let lakeDir = '';
let webDir = '';
let app: OpenAPIHono;
let options: AppOptions;
let records: LakeRecord[] = [];
const servers: RunningServer[] = [];

async function json<T = unknown>(target: OpenAPIHono, url: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await target.request(url, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

function idOf(agentPath: string): string {
  const record = records.find((entry) => entry.agent.path === agentPath);
  if (!record) throw new Error(`no agent ${agentPath} in the test lake`);
  return record.agent.id;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-serve-'));
  workspace = path.join(temp, 'workspace');
  await cp(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true, filter: (source) => !source.split(path.sep).includes('.cockpit') });
  // A secret of our own, so the test knows a raw value that must never come back.
  await writeFile(path.join(workspace, 'billing-assistant-ts', 'src', 'github.ts'), `// release bot\nexport const GITHUB_TOKEN = "${PLANTED}";\n\nexport const owner = 'acme';\n`);
  lakeDir = path.join(workspace, '.cockpit', 'evidence_lake');
  await auditWorkspace({ root: workspace, settings: DEFAULT_SETTINGS, jobs: 1, lakeDir });
  records = await readAllLatest(lakeDir);

  webDir = path.join(temp, 'web');
  await mkdir(path.join(webDir, 'assets'), { recursive: true });
  await writeFile(path.join(webDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log("cockpit");\n');
  await writeFile(path.join(webDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  await writeFile(path.join(temp, 'outside.txt'), `${OUTSIDE_MARKER}\n`);
  await symlink(path.join(temp, 'outside.txt'), path.join(webDir, 'leak.txt'));

  options = { store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, webDir, auditJobs: 1, settings: DEFAULT_SETTINGS };
  app = createApp(options);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('fleet endpoints', () => {
  it('GET /api/health says how many agents the lake holds', async () => {
    const { status, body } = await json(app, '/api/health');
    expect(status).toBe(200);
    const health = HealthSchema.parse(body);
    expect(health.agents).toBe(records.length);
    // Seven agents, and the repository entry for the files beside them (README, cockpit.yaml).
    expect(health.agents).toBe(8);
  });

  it('GET /api/fleet sums the latest records: verdicts, counts, top rules, frameworks, trend', async () => {
    const { status, body } = await json(app, '/api/fleet');
    expect(status).toBe(200);
    const fleet = FleetSchema.parse(body);
    const findings = records.flatMap((record) => record.agent.findings);
    expect(fleet.summary.agents).toBe(records.length);
    expect(fleet.summary.findings).toBe(findings.length);
    expect(fleet.verdict).toBe('security-block');
    expect(fleet.exitCode).toBe(1);
    for (const verdict of ['pass', 'security-block', 'policy-block', 'failed'] as const) {
      expect(fleet.verdicts[verdict]).toBe(records.filter((record) => record.agent.verdict === verdict).length);
    }
    expect(fleet.topRules.length).toBeLessThanOrEqual(10);
    const counts = fleet.topRules.map((rule) => rule.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const top = fleet.topRules[0]!;
    expect(top.count).toBe(findings.filter((finding) => finding.ruleId === top.ruleId).length);
    expect(fleet.frameworks).toContainEqual(expect.objectContaining({ name: 'langgraph', agents: 1 }));
    const last = fleet.trend.at(-1)!;
    expect(last).toMatchObject({ agents: records.length, findings: findings.length, error: fleet.summary.bySeverity.error });
  });

  it('a lake that does not exist yet is an empty fleet, not an error', async () => {
    const emptyLake = path.join(temp, 'no-lake-yet');
    const empty = createApp({ ...options, store: lakeFolderStore(emptyLake), lakeDir: emptyLake });
    expect(HealthSchema.parse((await json(empty, '/api/health')).body).agents).toBe(0);
    const fleet = FleetSchema.parse((await json(empty, '/api/fleet')).body);
    expect(fleet).toMatchObject({ verdict: 'pass', exitCode: 0, topRules: [], frameworks: [], trend: [] });
    expect(fleet.summary.agents).toBe(0);
    expect(AgentListSchema.parse((await json(empty, '/api/agents')).body)).toEqual({ total: 0, items: [] });
    const validate = await a2uiValidator(path.join(REPO_ROOT, 'test', 'fixtures', 'a2ui-v0_9'));
    const lines = (await (await empty.request('/api/a2ui/fleet')).text()).trim().split('\n');
    for (const line of lines) expect(validate(JSON.parse(line))).toEqual([]);
  });

  it('the trend takes, per day, the last run of each agent up to that day', () => {
    const [a, b] = records.filter((record) => record.agent.findings.length > 0);
    const run = (base: LakeRecord, finishedAt: string, findings: number): LakeRecord => ({
      ...base,
      finishedAt,
      agent: { ...base.agent, findings: base.agent.findings.slice(0, 1).flatMap((finding) => Array.from({ length: findings }, () => finding)) },
    });
    const trend = fleetTrend([
      [run(a!, '2026-03-01T10:00:00.000Z', 2), run(a!, '2026-03-03T09:00:00.000Z', 1), run(a!, '2026-03-03T18:00:00.000Z', 0)],
      [run(b!, '2026-03-02T12:00:00.000Z', 4)],
    ]);
    expect(trend.map((point) => [point.date, point.agents, point.findings])).toEqual([
      ['2026-03-01', 1, 2],
      ['2026-03-02', 2, 6],
      ['2026-03-03', 2, 4],
    ]);
  });
});

describe('GET /api/agents', () => {
  const list = async (query: string) => {
    const { status, body } = await json<AgentList>(app, `/api/agents${query}`);
    expect(status).toBe(200);
    return AgentListSchema.parse(body);
  };

  it('lists every agent by path by default, with counts per severity and persona', async () => {
    const all = await list('');
    expect(all.total).toBe(8);
    expect(all.items[0]).toMatchObject({ path: '.', kind: 'repository', name: 'workspace', verdict: 'pass', frameworks: [] });
    expect(all.items.slice(1).every((row) => row.kind === undefined)).toBe(true);
    expect(all.items.map((row) => row.path)).toEqual(records.map((record) => record.agent.path).sort());
    const triage = all.items.find((row) => row.path === 'support-triage')!;
    expect(triage.frameworks).toEqual(['langchain', 'langgraph']);
    expect(triage.bySeverity.error + triage.bySeverity.warning + triage.bySeverity.note).toBe(triage.findings);
    expect(triage.byPersona.secops).toBeGreaterThan(0);
  });

  it('filters by verdict, persona, framework, rule and name, combined with AND', async () => {
    const blocked = await list('?verdict=security-block');
    expect(blocked.total).toBe(records.filter((record) => record.agent.verdict === 'security-block').length);
    expect(blocked.items.every((row) => row.verdict === 'security-block')).toBe(true);
    expect((await list('?persona=secops')).items.every((row) => row.byPersona.secops > 0)).toBe(true);
    expect((await list('?framework=langgraph')).items.map((row) => row.path)).toEqual(['support-triage']);
    expect((await list('?rule=pii%2Fcredit-card')).items.map((row) => row.path)).toEqual(['support-triage']);
    expect((await list('?q=BILLING')).items.map((row) => row.path)).toEqual(['billing-assistant-ts']);
    expect((await list('?verdict=pass&framework=langgraph')).total).toBe(0);
    expect((await list('?verdict=security-block&persona=sre&q=bot')).items.map((row) => row.path)).toEqual(['ops-bot']);
  });

  it('sorts and paginates', async () => {
    const byFindings = await list('?sort=findings&order=desc');
    const counts = byFindings.items.map((row) => row.findings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byName = await list('?sort=name&order=desc');
    const names = byName.items.map((row) => row.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
    const byVerdict = await list('?sort=verdict');
    expect(byVerdict.items[0]!.verdict).toBe('security-block');
    expect(byVerdict.items.at(-1)!.verdict).toBe('pass');
    const page = await list('?sort=path&limit=2&offset=2');
    expect(page.total).toBe(8);
    expect(page.items.map((row) => row.path)).toEqual((await list('?sort=path')).items.slice(2, 4).map((row) => row.path));
    expect((await list('?offset=50')).items).toEqual([]);
  });

  it.each([
    ['verdict=blocking', 'verdict'],
    ['persona=devops', 'persona'],
    ['sort=size', 'sort'],
    ['order=up', 'order'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
    ['framework=Lang%20Graph', 'framework'],
    ['rule=not-a-rule', 'rule'],
  ])('answers 400 with a message for %s', async (query, parameter) => {
    const { status, body } = await json(app, `/api/agents?${query}`);
    expect(status).toBe(400);
    expect(ErrorSchema.parse(body).error).toMatch(new RegExp(`^${parameter}: `));
  });
});

describe('one agent', () => {
  it('GET /api/agents/:id gives the latest record and redacted excerpts around each finding', async () => {
    const id = idOf('billing-assistant-ts');
    const { status, body } = await json(app, `/api/agents/${id}`);
    expect(status).toBe(200);
    const detail = AgentDetailSchema.parse(body);
    expect(detail.agent.id).toBe(id);
    expect(detail.record.runId).toBe(records.find((record) => record.agent.id === id)!.runId);
    const planted = detail.agent.findings.find((finding) => finding.ruleId === 'secret/github-pat' || finding.file.endsWith('github.ts'))!;
    expect(planted).toBeDefined();
    const excerpt = detail.excerpts[planted.fingerprint]!;
    expect(excerpt.startLine).toBe(1);
    expect(excerpt.lines[0]).toBe('// release bot');
    expect(excerpt.lines[planted.region.startLine - excerpt.startLine]).toContain('ghp_…(40 chars)');
    for (const finding of detail.agent.findings) {
      const around = detail.excerpts[finding.fingerprint]!;
      expect(around.startLine).toBeLessThanOrEqual(finding.region.startLine);
      expect(around.startLine).toBeGreaterThanOrEqual(finding.region.startLine - 3);
    }
  });

  it('GET /api/agents/:id/history lists runs oldest first', async () => {
    const id = idOf('ops-bot');
    const { status, body } = await json(app, `/api/agents/${id}/history`);
    expect(status).toBe(200);
    const history = AgentHistorySchema.parse(body);
    expect(history.items.length).toBeGreaterThanOrEqual(1);
    const times = history.items.map((item) => item.finishedAt);
    expect(times).toEqual([...times].sort());
    expect(history.items.at(-1)!.findings).toBe(records.find((record) => record.agent.id === id)!.agent.findings.length);
  });

  it('GET /api/agents/:id/heal previews redacted diffs and writes nothing', async () => {
    const crewFile = path.join(workspace, 'research-crew', 'src', 'research_crew', 'crew.py');
    const before = await readFile(crewFile, 'utf8');
    const { status, body } = await json(app, `/api/agents/${idOf('research-crew')}/heal`);
    expect(status).toBe(200);
    const plan = HealPreviewSchema.parse(body);
    expect(plan.dryRun).toBe(true);
    expect(plan.totals.fixes).toBeGreaterThan(0);
    const crew = plan.files.find((file) => file.file === 'research-crew/src/research_crew/crew.py')!;
    expect(crew.fixes.map((fix) => fix.ruleId)).toContain('secret/openai-project-key');
    expect(crew.diff).toContain('+    api_key=os.environ["OPENAI_API_KEY"],');
    expect(crew.diff).toContain('sk-proj-…(');
    expect(await readFile(crewFile, 'utf8')).toBe(before);
  });

  it('heal answers 409 when the agent folder is not on this server', async () => {
    const elsewhere = createApp({ ...options, workspaceRoot: path.join(temp, 'web') });
    const { status, body } = await json(elsewhere, `/api/agents/${idOf('ops-bot')}/heal`);
    expect(status).toBe(409);
    expect(ErrorSchema.parse(body).error).toContain("'ops-bot'");
    const { workspaceRoot: _unused, ...lakeOnly } = options;
    const noWorkspace = createApp(lakeOnly);
    expect((await json(noWorkspace, `/api/agents/${idOf('ops-bot')}/heal`)).status).toBe(409);
    // Without a workspace there is nothing to read excerpts from: the record still comes back.
    const detail = AgentDetailSchema.parse((await json(noWorkspace, `/api/agents/${idOf('ops-bot')}`)).body);
    expect(detail.excerpts).toEqual({});
  });

  it.each(['/api/agents/{id}', '/api/agents/{id}/history', '/api/agents/{id}/heal'])('%s: 404 for an unknown agent, 400 for anything but a hash', async (route) => {
    expect((await json(app, route.replace('{id}', '0000000000000000'))).status).toBe(404);
    for (const id of ['zzz', 'ABCDEF0123456789', '0123456789abcdef0', '0123456789abcdeg', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%5c..%5cwindows']) {
      const { status, body } = await json(app, route.replace('{id}', id));
      expect(status, id).toBe(400);
      expect(ErrorSchema.parse(body).error).toMatch(/^id: is not an agent hash/);
    }
  });
});

describe('findings and rules', () => {
  it('GET /api/findings lists active findings worst first, filtered and paginated', async () => {
    const all = FindingListSchema.parse((await json(app, '/api/findings?limit=500')).body);
    expect(all.total).toBe(records.reduce((sum, record) => sum + record.agent.findings.length, 0));
    const ranks = all.items.map((row) => ['error', 'warning', 'note'].indexOf(row.finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const secrets = FindingListSchema.parse((await json(app, '/api/findings?category=secret&severity=error')).body);
    expect(secrets.items.length).toBeGreaterThanOrEqual(3);
    expect(secrets.items.every((row) => row.finding.category === 'secret' && row.finding.severity === 'error')).toBe(true);
    const one = FindingListSchema.parse((await json(app, `/api/findings?agent=${idOf('support-triage')}&persona=secops&rule=pii%2Fcredit-card`)).body);
    expect(one.items.map((row) => [row.agentPath, row.finding.ruleId])).toEqual([['support-triage', 'pii/credit-card']]);
    const page = FindingListSchema.parse((await json(app, '/api/findings?limit=3&offset=1')).body);
    expect(page.items.map((row) => row.finding.fingerprint)).toEqual(all.items.slice(1, 4).map((row) => row.finding.fingerprint));
  });

  it.each(['severity=fatal', 'category=secrets', 'persona=qa', 'agent=zzz', 'limit=1000', 'rule=%2F'])('GET /api/findings?%s is a 400', async (query) => {
    const { status, body } = await json(app, `/api/findings?${query}`);
    expect(status).toBe(400);
    expect(ErrorSchema.parse(body).error.length).toBeGreaterThan(0);
  });

  it('GET /api/rules is the whole catalog with docs', async () => {
    const rules = RuleListSchema.parse((await json(app, '/api/rules')).body);
    expect(rules.items.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    const sql = rules.items.find((rule) => rule.id === 'security/sql-from-input')!;
    expect(sql.docs).toContain(sql.remediation);
    expect(sql.tags.length).toBeGreaterThan(0);
  });
});

describe('OpenAPI and A2UI', () => {
  it('GET /api/openapi.json is an OpenAPI 3.1 document listing every endpoint', async () => {
    const { status, body } = await json<{ openapi: string; paths: Record<string, Record<string, unknown>>; components: { securitySchemes: Record<string, unknown> } }>(app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/a2ui/fleet',
        '/api/agents',
        '/api/agents/{id}',
        '/api/agents/{id}/heal',
        '/api/agents/{id}/history',
        '/api/audits',
        '/api/audits/{id}',
        '/api/audits/{id}/cancel',
        '/api/audits/{id}/events',
        '/api/findings',
        '/api/fleet',
        '/api/health',
        '/api/rules',
        '/api/triage',
      ].sort(),
    );
    expect(Object.keys(body.paths['/api/audits']!)).toEqual(['post']);
    expect(body.components.securitySchemes['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('GET /api/a2ui/fleet streams valid A2UI v0.9 messages bound to the fleet numbers', async () => {
    const validate = await a2uiValidator(path.join(REPO_ROOT, 'test', 'fixtures', 'a2ui-v0_9'));
    const response = await app.request('/api/a2ui/fleet');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/jsonl/);
    const messages = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>);
    expect(messages.map((message) => Object.keys(message).find((key) => key !== 'version'))).toEqual(['createSurface', 'updateComponents', 'updateDataModel']);
    for (const message of messages) expect(validate(message)).toEqual([]);
    expect(messages[0]!['createSurface']).toMatchObject({ surfaceId: 'fleet', catalogId: BASIC_CATALOG_ID });

    // The tree is whole: a root, unique ids, every child reference defined.
    const components = messages[1]!['updateComponents'].components as Array<Record<string, any>>;
    const ids = components.map((component) => component['id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('root');
    const references = components.flatMap((component) => [
      ...(typeof component['child'] === 'string' ? [component['child']] : []),
      ...(Array.isArray(component['children']) ? component['children'] : component['children'] ? [component['children'].componentId] : []),
    ]);
    for (const reference of references) expect(ids).toContain(reference);

    // Every absolute binding resolves in the data model, and the numbers are the fleet's.
    const data = messages[2]!['updateDataModel'].value as Record<string, any>;
    const pointers = JSON.stringify(components).match(/\$\{\/[^}]+\}/g) ?? [];
    expect(pointers.length).toBeGreaterThan(3);
    for (const pointer of pointers) {
      const value = pointer.slice(3, -1).split('/').reduce<any>((node, key) => node?.[key], data);
      expect(value, pointer).not.toBeUndefined();
    }
    const fleet = FleetSchema.parse((await json(app, '/api/fleet')).body);
    expect(data['summary'].agents).toBe(fleet.summary.agents);
    expect(data['topRules']).toEqual(fleet.topRules);
    expect(data['verdicts'].reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(fleet.summary.agents);

    // Or as Server-Sent Events, one message per event.
    const sse = await readSse(await app.request('/api/a2ui/fleet', { headers: { Accept: 'text/event-stream' } }));
    expect(sse.map((event) => Object.keys(JSON.parse(event.data) as object)[1])).toEqual(['createSurface', 'updateComponents', 'updateDataModel']);
  });

  it('the validator rejects what the spec rejects', async () => {
    const validate = await a2uiValidator(path.join(REPO_ROOT, 'test', 'fixtures', 'a2ui-v0_9'));
    expect(validate({ createSurface: { surfaceId: 'fleet', catalogId: BASIC_CATALOG_ID } })).not.toEqual([]);
    expect(validate({ version: 'v0.9', updateComponents: { surfaceId: 'fleet', components: [{ id: 'root', component: 'Chart', data: [] }] } })).not.toEqual([]);
    expect(validate({ version: 'v0.9', updateComponents: { surfaceId: 'fleet', components: [{ id: 'root', component: 'Text', text: 'x', colour: 'red' }] } })).not.toEqual([]);
  });
});

describe('the dashboard files', () => {
  it('serves index.html, assets with their content types, and the security headers', async () => {
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toBe(INDEX_HTML);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = index.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self'"]) expect(csp).toContain(directive);
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
    const api = await app.request('/api/health');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers dashboard routes with index.html, missing files with 404, unknown API paths with JSON 404', async () => {
    for (const route of ['/agents/4a444cfc357afaf3', '/rules', '/fleet/']) {
      const response = await app.request(route);
      expect(response.status, route).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
    }
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    const api = await json(app, '/api/nope');
    expect(api.status).toBe(404);
    expect(ErrorSchema.parse(api.body).error).toContain('/api/nope');
  });

  it('says how to build the dashboard when it is not built', async () => {
    const bare = createApp({ ...options, webDir: path.join(temp, 'no-such-folder') });
    const response = await bare.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('npm run build');
  });

  it('never serves a file outside the web folder, whatever the path encoding', async () => {
    const server = await startServer({ ...options, host: '127.0.0.1', port: 0 });
    servers.push(server);
    const attempts = [
      '/..%2foutside.txt',
      '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/outside.txt',
      '/%2e%2e%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/assets/%2e%2e/%2e%2e/outside.txt',
      '/.%2e/outside.txt',
      '/../outside.txt',
      '/..%5coutside.txt',
      '/..\\outside.txt',
      '/%252e%252e%252foutside.txt',
      '/leak.txt',
      '/%00',
    ];
    for (const target of attempts) {
      const { status, body } = await rawGet(server.port, target);
      expect(body, target).not.toContain(OUTSIDE_MARKER);
      expect(body, target).not.toMatch(/root:.*:0:0:/);
      expect([400, 404], target).toContain(status);
    }
  });
});

describe('safety', () => {
  it('with a token, every API request needs it (compared in constant time); the page itself does not', async () => {
    const token = tokenLike('', 40, 5);
    const guarded = createApp({ ...options, token });
    const missing = await json(guarded, '/api/health');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(ErrorSchema.parse(missing.body).error).not.toContain(token);
    expect((await json(guarded, '/api/fleet', { headers: { Authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await json(guarded, '/api/fleet', { headers: { Authorization: `Bearer ${token.slice(0, -1)}` } })).status).toBe(401);
    expect((await json(guarded, '/api/fleet', { headers: { Authorization: token } })).status).toBe(401);
    expect((await json(guarded, '/api/openapi.json')).status).toBe(401);
    expect((await json(guarded, '/api/fleet', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    // Any host name is fine with a token: that is what it is for.
    expect((await guarded.request('http://cockpit.example.com/api/health', { headers: { Authorization: `bearer ${token}` } })).status).toBe(200);
    expect((await guarded.request('/')).status).toBe(200);
  });

  it('compares tokens by digest, so lengths and prefixes tell nothing', () => {
    expect(tokensMatch('a'.repeat(32), 'a'.repeat(32))).toBe(true);
    expect(tokensMatch('a'.repeat(31), 'a'.repeat(32))).toBe(false);
    expect(tokensMatch('', 'a'.repeat(32))).toBe(false);
    expect(tokensMatch('b'.repeat(500), 'a'.repeat(32))).toBe(false);
  });

  it('without a token, only loopback host names are answered (no DNS rebinding)', async () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'cockpit.example.com', 'localhost.evil.com'].some(isLoopbackHost)).toBe(false);
    const rebound = await json(app, 'http://attacker.example/api/fleet');
    expect(rebound.status).toBe(403);
    expect((await app.request('http://127.0.0.1:8080/api/health')).status).toBe(200);
  });

  it('starting an audit needs a JSON body from this origin', async () => {
    expect((await json(app, '/api/audits', { method: 'POST' })).status).toBe(415);
    expect((await json(app, '/api/audits', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const foreign = await json(app, 'http://127.0.0.1:8080/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    expect((await json(app, '/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"root":"/"}' })).status).toBe(400);
    expect((await json(app, '/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' })).status).toBe(400);
  });

  it('no response carries a secret or personal data from the workspace', async () => {
    const sensitive = await sensitiveValuesIn(workspace);
    expect(sensitive).toContain(PLANTED);
    expect(sensitive.length).toBeGreaterThanOrEqual(4);
    const urls = ['/api/health', '/api/fleet', '/api/agents?limit=500', '/api/findings?limit=500', '/api/rules', '/api/openapi.json', '/api/a2ui/fleet'];
    for (const record of records) {
      for (const suffix of ['', '/history', '/heal']) urls.push(`/api/agents/${record.agent.id}${suffix}`);
    }
    const bodies = await Promise.all(urls.map(async (url) => ({ url, text: await (await app.request(url)).text() })));
    for (const { url, text } of bodies) {
      for (const value of sensitive) expect(text.includes(value), `${url} leaks ${value.slice(0, 4)}…`).toBe(false);
    }
    // The redacted forms are there instead: the check is not passing on empty bodies.
    expect(bodies.find((body) => body.url.endsWith(idOf('billing-assistant-ts')))!.text).toContain('ghp_…(40 chars)');
  });
});

describe('audits from the API', () => {
  it('one at a time, live over Server-Sent Events, with a late client getting the state so far', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const controlled = createApp({
      ...options,
      runAudit: async (hooks) => {
        hooks.onStart(2);
        hooks.onProgress({ done: 1, total: 2, agent: 'a', verdict: 'pass', cached: false, elapsedMs: 1 });
        await gate;
        hooks.onProgress({ done: 2, total: 2, agent: 'b', verdict: 'policy-block', cached: true, elapsedMs: 2 });
        return { agents: (['pass', 'policy-block'] as const).map((verdict) => records.find((record) => record.agent.verdict === verdict)!.agent) };
      },
    });
    const post = () => json(controlled, '/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const started = await post();
    expect(started.status).toBe(202);
    const { id } = AuditStartedSchema.parse(started.body);
    const again = await post();
    expect(again.status).toBe(409);
    expect(AuditConflictSchema.parse(again.body).id).toBe(id);
    // The run starts once the lake's earlier records are read; its progress shows in the state from then on.
    await vi.waitFor(async () => expect(AuditStateSchema.parse((await json(controlled, `/api/audits/${id}`)).body)).toMatchObject({ status: 'running', done: 1, total: 2 }));

    const stream = Promise.resolve(controlled.request(`/api/audits/${id}/events`)).then(readSse);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const events = await stream;
    expect(events.map((event) => event.event)).toEqual(['start', 'progress', 'progress', 'done']);
    expect(AuditProgressEventSchema.parse(JSON.parse(events[2]!.data))).toEqual({ done: 2, total: 2, agent: 'b', verdict: 'policy-block', cached: true });
    // The two agents come back as the lake has them: nothing changed.
    expect(AuditDoneEventSchema.parse(JSON.parse(events[3]!.data))).toEqual({
      exitCode: 2,
      verdict: 'policy-block',
      agents: 2,
      changes: { compared: 2, new: 0, fixed: 0, unchanged: expect.any(Number), changedAgents: 0, verdictChanges: 0, agents: [] },
    });
    expect(AuditStateSchema.parse((await json(controlled, `/api/audits/${id}`)).body)).toMatchObject({ status: 'done', exitCode: 2, done: 2 });
    // A client that comes after the end gets the start, the last progress and the end, then the stream closes.
    const late = await readSse(await controlled.request(`/api/audits/${id}/events`));
    expect(late.map((event) => event.event)).toEqual(['start', 'progress', 'done']);
    expect((await post()).status).toBe(202);
  });

  it('a failed audit ends its stream with an error event whose message hides secrets', async () => {
    const failing = createApp({ ...options, runAudit: () => Promise.reject(new Error(`cockpit.yaml: bad value "${PLANTED}"\nstack line`)) });
    const { id } = AuditStartedSchema.parse((await json(failing, '/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).body);
    const events = await readSse(await failing.request(`/api/audits/${id}/events`));
    expect(events.map((event) => event.event)).toEqual(['error']);
    expect(events[0]!.data).not.toContain(PLANTED);
    expect(events[0]!.data).not.toContain('stack line');
    expect(AuditStateSchema.parse((await json(failing, `/api/audits/${id}`)).body).status).toBe('failed');
  });

  it('404 for an unknown audit, 400 for a malformed id', async () => {
    for (const suffix of ['', '/events']) {
      expect((await json(app, `/api/audits/0123456789abcdef${suffix}`)).status).toBe(404);
      expect((await json(app, `/api/audits/..%2f..%2fetc${suffix}`)).status).toBe(400);
    }
  });

  it('a real audit over a socket: start, progress, done, and /api/fleet shows the new agent at once', async () => {
    const server = await startServer({ ...options, host: '127.0.0.1', port: 0 });
    servers.push(server);
    const api = (route: string, init?: RequestInit) => fetch(new URL(route, server.url), init);
    expect(FleetSchema.parse(await (await api('/api/fleet')).json()).summary.agents).toBe(8);
    await mkdir(path.join(workspace, 'weather-bot'), { recursive: true });
    await writeFile(path.join(workspace, 'weather-bot', 'requirements.txt'), 'langchain-openai==0.3.0\n');
    await writeFile(path.join(workspace, 'weather-bot', 'agent.py'), 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o-mini")\n');

    const started = await api('/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(started.status).toBe(202);
    const { id } = AuditStartedSchema.parse(await started.json());
    const events = await readSse(await api(`/api/audits/${id}/events`, { headers: { Accept: 'text/event-stream' } }));
    // First what it does before agents finish (finding them), then how many there are.
    expect(events[0]!.event).toBe('phase');
    const start = events.find((event) => event.event === 'start')!;
    expect(AuditStartEventSchema.parse(JSON.parse(start.data)).total).toBe(9);
    expect(events.at(-1)!.event).toBe('done');
    const done = AuditDoneEventSchema.parse(JSON.parse(events.at(-1)!.data));
    expect(done).toMatchObject({ exitCode: 1, verdict: 'security-block', agents: 9 });
    // What changed: the new agent, and only it (its findings are all new).
    expect(done.changes).toMatchObject({ compared: 8, fixed: 0, changedAgents: 1, verdictChanges: 1, agents: [{ path: 'weather-bot', fixed: 0 }] });
    expect(done.changes!.new).toBe(done.changes!.agents[0]!.new);
    const progress = events.filter((event) => event.event === 'progress').map((event) => AuditProgressEventSchema.parse(JSON.parse(event.data)));
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)!.done).toBe(9);

    const fleet = FleetSchema.parse(await (await api('/api/fleet')).json());
    expect(fleet.summary.agents).toBe(9);
    const agents = AgentListSchema.parse(await (await api('/api/agents?q=weather')).json());
    expect(agents.items.map((row) => row.path)).toEqual(['weather-bot']);
    expect(AuditStateSchema.parse(await (await api(`/api/audits/${id}`)).json())).toMatchObject({ status: 'done', done: 9, total: 9 });
  });
});

describe('ops serve', () => {
  it('starts on port 0, prints its URL on one line, answers /api/health and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'ops.js'), 'serve', '--workspace', workspace, '--port', '0', '--no-open'], {
      cwd: temp,
      env: { ...process.env, OPS_SERVER_TOKEN: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 15_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /Serving the cockpit dashboard at (http:\/\/127\.0\.0\.1:\d+\/) \(lake: (.+)\)\n/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toBe(`Serving the cockpit dashboard at ${url} (lake: workspace/.cockpit/evidence_lake)\n`);
    const health = HealthSchema.parse(await (await fetch(new URL('/api/health', url))).json());
    expect(health.agents).toBeGreaterThanOrEqual(7);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses a non-loopback host without OPS_SERVER_TOKEN, a weak token and a busy port: exit 3, one line', async () => {
    const open = await runCli(['serve', '--workspace', workspace, '--host', '0.0.0.0', '--port', '0', '--no-open'], { env: { OPS_SERVER_TOKEN: '' } });
    expect(open.code).toBe(3);
    expect(open.stderr).toMatch(/^ops: error: --host 0\.0\.0\.0: .*OPS_SERVER_TOKEN.*\n$/);
    const weak = await runCli(['serve', '--workspace', workspace, '--host', '0.0.0.0', '--port', '0', '--no-open'], { env: { OPS_SERVER_TOKEN: 'short' } });
    expect(weak.code).toBe(3);
    expect(weak.stderr).toMatch(/^ops: error: OPS_SERVER_TOKEN: .*\n$/);
    expect(weak.stderr).not.toContain('short');

    const busy = createNetServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      const taken = await runCli(['serve', '--workspace', workspace, '--port', String(port), '--no-open'], { env: { OPS_SERVER_TOKEN: '' } });
      expect(taken.code).toBe(3);
      expect(taken.stderr).toBe(`ops: error: --port ${port}: the address is already in use on 127.0.0.1\n`);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
    const badPort = await runCli(['serve', '--workspace', workspace, '--port', '70000']);
    expect(badPort.code).toBe(3);
    expect(badPort.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const missing = await runCli(['serve', '--workspace', path.join(temp, 'nowhere'), '--port', '0']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/nowhere: no such file or directory\n$/);
  });

  it('--help shows examples', async () => {
    const help = await runCli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--no-open');
  });
});
