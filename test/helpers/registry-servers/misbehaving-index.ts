import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { LOOPBACK } from './ports.js';

/**
 * A package index on 127.0.0.1 that behaves well or badly by path prefix, for the fail-closed and
 * dependency-confusion tests: `/<behaviour>/simple/<name>/` (PyPI simple API) and `/<behaviour>/npm/<name>` (npm).
 * A real node:http server in the test process, so every request lands in `log`.
 *
 * Behaviours:
 * - `ok`: PEP 691 JSON (for a JSON Accept) or PEP 503 HTML, and npm packuments, from `projects`; 404 otherwise.
 * - `auth`: as `ok` with the right Basic credentials or bearer token, else 401.
 * - `500`, `503`: that status. `slow`: never answers (the client's timeout must end it).
 * - `login`: an SSO sign-in page, HTML 200. `json-error`: `{"error": …}` 200 with the PEP 691 (PyPI) or JSON (npm) type.
 * - `loop`: 302 between two URLs forever.
 */
type IndexBehaviour = 'ok' | 'auth' | '500' | '503' | 'slow' | 'login' | 'json-error' | 'loop';

interface FakeProject {
  versions: readonly string[];
  /** PyPI: version → yank reason ('' for none given). */
  yanked?: Readonly<Record<string, string>>;
  /** npm: version → deprecation message. */
  deprecated?: Readonly<Record<string, string>>;
}

export interface FakeIndexOptions {
  pypi?: Readonly<Record<string, FakeProject>>;
  npm?: Readonly<Record<string, FakeProject>>;
  /** For `auth`: Basic credentials and/or a bearer token that are let in. */
  username?: string;
  password?: string;
  token?: string;
}

interface LoggedRequest {
  method: string;
  /** Decoded path (and query). */
  path: string;
  authorization?: string;
}

export interface FakeIndexHandle {
  /** `http://127.0.0.1:PORT/` */
  baseUrl: string;
  pypiUrl(behaviour: IndexBehaviour): string;
  npmUrl(behaviour: IndexBehaviour): string;
  /** Every request, in arrival order. */
  readonly log: LoggedRequest[];
  /** Requests whose path names the package (PyPI-normalised or npm-escaped forms both count). */
  requestsFor(name: string): LoggedRequest[];
  stop(): Promise<void>;
}

const PEP691 = 'application/vnd.pypi.simple.v1+json';
const normalise = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

const LOGIN_PAGE = `<!doctype html><html><head><title>Sign in - Example SSO</title></head><body>
<form method="post" action="/sso/login"><label>User <input name="username"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<a href="/sso/help">Trouble signing in?</a></body></html>`;

function pypiDocument(name: string, project: FakeProject, json: boolean): { type: string; body: string } {
  const stem = normalise(name).replace(/-/g, '_');
  const files = project.versions.flatMap((version) => [`${stem}-${version}-py3-none-any.whl`, `${stem}-${version}.tar.gz`].map((filename) => ({ filename, version })));
  const yank = (version: string): string | undefined => project.yanked?.[version];
  if (json) {
    return {
      type: PEP691,
      body: JSON.stringify({
        meta: { 'api-version': '1.1' },
        name: normalise(name),
        versions: project.versions,
        files: files.map(({ filename, version }) => ({ filename, url: `../../files/${filename}`, hashes: {}, yanked: yank(version) === undefined ? false : yank(version) || true })),
      }),
    };
  }
  const anchors = files.map(({ filename, version }) => {
    const reason = yank(version);
    return `<a href="../../files/${filename}"${reason === undefined ? '' : ` data-yanked="${reason}"`}>${filename}</a><br>`;
  });
  return {
    type: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><head><meta name="pypi:repository-version" content="1.1"><title>Links for ${name}</title></head><body>\n${anchors.join('\n')}\n</body></html>`,
  };
}

function npmDocument(name: string, project: FakeProject): string {
  const versions = Object.fromEntries(project.versions.map((version) => [version, { name, version, ...(project.deprecated?.[version] ? { deprecated: project.deprecated[version] } : {}) }]));
  return JSON.stringify({ name, 'dist-tags': { latest: project.versions.at(-1) }, versions });
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startFakeIndex(options: FakeIndexOptions = {}): Promise<FakeIndexHandle> {
  const log: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const allowed = new Set<string>();
  if (options.username !== undefined) allowed.add(`Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`);
  if (options.token !== undefined) allowed.add(`Bearer ${options.token}`);

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const raw = request.url ?? '/';
    const path = decodeURIComponent(raw);
    log.push({ method: request.method ?? 'GET', path, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    const [, behaviour = '', api = '', ...rest] = raw.split('?')[0]!.split('/');
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': type, ...headers }).end(body);
    };
    switch (behaviour as IndexBehaviour) {
      case 'slow':
        return; // the socket stays open until the client gives up or stop() destroys it
      case '500':
      case '503':
        return send(Number(behaviour), 'text/html', `<html><body><h1>${behaviour} Service Error</h1></body></html>`);
      case 'login':
        return send(200, 'text/html; charset=utf-8', LOGIN_PAGE);
      case 'json-error':
        return send(200, api === 'simple' ? PEP691 : 'application/json', JSON.stringify({ error: 'upstream registry unavailable' }));
      case 'loop':
        // A → B → A: the second URL differs only by a query, so the loop is not a plain self-redirect.
        return send(302, 'text/plain', '', { location: raw.includes('?') ? raw.split('?')[0]! : `${raw}?hop=1` });
      case 'auth':
        if (!allowed.has(request.headers.authorization ?? '')) return send(401, 'text/plain', 'Unauthorized', { 'www-authenticate': 'Basic realm="private"' });
        break;
      case 'ok':
        break;
      default:
        return send(404, 'text/plain', 'not found');
    }
    if (api === 'simple') {
      const name = decodeURIComponent(rest.filter(Boolean).join('/'));
      const entry = Object.entries(options.pypi ?? {}).find(([candidate]) => normalise(candidate) === normalise(name));
      if (!entry) return send(404, 'text/plain', 'not found');
      const json = /application\/vnd\.pypi\.simple\.v1\+json/.test(request.headers.accept ?? '');
      const document = pypiDocument(entry[0], entry[1], json);
      return send(200, document.type, document.body);
    }
    if (api === 'npm') {
      const name = decodeURIComponent(rest.join('/'));
      const project = options.npm?.[name];
      return project ? send(200, 'application/json', npmDocument(name, project)) : send(404, 'application/json', JSON.stringify({ error: 'not_found' }));
    }
    return send(404, 'text/plain', 'not found');
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, resolve);
  });
  const baseUrl = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}/`;
  let stopped: Promise<void> | undefined;
  return {
    baseUrl,
    pypiUrl: (behaviour) => `${baseUrl}${behaviour}/simple/`,
    npmUrl: (behaviour) => `${baseUrl}${behaviour}/npm/`,
    log,
    requestsFor: (name) => log.filter((entry) => entry.path.includes(`/${normalise(name)}/`) || entry.path.endsWith(`/${name}`) || entry.path.includes(`/${name}?`)),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })),
  };
}
