import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/server/compressed-files.js';
import { lakeFolderStore } from '../../src/server/fleet-store.js';
import { startServer, type RunningServer } from '../../src/server/server.js';

/** The dashboard's files over a real socket on 127.0.0.1: raw bytes, so nothing decodes them for us. */
interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function rawGet(port: number, target: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: target, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A bundle-like script, repetitive the way minified code is, large enough to be worth compressing. */
function bundleLike(): string {
  const lines: string[] = [];
  for (let index = 0; index < 2000; index++) lines.push(`function component${index}(props){return h("div",{className:"row-${index % 17}"},props.children)}`);
  return lines.join('\n') + '\n';
}

let temp = '';
let server: RunningServer;
const script = bundleLike();
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>\n`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b10000000049454e44ae426082', 'hex');

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-static-gzip-'));
  const webDir = path.join(temp, 'web');
  await mkdir(path.join(webDir, 'assets'), { recursive: true });
  await writeFile(path.join(webDir, 'index.html'), INDEX);
  await writeFile(path.join(webDir, 'assets', 'app-1a2b3c.js'), script);
  await writeFile(path.join(webDir, 'assets', 'tiny.css'), 'body{margin:0}\n');
  await writeFile(path.join(webDir, 'assets', 'logo.png'), PNG);
  const lakeDir = path.join(temp, 'lake');
  await mkdir(lakeDir);
  server = await startServer({ host: '127.0.0.1', port: 0, store: lakeFolderStore(lakeDir), lakeDir, webDir });
});

afterAll(async () => {
  await server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('static files served compressed', () => {
  it('sends brotli when accepted, and the bytes decompress to the file', async () => {
    const response = await rawGet(server.port, '/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(script);
  });

  it('sends gzip to a client without brotli, and identity to one that accepts neither', async () => {
    const gzipped = await rawGet(server.port, '/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(script);

    const refused = await rawGet(server.port, '/assets/app-1a2b3c.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(refused.body.toString('utf8')).toBe(script);

    const none = await rawGet(server.port, '/assets/app-1a2b3c.js', {});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString('utf8')).toBe(script);
  });

  it('compresses index.html for the dashboard routes too, and leaves tiny files and images alone', async () => {
    const route = await rawGet(server.port, '/agents/some-agent', { 'Accept-Encoding': 'gzip, br' });
    expect(route.headers['content-encoding']).toBe('br');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(route.body).toString('utf8')).toBe(INDEX);

    const tiny = await rawGet(server.port, '/assets/tiny.css', { 'Accept-Encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString('utf8')).toBe('body{margin:0}\n');

    const image = await rawGet(server.port, '/assets/logo.png', { 'Accept-Encoding': 'gzip, br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['vary']).toBeUndefined();
    expect(image.body.equals(PNG)).toBe(true);
  });

  it('compresses a file again when it changes under the running server', async () => {
    const file = path.join(temp, 'web', 'assets', 'app-1a2b3c.js');
    const first = await rawGet(server.port, '/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip' });
    const changed = script.replace('component0', 'componentZero');
    await writeFile(file, changed);
    // A different modification time even on a coarse-grained file system.
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const second = await rawGet(server.port, '/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(first.body).toString('utf8')).toBe(script);
    expect(gunzipSync(second.body).toString('utf8')).toBe(changed);
    await writeFile(file, script);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, honours q=0 and the wildcard', () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('')).toBeUndefined();
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('GZIP;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('deflate')).toBeUndefined();
  });
});
