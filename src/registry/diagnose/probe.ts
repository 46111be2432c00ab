import { lookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import { classifyAnswer, describeAvailability, type Availability, type AvailabilityKind } from '../resolve/availability.js';
import { bypassesProxy, type HttpClient, type NetworkFailure } from '../resolve/http.js';
import { metadataUrl, NPM_ACCEPT, PYPI_ACCEPT } from '../resolve/metadata.js';
import type { CredentialLookup } from '../resolve/resolver.js';
import type { IndexSetting } from '../indexes/types.js';

;

/** `ok`: the index answered (found or not found); `broken`: a 200 that is not an index document (a login page, …). */
type AuthState = 'ok' | 'unauthorized' | 'forbidden' | 'unreachable' | 'error' | 'broken';

interface StepResult {
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
  /** The shared decision (resolve/availability.ts) about the probe's answer: what `--resolve` would conclude. */
  availability: { kind: AvailabilityKind; reason?: string };
  /** The full decision, for the remedy; not serialised. */
  readonly decision?: Availability;
}

/** The package each ecosystem's probe asks for: a 404 still proves the index let us in. */
const PROBE_PACKAGE = { pypi: 'pip', npm: 'npm' } as const;

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

/**
 * One timed socket step (TCP connect, TLS handshake): ok at `ready`, else the timeout or error code; the socket is
 * closed either way. `open` runs inside the promise, so a connect that throws rejects the step as before.
 */
function socketStep(open: () => net.Socket, ready: 'connect' | 'secureConnect'): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = open();
    const done = (result: StepResult): void => {
      socket.destroy();
      resolve(result);
    };
    socket.once(ready, () => done({ ok: true, ms: since(started) }));
    socket.once('timeout', () => done({ ok: false, ms: since(started), detail: 'ETIMEDOUT' }));
    socket.once('error', (error: NodeJS.ErrnoException) => done({ ok: false, ms: since(started), detail: error.code ?? 'error' }));
  });
}

function connectStep(host: string, port: number, timeoutMs: number): Promise<StepResult> {
  return socketStep(() => net.connect({ host, port, timeout: timeoutMs }), 'connect');
}

function tlsStep(host: string, port: number, timeoutMs: number, ca: string | undefined): Promise<StepResult> {
  return socketStep(
    () => tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, timeout: timeoutMs, ...(ca ? { ca: [...tls.rootCertificates, ca] } : {}) }),
    'secureConnect',
  );
}

export interface ProbeOptions {
  http: HttpClient;
  credentials: CredentialLookup;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Extra CA certificates (PEM) for the TLS step, as NODE_EXTRA_CA_CERTS gives undici. */
  extraCa?: string;
}

/** The package a probe asks for: `pip` / `npm`, or `@scope/npm` on a scope's registry (npm sends only that scope there). */
function probePackage(index: Pick<IndexSetting, 'ecosystem' | 'role' | 'scope'>): string {
  return index.ecosystem === 'npm' && index.role === 'scoped' && index.scope ? `${index.scope}/${PROBE_PACKAGE.npm}` : PROBE_PACKAGE[index.ecosystem];
}

const AUTH_BY_KIND: Record<AvailabilityKind, AuthState> = { 'answered-found': 'ok', 'not-found': 'ok', refused: 'forbidden', unavailable: 'unreachable', broken: 'broken' };

function authOf(decision: Availability): AuthState {
  if (decision.kind === 'refused') return decision.status === 401 ? 'unauthorized' : 'forbidden';
  if (decision.kind === 'unavailable' && decision.status !== undefined) return 'error';
  return AUTH_BY_KIND[decision.kind];
}

/** A probe result built from the shared decision; the `decision` itself stays out of JSON. */
function withDecision(probe: Omit<IndexProbe, 'auth' | 'availability' | 'decision'>, decision: Availability): IndexProbe {
  const result = { ...probe, auth: authOf(decision), availability: { kind: decision.kind, ...(decision.kind === 'answered-found' ? {} : { reason: describeAvailability(decision) }) } } as IndexProbe;
  Object.defineProperty(result, 'decision', { value: decision, enumerable: false });
  return result;
}

