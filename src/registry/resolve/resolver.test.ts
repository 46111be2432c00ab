import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Credentials, type IndexSetting } from '../indexes/types.js';
import { diskCache } from './cache.js';
import { createHttpClient } from './http.js';
import { privateNames } from '../indexes/private-names.js';
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

function answer(request: IncomingMessage): { status: number; body?: object | string; headers?: Record<string, string> } {
  const [, area, ...rest] = (request.url ?? '').split('/');
  const name = decodeURIComponent(rest.join('/'));
  if (area === 'denied') return { status: 403 };
  if (area === 'slow') return { status: -1 };
  if (area === 'failing') return { status: 500 };
  if (area === 'login') return { status: 200, body: '<html><body><form><input type="password"></form></body></html>', headers: { 'content-type': 'text/html' } };
  if (area === 'loop') return { status: 302, headers: { location: request.url ?? '/' } };
  // One registry, one locked scope: 403 for @locked/*, the public packages otherwise.
  if (area === 'scoped') {
    if (name.startsWith('@locked/')) return { status: 403 };
    const doc = PACKAGES['public']![name];
    return doc ? { status: 200, body: { name, ...doc } } : { status: 404 };
  }
  if (area === 'private' && request.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401 };
  const doc = PACKAGES[area ?? '']?.[name];
  return doc ? { status: 200, body: { name, ...doc } } : { status: 404 };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    const { status, body, headers } = answer(request);
    if (status === -1) return; // never answers: the client's timeout must end the request
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : body ? JSON.stringify(body) : '{}');
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

