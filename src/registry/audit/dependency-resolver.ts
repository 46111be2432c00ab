import type { Settings } from '../../config/settings.js';
import { discoverProjectIndexes } from '../config/discover.js';
import { redactUrl } from '../config/redact.js';
import { describeIndex, type Credentials, type DiscoverOptions, type Ecosystem, type IndexSetting } from '../config/types.js';
import { defaultCacheDir, diskCache } from '../resolve/cache.js';
import { createHttpClient, type HttpClient } from '../resolve/http.js';
import { Resolver, type Failover } from '../resolve/resolver.js';
import { lookupAgentDependencies, agentIndexes, type DependencyLookups } from './lookups.js';
import { declaredRegistryDependencies, readAgentManifests } from './manifests.js';

/** The registry part of a report: where each index came from and what happened; never a credential. */
export interface RegistryRun {
  mode: 'online' | 'offline';
  publicOnly: boolean;
  indexes: Array<Pick<IndexSetting, 'ecosystem' | 'role' | 'url' | 'origin' | 'hasCredentials'> & { scope?: string; credentialSource?: string }>;
  mirrors: Array<{ ecosystem: Ecosystem; url: string; origin: string }>;
  failovers: Failover[];
  refused: Array<{ ecosystem: Ecosystem; index: string; status: number }>;
  packages: { checked: number; found: number; missing: number; unresolved: number };
  requests: number;
  fromCache: number;
  warnings: string[];
}

/** `cwd` is the folder whose pip/uv/npm configuration applies (the workspace root). */
export interface DependencyResolverOptions extends Omit<DiscoverOptions, 'home' | 'virtualEnv'> {
  settings: Settings;
}

/** One run's dependency resolution: index discovery, the HTTP client, the cache and the resolver, shared by all agents. */
export class DependencyResolver {
  readonly #resolver: Resolver;
  readonly #http: HttpClient;
  readonly #indexes: IndexSetting[];
  readonly #mirrors: Record<Ecosystem, IndexSetting[]>;
  readonly #credentials: Credentials;
  readonly #warnings: string[];
  readonly #settings: Settings;
  readonly #seen = new Map<string, DependencyLookups[string]>();

  constructor(options: DependencyResolverOptions) {
    const { env, settings } = options;
    const discovered = discoverProjectIndexes(options);
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
    });
  }

  /** Looks up one agent's declared dependencies (files: the agent's files, absolute). */
  async lookupsFor(agentRoot: string, files: readonly string[]): Promise<DependencyLookups> {
    const manifests = readAgentManifests(agentRoot, files);
    if (declaredRegistryDependencies(manifests).length === 0) return {};
    const lookups = await lookupAgentDependencies(manifests, this.#resolver, agentIndexes(manifests, this.#indexes, this.#credentials));
    for (const [key, lookup] of Object.entries(lookups)) this.#seen.set(key, lookup);
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
}

