import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { randomPassword } from './credentials.js';
import { LOOPBACK, PortInUseError } from './ports.js';
import { writePypiTree, type PypiProject } from './pypi-files.js';

/** The three indexes one server holds, each under its own path prefix. */
type PypiIndexKind = 'private' | 'denied' | 'open';
const PYPI_INDEX_KINDS: readonly PypiIndexKind[] = ['private', 'denied', 'open'];

export interface PypiStaticOptions {
  /** The projects behind each index; an index left out serves an empty one. */
  projects: Partial<Record<PypiIndexKind, readonly PypiProject[]>>;
  /** Basic-auth user of the private index. Default `cockpit-ci`. */
  username?: string;
  /** A fixed port instead of a free one (no retry); for tests of the port-collision path. */
  port?: number;
}

export interface PypiStaticHandle {
  /** `http://127.0.0.1:PORT/` */
  baseUrl: string;
  port: number;
  /** Simple index roots: `<baseUrl>private/simple/` (Basic auth), `denied/simple/` (always 403), `open/simple/`. */
  urls: Record<PypiIndexKind, string>;
  /** PyPI JSON API roots: `<baseUrl><kind>/pypi/`, so a project's document is `<root><name>/json`. */
  jsonApiUrls: Record<PypiIndexKind, string>;
  username: string;
  password: string;
  /** Temp folder with www/ (the tree of pypi-files.ts); removed by stop(). */
  folder: string;
  stop(): Promise<void>;
}

/**
 * Three PyPI indexes served by node:http inside the test process: PEP 503 is static files, so a small static
 * server with a registry's access rules needs nothing from the operating system:
 * - `/private/` asks for Basic auth (401 with a `WWW-Authenticate` challenge) before anything else;
 * - `/denied/` is 403 with or without credentials; `/open/` is open; any other path is 404;
 * - a `simple/` folder answers with `index.json` (PEP 691) for a JSON Accept header, `index.html` (PEP 503)
 *   otherwise, with `Vary: Accept`; a folder without its slash is a 301 to the slash form (relative Location);
 * - `pypi/` files are `application/json`, `packages/` files `application/octet-stream`.
 * It answers while the test's event loop runs: a test that blocks it (a *Sync child process) blocks the index.
 */

const PEP691_JSON = 'application/vnd.pypi.simple.v1+json';
/** The Accept values that get index.json (PEP 691); anything else gets index.html. */
const WANTS_JSON = /application\/vnd\.pypi\.simple\.(v1|latest)\+json/i;
const REALM = 'cockpit private index';

function contentType(area: string, file: string): string {
  if (area === 'simple') return file.endsWith('.json') ? PEP691_JSON : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
  return area === 'pypi' ? 'application/json' : 'application/octet-stream';
}

function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

function isAuthorized(header: string | undefined, username: string, password: string): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && sameSecret(decoded.slice(0, colon), username) && sameSecret(decoded.slice(colon + 1), password);
}

async function fileOrFolder(file: string): Promise<'file' | 'folder' | undefined> {
  const found = await stat(file).catch(() => undefined);
  return found?.isFile() ? 'file' : found?.isDirectory() ? 'folder' : undefined;
}

function answer(response: http.ServerResponse, status: number, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(`${status} ${http.STATUS_CODES[status] ?? ''}\n`);
}

function handler(www: string, username: string, password: string): http.RequestListener {
  return (request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, { allow: 'GET, HEAD' });
      const pathname = new URL(request.url ?? '/', 'http://index.invalid').pathname;
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return answer(response, 400);
      }
      const parts = decoded.split('/').slice(1);
      if (parts.some((part) => part === '..' || part === '.' || part.includes('\0'))) return answer(response, 400);
      const kind = parts[0] as PypiIndexKind;
      // Only paths inside /private/, /denied/ and /open/  belong to an index.
      if (parts.length < 2 || !PYPI_INDEX_KINDS.includes(kind)) return answer(response, 404);
      if (kind === 'denied') return answer(response, 403);
      if (kind === 'private' && !isAuthorized(request.headers.authorization, username, password)) {
        return answer(response, 401, { 'www-authenticate': `Basic realm="${REALM}"` });
      }
      const area = parts[1] ?? '';
      let file = path.join(www, ...parts);
      const found = await fileOrFolder(file);
      if (found === 'folder' && !pathname.endsWith('/')) return answer(response, 301, { location: `${pathname}/` });
      const headers: Record<string, string> = {};
      if (found === 'folder') {
        if (area !== 'simple') return answer(response, 404);
        file = path.join(file, WANTS_JSON.test(request.headers.accept ?? '') ? 'index.json' : 'index.html');
        headers['vary'] = 'Accept';
      }
      const size = found === undefined ? undefined : (await stat(file).catch(() => undefined))?.size;
      if (size === undefined) return answer(response, 404);
      response.writeHead(200, { ...headers, 'content-type': contentType(area, file), 'content-length': String(size) });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).on('error', () => response.destroy()).pipe(response);
    })().catch(() => {
      if (!response.headersSent) answer(response, 500);
      else response.destroy();
    });
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, error.message) : error),
    );
    server.listen(port, LOOPBACK, () => resolve((server.address() as { port: number }).port));
  });
}

/** Starts the static index server on a free port of 127.0.0.1 (or `port`) over a fresh temp folder. */
export async function startPypiStatic(options: PypiStaticOptions): Promise<PypiStaticHandle> {
  const username = options.username ?? 'cockpit-ci';
  const password = randomPassword();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'cockpit-pypi-'));
  const www = path.join(folder, 'www');
  try {
    for (const kind of PYPI_INDEX_KINDS) await writePypiTree(path.join(www, kind), options.projects[kind] ?? []);
    const server = http.createServer({ keepAliveTimeout: 1_000 }, handler(www, username, password));
    // Port 0 lets the kernel pick, so only a fixed port can collide (PortInUseError, as the other servers).
    const port = await listen(server, options.port ?? 0);
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => rm(folder, { recursive: true, force: true }));
      return stopped;
    };
    const baseUrl = `http://${LOOPBACK}:${port}/`;
    const perKind = (suffix: string): Record<PypiIndexKind, string> => ({
      private: `${baseUrl}private/${suffix}`,
      denied: `${baseUrl}denied/${suffix}`,
      open: `${baseUrl}open/${suffix}`,
    });
    return { baseUrl, port, urls: perKind('simple/'), jsonApiUrls: perKind('pypi/'), username, password, folder, stop };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
