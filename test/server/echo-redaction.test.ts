import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { B64URL, rand } from '../../src/secrets/catalog/sample-tokens.js';
import { createApp } from '../../src/server/app.js';
import { lakeFolderStore } from '../../src/server/fleet-store.js';

/** Keys built at run time, so no live-looking key is written in the repository. */
const KEY = `sk-proj-${rand('api echo key', 156, B64URL)}`;
/** A key with no provider prefix: only its random look gives it away. */
const BARE = rand('api echo bare', 40);
const LEAKS = [KEY.slice(8, 40), KEY.slice(-32), BARE.slice(4, 24), BARE.slice(-16)];

let lake: string;
let app: OpenAPIHono;

beforeAll(async () => {
  lake = await mkdtemp(path.join(os.tmpdir(), 'cockpit-echo-'));
  app = createApp({ store: lakeFolderStore(lake), lakeDir: lake, runAudit: async () => ({ agents: [] }) });
});

afterAll(async () => {
  await rm(lake, { recursive: true, force: true });
});

async function send(target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const response = await Promise.resolve(app.request(`http://127.0.0.1${target}`, { method, headers: { 'Content-Type': 'application/json' } }));
  return { status: response.status, body: await response.text() };
}

function expectNoLeak(body: string): void {
  for (const piece of LEAKS) expect(body).not.toContain(piece);
}

describe('API responses never echo a secret the client typed', () => {
  it('masks a key in an unknown API path, keeping the rest of the path', async () => {
    const plain = await send(`/api/${KEY}/status`);
    expect(plain.status).toBe(404);
    expect(JSON.parse(plain.body)).toEqual({ error: expect.stringMatching(/^no such endpoint: GET \/api\/sk-proj-…\(164 chars\)\/status$/) });

    // Percent-encoding a character does not hide the key from the redaction.
    const encoded = await send(`/api/v2/${KEY.replace(/s/g, '%73')}`, 'POST');
    expect(encoded.status).toBe(404);
    expect(encoded.body).toContain('no such endpoint: POST /api/v2/sk-proj-…');

    const broken = await send(`/api/a%0Ab/${KEY}`);
    expect(JSON.parse(broken.body)).toEqual({ error: expect.stringMatching(/^no such endpoint: GET \/api\/a\?b\/sk-proj-…\(164 chars\)$/) });

    const bare = await send(`/api/tokens/${BARE}`);
    expect(bare.status).toBe(404);
    expect(bare.body).toContain('no such endpoint: GET /api/tokens/');
    for (const { body } of [plain, encoded, broken, bare]) expectNoLeak(body);
  });

  it('says which parameter is wrong without quoting it', async () => {
    const targets = [
      `/api/agents/${KEY}`,
      `/api/agents/${BARE}/history`,
      `/api/agents/${KEY}/heal`,
      `/api/audits/${KEY}`,
      `/api/audits/${BARE}/events`,
      `/api/agents?rule=${KEY}`,
      `/api/agents?verdict=${BARE}`,
      `/api/findings?severity=${KEY}&agent=${BARE}`,
      `/api/findings?limit=${BARE}`,
    ];
    for (const target of targets) {
      const { status, body } = await send(target);
      expect(status, target).toBe(400);
      expect(JSON.parse(body), target).toEqual({ error: expect.any(String) });
      expectNoLeak(body);
    }
    // A key as a search term is a valid query: the list comes back, the key does not.
    const search = await send(`/api/agents?q=${KEY}`);
    expect(search.status).toBe(200);
    expectNoLeak(search.body);
  });
});
