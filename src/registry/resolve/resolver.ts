import pLimit from 'p-limit';
import { sha256Hex } from '../../util/hash.js';
import { NO_PRIVATE_NAMES, type PrivateNames } from '../indexes/private-names.js';
import { redactUrl } from '../indexes/redact.js';
import type { Ecosystem, IndexSetting } from '../indexes/types.js';
import { answers, blocksScope, classifyAnswer, describeAvailability, failsOver, fixFor, needsFailover, type Availability, type AvailabilityKind } from './availability.js';
import type { RegistryCache } from './cache.js';
import type { HttpClient } from './http.js';
import { metadataUrl, NPM_ACCEPT, type PackageInfo, PYPI_ACCEPT } from './metadata.js';
import { compareText } from '../../util/compare-text.js';

/** Anything that gives the Authorization header for an index: the fleet's Credentials, or one agent's own layered on them. */
export interface CredentialLookup {
  authorizationHeader(index: Pick<IndexSetting, 'ecosystem' | 'url'>): string | undefined;
}

export interface IndexAttempt {
  /** Index URL without credentials. */
  index: string;
  origin: string;
  outcome: AvailabilityKind;
  status?: number;
  /** What happened when the index did not answer found: `refused (401)`, `HTTP 500`, `timed out after 10 s`, … */
  reason?: string;
  /** What to do about it (availability.ts fixFor); absent when the index answered. */
  fix?: string;
  /** Asked as a mirror after a configured index failed (or with --public). */
  mirror: boolean;
  /** A mirror, or one of the public registries (pypi.org, registry.npmjs.org, …). */
  public: boolean;
  /** Not asked: this (index, scope) already refused or could not be reached earlier in the run. */
  skipped?: boolean;
  /** The failure was an offline cache miss (the user's choice: never fails the run closed). */
  offline?: boolean;
}

export interface Resolution {
  ecosystem: Ecosystem;
  name: string;
  /** found: some index has it; missing: every path answered "not found"; unresolved: some index failed and nothing answered in its place. */
  status: 'found' | 'missing' | 'unresolved';
  info?: PackageInfo;
  answeredBy?: string;
  attempts: IndexAttempt[];
  /** The cockpit.yaml `registries.private` pattern the name matches. */
  privatePattern?: string;
  /** Mirrors not asked because the name is private. */
  withheld: string[];
}

/** A configured index that could not answer (refused, unavailable, broken) and the mirror that answered in its place. */
export interface Failover {
  ecosystem: Ecosystem;
  index: string;
  origin: string;
  /** The HTTP status of the first failure (401, 403, 500, 200 for a broken document), 0 when there was no HTTP answer. */
  status: number;
  /** What happened: `refused (401)`, `HTTP 500`, `timed out after 10 s`, `answered a login page, not a package index`, … */
  reason: string;
  /** The first mirror that answered (found or not found); undefined when none could. */
  mirror?: string;
  /** Packages the mirror had. */
  resolved: string[];
  /** Packages no mirror had or could answer for. */
  unresolved: string[];
}

export interface ResolverOptions {
  http: HttpClient;
  /** The fleet's credentials; `resolve` may be given an agent's own instead. */
  credentials: CredentialLookup;
  /** Public mirrors per ecosystem, asked in order when an index fails over (and the only indexes with publicOnly). */
  mirrors: Record<Ecosystem, IndexSetting[]>;
  cache?: RegistryCache;
  /** Answer from the cache only, at any age. */
  offline?: boolean;
  /** Ask the mirrors only (`--public`). */
  publicOnly?: boolean;
  concurrency?: number;
  /** Names never sent to a mirror. */
  privateNames?: PrivateNames;
  /** The per-request timeout, to say "timed out after N s". */
  timeoutMs?: number;
}

/** The registries anyone can publish to. */
const PUBLIC_HOSTS = new Set(['pypi.org', 'pypi.python.org', 'test.pypi.org', 'registry.npmjs.org', 'registry.npmjs.com', 'registry.yarnpkg.com']);

/** A mirror (public by definition: cockpit.yaml `registries.mirrors` or the public defaults) or a public registry's host. */
function isPublicIndex(index: Pick<IndexSetting, 'role' | 'url'>): boolean {
  if (index.role === 'mirror') return true;
  try {
    return PUBLIC_HOSTS.has(new URL(index.url).hostname);
  } catch {
    return false;
  }
}

/** npm: the package's scope (`@acme`) or '' for unscoped names; PyPI has one scope per index. */
function lookupScope(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'npm' && name.startsWith('@') && name.includes('/') ? name.slice(0, name.indexOf('/')).toLowerCase() : '';
}

