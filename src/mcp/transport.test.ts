import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { B64URL, rand } from '../secrets/catalog/sample-tokens.js';
import { LineReader } from './lines.js';
import { serveStdio } from './server.js';
import { guessRequestId, MAX_MESSAGE_BYTES, oneLineToolErrors } from './transport.js';

describe('oneLineToolErrors', () => {
  it('joins the lines of a tool error into one', () => {
    const message: JSONRPCMessage = {
      jsonrpc: '2.0',
      id: 7,
      result: { isError: true, content: [{ type: 'text', text: 'Input validation error: bad severity\nToo small at limit\n' }] },
    };
    expect(oneLineToolErrors(message)).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: { isError: true, content: [{ type: 'text', text: 'Input validation error: bad severity; Too small at limit' }] },
    });
  });

  it('leaves successful results, requests and notifications untouched', () => {
    const success: JSONRPCMessage = { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'a\nb' }] } };
    const notification: JSONRPCMessage = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } };
    expect(oneLineToolErrors(success)).toBe(success);
    expect(oneLineToolErrors(notification)).toBe(notification);
  });
});

describe('LineReader', () => {
  it('splits lines across chunks and drops a line over the limit, keeping only its edges', () => {
    const reader = new LineReader(8);
    expect(reader.push(Buffer.from('ab'))).toEqual([]);
    expect(reader.push(Buffer.from('c\r\nde\n'))).toEqual([
      { kind: 'line', text: 'abc' },
      { kind: 'line', text: 'de' },
    ]);
    expect(reader.push(Buffer.from('0123456'))).toEqual([]);
    expect(reader.push(Buffer.from('789abc\nok\n'))).toEqual([
      { kind: 'oversized', bytes: 13, head: '0123456789abc', tail: '0123456789abc' },
      { kind: 'line', text: 'ok' },
    ]);
  });
});

describe('guessRequestId', () => {
  it('finds the id among the first keys or as the last key, never a nested one', () => {
    expect(guessRequestId('{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"x":"', '')).toBe(7);
    expect(guessRequestId('{"method":"tools/call","params":{"id":3,', 'xx"}},"jsonrpc":"2.0","id":"req-9"}')).toBe('req-9');
    expect(guessRequestId('{"method":"tools/call","params":{"id":3,', 'xx","id":5}}')).toBeUndefined();
    expect(guessRequestId('not json at all', 'really not')).toBeUndefined();
  });
});

/** An OpenAI-style key built at run time, so no live-looking key is written in the repository. */
const KEY = `sk-proj-${rand('mcp transport echo', 156, B64URL)}`;
const KEY_BODY = KEY.slice(8, 48);

/** `ops mcp` served in this process over two pipes, driven with raw JSON-RPC lines. */
function session(root: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const logged: string[] = [];
  let out = '';
  const waiting: Array<{ id: number | null; resolve: (message: Record<string, unknown>) => void }> = [];
  const received: Array<Record<string, unknown>> = [];
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    let newline: number;
    while ((newline = out.indexOf('\n')) !== -1) {
      const message = JSON.parse(out.slice(0, newline)) as Record<string, unknown>;
      out = out.slice(newline + 1);
      received.push(message);
      const at = waiting.findIndex((wait) => wait.id === ((message['id'] as number | undefined) ?? null));
      if (at !== -1) waiting.splice(at, 1)[0]!.resolve(message);
    }
  });
  const served = serveStdio({ root, settings: DEFAULT_SETTINGS, stdin, stdout, log: (line) => logged.push(line) });
  let ended = false;
  void served.then(() => {
    ended = true;
  });
  const reply = (id: number | null) => new Promise<Record<string, unknown>>((resolve) => waiting.push({ id, resolve }));
  return {
    logged,
    received,
    isEnded: () => ended,
    async request(id: number, method: string, params: Record<string, unknown> = {}) {
      const answer = reply(id);
      stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
      return answer;
    },
    async raw(line: string, id: number | null) {
      const answer = reply(id);
      stdin.write(`${line}\n`);
      return answer;
    },
    async end() {
      stdin.end();
      await served;
    },
  };
}

