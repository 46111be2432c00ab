import { lookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import type { HttpClient } from '../resolve/http.js';
import { metadataUrl, NPM_ACCEPT, PYPI_ACCEPT } from '../resolve/metadata.js';
import type { Credentials, IndexSetting } from '../config/types.js';

export type AuthState = 'ok' | 'unauthorized' | 'forbidden' | 'unreachable' | 'error';

export interface StepResult {
  ok: boolean;
  ms: number;
  /** Address for DNS, the failure code otherwise. */
  detail?: string;
}

export interface IndexProbe {
  dns?: StepResult;
  tcp?: StepResult;
  tls?: StepResult;
  /** The proxy the request went through, redacted; DNS and TCP then describe the proxy. */
  proxy?: string;
  http?: { status?: number; ms: number; failure?: string };
  auth: AuthState;
}

/** The package each ecosystem's probe asks for: a 404 still proves the index let us in. */
export const PROBE_PACKAGE = { pypi: 'pip', npm: 'npm' } as const;

const since = (started: number): number => Math.round(performance.now() - started);

function timed<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs).unref()),
  ]);
}

async function dnsStep(host: string, timeoutMs: number): Promise<StepResult> {
  const started = performance.now();
  try {
    const { address } = await timed(lookup(host), timeoutMs);
    return { ok: true, ms: since(started), detail: address };
  } catch (error) {
    return { ok: false, ms: since(started), detail: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
}

function connectStep(host: string, port: number, timeoutMs: number): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: timeoutMs });
    const done = (result: StepResult): void => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done({ ok: true, ms: since(started) }));
    socket.once('timeout', () => done({ ok: false, ms: since(started), detail: 'ETIMEDOUT' }));
    socket.once('error', (error: NodeJS.ErrnoException) => done({ ok: false, ms: since(started), detail: error.code ?? 'error' }));
  });
}

function tlsStep(host: string, port: number, timeoutMs: number, ca: string | undefined): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, timeout: timeoutMs, ...(ca ? { ca: [...tls.rootCertificates, ca] } : {}) });
    const done = (result: StepResult): void => {
      socket.destroy();
      resolve(result);
    };
    socket.once('secureConnect', () => done({ ok: true, ms: since(started) }));
    socket.once('timeout', () => done({ ok: false, ms: since(started), detail: 'ETIMEDOUT' }));
    socket.once('error', (error: NodeJS.ErrnoException) => done({ ok: false, ms: since(started), detail: error.code ?? 'error' }));
  });
}

/** Whether NO_PROXY exempts a host (`*`, exact hosts, `.suffix` and `suffix` domains, optional `:port`). */
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

export interface ProbeOptions {
  http: HttpClient;
  credentials: Credentials;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Extra CA certificates (PEM) for the TLS step, as NODE_EXTRA_CA_CERTS gives undici. */
  extraCa?: string;
}

/** DNS, TCP, TLS and one authenticated GET against an index, each timed; stops at the first step that fails. */
export async function probeIndex(index: IndexSetting, options: ProbeOptions): Promise<IndexProbe> {
  let url: URL;
  try {
    url = new URL(index.url);
  } catch {
    return { auth: 'error', http: { ms: 0, failure: 'not a valid URL' } };
  }
  if (url.protocol === 'file:') return probeLocalIndex(index, options.http);
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const proxyUrl = secure ? options.env['HTTPS_PROXY'] ?? options.env['https_proxy'] ?? options.env['HTTP_PROXY'] ?? options.env['http_proxy'] : options.env['HTTP_PROXY'] ?? options.env['http_proxy'];
  const viaProxy = proxyUrl && !bypassesProxy(host, port, options.env['NO_PROXY'] ?? options.env['no_proxy']) ? safeUrl(proxyUrl) : undefined;
  const result: IndexProbe = { auth: 'unreachable' };
  const target = viaProxy ? { host: viaProxy.hostname, port: Number(viaProxy.port || (viaProxy.protocol === 'https:' ? 443 : 80)) } : { host, port };
  if (viaProxy) result.proxy = `${viaProxy.protocol}//${viaProxy.host}`;

  if (!net.isIP(target.host)) {
    result.dns = await dnsStep(target.host, options.timeoutMs);
    if (!result.dns.ok) return result;
  }
  result.tcp = await connectStep(target.host, target.port, options.timeoutMs);
  if (!result.tcp.ok) return result;
  if (secure && !viaProxy) {
    result.tls = await tlsStep(host, port, options.timeoutMs, options.extraCa);
    if (!result.tls.ok) return result;
  }
  const name = PROBE_PACKAGE[index.ecosystem];
  const headers: Record<string, string> = { accept: index.ecosystem === 'pypi' ? PYPI_ACCEPT : NPM_ACCEPT, 'user-agent': 'agentops-cockpit diagnose' };
  const authorization = options.credentials.authorizationHeader(index);
  if (authorization) headers['authorization'] = authorization;
  const response = await options.http.get(metadataUrl(index.ecosystem, index.url, name), headers);
  if (!response.ok) {
    result.http = { ms: response.elapsedMs, failure: `${response.failure} (${response.detail})` };
    result.auth = response.failure === 'too-large' ? 'ok' : 'unreachable';
    return result;
  }
  result.http = { status: response.status, ms: response.elapsedMs };
  result.auth =
    response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : response.status < 400 || response.status === 404 ? 'ok' : 'error';
  return result;
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}


/** A `file://` index has no network steps: it answers when its folder exists and can be read. */
async function probeLocalIndex(index: IndexSetting, http: HttpClient): Promise<IndexProbe> {
  const response = await http.get(index.url.endsWith('/') ? index.url : `${index.url}/`, {});
  if (!response.ok) return { auth: 'unreachable', http: { ms: response.elapsedMs, failure: response.detail } };
  return {
    http: { status: response.status, ms: response.elapsedMs },
    auth: response.status === 200 ? 'ok' : response.status === 403 ? 'forbidden' : 'unreachable',
  };
}
