import type { Ecosystem, IndexSetting } from '../indexes/types.js';
import type { HttpResult, NetworkFailure } from './http.js';
import { BrokenDocumentError, parseMetadata, type PackageInfo } from './metadata.js';

/**
 * The one decision about one index's answer, shared by the resolver (`--resolve`) and `ops diagnose`:
 *
 * | answer                                                                        | decision        | fail over to the mirrors |
 * | ----------------------------------------------------------------------------- | --------------- | ------------------------ |
 * | 200 with a valid PEP 691 / PEP 503 page or npm packument                       | answered-found  | no                       |
 * | 404, 410                                                                       | not-found       | no (an answer)           |
 * | 401, 403                                                                       | refused         | yes                      |
 * | 5xx, any other status, timeout, connection refused/reset, DNS, TLS, proxy,     | unavailable     | yes                      |
 * | redirect loop, too many redirects, a body over the size limit                  |                 |                          |
 * | 200 that is not a valid index document (login page, `{"error": …}`, …)         | broken          | yes                      |
 */
export type Availability =
  | { kind: 'answered-found'; info: PackageInfo }
  | { kind: 'not-found'; status: number }
  | { kind: 'refused'; status: number }
  | { kind: 'unavailable'; status?: number; failure?: NetworkFailure | 'offline'; what: string }
  | { kind: 'broken'; what: string };

export type AvailabilityKind = Availability['kind'];

/** Failures that say something about the (index, scope) rather than one package: not asked again in the run. */
const TRANSPORT_FAILURES: ReadonlySet<string> = new Set(['dns', 'connect', 'tls', 'timeout', 'proxy', 'redirect-loop', 'too-many-redirects']);

export interface ClassifyContext {
  /** Per-request timeout, named in "timed out after N s". */
  timeoutMs: number;
  /** The proxy the request went through, if any: a connection failure then names it. */
  proxy?: string;
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

function networkWhat(failure: NetworkFailure, detail: string, context: ClassifyContext): string {
  const via = context.proxy ? ` (through the proxy ${context.proxy})` : '';
  switch (failure) {
    case 'timeout':
      return `timed out after ${seconds(context.timeoutMs)}${via}`;
    case 'connect':
      if (detail === 'ECONNREFUSED') return `connection refused${via}`;
      if (detail === 'ECONNRESET' || detail === 'UND_ERR_SOCKET') return `connection reset${via}`;
      return `cannot connect (${detail})${via}`;
    case 'dns':
      return `host name not resolved (${detail})${via}`;
    case 'tls':
      return `TLS failed (${detail})`;
    case 'proxy':
      return `the proxy ${context.proxy ?? ''} failed (${detail})`.replace('  ', ' ');
    case 'redirect-loop':
      return `redirect loop (${detail})`;
    case 'too-many-redirects':
      return `too many redirects (${detail})`;
    case 'too-large':
      return `a document too large to read (${detail})`;
    default:
      return `no answer (${detail})${via}`;
  }
}

/** Classifies one HTTP result for `name`. The document of a 200 is parsed here, so "broken" is decided once. */
export function classifyAnswer(ecosystem: Ecosystem, name: string, result: HttpResult, context: ClassifyContext): Availability {
  if (!result.ok) return { kind: 'unavailable', failure: result.failure, what: networkWhat(result.failure, result.detail, context) };
  const { status } = result;
  if (status === 404 || status === 410) return { kind: 'not-found', status };
  if (status === 401 || status === 403) return { kind: 'refused', status };
  if (status !== 200) return { kind: 'unavailable', status, what: `HTTP ${status}` };
  try {
    return { kind: 'answered-found', info: parseMetadata(ecosystem, result.contentType, result.body, name) };
  } catch (error) {
    return { kind: 'broken', what: error instanceof BrokenDocumentError ? error.message : 'answered a document that could not be read, not a package index' };
  }
}

/** The index answered the question (yes or no): the path works. */
export const answers = (availability: Availability): boolean => availability.kind === 'answered-found' || availability.kind === 'not-found';

/** Refused, unavailable and broken send the lookup to the mirrors; not-found never does. */
export const failsOver = (availability: Availability): boolean => !answers(availability);

/**
 * Whether lookups go to the mirrors: some configured index failed over, or none is configured (`--public`).
 * The resolver and `ops diagnose` both decide the path with this and `answers` (the first mirror that answers stands in).
 */
export const needsFailover = (configured: readonly Availability[]): boolean => configured.length === 0 || configured.some(failsOver);

/** Refusals and connection-level failures hold for every package of the (index, scope) for the rest of the run. */
export const blocksScope = (availability: Availability): boolean =>
  availability.kind === 'refused' || (availability.kind === 'unavailable' && availability.failure !== undefined && TRANSPORT_FAILURES.has(availability.failure));

/** What happened, a few words: `found`, `not found (404)`, `refused (401)`, `HTTP 500`, `timed out after 10 s`, `answered a login page, …`. */
export function describeAvailability(availability: Availability): string {
  switch (availability.kind) {
    case 'answered-found':
      return 'found';
    case 'not-found':
      return `not found (${availability.status})`;
    case 'refused':
      return `refused (${availability.status})`;
    default:
      return availability.what;
  }
}

function safeHostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return url;
  }
}