const INIT = { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'transport-test', version: '0' } };

describe('ops mcp over stdio', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-mcp-transport-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('answers a message over the limit with a JSON-RPC error and keeps serving', async () => {
    const mcp = session(root);
    await mcp.request(1, 'initialize', INIT);
    // 10 MB and more ended the session inside the SDK's transport; the id comes last, as the SDK's client writes it.
    const padding = 'x'.repeat(10 * 1024 * 1024 + 1);
    const huge = JSON.stringify({ method: 'tools/call', params: { name: 'explain_rule', arguments: { ruleId: padding } }, jsonrpc: '2.0', id: 2 });
    const refused = await mcp.raw(huge, 2);
    expect(refused['error']).toEqual({ code: -32600, message: expect.stringMatching(/over the 4 MB limit of ops mcp/) });
    expect(mcp.logged).toEqual([expect.stringMatching(/^ops mcp: skipped a message of \d+ bytes, over the 4 MB limit$/)]);

    const after = await mcp.request(3, 'tools/call', { name: 'explain_rule', arguments: { ruleId: 'secret/openai-project-key' } });
    expect(after['result']).toMatchObject({ structuredContent: { id: 'secret/openai-project-key' } });
    expect(mcp.isEnded()).toBe(false);
    await mcp.end();
  });

  it('reads a message just under the limit', async () => {
    const mcp = session(root);
    const line = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { ...INIT, clientInfo: { name: 'y'.repeat(MAX_MESSAGE_BYTES - 300), version: '0' } } });
    expect(Buffer.byteLength(line)).toBeLessThan(MAX_MESSAGE_BYTES);
    expect((await mcp.raw(line, 1))['result']).toBeDefined();
    await mcp.end();
  });

  it('answers a line that is not JSON, or not JSON-RPC, with an error that does not quote it', async () => {
    const mcp = session(root);
    const parse = await mcp.raw(`{"jsonrpc":"2.0","id":4,"method":"x","params":"${KEY}`, null);
    expect(parse['error']).toEqual({ code: -32700, message: 'Parse error: the line is not JSON' });
    const invalid = await mcp.raw(JSON.stringify({ jsonrpc: '1.0', id: 5, token: KEY }), 5);
    expect(invalid['error']).toMatchObject({ code: -32600 });
    expect((await mcp.request(6, 'initialize', INIT))['result']).toBeDefined();
    await mcp.end();
    expect(JSON.stringify(mcp.received) + mcp.logged.join('\n')).not.toContain(KEY_BODY);
  });

  it('never echoes a key given as a path or a rule id', async () => {
    const mcp = session(root);
    await mcp.request(1, 'initialize', INIT);
    const calls: Array<[string, Record<string, unknown>]> = [
      ['audit_agent', { path: `agents/${KEY}` }],
      ['audit_agent', { path: `../${KEY}` }],
      ['list_findings', { path: KEY }],
      ['preview_heal', { path: `${KEY}/x` }],
      ['audit_workspace', { shard: KEY }],
      ['explain_rule', { ruleId: KEY }],
      ['explain_rule', { ruleId: `secret/${rand('mcp rule id', 40)}` }],
      ['list_findings', { path: '.', severity: KEY }],
    ];
    let id = 10;
    for (const [name, args] of calls) {
      const answer = await mcp.request(id++, 'tools/call', { name, arguments: args });
      expect(answer['result']).toMatchObject({ isError: true });
    }
    await mcp.end();
    const everything = JSON.stringify(mcp.received) + mcp.logged.join('\n');
    expect(everything).toContain('sk-proj-…');
    expect(everything).not.toContain(KEY_BODY);
    expect(everything).not.toContain(KEY.slice(-32));
    expect(everything).not.toContain(rand('mcp rule id', 40).slice(4, 24));
  });
});
