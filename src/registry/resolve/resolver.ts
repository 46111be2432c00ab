import pLimit from 'p-limit';
import { redactUrl } from '../config/redact.js';
import type { Credentials, Ecosystem, IndexSetting } from '../config/types.js';
import type { CachedAnswer, RegistryCache } from './cache.js';
import type { HttpClient } from './http.js';
import { metadataUrl, NPM_ACCEPT, type PackageInfo, parseMetadata, PYPI_ACCEPT } from './metadata.js';

/** One index's answer about one package. */
export type LookupOutcome =
  | { kind: 'found'; info: PackageInfo; cached: boolean }
  | { kind: 'missing'; cached: boolean }
  | { kind: 'refused'; status: number }
  | { kind: 'unavailable'; reason: string };

export interface IndexAttempt {
  /** Index URL without credentials. */
  index: string;
  outcome: LookupOutcome['kind'];
  status?: number;
  reason?: string;
  /** Asked as a public mirror after a refusal. */
  mirror: boolean;
  /** Not asked: this index already refused earlier in the run. */
  skipped?: boolean;
}

export interface Resolution {
  ecosystem: Ecosystem;
  name: string;
  /** found: some index has it; missing: every index asked answered 404; unresolved: no index could answer. */
  status: 'found' | 'missing' | 'unresolved';
  info?: PackageInfo;
  answeredBy?: string;
  attempts: IndexAttempt[];
}

/** A private index that answered 401/403 and the mirror that answered in its place. */
export interface Failover {
  ecosystem: Ecosystem;
  index: string;
  origin: string;
  status: number;
  /** The first mirror that answered (found or not found); undefined when none could. */
  mirror?: string;
  /** Packages the mirror had. */
  resolved: string[];
  /** Packages no mirror could answer for. */
  unresolved: string[];
}

export interface ResolverOptions {
  http: HttpClient;
  credentials: Credentials;
  /** Public mirrors per ecosystem, asked in order when an index refuses (and the only indexes with publicOnly). */
  mirrors: Record<Ecosystem, IndexSetting[]>;
  cache?: RegistryCache;
  /** Answer from the cache only, at any age. */
  offline?: boolean;
  /** Ask the mirrors only (`--public`). */
  publicOnly?: boolean;
  concurrency?: number;
}

const key = (ecosystem: Ecosystem, url: string): string => `${ecosystem} ${url.replace(/\/+$/, '')}`;

/**
 * Looks packages up in their configured indexes with a bounded pool and an on-disk cache. A 401/403 marks the
 * index as refused for the rest of the run and sends the lookup to the public mirrors; a 404 does not fail over
 * (the package is simply not there). Every question is asked at most once per run.
 */
export class Resolver {
  readonly #options: ResolverOptions;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #lookups = new Map<string, Promise<LookupOutcome>>();
  readonly #resolutions = new Map<string, Promise<Resolution>>();
  readonly #refused = new Map<string, number>();
  readonly #failovers = new Map<string, Failover>();
  #fromCache = 0;
  #requests = 0;

  constructor(options: ResolverOptions) {
    this.#options = options;
    this.#limit = pLimit(options.concurrency ?? 8);
  }

