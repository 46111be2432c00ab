import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvHttpProxyAgent, interceptors, request, type Dispatcher } from 'undici';

/** Why a request got no HTTP answer; drives both the resolver's outcome and `ops diagnose` remedies. */
export type NetworkFailure = 'dns' | 'connect' | 'tls' | 'timeout' | 'too-large' | 'other';

export type HttpResult =
  | { ok: true; status: number; contentType: string; body: string; elapsedMs: number }
  | { ok: false; failure: NetworkFailure; detail: string; elapsedMs: number };

export interface HttpClient {
  get(url: string, headers: Record<string, string>): Promise<HttpResult>;
  close(): Promise<void>;
}

export interface HttpOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Bodies above this are abandoned: no index document a resolver needs is this large. */
  maxBodyBytes?: number;
}

const TLS_CODES = /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|HOSTNAME_MISMATCH)/;

/** Maps Node/undici error codes onto the few failures a user can act on. */
export function classifyFailure(error: unknown): { failure: NetworkFailure; detail: string } {
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
  return { failure: 'other', detail };
}

/**
 * GETs through undici with the proxy settings from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as
 * pip and npm honour them), a hard timeout and a body size limit. Redirects are followed on the same terms;
 * undici drops the Authorization header when a redirect leaves the origin.
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
  const dispatcher: Dispatcher = agent.compose(interceptors.redirect({ maxRedirections: 5 }));

  return {
    async get(url, headers) {
      if (url.startsWith('file:')) return readLocalIndex(url);
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      try {
        const response = await request(url, { method: 'GET', headers, dispatcher, signal: AbortSignal.timeout(timeoutMs) });
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
    close: () => agent.close(),
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
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, status: 404, contentType: 'text/plain', body: '', elapsedMs: elapsed() };
    return { ok: true, status: 403, contentType: 'text/plain', body: '', elapsedMs: elapsed() };
  }
}