/** Where to put a credential for this index; `.netrc` matches a host NAME (`machine host`), never `host:port`. */
export function credentialHint(index: Pick<IndexSetting, 'ecosystem' | 'url'>): string {
  let nerfDart = safeHostname(index.url);
  try {
    const url = new URL(index.url);
    nerfDart = `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
  } catch {
    // keep the bare host
  }
  return index.ecosystem === 'npm'
    ? `add a token for it in .npmrc: ${nerfDart}:_authToken=\${NPM_TOKEN}`
    : `add credentials for it: a ~/.netrc entry (machine ${safeHostname(index.url)} login USER password TOKEN) or the pip.conf index-url with user:token`;
}

type IndexForFix = Pick<IndexSetting, 'ecosystem' | 'url' | 'hasCredentials' | 'credentialSource'>;

/** What to do about an index that did not answer; undefined when it answered. One clause, no trailing full stop. */
export function fixFor(availability: Availability, index: IndexForFix): string | undefined {
  const from = index.credentialSource ?? 'the configuration';
  switch (availability.kind) {
    case 'answered-found':
    case 'not-found':
      return undefined;
    case 'refused':
      if (availability.status === 401) {
        return index.hasCredentials
          ? `401 with the credentials from ${from}: they are wrong or expired; renew them`
          : `401: the index needs credentials and none are configured; ${credentialHint(index)}`;
      }
      return index.hasCredentials
        ? `403: the credentials from ${from} are valid but may not read this index; ask its administrators for read access or check the token's scope`
        : `403: the index refuses anonymous reads (or this network); ${credentialHint(index)}`;
    case 'broken':
      return /login page/.test(availability.what)
        ? `use the index API URL, not its web UI, and ${credentialHint(index)}`
        : 'check the URL (it must be the PEP 503 simple root or the npm registry root) or ask its administrators';
    case 'unavailable':
      switch (availability.failure) {
        case 'offline':
          return 'run once online (without --offline) to fill the cache';
        case 'timeout':
          return 'the index is slow or unreachable: check the VPN and network, or raise --registry-timeout';
        case 'connect':
          return 'the service is down, or a firewall blocks the port; check the URL, the VPN, or HTTPS_PROXY / NO_PROXY';
        case 'dns':
          return 'check the host name, your VPN and DNS; behind a corporate proxy set HTTPS_PROXY';
        case 'tls':
          return 'if a corporate CA signs the certificate, point NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE / REQUESTS_CA_BUNDLE for pip) at its PEM bundle';
        case 'proxy':
          return 'the proxy refused the connection: check HTTPS_PROXY (and its credentials) or exempt the index with NO_PROXY';
        case 'redirect-loop':
          return 'the index redirects in a loop: check the URL (trailing slash, http vs https) or a sign-in redirect that needs a token';
        case 'too-many-redirects':
          return 'the index redirects too often: point the configuration at the final URL';
        case 'too-large':
          return 'the index answered a document larger than any package page: check the URL';
        case undefined:
          return 'the index is failing: try again later or ask its administrators';
        default:
          return 'check the URL and the network';
      }
  }
}
