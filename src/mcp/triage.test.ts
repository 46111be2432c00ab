import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { withDecision, withoutDecision } from '../triage/decisions.js';
import { EMPTY_TRIAGE, writeTriage } from '../triage/file.js';
import type { TriageEntry } from '../triage/history.js';
import { registerCockpitTools } from './tools.js';

/**
 * `list_triage` through a real MCP client of the SDK, connected in memory to the cockpit's tools: the triage
 * history of a folder with who, when, why, expiry and state, filtered by fingerprint, confined to the root.
 */

const KEY_FP = 'a1'.repeat(16);
const HOST_FP = 'b2'.repeat(16);
let root = '';
let outside = '';
let client: Client;

async function call(args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name: 'list_triage', arguments: args })) as CallToolResult;
}

function text(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-mcp-triage-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'cockpit-mcp-outside-'));
  let triage = withDecision(EMPTY_TRIAGE, {
    fingerprint: KEY_FP,
    status: 'false-positive',
    reason: 'a revoked key kept as a documentation example',
    author: 'Ana <ana@example.com>',
    decidedAt: '2026-11-02T09:00:00.000Z',
    ruleId: 'secret/generic-api-key',
    agent: 'agents/notes',
    file: 'agents/notes/README.md',
    line: 12,
  });
  triage = withDecision(triage, { fingerprint: HOST_FP, status: 'accepted-risk', reason: 'internal host', author: 'dashboard', decidedAt: '2026-11-03T09:00:00.000Z', expires: '2026-11-30' });
  triage = withoutDecision(triage, { fingerprint: KEY_FP, reason: 'the key is live after all', author: 'Bo', decidedAt: '2026-11-20T09:00:00.000Z' })!;
  await mkdir(path.join(root, '.cockpit'), { recursive: true });
  await writeTriage(path.join(root, '.cockpit', 'triage.json'), 'triage.json', triage);
  // An agent folder with no triage file, and one whose triage file is a link out of the root.
  await mkdir(path.join(root, 'agents', 'plain'), { recursive: true });
  await mkdir(path.join(root, 'agents', 'linked', '.cockpit'), { recursive: true });
  await writeFile(path.join(outside, 'triage.json'), JSON.stringify(triage));
  await symlink(path.join(outside, 'triage.json'), path.join(root, 'agents', 'linked', '.cockpit', 'triage.json'));

  const server = new McpServer({ name: 'cockpit-test', version: '0.0.0' });
  registerCockpitTools(server, { root, settings: DEFAULT_SETTINGS });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'test-client', version: '0.0.0' });
  await client.connect(clientSide);
});

afterAll(async () => {
  await client?.close();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('list_triage', () => {
  it('is listed as a read-only tool', async () => {
    const { tools } = await client.listTools();
    const tool = tools.find((entry) => entry.name === 'list_triage');
    expect(tool?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(Object.keys(tool?.inputSchema.properties ?? {}).sort()).toEqual(['fingerprint', 'limit', 'path']);
  });

  it('lists every decision and revocation newest first, with who, when, why, expiry and state', async () => {
    const result = await call({});
    expect(result.isError ?? false).toBe(false);
    const data = result.structuredContent as { triageFile: string; exists: boolean; inForce: number; expired: number; matched: number; entries: TriageEntry[] };
    expect({ file: data.triageFile, exists: data.exists, inForce: data.inForce, expired: data.expired, matched: data.matched }).toEqual({
      file: '.cockpit/triage.json',
      exists: true,
      inForce: 0,
      // The host decision's last day (2026-11-30) has passed.
      expired: 1,
      matched: 3,
    });
    expect(data.entries.map((entry) => [entry.action, entry.fingerprint.slice(0, 2), entry.author, entry.state, entry.expires, entry.endedAt])).toEqual([
      ['revoke', 'a1', 'Bo', undefined, undefined, undefined],
      ['decide', 'b2', 'dashboard', 'expired', '2026-11-30', undefined],
      ['decide', 'a1', 'Ana <ana@example.com>', 'revoked', undefined, '2026-11-20T09:00:00.000Z'],
    ]);
    const lines = text(result).split('\n');
    expect(lines[0]).toBe('.cockpit/triage.json: 0 decisions in force, 1 expired; 3 entries, newest first');
    expect(lines[1]).toBe(`2026-11-20 revoked false positive: secret/generic-api-key at agents/notes/README.md:12 (${KEY_FP.slice(0, 12)}) by Bo: the key is live after all`);
    expect(lines[2]).toBe(`2026-11-03 accepted risk: ${HOST_FP} by dashboard: internal host [expired after 2026-11-30: the finding gates again]`);
    expect(lines[3]).toContain('by Ana <ana@example.com>: a revoked key kept as a documentation example [revoked 2026-11-20]');
  });

  it('narrows to one fingerprint by prefix, and caps the entries', async () => {
    const one = (await call({ fingerprint: HOST_FP.slice(0, 8) })).structuredContent as { matched: number; entries: TriageEntry[] };
    expect(one.entries.map((entry) => entry.reason)).toEqual(['internal host']);
    const capped = await call({ limit: 1 });
    expect(capped.structuredContent).toMatchObject({ matched: 3, truncated: true });
    expect(text(capped)).toContain('… 2 older entries; raise limit to see them.');
  });

  it('answers a folder without a triage file, and refuses one outside the root or behind a link out of it', async () => {
    const plain = await call({ path: 'agents/plain' });
    expect(plain.structuredContent).toMatchObject({ triageFile: 'agents/plain/.cockpit/triage.json', exists: false, matched: 0, entries: [] });
    expect(text(plain)).toMatch(/no triage file; record a decision with: ops triage accept/);
    const escaped = await call({ path: '..' });
    expect(escaped.isError).toBe(true);
    expect(text(escaped)).toMatch(/outside the server's root/);
    const linked = await call({ path: 'agents/linked' });
    expect(linked.isError).toBe(true);
    expect(text(linked)).toMatch(/agents\/linked\/\.cockpit\/triage\.json/);
  });
});
