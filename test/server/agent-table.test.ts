import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LakeRecord } from '../../src/lake/record.js';
import { AgentDetailSchema, AgentListSchema, AgentQuerySchema, FindingListSchema, FindingsQuerySchema, FleetSchema } from '../../src/server/api-schemas.js';
import { agentList, findingList } from '../../src/server/fleet-views.js';
import { createApp } from '../../src/server/app.js';
import { lakeFolderStore } from '../../src/server/fleet-store.js';
import { COMMIT, NOTES, RARE_RULE, REMOTE, ROOT_IN_REPOSITORY, TOKEN, writeConsoleFleet } from '../e2e/console-fleet.js';

/**
 * Issue 19, the fleet console's API: the agents table's rule filter and warnings sort, excerpts shared
 * by findings on the same lines with each span marked, and links to the code at the audited commit.
 */
let temp = '';
let app: OpenAPIHono;
let noWorkspace: OpenAPIHono;
let records: LakeRecord[] = [];

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-agent-table-'));
  const workspace = path.join(temp, 'fleet');
  const lakeDir = path.join(temp, 'lake');
  records = await writeConsoleFleet(workspace, lakeDir);
  // Owners for the owner filter: bot-10 to bot-19 are the teens' (a second owner on bot-1x), the notes agent names its own.
  await mkdir(path.join(workspace, '.github'), { recursive: true });
  await writeFile(path.join(workspace, '.github', 'CODEOWNERS'), '/agents/ @acme/platform\n/agents/bot-1*/ @acme/Teens @acme/platform\n');
  await writeFile(path.join(workspace, NOTES.path, 'cockpit.yaml'), 'owners: ["@acme/notes"]\n');
  app = createApp({ store: lakeFolderStore(lakeDir), lakeDir, workspaceRoot: workspace, rootLabel: 'fleet' });
  noWorkspace = createApp({ store: lakeFolderStore(lakeDir), lakeDir, rootLabel: 'fleet' });
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; body: unknown }> {
  const response = await app.request(`http://127.0.0.1${url}`);
  return { status: response.status, body: await response.json() };
}

describe('GET /api/agents for the agents table', () => {
  it('rule= lists the agents with a finding of that rule, with the other filters (AND) and pages', async () => {
    const withRule = records.filter((record) => record.agent.findings.some((finding) => finding.ruleId === RARE_RULE)).map((record) => record.agent.path);
    expect(withRule.length).toBeGreaterThan(3);
    const all = AgentListSchema.parse((await get(`/api/agents?rule=${encodeURIComponent(RARE_RULE)}&limit=500`)).body);
    expect(all.items.map((row) => row.path)).toEqual([...withRule].sort());
    expect(all.total).toBe(withRule.length);
    const page = AgentListSchema.parse((await get(`/api/agents?rule=${encodeURIComponent(RARE_RULE)}&limit=2&offset=2`)).body);
    expect({ total: page.total, paths: page.items.map((row) => row.path) }).toEqual({ total: withRule.length, paths: [...withRule].sort().slice(2, 4) });
    const blocked = AgentListSchema.parse((await get(`/api/agents?rule=${encodeURIComponent(RARE_RULE)}&verdict=policy-block&q=bot-1`)).body);
    expect(blocked.items.map((row) => row.path)).toEqual(['agents/bot-10', 'agents/bot-17']);
    expect(AgentListSchema.parse((await get('/api/agents?rule=secret%2Fgithub-pat')).body).items.map((row) => row.path)).toEqual([NOTES.path]);
    expect(AgentListSchema.parse((await get('/api/agents?rule=ux%2Fno-such-rule')).body)).toEqual({ total: 0, items: [] });
  });

  it('sorts by warnings, ties in path order, and gives the counts the warnings column and severity bar show', async () => {
    const list = AgentListSchema.parse((await get('/api/agents?sort=warnings&order=desc&limit=500')).body);
    const warnings = list.items.map((row) => row.bySeverity.warning);
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));
    expect(warnings[0]).toBe(5);
    const fives = list.items.filter((row) => row.bySeverity.warning === 5).map((row) => row.path);
    expect(fives).toEqual([...fives].sort());
    for (const row of list.items) expect(row.bySeverity.error + row.bySeverity.warning + row.bySeverity.note).toBe(row.findings);
  });

  it.each([['sort=warning'], ['rule=secret'], ['rule=Secret%2FX'], ['limit=501']])('refuses %s with a 400 naming the parameter', async (query) => {
    const { status, body } = await get(`/api/agents?${query}`);
    expect(status).toBe(400);
    expect((body as { error: string }).error).toMatch(new RegExp(`^${query.split('=')[0]}: `));
  });
});

