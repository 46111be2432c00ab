import { existsSync, readFileSync } from 'node:fs';
import { discoverProjectIndexes } from '../config/discover.js';
import { redactUrl } from '../config/redact.js';
import { describeIndex, type DiscoverOptions, type Ecosystem, type IndexSetting } from '../config/types.js';
import { createHttpClient } from '../resolve/http.js';
import { probeIndex, type AuthState, type IndexProbe } from './probe.js';

export interface DiagnosedIndex {
  role: IndexSetting['role'];
  scope?: string;
  url: string;
  origin: string;
  hasCredentials: boolean;
  credentialSource?: string;
  probe: IndexProbe;
  /** One line: what is wrong and what to do; absent when the index works. */
  remedy?: string;
}

export interface DiagnoseReport {
  ecosystems: Array<{ ecosystem: Ecosystem; working: boolean; via?: string; indexes: DiagnosedIndex[] }>;
  environment: {
    proxies: Array<{ name: string; value: string }>;
    ca: Array<{ name: string; value: string; exists: boolean; remedy?: string }>;
  };
  warnings: string[];
  exitCode: 0 | 3;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
/** NODE_EXTRA_CA_CERTS is what the cockpit (Node) reads; the others are what pip/requests read. */
const CA_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'REQUESTS_CA_BUNDLE', 'PIP_CERT', 'NPM_CONFIG_CAFILE'];

function credentialHint(index: IndexSetting): string {
  const host = safeHost(index.url);
  return index.ecosystem === 'npm'
    ? `add a token for it in .npmrc: //${host}/:_authToken=\${NPM_TOKEN}`
    : `add credentials for it: a ~/.netrc entry (machine ${host} login USER password TOKEN) or the pip.conf index-url with user:token`;
}

/** What to do about one index's state; undefined when it works. */
export function remedyFor(index: IndexSetting, probe: IndexProbe): string | undefined {
  const failedStep = probe.dns && !probe.dns.ok ? 'dns' : probe.tcp && !probe.tcp.ok ? 'tcp' : probe.tls && !probe.tls.ok ? 'tls' : undefined;
  const via = probe.proxy ? ` (through the proxy ${probe.proxy})` : '';
  switch (failedStep) {
    case 'dns':
      return `cannot resolve ${probe.proxy ? 'the proxy host' : safeHost(index.url)} (${probe.dns?.detail}): check the host name, your VPN and DNS; behind a corporate proxy set HTTPS_PROXY`;
    case 'tcp':
      return `cannot connect${via} (${probe.tcp?.detail}): the service is down, or a firewall blocks the port; check the VPN, or HTTPS_PROXY / NO_PROXY`;
    case 'tls':
      return `TLS failed (${probe.tls?.detail}): if a corporate CA signs the certificate, point NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE / REQUESTS_CA_BUNDLE for pip) at its PEM bundle`;
    default:
      break;
  }
  const state: AuthState = probe.auth;
  if (state === 'ok') return undefined;
  if (state === 'unauthorized') {
    return index.hasCredentials
      ? `401 with the credentials from ${index.credentialSource ?? 'the configuration'}: they are wrong or expired; renew them`
      : `401: the index needs credentials and none are configured; ${credentialHint(index)}`;
  }
  if (state === 'forbidden') {
    return index.hasCredentials
      ? `403: the credentials from ${index.credentialSource ?? 'the configuration'} are valid but may not read this index; ask its administrators for read access or check the token's scope`
      : `403: the index refuses anonymous reads (or this network); ${credentialHint(index)}`;
  }
  if (state === 'unreachable') return `no answer${via} (${probe.http?.failure ?? 'timeout'}): the service is slow or down; retry, or raise --timeout`;
  return `the index answered HTTP ${probe.http?.status ?? '?'}${probe.http?.failure ? ` (${probe.http.failure})` : ''}: it is failing; try again later or ask its administrators`;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export interface DiagnoseOptions extends Omit<DiscoverOptions, 'home' | 'virtualEnv'> {
  timeoutMs: number;
  publicOnly?: boolean;
}

/** Probes every configured index and mirror of both ecosystems and says, per ecosystem, whether any path works. */
export async function diagnose(options: DiagnoseOptions): Promise<DiagnoseReport> {
  const { env } = options;
  const discovered = discoverProjectIndexes(options);
  const extraCaFile = env['NODE_EXTRA_CA_CERTS'];
  const extraCa = extraCaFile && existsSync(extraCaFile) ? readFileSync(extraCaFile, 'utf8') : undefined;
  const http = createHttpClient({ timeoutMs: options.timeoutMs, env });
  try {
    const ecosystems = await Promise.all(
      (['pypi', 'npm'] as const).map(async (ecosystem) => {
        const own = options.publicOnly ? [] : discovered.indexes.filter((index) => index.ecosystem === ecosystem);
        const mirrors = discovered.mirrors[ecosystem].filter((mirror) => !own.some((index) => index.url === mirror.url));
        const all = [...own, ...mirrors];
        const probes = await Promise.all(
          all.map((index) => probeIndex(index, { http, credentials: discovered.credentials, env, timeoutMs: options.timeoutMs, ...(extraCa ? { extraCa } : {}) })),
        );
        const indexes: DiagnosedIndex[] = all.map((index, i) => {
          const probe = probes[i]!;
          const remedy = remedyFor(index, probe);
          return { ...describeIndex(index), probe, ...(remedy ? { remedy } : {}) };
        });
        // A working path: the primary (or the only index) answers, or a mirror does, which failover reaches.
        const working = indexes.find((index) => index.probe.auth === 'ok' && index.role !== 'scoped');
        return { ecosystem, working: working !== undefined, ...(working ? { via: working.url } : {}), indexes };
      }),
    );
    const proxies = PROXY_VARIABLES.filter((name) => env[name]).map((name) => ({ name, value: redactUrl(env[name]!) }));
    const ca = CA_VARIABLES.filter((name) => env[name]).map((name) => {
      const value = env[name]!;
      const exists = existsSync(value);
      return { name, value, exists, ...(exists ? {} : { remedy: `${name} points at ${value}, which does not exist: fix the path or unset it` }) };
    });
    const exitCode = ecosystems.every((entry) => entry.working) ? 0 : 3;
    return { ecosystems, environment: { proxies, ca }, warnings: discovered.warnings, exitCode };
  } finally {
    await http.close();
  }
}
