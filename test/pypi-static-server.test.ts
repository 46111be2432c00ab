import { existsSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { basicAuthorization, PortInUseError, startPypiStatic, type PypiStaticHandle } from './helpers/registry-servers/index.js';

/**
 * The node:http PyPI index (test/helpers/registry-servers/pypi-static.ts) beyond what the seeded-index tests of
 * registry-servers.test.ts check through seedPypi: its lifecycle, and the requests a static file server must refuse.
 */
const ZOPE = { name: 'Zope.Interface', files: [{ filename: 'zope.interface-7.0.tar.gz' }] };

async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  await response.arrayBuffer();
  return response;
}

async function isRefused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

describe('the static PyPI index server', () => {
  let server: PypiStaticHandle;

  beforeAll(async () => {
    server = await startPypiStatic({ projects: { open: [ZOPE], private: [ZOPE] } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the normalised project under a free port of 127.0.0.1', async () => {
    expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await request(`${server.urls.open}zope-interface/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Number(page.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it('answers HEAD like GET without a body, and refuses other methods with 405', async () => {
    const head = await request(`${server.urls.open}zope-interface/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('vary')).toBe('Accept');
    const post = await request(`${server.urls.open}zope-interface/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('keeps every request inside its tree and its access rules: dot segments resolve as URLs do, encoded ones are 400', async () => {
    // fetch would resolve `..` itself; a raw request line sends it as written.
    const raw = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(server.port, '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
        socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
    expect(await raw('/open/simple/../../../etc/passwd')).toBe('HTTP/1.1 404 Not Found');
    // Resolved to /private/simple/, which still wants the password.
    expect(await raw('/open/simple/%2e%2e/%2e%2e/private/simple/')).toBe('HTTP/1.1 401 Unauthorized');
    expect(await raw('/open/simple/..%2f..%2f..%2fetc/passwd')).toBe('HTTP/1.1 400 Bad Request');
    expect(await raw('/open/%ZZ')).toBe('HTTP/1.1 400 Bad Request');
    for (const pathname of ['', 'open', 'private', 'denied', 'other/simple/']) expect((await request(server.baseUrl + pathname)).status).toBe(404);
  });

  it('checks the whole Basic credential: user, password and its length', async () => {
    const status = (authorization: string) => request(`${server.urls.private}zope-interface/`, { headers: { authorization } }).then((response) => response.status);
    expect(await status(basicAuthorization(server.username, server.password))).toBe(200);
    expect(await status(basicAuthorization('someone-else', server.password))).toBe(401);
    expect(await status(basicAuthorization(server.username, server.password.slice(0, -1)))).toBe(401);
    expect(await status(basicAuthorization(server.username, `${server.password}x`))).toBe(401);
    expect(await status(`Bearer ${server.password}`)).toBe(401);
  });
});

describe('the static PyPI index server: lifecycle', () => {
  it('stops listening, removes its folder, and tolerates a second stop', async () => {
    const server = await startPypiStatic({ projects: { open: [ZOPE] } });
    // A kept-alive connection must not hold stop() open.
    await fetch(`${server.urls.open}zope-interface/`).then((response) => response.arrayBuffer());
    expect(existsSync(`${server.folder}/www/open/simple/zope-interface/index.json`)).toBe(true);
    await server.stop();
    await server.stop();
    expect(await isRefused(server.baseUrl)).toBe(true);
    expect(existsSync(server.folder)).toBe(false);
  });

  it('reports a taken fixed port as PortInUseError, so the caller can retry elsewhere', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startPypiStatic({ projects: {}, port })).rejects.toBeInstanceOf(PortInUseError);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