describe('GET /api/agents by owner and folder (the roll-ups\' Agents and Blocked counts)', () => {
  const paths = async (url: string) => AgentListSchema.parse((await get(url)).body).items.map((row) => row.path);
  const teens = Array.from({ length: 10 }, (_, index) => `agents/bot-${10 + index}`);

  it('owner= lists the agents an owner owns now, in any case, with the other filters', async () => {
    expect(await paths('/api/agents?owner=%40ACME%2Fteens&limit=500')).toEqual(teens);
    expect(await paths('/api/agents?owner=%40acme%2Fnotes')).toEqual([NOTES.path]);
    // The notes agent's cockpit.yaml wins over CODEOWNERS: platform owns the other 60.
    const platform = AgentListSchema.parse((await get('/api/agents?owner=%40acme%2Fplatform&limit=500')).body);
    expect(platform.total).toBe(records.length - 1);
    expect(platform.items.map((row) => row.path)).not.toContain(NOTES.path);
    const blockedTeens = records.filter((record) => teens.includes(record.agent.path) && record.agent.verdict !== 'pass').map((record) => record.agent.path);
    expect(blockedTeens.length).toBeGreaterThan(0);
    expect(await paths('/api/agents?owner=%40acme%2Fteens&verdict=blocked')).toEqual(blockedTeens);
    expect(AgentListSchema.parse((await get('/api/agents?owner=%40acme%2Fteens&sort=warnings&order=desc&limit=3&offset=2')).body)).toEqual(
      AgentListSchema.parse((await get(`/api/agents?q=bot-1&sort=warnings&order=desc&limit=3&offset=2`)).body),
    );
    expect(AgentListSchema.parse((await get('/api/agents?owner=%40acme%2Fnobody')).body)).toEqual({ total: 0, items: [] });
  });

  it('folder= is a path prefix by whole segments', async () => {
    expect(AgentListSchema.parse((await get('/api/agents?folder=agents&limit=1')).body).total).toBe(records.length);
    expect(AgentListSchema.parse((await get('/api/agents?folder=.%2Fagents%2F&limit=1')).body).total).toBe(records.length);
    expect(await paths('/api/agents?folder=agents%2Fbot-01')).toEqual(['agents/bot-01']);
    expect(await paths('/api/agents?folder=agents%2Fbot-01%2F')).toEqual(['agents/bot-01']);
    expect(await paths('/api/agents?folder=agents%2Fbot-0')).toEqual([]);
    expect(await paths('/api/agents?folder=agent')).toEqual([]);
    const blocked = records.filter((record) => record.agent.verdict !== 'pass').map((record) => record.agent.path).sort();
    expect(await paths('/api/agents?folder=agents&verdict=blocked&limit=500')).toEqual(blocked);
  });

  it('every roll-up row\'s Agents and Blocked counts are what the agents table lists for its owner or folder', async () => {
    const fleet = FleetSchema.parse((await get('/api/fleet')).body);
    const rows = [
      ...fleet.owners!.map((entry) => ({ query: `owner=${encodeURIComponent(entry.owner)}`, entry })),
      ...fleet.folders.map((entry) => ({ query: `folder=${encodeURIComponent(entry.folder)}`, entry })),
    ];
    expect(rows.length).toBeGreaterThan(3);
    for (const { query, entry } of rows) {
      const total = async (url: string) => AgentListSchema.parse((await get(url)).body).total;
      expect({ query, agents: await total(`/api/agents?${query}`), blocked: await total(`/api/agents?${query}&verdict=blocked`) }).toEqual({
        query,
        agents: entry.agents,
        blocked: entry.blocked,
      });
    }
  });

  it('refuses owner= without a workspace to read owners from, and a folder with control characters', async () => {
    const response = await noWorkspace.request('http://127.0.0.1/api/agents?owner=%40acme%2Fteens');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^owner: /);
    const { status, body } = await get('/api/agents?folder=agents%0A');
    expect(status).toBe(400);
    expect((body as { error: string }).error).toMatch(/^folder: /);
  });
});