function resolver(options: { credentials?: Credentials; publicOnly?: boolean; cacheDir?: string; offline?: boolean; timeoutMs?: number; privateNames?: string[] } = {}): Resolver {
  return new Resolver({
    http: createHttpClient({ timeoutMs: options.timeoutMs ?? 5000, env: {} }),
    credentials: options.credentials ?? new Credentials(),
    mirrors: { npm: [index('public', 'mirror')], pypi: [] },
    timeoutMs: options.timeoutMs ?? 5000,
    ...(options.privateNames ? { privateNames: privateNames(options.privateNames) } : {}),
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
      ['answered-found', undefined, true],
    ]);
    expect(r.summary().failovers).toEqual([
      { ecosystem: 'npm', index: `${base}/private/`, origin: 'test private', status: 401, reason: 'refused (401)', mirror: `${base}/public/`, resolved: ['ai'], unresolved: [] },
    ]);
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

  it('after a refusal, a mirror that answers 404 is an answer: the package is missing, not unresolved', async () => {
    const result = await resolver().resolve('npm', 'reqeusts-ai', [index('private')]);
    expect(result.status).toBe('missing');
    expect(result.attempts.map((a) => [a.outcome, a.mirror])).toEqual([
      ['refused', false],
      ['not-found', true],
    ]);
  });

  it('calls a package unresolved when the index refuses and no mirror can answer', async () => {
    const r = new Resolver({ http: createHttpClient({ timeoutMs: 2000, env: {} }), credentials: new Credentials(), mirrors: { npm: [index('failing', 'mirror')], pypi: [] } });
    const result = await r.resolve('npm', 'ai', [index('private')]);
    expect(result.status).toBe('unresolved');
    expect(result.attempts.map((a) => [a.outcome, a.reason])).toEqual([
      ['refused', 'refused (401)'],
      ['unavailable', 'HTTP 500'],
    ]);
  });

  it.each([
    ['failing', 'unavailable', 'HTTP 500'],
    ['login', 'broken', 'answered a login page, not a package index'],
    ['loop', 'unavailable', expect.stringMatching(/^redirect loop \(\/loop\/ai → \/loop\/ai\)$/)],
  ])('fails over when the index is %s (%s), and names what happened', async (area, outcome, reason) => {
    const r = resolver();
    const result = await r.resolve('npm', 'ai', [index(area)]);
    expect(result.status).toBe('found');
    expect(result.answeredBy).toBe(`${base}/public/`);
    expect(result.attempts[0]).toMatchObject({ outcome, reason, mirror: false });
    expect(r.summary().failovers[0]).toMatchObject({ reason, mirror: `${base}/public/`, resolved: ['ai'] });
  });

  it('probes a refusing (index, scope) once before fanning out: one failed login, not a burst', async () => {
    const r = resolver();
    const names = ['ai', 'zod', 'left-pad', 'chalk', 'react', 'lodash', 'express', 'axios', 'vite', 'vitest'];
    await Promise.all(names.map((name) => r.resolve('npm', name, [index('private')])));
    expect(requests.filter((request) => request.url.startsWith('/private/'))).toHaveLength(1);
  });

  it("keeps one npm scope's 403 from disabling the registry's other scopes and unscoped packages", async () => {
    const r = resolver();
    const locked = await r.resolve('npm', '@locked/tools', [index('scoped')]);
    expect(locked.attempts[0]).toMatchObject({ outcome: 'refused', status: 403 });
    const again = await r.resolve('npm', '@locked/other', [index('scoped')]);
    expect(again.attempts[0]).toMatchObject({ outcome: 'refused', skipped: true });
    const unscoped = await r.resolve('npm', 'ai', [index('scoped')]);
    expect(unscoped).toMatchObject({ status: 'found', answeredBy: `${base}/scoped/` });
    expect(r.summary().refused).toEqual([{ ecosystem: 'npm', index: `${base}/scoped/`, status: 403, scope: '@locked' }]);
  });

  it('keeps refusals apart per credential: an anonymous 401 does not block a lookup with a token', async () => {
    const r = resolver();
    expect((await r.resolve('npm', '@acme/tools', [index('private')])).attempts[0]).toMatchObject({ outcome: 'refused' });
    const credentials = new Credentials();
    credentials.set(index('private'), { kind: 'bearer', token: TOKEN, source: 'test' });
    const withToken = await r.resolve('npm', '@acme/tools', [index('private')], credentials);
    expect(withToken).toMatchObject({ status: 'found', answeredBy: `${base}/private/` });
  });

  it('never sends a private name to a mirror: it stays unresolved, with the mirror it was withheld from', async () => {
    const r = resolver({ privateNames: ['@acme'] });
    const result = await r.resolve('npm', '@acme/tools', [index('private')]);
    expect(result).toMatchObject({ status: 'unresolved', privatePattern: '@acme', withheld: [`${base}/public/`] });
    expect(requests.some((request) => request.url.startsWith('/public/'))).toBe(false);
    const publicOnly = await resolver({ privateNames: ['@acme'], publicOnly: true }).resolve('npm', '@acme/tools', [index('private')]);
    expect(publicOnly.status).toBe('unresolved');
    expect(requests.some((request) => request.url.startsWith('/public/'))).toBe(false);
  });

  it('does not ask an index that refused connections again in the run', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const dead: IndexSetting = { ...index('x'), url: `http://127.0.0.1:${closed}/` };
    const r = resolver();
    const first = await r.resolve('npm', 'ai', [dead]);
    expect(first.attempts[0]).toMatchObject({ outcome: 'unavailable', reason: 'connection refused' });
    const second = await r.resolve('npm', 'zod', [dead]);
    expect(second.attempts[0]).toMatchObject({ outcome: 'unavailable', skipped: true });
    expect(second.status).toBe('found');
  });

  it('with publicOnly never asks the private index', async () => {
    const result = await resolver({ publicOnly: true }).resolve('npm', 'ai', [index('private')]);
    expect(result.status).toBe('found');
    expect(requests.every((request) => request.url.startsWith('/public/'))).toBe(true);
  });

  it('turns a timeout into unresolved, within the timeout', async () => {
    const started = performance.now();
    const r = new Resolver({ http: createHttpClient({ timeoutMs: 300, env: {} }), credentials: new Credentials(), mirrors: { npm: [], pypi: [] }, timeoutMs: 300 });
    const result = await r.resolve('npm', 'ai', [index('slow')]);
    expect(result.status).toBe('unresolved');
    expect(result.attempts[0]?.reason).toBe('timed out after 0.3 s');
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
