import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, MAX_API_BODY_BYTES } from '../../src/server/app.js';
import { lakeFolderStore } from '../../src/server/fleet-store.js';

let lake: string;
let app: OpenAPIHono;
let audits = 0;

beforeAll(async () => {
  lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-body-limit-'));
  app = createApp({
    store: lakeFolderStore(lake),
    lakeDir: lake,
    runAudit: async () => {
      audits++;
      return { agents: [] };
    },
  });
});

afterAll(async () => {
  await rm(lake, { recursive: true, force: true });
});

function postAudit(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request('http://127.0.0.1/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }));
}

describe('POST /api/audits body limit', () => {
  it('refuses a body over the limit with 413 and a JSON error, without starting an audit', async () => {
    const huge = `{"pad":"${'x'.repeat(MAX_API_BODY_BYTES)}"}`;
    const declared = await postAudit(huge, { 'Content-Length': String(huge.length) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: expect.stringMatching(/body is over 64 KB/) });

    // A streamed body announces no length: the limit counts the bytes as they arrive.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await Promise.resolve(
      app.request('http://127.0.0.1/api/audits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(audits).toBe(0);
  });

  it('still accepts a small body', async () => {
    const small = await postAudit('{}');
    expect(small.status).toBe(202);
  });
});
