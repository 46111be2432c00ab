import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { parseHttpUrl } from '../../util/http-url.js';

/** Why a request got no usable HTTP answer; resolve/availability.ts turns it into the one decision both the resolver and `ops diagnose` use. */
export type NetworkFailure = 'dns' | 'connect' | 'tls' | 'timeout' | 'proxy' | 'redirect-loop' | 'too-many-redirects' | 'too-large' | 'other';

export type HttpResult =
  | { ok: true; status: number; contentType: string; body: string; elapsedMs: number }
  | { ok: false; failure: NetworkFailure; detail: string; elapsedMs: number };

export interface HttpClient {
  get(url: string, headers: Record<string, string>): Promise<HttpResult>;
  /** The proxy a request to `url` goes through (credentials redacted), or undefined when it goes direct. */
  proxyFor(url: string): string | undefined;
  close(): Promise<void>;
  /** Aborts requests still in flight and closes. */
  destroy(): Promise<void>;
}

/** Redirects followed before the chain counts as "too many" (browsers allow 20; an index needs one, for the trailing slash). */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HttpOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Bodies above this are abandoned: no index document a resolver needs is this large. */
  maxBodyBytes?: number;
}

const TLS_CODES = /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|HOSTNAME_MISMATCH)/;

/** Maps Node/undici error codes onto the few failures a user can act on. */
function classifyFailure(error: unknown): { failure: NetworkFailure; detail: string } {
  const err = error as { code?: string; name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  const detail = code || err.name || 'error';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return { failure: 'dns', detail };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return { failure: 'timeout', detail };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return { failure: 'timeout', detail: err.name };
  if (TLS_CODES.test(code)) return { failure: 'tls', detail };
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'UND_ERR_SOCKET') {
    return { failure: 'connect', detail };
  }
  // undici's tunnelling proxy agent: the proxy answered CONNECT with something other than 200.
  const proxyStatus = /Proxy response \((\d{3})\)/.exec(err.message ?? '');
  if (proxyStatus) return { failure: 'proxy', detail: `CONNECT answered ${proxyStatus[1]}` };
  return { failure: 'other', detail };
}

/** Whether NO_PROXY exempts a host (`*`, exact hosts, `.suffix` and `suffix` domains, optional `:port`), as undici reads it. */
export function bypassesProxy(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [name, entryPort] = entry.replace(/^\*?\./, '.').split(':') as [string, string | undefined];
      if (entryPort && Number(entryPort) !== port) return false;
      const bare = name.startsWith('.') ? name.slice(1) : name;
      return host === bare || host.endsWith(`.${bare}`);
    });
}

/** Path and query only: what a redirect chain shows, never a credential a Location header might carry. */
function shortUrl(url: URL): string {
  return `${url.pathname}${url.search}`;
}

/**
 * GETs through undici with the proxy settings from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as
 * pip and npm honour them), a hard timeout over the whole redirect chain and a body size limit. Up to
 * MAX_REDIRECTS redirects are followed; a Location seen before is a redirect loop; the Authorization header
 * never follows a redirect to another origin.
 */
export function createHttpClient(options: HttpOptions): HttpClient {
  const { env, timeoutMs } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const pick = (...names: string[]): string | undefined => names.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  const httpProxy = pick('HTTP_PROXY', 'http_proxy');
  const httpsProxy = pick('HTTPS_PROXY', 'https_proxy');
  const noProxy = pick('NO_PROXY', 'no_proxy');
  const agent = new EnvHttpProxyAgent({
    // Empty strings mean "no proxy"; undefined would make undici read process.env instead of the given env.
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? httpProxy ?? '',
    noProxy: noProxy ?? '',
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  // Redirects are followed here, not by undici's interceptor, so that a loop can be named as one.
  const dispatcher: Dispatcher = agent;
  const proxyFor = (url: string): string | undefined => {
    const target = parseHttpUrl(url);
    if (!target) return undefined;
    const proxy = target.protocol === 'https:' ? (httpsProxy ?? httpProxy) : httpProxy;
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
    if (!proxy || bypassesProxy(target.hostname.replace(/^\[|\]$/g, ''), port, noProxy)) return undefined;
    try {
      const parsed = new URL(proxy.includes('://') ? proxy : `http://${proxy}`);
      return `${parsed.protocol}//${parsed.host}`;
    } catch {
      return 'the configured proxy';
    }
  };

  return {
    async get(url, headers) {
      if (url.startsWith('file:')) return readLocalIndex(url);
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        let current = new URL(url);
        let sent = { ...headers };
        const visited = [current.href];
        let response = await request(current, { method: 'GET', headers: sent, dispatcher, signal });
        while (REDIRECT_STATUSES.has(response.statusCode) && typeof response.headers['location'] === 'string') {
          await response.body.dump();
          const next = new URL(response.headers['location'], current);
          if (visited.includes(next.href)) {
            const chain = [...visited.slice(visited.indexOf(next.href)), next.href].map((href) => shortUrl(new URL(href)));
            return { ok: false, failure: 'redirect-loop', detail: chain.join(' → '), elapsedMs: elapsed() };
          }
          if (visited.length > MAX_REDIRECTS) return { ok: false, failure: 'too-many-redirects', detail: `more than ${MAX_REDIRECTS}`, elapsedMs: elapsed() };
          // As browsers and undici do: credentials never follow a redirect to another origin.
          if (next.origin !== current.origin) {
            sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !/^(?:authorization|cookie)$/i.test(name)));
          }
          visited.push(next.href);
          current = next;
          response = await request(current, { method: 'GET', headers: sent, dispatcher, signal });
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > maxBodyBytes) {
          response.body.destroy();
          return { ok: false, failure: 'too-large', detail: `${declared} bytes`, elapsedMs: elapsed() };
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of response.body) {
          size += (chunk as Buffer).length;
          if (size > maxBodyBytes) {
            response.body.destroy();
            return { ok: false, failure: 'too-large', detail: `more than ${maxBodyBytes} bytes`, elapsedMs: elapsed() };
          }
          chunks.push(chunk as Buffer);
        }
        const type = response.headers['content-type'];
        return {
          ok: true,
          status: response.statusCode,
          contentType: (Array.isArray(type) ? type[0] : type) ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
          elapsedMs: elapsed(),
        };
      } catch (error) {
        return { ok: false, ...classifyFailure(error), elapsedMs: elapsed() };
      }
    },
    proxyFor,
    close: () => agent.close(),
    destroy: () => agent.destroy(),
  };
}

/**
 * A `file://` index (pip accepts them: a folder laid out like a simple index). As pip does, a folder URL
 * reads its `index.html`; a missing file is a 404 so the resolver treats it like any index's "not found".
 */
async function readLocalIndex(url: string): Promise<HttpResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return { ok: false, failure: 'other', detail: 'not a local file URL', elapsedMs: elapsed() };
  }
  try {
    if (url.endsWith('/') || (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file, 'utf8');
    return { ok: true, status: 200, contentType: file.endsWith('.json') ? 'application/json' : 'text/html', body, elapsedMs: elapsed() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A missing project folder is "not found"; a missing index folder means the index is not there at all.
      const indexFolder = path.dirname(url.endsWith('/') ? path.dirname(file) : file);
      const indexExists = await stat(indexFolder).then((info) => info.isDirectory(), () => false);
      if (!indexExists) return { ok: false, failure: 'other', detail: 'no such index folder', elapsedMs: elapsed() };
      return { ok: true, status: 404, contentType: 'text/plain', body: '', elapsedMs: elapsed() };
    }
    return { ok: true, status: 403, contentType: 'text/plain', body: '', elapsedMs: elapsed() };
  }
}