/** A network step that failed, as the decision the HTTP request would have come to. */
function stepDecision(failure: NetworkFailure, detail: string, options: ProbeOptions, proxy: string | undefined): Availability {
  return classifyAnswer('pypi', '', { ok: false, failure, detail, elapsedMs: 0 }, { timeoutMs: options.timeoutMs, ...(proxy ? { proxy } : {}) });
}

const stepFailure = (detail: string | undefined, fallback: NetworkFailure): NetworkFailure => (detail === 'ETIMEDOUT' ? 'timeout' : fallback);

/**
 * DNS, TCP, TLS and one authenticated GET against an index, each timed; stops at the first step that fails. The
 * GET's answer goes through the same decision as the resolver's (classifyAnswer), so diagnose and `--resolve` agree.
 */
export async function probeIndex(index: IndexSetting, options: ProbeOptions): Promise<IndexProbe> {
  let url: URL;
  try {
    url = new URL(index.url);
  } catch {
    return withDecision({ http: { ms: 0, failure: 'not a valid URL' } }, { kind: 'unavailable', failure: 'other', what: 'not a valid URL' });
  }
  if (url.protocol !== 'file:') {
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const proxyUrl = secure ? options.env['HTTPS_PROXY'] ?? options.env['https_proxy'] ?? options.env['HTTP_PROXY'] ?? options.env['http_proxy'] : options.env['HTTP_PROXY'] ?? options.env['http_proxy'];
    const viaProxy = proxyUrl && !bypassesProxy(host, port, options.env['NO_PROXY'] ?? options.env['no_proxy']) ? safeUrl(proxyUrl) : undefined;
    const steps: Omit<IndexProbe, 'auth' | 'availability' | 'decision'> = {};
    const target = viaProxy ? { host: viaProxy.hostname, port: Number(viaProxy.port || (viaProxy.protocol === 'https:' ? 443 : 80)) } : { host, port };
    const proxy = viaProxy ? `${viaProxy.protocol}//${viaProxy.host}` : undefined;
    if (proxy) steps.proxy = proxy;

    if (!net.isIP(target.host)) {
      steps.dns = await dnsStep(target.host, options.timeoutMs);
      if (!steps.dns.ok) return withDecision(steps, stepDecision(stepFailure(steps.dns.detail, 'dns'), steps.dns.detail ?? 'error', options, proxy));
    }
    steps.tcp = await connectStep(target.host, target.port, options.timeoutMs);
    if (!steps.tcp.ok) return withDecision(steps, stepDecision(stepFailure(steps.tcp.detail, 'connect'), steps.tcp.detail ?? 'error', options, proxy));
    if (secure && !viaProxy) {
      steps.tls = await tlsStep(host, port, options.timeoutMs, options.extraCa);
      if (!steps.tls.ok) return withDecision(steps, stepDecision(stepFailure(steps.tls.detail, 'tls'), steps.tls.detail ?? 'error', options, proxy));
    }
    const decision = await askProbe(index, options, steps);
    return withDecision(steps, decision);
  }
  const local: Omit<IndexProbe, 'auth' | 'availability' | 'decision'> = {};
  const decision = await askProbe(index, options, local);
  return withDecision(local, decision);
}

/** The probe's GET and its decision; fills in the HTTP column. */
async function askProbe(index: IndexSetting, options: ProbeOptions, steps: Omit<IndexProbe, 'auth' | 'availability' | 'decision'>): Promise<Availability> {
  const name = probePackage(index);
  const headers: Record<string, string> = { accept: index.ecosystem === 'pypi' ? PYPI_ACCEPT : NPM_ACCEPT, 'user-agent': 'agentops-cockpit diagnose' };
  const authorization = options.credentials.authorizationHeader(index);
  if (authorization) headers['authorization'] = authorization;
  const target = metadataUrl(index.ecosystem, index.url, name);
  const response = await options.http.get(target, headers);
  steps.http = response.ok ? { status: response.status, ms: response.elapsedMs } : { ms: response.elapsedMs, failure: `${response.failure} (${response.detail})` };
  const proxy = options.http.proxyFor(target);
  return classifyAnswer(index.ecosystem, name, response, { timeoutMs: options.timeoutMs, ...(proxy ? { proxy } : {}) });
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}