  /** The indexes that answer for `name`: npm asks the scope's registry or the primary; pip asks all of them. */
  indexesFor(ecosystem: Ecosystem, name: string, configured: readonly IndexSetting[]): IndexSetting[] {
    if (this.#options.publicOnly) return [...this.#options.mirrors[ecosystem]];
    const own = configured.filter((index) => index.ecosystem === ecosystem);
    if (ecosystem === 'npm') {
      const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
      const scoped = scope ? own.find((index) => index.role === 'scoped' && index.scope === scope) : undefined;
      const primary = own.find((index) => index.role === 'primary');
      return scoped ? [scoped] : primary ? [primary] : [...this.#options.mirrors.npm.slice(0, 1)];
    }
    return own.filter((index) => index.role !== 'scoped');
  }

  resolve(ecosystem: Ecosystem, name: string, configured: readonly IndexSetting[]): Promise<Resolution> {
    const indexes = this.indexesFor(ecosystem, name, configured);
    const id = `${ecosystem} ${name} ${indexes.map((index) => index.url).join(' ')}`;
    let pending = this.#resolutions.get(id);
    if (!pending) {
      pending = this.#resolve(ecosystem, name, indexes);
      this.#resolutions.set(id, pending);
    }
    return pending;
  }

  async #resolve(ecosystem: Ecosystem, name: string, indexes: readonly IndexSetting[]): Promise<Resolution> {
    const attempts: IndexAttempt[] = [];
    const found: Array<{ info: PackageInfo; index: string }> = [];
    const refused: IndexSetting[] = [];
    let unanswered = false;
    // Offline, an index with nothing cached gets the same mirror fallback a refusal would: the cache then holds
    // what the mirrors said when the last online run failed over.
    let offlineMiss = false;
    const outcomes = await Promise.all(indexes.map((index) => this.#ask(ecosystem, name, index)));
    indexes.forEach((index, i) => {
      const { outcome, skipped } = outcomes[i]!;
      attempts.push(attempt(index, outcome, false, skipped));
      if (outcome.kind === 'found') found.push({ info: outcome.info, index: index.url });
      else if (outcome.kind === 'refused') refused.push(index);
      else if (outcome.kind === 'unavailable') {
        unanswered = true;
        if (this.#options.offline) offlineMiss = true;
      }
    });

    if (refused.length > 0 || offlineMiss) {
      const asked = new Set(indexes.map((index) => key(ecosystem, index.url)));
      let answered = false;
      for (const mirror of this.#options.mirrors[ecosystem]) {
        if (asked.has(key(ecosystem, mirror.url))) continue;
        const { outcome, skipped } = await this.#ask(ecosystem, name, mirror);
        attempts.push(attempt(mirror, outcome, true, skipped));
        if (outcome.kind === 'found') found.push({ info: outcome.info, index: mirror.url });
        if (outcome.kind === 'found' || outcome.kind === 'missing') {
          answered = true;
          for (const index of refused) this.#recordFailover(ecosystem, index, mirror.url, name, outcome.kind === 'found');
          break;
        }
      }
      if (!answered) for (const index of refused) this.#recordFailover(ecosystem, index, undefined, name, false);
    }

    if (found.length > 0) {
      const [first, ...rest] = found;
      // pip merges what every index offers; the first index's yank and deprecation marks stand.
      const versions = [...new Set([...first!.info.versions, ...rest.flatMap((entry) => entry.info.versions)])];
      return { ecosystem, name, status: 'found', info: { ...first!.info, versions }, answeredBy: first!.index, attempts };
    }
    const status = refused.length === 0 && !unanswered && indexes.length > 0 ? 'missing' : 'unresolved';
    return { ecosystem, name, status, attempts };
  }

  #recordFailover(ecosystem: Ecosystem, index: IndexSetting, mirror: string | undefined, name: string, resolved: boolean): void {
    const id = key(ecosystem, index.url);
    let failover = this.#failovers.get(id);
    if (!failover) {
      failover = { ecosystem, index: redactUrl(index.url), origin: index.origin, status: this.#refused.get(id) ?? 0, resolved: [], unresolved: [] };
      this.#failovers.set(id, failover);
    }
    if (mirror && !failover.mirror) failover.mirror = redactUrl(mirror);
    const list = resolved ? failover.resolved : failover.unresolved;
    if (!list.includes(name)) list.push(name);
  }

  /** One question to one index, asked once per run; an index that refused is not asked again. */
  async #ask(ecosystem: Ecosystem, name: string, index: IndexSetting): Promise<{ outcome: LookupOutcome; skipped: boolean }> {
    const status = this.#refused.get(key(ecosystem, index.url));
    if (status !== undefined) return { outcome: { kind: 'refused', status }, skipped: true };
    const id = `${key(ecosystem, index.url)} ${name}`;
    let pending = this.#lookups.get(id);
    if (!pending) {
      pending = this.#lookup(ecosystem, name, index);
      this.#lookups.set(id, pending);
    }
    const outcome = await pending;
    return { outcome, skipped: false };
  }

  async #lookup(ecosystem: Ecosystem, name: string, index: IndexSetting): Promise<LookupOutcome> {
    const { cache, offline, http, credentials } = this.#options;
    const cached = await cache?.get(ecosystem, index.url, name, { stale: offline === true });
    if (cached) {
      this.#fromCache++;
      return cached.kind === 'found' ? { kind: 'found', info: cached.info, cached: true } : { kind: 'missing', cached: true };
    }
    if (offline) return { kind: 'unavailable', reason: 'offline and not in the cache' };
    // A refusal seen while this lookup waited in the pool spares the request.
    const refusedMeanwhile = this.#refused.get(key(ecosystem, index.url));
    if (refusedMeanwhile !== undefined) return { kind: 'refused', status: refusedMeanwhile };
    return this.#limit(async (): Promise<LookupOutcome> => {
      const stillRefused = this.#refused.get(key(ecosystem, index.url));
      if (stillRefused !== undefined) return { kind: 'refused', status: stillRefused };
      const headers: Record<string, string> = { accept: ecosystem === 'pypi' ? PYPI_ACCEPT : NPM_ACCEPT, 'user-agent': 'agentops-cockpit' };
      const authorization = credentials.authorizationHeader(index);
      if (authorization) headers['authorization'] = authorization;
      this.#requests++;
      const result = await http.get(metadataUrl(ecosystem, index.url, name), headers);
      if (!result.ok) return { kind: 'unavailable', reason: `${result.failure} (${result.detail})` };
      if (result.status === 401 || result.status === 403) {
        this.#refused.set(key(ecosystem, index.url), result.status);
        return { kind: 'refused', status: result.status };
      }
      if (result.status === 404 || result.status === 410) {
        await cache?.put(ecosystem, index.url, name, { kind: 'missing' });
        return { kind: 'missing', cached: false };
      }
      if (result.status !== 200) return { kind: 'unavailable', reason: `HTTP ${result.status}` };
      let answer: CachedAnswer;
      try {
        answer = { kind: 'found', info: parseMetadata(ecosystem, result.contentType, result.body) };
      } catch {
        return { kind: 'unavailable', reason: 'the index answered with a document that could not be read' };
      }
      await cache?.put(ecosystem, index.url, name, answer);
      return { ...answer, cached: false };
    });
  }

