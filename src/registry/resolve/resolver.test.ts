import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Credentials, type IndexSetting } from '../config/types.js';
import { diskCache } from './cache.js';
import { createHttpClient } from './http.js';
import { Resolver } from './resolver.js';

/**
 * A real HTTP server on 127.0.0.1 standing in for three npm registries: /private (401 without the token),
 * /denied (403 always), /public (the mirror). Every request is recorded so tests can count them.
 */
const TOKEN = 'test-token-not-a-secret';
const PACKAGES: Record<string, Record<string, object>> = {
  private: { '@acme/tools': { versions: { '1.0.0': {} }, 'dist-tags': { latest: '1.0.0' } } },
  public: {
    ai: { versions: { '4.3.0': { deprecated: 'upgrade to 5' }, '5.0.0': {} }, 'dist-tags': { latest: '5.0.0' } },
    zod: { versions: { '3.25.0': {} }, 'dist-tags': { latest: '3.25.0' } },
  },
};

let server: Server;
let base: string;
const requests: Array<{ url: string; authorization?: string }> = [];

function answer(request: IncomingMessage): { status: number; body?: object } {
  const [, area, ...rest] = (request.url ?? '').split('/');
  const name = decodeURIComponent(rest.join('/'));
  if (area === 'denied') return { status: 403 };
  if (area === 'slow') return { status: -1 };
  if (area === 'private' && request.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401 };
  const doc = PACKAGES[area ?? '']?.[name];
  return doc ? { status: 200, body: { name, ...doc } } : { status: 404 };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    const { status, body } = answer(request);
    if (status === -1) return; // never answers: the client's timeout must end the request
    response.writeHead(status, { 'content-type': 'application/json' }).end(body ? JSON.stringify(body) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests.length = 0;
});

const index = (area: string, role: IndexSetting['role'] = 'primary'): IndexSetting => ({
  ecosystem: 'npm',
  role,
  url: `${base}/${area}/`,
  hasCredentials: false,
  origin: `test ${area}`,
  tool: 'cockpit',
});

function resolver(options: { credentials?: Credentials; publicOnly?: boolean; cacheDir?: string; offline?: boolean; timeoutMs?: number } = {}): Resolver {
  return new Resolver({
    http: createHttpClient({ timeoutMs: options.timeoutMs ?? 5000, env: {} }),
    credentials: options.credentials ?? new Credentials(),
    mirrors: { npm: [index('public', 'mirror')], pypi: [] },
    ...(options.cacheDir ? { cache: diskCache(options.cacheDir, 60_000) } : {}),
    ...(options.offline ? { offline: true } : {}),
    ...(options.publicOnly ? { publicOnly: true } : {}),
  });
}

