import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../config/settings.js';
import { CockpitError } from '../../util/errors.js';
import { discoverProjectIndexes } from '../indexes/discover.js';
import { privateNames } from '../indexes/private-names.js';
import { redactUrl } from '../indexes/redact.js';
import { describeIndex, type Credentials, type DiscoverOptions, type Ecosystem, type IndexSetting } from '../indexes/types.js';
import { diskCache } from '../resolve/cache.js';
import { defaultCacheDir } from '../../util/cache-root.js';
import { createHttpClient, type HttpClient } from '../resolve/http.js';
import { Resolver, type CredentialLookup, type Failover } from '../resolve/resolver.js';
import { lookupAgentDependencies, agentIndexes, layeredCredentials, type DependencyLookups } from './lookups.js';
import { declaredRegistryDependencies, readAgentManifests } from './manifests.js';

/** The registry part of a report: where each index came from and what happened; never a credential. */
export interface RegistryRun {
  mode: 'online' | 'offline';
  publicOnly: boolean;
  indexes: Array<Pick<IndexSetting, 'ecosystem' | 'role' | 'url' | 'origin' | 'hasCredentials'> & { scope?: string; credentialSource?: string }>;
  mirrors: Array<{ ecosystem: Ecosystem; url: string; origin: string }>;
  failovers: Failover[];
  refused: Array<{ ecosystem: Ecosystem; index: string; status: number; scope?: string }>;
  packages: { checked: number; found: number; missing: number; unresolved: number };
  requests: number;
  fromCache: number;
  warnings: string[];
}

/** `cwd` is the folder whose pip/uv/npm configuration applies (the workspace root). */
export interface DependencyResolverOptions extends Omit<DiscoverOptions, 'home' | 'virtualEnv'> {
  settings: Settings;
}

/**
 * No index and no mirror could answer for a package, and the user did not choose best-effort: the run fails
 * closed (exit 3, this one line) rather than pass a fleet whose dependencies were never checked.
 */
class RegistryUnavailableError extends CockpitError {}

/** One run's dependency resolution: index discovery, the HTTP client, the cache and the resolver, shared by all agents. */
export class DependencyResolver {
  readonly #resolver: Resolver;
  readonly #http: HttpClient;
  readonly #indexes: IndexSetting[];
  readonly #mirrors: Record<Ecosystem, IndexSetting[]>;
  readonly #credentials: Credentials;
  readonly #warnings: string[];
  readonly #settings: Settings;
  readonly #options: DependencyResolverOptions;
  /** Unanswerable lookups stay notes (--resolve-best-effort, cockpit.yaml registries.best-effort) instead of failing the run. */
  readonly bestEffort: boolean;
  readonly #seen = new Map<string, DependencyLookups[string]>();

  constructor(options: DependencyResolverOptions) {
    const { env, settings } = options;
    this.#options = options;
    const discovered = discoverProjectIndexes(options);
    this.bestEffort = settings.registryBestEffort || discovered.bestEffort;
    this.#indexes = discovered.indexes;
    this.#mirrors = discovered.mirrors;
    this.#credentials = discovered.credentials;
    this.#warnings = discovered.warnings;
    this.#settings = settings;
    this.#http = createHttpClient({ timeoutMs: settings.registryTimeoutMs, env });
    this.#resolver = new Resolver({
      http: this.#http,
      credentials: discovered.credentials,
      mirrors: discovered.mirrors,
      cache: diskCache(settings.cacheDir ?? defaultCacheDir(env), settings.registryCacheTtlMs),
      offline: settings.registryMode === 'offline',
      publicOnly: settings.publicOnly,
      privateNames: privateNames(discovered.privateNames),
      timeoutMs: settings.registryTimeoutMs,
    });
  }

  /**
   * An agent folder with its own .npmrc is an npm project of its own: npm reads that file (registry, scopes, tokens)
   * when installing there, so its npm indexes and credentials replace the fleet's for this agent.
   */
  #agentNpm(agentRoot: string): { indexes: IndexSetting[]; credentials: CredentialLookup } | undefined {
    if (path.resolve(agentRoot) === path.resolve(this.#options.cwd) || !existsSync(path.join(agentRoot, '.npmrc'))) return undefined;
    const own = discoverProjectIndexes({ ...this.#options, cwd: agentRoot });
    for (const warning of own.warnings) if (!this.#warnings.includes(warning)) this.#warnings.push(warning);
    return { indexes: own.indexes.filter((index) => index.ecosystem === 'npm'), credentials: layeredCredentials(own.credentials, this.#credentials) };
  }

  /**
   * Looks up one agent's declared dependencies (files: the agent's files, absolute). Throws RegistryUnavailableError
   * when a package could not be answered by any index or mirror, unless best-effort was chosen.
   */
  async lookupsFor(agentRoot: string, files: readonly string[]): Promise<DependencyLookups> {
    const manifests = readAgentManifests(agentRoot, files);
    if (declaredRegistryDependencies(manifests).length === 0) return {};
    const npm = this.#agentNpm(agentRoot);
    const fleet = npm ? [...this.#indexes.filter((index) => index.ecosystem !== 'npm'), ...npm.indexes] : this.#indexes;
    const own = agentIndexes(manifests, fleet, npm?.credentials ?? this.#credentials);
    const { lookups, unanswered } = await lookupAgentDependencies(manifests, this.#resolver, own.indexes, own.credentials);
    for (const [key, lookup] of Object.entries(lookups)) this.#seen.set(key, lookup);
    if (!this.bestEffort && unanswered.length > 0) throw new RegistryUnavailableError(unanswered[0]!.line);
    return lookups;
  }

  summary(): RegistryRun {
    const run = this.#resolver.summary();
    const statuses = [...this.#seen.values()].map((lookup) => lookup.status);
    return {
      mode: this.#settings.registryMode === 'offline' ? 'offline' : 'online',
      publicOnly: this.#settings.publicOnly,
      indexes: this.#indexes.map((index) => ({ ecosystem: index.ecosystem, ...describeIndex(index) })),
      mirrors: (['pypi', 'npm'] as const).flatMap((ecosystem) => this.#mirrors[ecosystem].map((mirror) => ({ ecosystem, url: redactUrl(mirror.url), origin: mirror.origin }))),
      failovers: run.failovers,
      refused: run.refused,
      packages: {
        checked: statuses.length,
        found: statuses.filter((status) => status === 'found').length,
        missing: statuses.filter((status) => status === 'missing').length,
        unresolved: statuses.filter((status) => status === 'unresolved').length,
      },
      requests: run.requests,
      fromCache: run.fromCache,
      warnings: [...this.#warnings],
    };
  }

  close(): Promise<void> {
    return this.#http.close();
  }

  /** Ends the run's requests now (a run that failed closed does not wait for lookups still in flight). */
  abort(): Promise<void> {
    return this.#http.destroy();
  }
}

