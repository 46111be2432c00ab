import { indexFromUrl } from '../config/discover.js';
import type { Credentials, IndexSetting } from '../config/types.js';
import type { ManifestResult } from '../manifests/types.js';
import type { Resolution, Resolver } from '../resolve/resolver.js';
import { declaredRegistryDependencies, packageKey } from './manifests.js';

/**
 * What the registry said about one package, reduced to what the dependency rules read. Plain data: it travels to
 * worker threads, into the cache digest, and never holds a credential.
 */
export interface PackageLookup {
  status: Resolution['status'];
  /** Redacted URL of the index or mirror that had it. */
  answeredBy?: string;
  /** Why no index could answer, one line (unresolved only). */
  reason?: string;
  /** Only the versions this agent uses. */
  yanked: Record<string, string>;
  deprecated: Record<string, string>;
  latest?: string;
}

export type DependencyLookups = Record<string, PackageLookup>;

/** The agent's own index lines (`--index-url` in requirements, `[tool.uv.index]`, Poetry sources) on top of the fleet's. */
export function agentIndexes(manifests: ManifestResult, fleet: readonly IndexSetting[], credentials: Credentials): IndexSetting[] {
  const own: IndexSetting[] = [];
  for (const hint of manifests.indexes) {
    if (hint.kind !== 'index-url' && hint.kind !== 'extra-index-url') continue;
    const setting = indexFromUrl(
      'pypi',
      { role: hint.kind === 'index-url' ? 'primary' : 'extra', rawUrl: hint.url, origin: `${hint.source.file}:${hint.source.line}`, tool: 'pip' },
      credentials,
    );
    if (!own.some((existing) => existing.url === setting.url)) own.push(setting);
  }
  if (own.length === 0) return [...fleet];
  // An --index-url line replaces the primary for this agent, as it does for `pip install -r`.
  const ownPrimary = own.some((index) => index.role === 'primary');
  const kept = fleet.filter((index) => !(ownPrimary && index.ecosystem === 'pypi' && index.role === 'primary') && !own.some((o) => o.url === index.url));
  return [...own.filter((index) => index.role === 'primary'), ...kept, ...own.filter((index) => index.role === 'extra')];
}

function reasonOf(resolution: Resolution): string {
  return resolution.attempts
    .map((attempt) => {
      const what =
        attempt.outcome === 'refused'
          ? `refused (${attempt.status}${attempt.skipped ? ', not asked again' : ''})`
          : attempt.outcome === 'missing'
            ? 'not found'
            : attempt.outcome === 'unavailable'
              ? `unavailable: ${attempt.reason}`
              : 'found';
      return `${attempt.mirror ? 'mirror ' : ''}${attempt.index} ${what}`;
    })
    .join('; ');
}

/** Looks up every declared registry dependency of one agent. */
export async function lookupAgentDependencies(
  manifests: ManifestResult,
  resolver: Resolver,
  indexes: readonly IndexSetting[],
): Promise<DependencyLookups> {
  const dependencies = declaredRegistryDependencies(manifests);
  const usedVersions = new Map<string, Set<string>>();
  for (const dependency of manifests.dependencies) {
    if (dependency.version === undefined) continue;
    const key = packageKey(dependency);
    usedVersions.set(key, (usedVersions.get(key) ?? new Set()).add(dependency.version));
  }
  const lookups: DependencyLookups = {};
  const unique = new Map(dependencies.map((dependency) => [packageKey(dependency), dependency]));
  await Promise.all(
    [...unique.entries()].map(async ([key, dependency]) => {
      const resolution = await resolver.resolve(dependency.ecosystem, dependency.name, indexes);
      const versions = usedVersions.get(key) ?? new Set<string>();
      const pick = (table: Record<string, string> | undefined): Record<string, string> =>
        Object.fromEntries(Object.entries(table ?? {}).filter(([version]) => versions.has(version)));
      const lookup: PackageLookup = { status: resolution.status, yanked: pick(resolution.info?.yanked), deprecated: pick(resolution.info?.deprecated) };
      if (resolution.answeredBy) lookup.answeredBy = resolution.answeredBy;
      if (resolution.info?.latest) lookup.latest = resolution.info.latest;
      if (resolution.status === 'unresolved') lookup.reason = reasonOf(resolution);
      // The package-level deprecation npm shows: the latest release carries the message.
      if (resolution.info?.latest && resolution.info.deprecated[resolution.info.latest]) {
        lookup.deprecated[resolution.info.latest] = resolution.info.deprecated[resolution.info.latest]!;
      }
      lookups[key] = lookup;
    }),
  );
  return Object.fromEntries(Object.entries(lookups).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