const key = (ecosystem: Ecosystem, url: string): string => `${ecosystem} ${url.replace(/\/+$/, '')}`;

interface Asked {
  outcome: Availability & { cached?: boolean };
  skipped: boolean;
}

interface Blocked {
  outcome: Availability;
  ecosystem: Ecosystem;
  index: IndexSetting;
  scope: string;
}

/**
 * Looks packages up in their configured indexes with a bounded pool and an on-disk cache. Every answer goes
 * through one decision (availability.ts): refused, unavailable and broken send the lookup to the public mirrors
 * in order, a 404 does not (the package is simply not there). Per (index, scope, credential) the first lookup
 * goes alone and the others wait for it; a refusal or a connection-level failure then holds for that scope for
 * the rest of the run, so a refusing registry sees one failed login, not a burst. A private name is never sent
 * to a mirror. Every question is asked at most once per run.
 */
export class Resolver {
  readonly #options: ResolverOptions;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #private: PrivateNames;
  readonly #lookups = new Map<string, Promise<Asked>>();
  readonly #resolutions = new Map<string, Promise<Resolution>>();
  readonly #blocked = new Map<string, Blocked>();
  readonly #probes = new Map<string, Promise<void>>();
  readonly #failovers = new Map<string, Failover>();
  #fromCache = 0;
  #requests = 0;

  constructor(options: ResolverOptions) {
    this.#options = options;
    this.#limit = pLimit(options.concurrency ?? 8);
    this.#private = options.privateNames ?? NO_PRIVATE_NAMES;
  }