describe('GET /api/agents/:id for the agent page', () => {
  it('shows findings on the same line in one excerpt, each span marked, nothing unredacted', async () => {
    const { status, body } = await get(`/api/agents/${NOTES.id}`);
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toContain(TOKEN);
    const detail = AgentDetailSchema.parse(body);
    // Lines 4 and 8 are five lines apart: their windows overlap, so all three share one excerpt.
    expect(detail.excerptGroups.map((group) => ({ file: group.file, startLine: group.startLine, lines: group.lines.length, findings: group.findings.map((item) => item.fingerprint) }))).toEqual([
      { file: NOTES.file, startLine: 1, lines: 11, findings: ['fp-notes-secret', 'fp-notes-url-secret', 'fp-notes-tool'] },
    ]);
    const [group] = detail.excerptGroups;
    const marked = (fingerprint: string) =>
      group!.findings.find((item) => item.fingerprint === fingerprint)!.marks.map((mark) => ({ line: mark.line, text: group!.lines[mark.line - group!.startLine]!.slice(mark.start, mark.end) }));
    expect(marked('fp-notes-secret')).toEqual([{ line: 4, text: expect.stringMatching(/^ghp_…\(40 chars\)$/) }]);
    expect(marked('fp-notes-url-secret')).toEqual([{ line: 4, text: expect.stringMatching(/^requests\.get\(.*GITHUB_TOKEN\}\)$/) }]);
    expect(marked('fp-notes-tool')).toEqual([{ line: 8, text: 'lookup' }]);
  });

  it('links each finding to its lines on GitHub at the audited commit, under the audited folder', async () => {
    const detail = AgentDetailSchema.parse((await get(`/api/agents/${NOTES.id}`)).body);
    expect(detail.codeLinks).toEqual({
      'fp-notes-secret': `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L4`,
      'fp-notes-url-secret': `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L4`,
      'fp-notes-tool': `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L8`,
    });
    expect(detail.record.source).toMatchObject({ remote: REMOTE, commit: COMMIT, forge: 'github' });
    // A record audited outside CI names no repository address: no links, rather than guessed ones.
    const other = records.find((record) => record.agent.findings.some((finding) => finding.region.endLine > finding.region.startLine))!;
    expect(AgentDetailSchema.parse((await get(`/api/agents/${other.agent.id}`)).body).codeLinks).toEqual({});
  });

  it('GET /api/findings gives each row its link when the record allows one', async () => {
    const list = FindingListSchema.parse((await get(`/api/findings?agent=${NOTES.id}`)).body);
    expect(list.items.map((row) => [row.finding.fingerprint, row.codeUrl])).toEqual([
      ['fp-notes-secret', `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L4`],
      ['fp-notes-url-secret', `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L4`],
      ['fp-notes-tool', `${REMOTE}/blob/${COMMIT}/${ROOT_IN_REPOSITORY}/${NOTES.file}#L8`],
    ]);
    const elsewhere = FindingListSchema.parse((await get(`/api/findings?rule=${encodeURIComponent(RARE_RULE)}`)).body);
    expect(elsewhere.items.length).toBeGreaterThan(0);
    expect(elsewhere.items.every((row) => row.codeUrl === undefined)).toBe(true);
  });
});

describe('a renamed rule in the rule filters', () => {
  it('finds findings recorded under the rule\'s former id, by either id', () => {
    // A record made before the rename: one finding carries the former id of reliability/unbounded-agent-steps.
    const source = records.find((record) => record.agent.findings.length > 0)!;
    const [first, ...rest] = source.agent.findings;
    const old: LakeRecord = { ...source, agent: { ...source.agent, findings: [{ ...first!, ruleId: 'reliability/agent-loop-bound' }, ...rest] } };
    for (const rule of ['reliability/unbounded-agent-steps', 'reliability/agent-loop-bound']) {
      expect(findingList([old], FindingsQuerySchema.parse({ rule })).items.map((row) => row.finding.fingerprint)).toEqual([first!.fingerprint]);
      expect(agentList([old], AgentQuerySchema.parse({ rule })).items.map((row) => row.path)).toEqual([source.agent.path]);
    }
  });
});
