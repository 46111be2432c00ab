import { existsSync, readFileSync } from 'node:fs';
import { discoverProjectIndexes } from '../indexes/discover.js';
import { privateNames } from '../indexes/private-names.js';
import { redactUrl } from '../indexes/redact.js';
import { describeIndex, type DiscoverOptions, type Ecosystem, type IndexSetting } from '../indexes/types.js';
import { answers, fixFor, needsFailover } from '../resolve/availability.js';
import { createHttpClient } from '../resolve/http.js';
import { probeIndex, type IndexProbe } from './probe.js';

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

interface DiagnosedEcosystem {
  ecosystem: Ecosystem;
  /** `--resolve` can answer for ordinary names (and, when declared, for private names). */
  working: boolean;
  /** The path lookups take: the configured index when every configured index answers, else the mirror that stands in. */
  via?: string;
  /** cockpit.yaml `registries.private` names: they never fail over, so every configured index must answer for them. */
  privateNames?: { working: boolean; remedy?: string };
  indexes: DiagnosedIndex[];
}

export interface DiagnoseReport {
  ecosystems: DiagnosedEcosystem[];
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

/** What to do about one index's state; undefined when it works. Network steps first, then the shared decision's fix. */
function remedyFor(index: IndexSetting, probe: IndexProbe): string | undefined {
  const failedStep = probe.dns && !probe.dns.ok ? 'dns' : probe.tcp && !probe.tcp.ok ? 'tcp' : probe.tls && !probe.tls.ok ? 'tls' : undefined;
  const via = probe.proxy ? ` (through the proxy ${probe.proxy})` : '';
  switch (failedStep) {
    case 'dns':
      return `cannot resolve ${probe.proxy ? 'the proxy host' : safeHostname(index.url)} (${probe.dns?.detail}): check the host name, your VPN and DNS; behind a corporate proxy set HTTPS_PROXY`;
    case 'tcp':
      return `cannot connect${via} (${probe.tcp?.detail}): the service is down, or a firewall blocks the port; check the VPN, or HTTPS_PROXY / NO_PROXY`;
    case 'tls':
      return `TLS failed (${probe.tls?.detail}): if a corporate CA signs the certificate, point NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE / REQUESTS_CA_BUNDLE for pip) at its PEM bundle`;
    default:
      break;
  }
  if (!probe.decision || answers(probe.decision)) return undefined;
  const fix = fixFor(probe.decision, index);
  const what = probe.availability.reason;
  // Refusal fixes already start with the status; the others get what happened first (a loop is named as one).
  return probe.decision.kind === 'refused' || !what ? fix : `${what}: ${fix}`;
}

function safeHostname(url: string): string {
  try {
    return new URL(url).hostname;
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
  const patterns = privateNames(discovered.privateNames);
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
        // The resolver's path: every configured index answers, or the first mirror that answers stands in (resolve/resolver.ts).
        const configured = indexes.slice(0, own.length);
        const mirrorsProbed = indexes.slice(own.length);
        const decisions = configured.map((index) => index.probe.decision!);
        const failover = needsFailover(decisions);
        const standIn = failover ? mirrorsProbed.find((mirror) => answers(mirror.probe.decision!)) : undefined;
        const ordinary = failover ? standIn !== undefined : true;
        const via = failover ? standIn?.url : configured[0]?.url;
        const entry: DiagnosedEcosystem = { ecosystem, working: ordinary, ...(ordinary && via ? { via } : {}), indexes };
        if (patterns.covers(ecosystem)) {
          // Private names are asked of the configured indexes only; the indexes that fail have no stand-in for them.
          const privateOk = own.length > 0 && !failover;
          entry.privateNames = privateOk
            ? { working: true }
            : { working: false, remedy: `names matching registries.private (${patterns.patterns.join(', ')}) are never sent to a mirror: ${own.length === 0 ? 'no index is configured for them (--public asks the mirrors only)' : 'fix the configured index that fails'}` };
          entry.working = entry.working && privateOk;
        }
        return entry;
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