  /** What happened in this run, for the report: no credentials, URLs redacted. */
  summary(): { failovers: Failover[]; refused: Array<{ ecosystem: Ecosystem; index: string; status: number }>; requests: number; fromCache: number } {
    return {
      // Lookups finish in any order; the report lists by ecosystem and index so two runs read the same.
      failovers: [...this.#failovers.values()]
        .map((failover) => ({ ...failover, resolved: [...failover.resolved].sort(), unresolved: [...failover.unresolved].sort() }))
        .sort(byEcosystemAndIndex),
      refused: [...this.#refused.entries()]
        .map(([id, status]) => {
          const space = id.indexOf(' ');
          return { ecosystem: id.slice(0, space) as Ecosystem, index: redactUrl(id.slice(space + 1)), status };
        })
        .sort(byEcosystemAndIndex),
      requests: this.#requests,
      fromCache: this.#fromCache,
    };
  }
}

function attempt(index: IndexSetting, outcome: LookupOutcome, mirror: boolean, skipped: boolean): IndexAttempt {
  const out: IndexAttempt = { index: redactUrl(index.url), outcome: outcome.kind, mirror };
  if (outcome.kind === 'refused') out.status = outcome.status;
  if (outcome.kind === 'unavailable') out.reason = outcome.reason;
  if (skipped) out.skipped = true;
  return out;
}

function byEcosystemAndIndex(a: { ecosystem: string; index: string }, b: { ecosystem: string; index: string }): number {
  return a.ecosystem < b.ecosystem ? -1 : a.ecosystem > b.ecosystem ? 1 : a.index < b.index ? -1 : a.index > b.index ? 1 : 0;
}