describe('Resolver failover', () => {
  it('fails over to the mirror on 401 and records which index refused and which mirror answered', async () => {
    const r = resolver();
    const result = await r.resolve('npm', 'ai', [index('private')]);
    expect(result.status).toBe('found');
    expect(result.answeredBy).toBe(`${base}/public/`);
    expect(result.attempts.map((a) => [a.outcome, a.status, a.mirror])).toEqual([
      ['refused', 401, false],
      ['found', undefined, true],
    ]);
    expect(r.summary().failovers).toEqual([{ ecosystem: 'npm', index: `${base}/private/`, origin: 'test private', status: 401, mirror: `${base}/public/`, resolved: ['ai'], unresolved: [] }]);
  });

  it('fails over on 403 too', async () => {
    const result = await resolver().resolve('npm', 'zod', [index('denied')]);
    expect(result.status).toBe('found');
    expect(result.attempts[0]).toMatchObject({ outcome: 'refused', status: 403 });
  });

  it('does not ask a refused index again in the same run', async () => {
    const r = resolver();
    await r.resolve('npm', 'ai', [index('private')]);
    await r.resolve('npm', 'zod', [index('private')]);
    expect(requests.filter((request) => request.url.startsWith('/private/'))).toHaveLength(1);
    const second = await r.resolve('npm', 'zod', [index('private')]);
    expect(second.attempts[0]).toMatchObject({ outcome: 'refused', skipped: true });
  });

  it('does not fail over on 404: the package is simply not there', async () => {
    const credentials = new Credentials();
    credentials.set(index('private'), { kind: 'bearer', token: TOKEN, source: 'test' });
    const r = resolver({ credentials });
    const result = await r.resolve('npm', 'reqeusts-ai', [index('private')]);
    expect(result.status).toBe('missing');
    expect(requests.map((request) => request.url)).toEqual(['/private/reqeusts-ai']);
    expect(requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(r.summary().failovers).toEqual([]);
  });

  it('calls a package the refusing index may hold but no mirror has unresolved, not missing', async () => {
    const result = await resolver().resolve('npm', '@acme/tools', [index('private')]);
    expect(result.status).toBe('unresolved');
  });

  it('with publicOnly never asks the private index', async () => {
    const result = await resolver({ publicOnly: true }).resolve('npm', 'ai', [index('private')]);
    expect(result.status).toBe('found');
    expect(requests.every((request) => request.url.startsWith('/public/'))).toBe(true);
  });

  it('turns a timeout into unresolved, within the timeout', async () => {
    const started = performance.now();
    const result = await resolver({ timeoutMs: 300 }).resolve('npm', 'ai', [index('slow')]);
    expect(result.status).toBe('unresolved');
    expect(result.attempts[0]?.reason).toMatch(/timeout/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('asks each question once even when many agents ask at the same time', async () => {
    const r = resolver();
    await Promise.all(Array.from({ length: 20 }, () => r.resolve('npm', 'zod', [index('public')])));
    expect(requests).toHaveLength(1);
  });
});

describe('file:// indexes (as pip reads them)', () => {
  it('reads <index>/<name>/index.html from disk and calls a missing folder not found', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cockpit-file-index-'));
    try {
      await mkdir(path.join(dir, 'simple', 'google-adk'), { recursive: true });
      await writeFile(
        path.join(dir, 'simple', 'google-adk', 'index.html'),
        '<a href="../../f/google_adk-1.2.0-py3-none-any.whl">google_adk-1.2.0-py3-none-any.whl</a><a data-yanked="bad" href="x">google_adk-1.1.0.tar.gz</a>',
      );
      const local: IndexSetting = { ecosystem: 'pypi', role: 'primary', url: pathToFileURL(path.join(dir, 'simple')).href, hasCredentials: false, origin: 'test', tool: 'pip' };
      const r = new Resolver({ http: createHttpClient({ timeoutMs: 1000, env: {} }), credentials: new Credentials(), mirrors: { npm: [], pypi: [] } });
      const found = await r.resolve('pypi', 'Google_ADK', [local]);
      expect(found).toMatchObject({ status: 'found', info: { versions: ['1.2.0', '1.1.0'], yanked: { '1.1.0': 'bad' } } });
      expect((await r.resolve('pypi', 'nope', [local])).status).toBe('missing');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Resolver cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cockpit-registry-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers offline from what an online run cached, found and missing alike, and never caches refusals', async () => {
    await resolver({ cacheDir: dir }).resolve('npm', 'ai', [index('private')]);
    await resolver({ cacheDir: dir }).resolve('npm', 'nope-not-here', [index('public')]);
    requests.length = 0;
    const offline = resolver({ cacheDir: dir, offline: true });
    expect((await offline.resolve('npm', 'ai', [index('public')])).status).toBe('found');
    expect((await offline.resolve('npm', 'nope-not-here', [index('public')])).status).toBe('missing');
    const uncached = await offline.resolve('npm', 'zod', [index('public')]);
    expect(uncached.status).toBe('unresolved');
    expect(uncached.attempts[0]?.reason).toBe('offline and not in the cache');
    expect(requests).toHaveLength(0);
  });
});