  /** The indexes that answer for `name`: npm asks the scope's registry or the primary; pip asks all of them; --public none (mirrors only). */
  indexesFor(ecosystem: Ecosystem, name: string, configured: readonly IndexSetting[]): IndexSetting[] {
    if (this.#options.publicOnly) return [];
    const own = configured.filter((index) => index.ecosystem === ecosystem);
    if (ecosystem === 'npm') {
      const scope = lookupScope(ecosystem, name);
      const scoped = scope ? own.find((index) => index.role === 'scoped' && index.scope?.toLowerCase() === scope) : undefined;
      const primary = own.find((index) => index.role === 'primary');
      return scoped ? [scoped] : primary ? [primary] : [...this.#options.mirrors.npm.slice(0, 1)];
    }
    return own.filter((index) => index.role !== 'scoped');
  }

  resolve(ecosystem: Ecosystem, name: string, configured: readonly IndexSetting[], credentials: CredentialLookup = this.#options.credentials): Promise<Resolution> {
    const indexes = this.indexesFor(ecosystem, name, configured);
    const id = `${ecosystem} ${name} ${indexes.map((index) => `${index.url}#${credentialTag(credentials, index)}`).join(' ')} ${mirrorTags(this.#options.mirrors[ecosystem], credentials)}`;
    let pending = this.#resolutions.get(id);
    if (!pending) {
      pending = this.#resolve(ecosystem, name, indexes, credentials);
      this.#resolutions.set(id, pending);
    }
    return pending;
  }

  async #resolve(ecosystem: Ecosystem, name: string, indexes: readonly IndexSetting[], credentials: CredentialLookup): Promise<Resolution> {
    const privatePattern = this.#private.match(ecosystem, name);
    const attempts: IndexAttempt[] = [];
    const found: Array<{ info: PackageInfo; index: string }> = [];
    const failed: Array<{ index: IndexSetting; outcome: Availability }> = [];
    const outcomes = await Promise.all(indexes.map((index) => this.#ask(ecosystem, name, index, credentials)));
    indexes.forEach((index, i) => {
      const { outcome, skipped } = outcomes[i]!;
      attempts.push(attempt(index, outcome, false, skipped, this.#isPublic(index)));
      if (outcome.kind === 'answered-found') found.push({ info: outcome.info, index: index.url });
      else if (failsOver(outcome)) failed.push({ index, outcome });
    });

    // The mirrors stand in for every index that failed; with --public they are the only path.
    const withheld: string[] = [];
    let substituted = false;
    if (needsFailover(outcomes.map((asked) => asked.outcome))) {
      const asked = new Set(indexes.map((index) => key(ecosystem, index.url)));
      const mirrors = this.#options.mirrors[ecosystem].filter((mirror) => !asked.has(key(ecosystem, mirror.url)));
      if (privatePattern) withheld.push(...mirrors.map((mirror) => redactUrl(mirror.url)));
      else {
        for (const mirror of mirrors) {
          const { outcome, skipped } = await this.#ask(ecosystem, name, mirror, credentials);
          attempts.push(attempt(mirror, outcome, true, skipped, true));
          if (!answers(outcome)) continue;
          substituted = true;
          if (outcome.kind === 'answered-found') found.push({ info: outcome.info, index: mirror.url });
          for (const entry of failed) this.#recordFailover(ecosystem, entry, mirror.url, name, outcome.kind === 'answered-found');
          break;
        }
      }
      if (!substituted) for (const entry of failed) this.#recordFailover(ecosystem, entry, undefined, name, false);
    }

    const base = { ecosystem, name, attempts, withheld, ...(privatePattern ? { privatePattern } : {}) };
    if (found.length > 0) {
      const [first, ...rest] = found;
      // pip merges what every index offers; the first index's yank and deprecation marks stand.
      const versions = [...new Set([...first!.info.versions, ...rest.flatMap((entry) => entry.info.versions)])];
      return { ...base, status: 'found', info: { ...first!.info, versions }, answeredBy: redactUrl(first!.index) };
    }
    const unanswered = needsFailover(outcomes.map((asked) => asked.outcome)) && !substituted;
    return { ...base, status: unanswered ? 'unresolved' : 'missing' };
  }

  /** Public: a public registry's host, or the URL of one of the mirrors (which are public by definition) configured as an index. */
  #isPublic(index: IndexSetting): boolean {
    return isPublicIndex(index) || this.#options.mirrors[index.ecosystem].some((mirror) => key(index.ecosystem, mirror.url) === key(index.ecosystem, index.url));
  }

  #recordFailover(ecosystem: Ecosystem, entry: { index: IndexSetting; outcome: Availability }, mirror: string | undefined, name: string, resolved: boolean): void {
    // Offline cache misses are not failures of the index.
    if (entry.outcome.kind === 'unavailable' && entry.outcome.failure === 'offline') return;
    const id = key(ecosystem, entry.index.url);
    let failover = this.#failovers.get(id);
    if (!failover) {
      const status = 'status' in entry.outcome && entry.outcome.status !== undefined ? entry.outcome.status : entry.outcome.kind === 'broken' ? 200 : 0;
      failover = { ecosystem, index: redactUrl(entry.index.url), origin: entry.index.origin, status, reason: describeAvailability(entry.outcome), resolved: [], unresolved: [] };
      this.#failovers.set(id, failover);
    }
    if (mirror && !failover.mirror) failover.mirror = redactUrl(mirror);
    const list = resolved ? failover.resolved : failover.unresolved;
    if (!list.includes(name)) list.push(name);
  }

  /** One question to one index, asked once per run; an (index, scope) that refused or could not be reached is not asked again. */
  async #ask(ecosystem: Ecosystem, name: string, index: IndexSetting, credentials: CredentialLookup): Promise<Asked> {
    const authorization = credentials.authorizationHeader(index);
    const scope = lookupScope(ecosystem, name);
    const scopeKey = `${key(ecosystem, index.url)} ${scope} ${authorization ? sha256Hex(authorization).slice(0, 16) : '-'}`;
    const blocked = this.#blocked.get(scopeKey);
    if (blocked) return { outcome: blocked.outcome, skipped: true };
    const id = `${scopeKey} ${name}`;
    let pending = this.#lookups.get(id);
    if (!pending) {
      pending = this.#lookup(ecosystem, name, index, authorization, scopeKey, scope);
      this.#lookups.set(id, pending);
    }
    return pending;
  }

  async #lookup(ecosystem: Ecosystem, name: string, index: IndexSetting, authorization: string | undefined, scopeKey: string, scope: string): Promise<Asked> {
    const { cache, offline } = this.#options;
    const cached = await cache?.get(ecosystem, index.url, name, { stale: offline === true });
    if (cached) {
      this.#fromCache++;
      return {
        outcome: cached.kind === 'found' ? { kind: 'answered-found', info: cached.info, cached: true } : { kind: 'not-found', status: 404, cached: true },
        skipped: false,
      };
    }
    if (offline) return { outcome: { kind: 'unavailable', failure: 'offline', what: 'offline and not in the cache' }, skipped: false };
    // The first lookup of an (index, scope, credential) goes alone; the others wait for its answer.
    const probe = this.#probes.get(scopeKey);
    if (probe) {
      await probe;
      const blocked = this.#blocked.get(scopeKey);
      if (blocked) return { outcome: blocked.outcome, skipped: true };
      return { outcome: await this.#fetch(ecosystem, name, index, authorization, scopeKey, scope), skipped: false };
    }
    let open = (): void => undefined;
    this.#probes.set(scopeKey, new Promise<void>((resolve) => (open = resolve)));
    try {
      return { outcome: await this.#fetch(ecosystem, name, index, authorization, scopeKey, scope), skipped: false };
    } finally {
      open();
    }
  }

  #fetch(ecosystem: Ecosystem, name: string, index: IndexSetting, authorization: string | undefined, scopeKey: string, scope: string): Promise<Availability> {
    const { cache, http } = this.#options;
    return this.#limit(async (): Promise<Availability> => {
      const headers: Record<string, string> = { accept: ecosystem === 'pypi' ? PYPI_ACCEPT : NPM_ACCEPT, 'user-agent': 'agentops-cockpit' };
      if (authorization) headers['authorization'] = authorization;
      this.#requests++;
      const url = metadataUrl(ecosystem, index.url, name);
      const result = await http.get(url, headers);
      const proxy = http.proxyFor(url);
      const outcome = classifyAnswer(ecosystem, name, result, { timeoutMs: this.#options.timeoutMs ?? 10_000, ...(proxy ? { proxy } : {}) });
      if (blocksScope(outcome) && !this.#blocked.has(scopeKey)) this.#blocked.set(scopeKey, { outcome, ecosystem, index, scope });
      if (outcome.kind === 'not-found') await cache?.put(ecosystem, index.url, name, { kind: 'missing' });
      if (outcome.kind === 'answered-found') await cache?.put(ecosystem, index.url, name, { kind: 'found', info: outcome.info });
      return outcome;
    });
  }

  /** What happened in this run, for the report: no credentials, URLs redacted. */
  summary(): { failovers: Failover[]; refused: Array<{ ecosystem: Ecosystem; index: string; status: number; scope?: string }>; requests: number; fromCache: number } {
    const refused = new Map<string, { ecosystem: Ecosystem; index: string; status: number; scope?: string }>();
    for (const blocked of this.#blocked.values()) {
      if (blocked.outcome.kind !== 'refused') continue;
      const entry = { ecosystem: blocked.ecosystem, index: redactUrl(blocked.index.url), status: blocked.outcome.status, ...(blocked.scope ? { scope: blocked.scope } : {}) };
      const id = `${entry.ecosystem} ${entry.index} ${blocked.scope}`;
      if (!refused.has(id)) refused.set(id, entry);
    }
    return {
      // Lookups finish in any order; the report lists by ecosystem, index and scope so two runs read the same.
      failovers: [...this.#failovers.values()]
        .map((failover) => ({ ...failover, resolved: [...failover.resolved].sort(), unresolved: [...failover.unresolved].sort() }))
        .sort(byEcosystemAndIndex),
      refused: [...refused.values()].sort((a, b) => byEcosystemAndIndex(a, b) || compareText(a.scope ?? '', b.scope ?? '')),
      requests: this.#requests,
      fromCache: this.#fromCache,
    };
  }
}

/** Which credential an index is asked with, as a short digest: answers and refusals are kept apart per credential. */
function credentialTag(credentials: CredentialLookup, index: IndexSetting): string {
  const header = credentials.authorizationHeader(index);
  return header ? sha256Hex(header).slice(0, 16) : '-';
}

function mirrorTags(mirrors: readonly IndexSetting[], credentials: CredentialLookup): string {
  return mirrors.map((mirror) => credentialTag(credentials, mirror)).join(',');
}

function attempt(index: IndexSetting, outcome: Availability, mirror: boolean, skipped: boolean, isPublic: boolean): IndexAttempt {
  const out: IndexAttempt = { index: redactUrl(index.url), origin: index.origin, outcome: outcome.kind, mirror, public: isPublic };
  if (outcome.kind === 'refused' || outcome.kind === 'not-found') out.status = outcome.status;
  if (outcome.kind === 'unavailable' && outcome.status !== undefined) out.status = outcome.status;
  if (outcome.kind !== 'answered-found') out.reason = describeAvailability(outcome);
  const fix = fixFor(outcome, index);
  if (fix) out.fix = fix;
  if (outcome.kind === 'unavailable' && outcome.failure === 'offline') out.offline = true;
  if (skipped) out.skipped = true;
  return out;
}


function byEcosystemAndIndex(a: { ecosystem: string; index: string }, b: { ecosystem: string; index: string }): number {
  return compareText(a.ecosystem, b.ecosystem) || compareText(a.index, b.index);
}
