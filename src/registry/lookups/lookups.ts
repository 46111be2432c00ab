import { eq as pep440Equal, valid as pep440Valid } from '@renovatebot/pep440';
import { indexFromUrl } from '../indexes/discover.js';
import { Credentials, type Ecosystem, type IndexSetting } from '../indexes/types.js';
import type { ManifestResult } from '../manifests/types.js';
import type { CredentialLookup, IndexAttempt, Resolution, Resolver } from '../resolve/resolver.js';
import { declaredRegistryDependencies, packageKey } from './manifests.js';
import { compareText } from '../../util/compare-text.js';

/**
 * What the registry said about one package, reduced to what the dependency rules read. Plain data: it travels to
 * worker threads, into the cache digest, and never holds a credential.
 */
interface PackageLookup {
  status: Resolution['status'];
  /** Redacted URL of the index or mirror that had it. */
  answeredBy?: string;
  /** Why no index could answer, one line (unresolved only). */
  reason?: string;
  /** Unresolved only: an offline cache miss, a private name no private index could answer, or an index that failed. */
  cause?: 'offline' | 'private' | 'unavailable';
  /** Only the versions this agent uses. */
  yanked: Record<string, string>;
  deprecated: Record<string, string>;
  latest?: string;
  /** A configured index that could not answer for this package (refused, unavailable, broken): `<url> refused (401)`. */
  failedIndex?: string;
  /** Found only: the pinned or locked versions this agent uses that the answering indexes do not offer. */
  absentVersions?: string[];
  /** The cockpit.yaml `registries.private` pattern the name matches. */
  privatePattern?: string;
  /** A public index (pypi.org, registry.npmjs.org, …) that has a package of this private name. */
  publicAnswer?: string;
}

export type DependencyLookups = Record<string, PackageLookup>;

/** A package no index could answer for, with the one line a fail-closed run prints. */
export interface Unanswered {
  key: string;
  line: string;
}

/** An agent's own credentials first, then the fleet's: one agent's committed password is never used for another agent. */
export function layeredCredentials(own: Credentials, fleet: CredentialLookup): CredentialLookup {
  return { authorizationHeader: (index) => (own.get(index) ? own.authorizationHeader(index) : fleet.authorizationHeader(index)) };
}

/**
 * The agent's own index lines (`--index-url` in requirements) on top of the fleet's. Credentials in those lines
 * go into a Credentials of the agent's own, layered on the fleet's.
 */
export function agentIndexes(manifests: ManifestResult, fleet: readonly IndexSetting[], fleetCredentials: CredentialLookup): { indexes: IndexSetting[]; credentials: CredentialLookup } {
  const ownCredentials = new Credentials();
  const own: IndexSetting[] = [];
  for (const hint of manifests.indexes) {
    if (hint.kind !== 'index-url' && hint.kind !== 'extra-index-url') continue;
    const setting = indexFromUrl(
      'pypi',
      { role: hint.kind === 'index-url' ? 'primary' : 'extra', rawUrl: hint.url, origin: `${hint.source.file}:${hint.source.line}`, tool: 'pip' },
      ownCredentials,
    );
    if (!own.some((existing) => existing.url === setting.url)) own.push(setting);
  }
  if (own.length === 0) return { indexes: [...fleet], credentials: fleetCredentials };
  // An --index-url line replaces the primary for this agent, as it does for `pip install -r`.
  const ownPrimary = own.some((index) => index.role === 'primary');
  const kept = fleet.filter((index) => !(ownPrimary && index.ecosystem === 'pypi' && index.role === 'primary') && !own.some((o) => o.url === index.url));
  return {
    indexes: [...own.filter((index) => index.role === 'primary'), ...kept, ...own.filter((index) => index.role === 'extra')],
    credentials: layeredCredentials(ownCredentials, fleetCredentials),
  };
}

/** One attempt in words; the same whichever lookup happened to probe the index first (lookups feed the cache digest). */
function describeAttempt(attempt: IndexAttempt): string {
  const what = attempt.outcome === 'answered-found' ? 'found' : (attempt.reason ?? attempt.outcome);
  return `${attempt.mirror ? 'mirror ' : ''}${attempt.index} ${what}`;
}

function reasonOf(resolution: Resolution): string {
  const parts = resolution.attempts.map(describeAttempt);
  if (resolution.privatePattern && resolution.withheld.length > 0) {
    parts.push(`a private name (registries.private '${resolution.privatePattern}'): not sent to ${resolution.withheld.join(', ')}`);
  } else if (resolution.privatePattern && resolution.attempts.length === 0) {
    parts.push(`a private name (registries.private '${resolution.privatePattern}'): not sent to a public mirror`);
  }
  return parts.join('; ') || 'no index is configured for it';
}

/**
 * The one line a run prints when it fails closed on this package: the index, what happened, the fix. Kept well
 * under the 500 characters an error line is cut to.
 */
function failClosedLine(resolution: Resolution): string {
  const failedConfigured = resolution.attempts.find((attempt) => !attempt.mirror && attempt.outcome !== 'answered-found' && attempt.outcome !== 'not-found');
  const mirrors = resolution.attempts.filter((attempt) => attempt.mirror);
  const head = failedConfigured
    ? `${resolution.ecosystem} index ${failedConfigured.index} [${failedConfigured.origin}]: ${failedConfigured.reason ?? failedConfigured.outcome} for ${resolution.name}`
    : `no ${resolution.ecosystem} index could answer for ${resolution.name}`;
  const tail = resolution.privatePattern
    ? `a private name (registries.private '${resolution.privatePattern}') is never sent to a public mirror`
    : mirrors.length === 0
      ? 'no mirror is configured to stand in'
      : `no mirror could answer (${mirrors.map((attempt) => `${attempt.index}: ${attempt.reason ?? attempt.outcome}`).join('; ')})`;
  const fix = failedConfigured?.fix ?? mirrors.find((attempt) => attempt.fix)?.fix ?? 'configure an index for it';
  return `${head}; ${tail}. Fix: ${fix}; or pass --resolve-best-effort to keep it a note`;
}

/** PEP 440 equality (`1.0` is `1.0.0`) for PyPI, exact strings for npm. */
function sameVersion(ecosystem: Ecosystem, a: string, b: string): boolean {
  if (a === b) return true;
  return ecosystem === 'pypi' && pep440Valid(a) !== null && pep440Valid(b) !== null && pep440Equal(a, b);
}

/** Looks up every declared registry dependency of one agent; `unanswered` lists what no index could answer for (offline misses aside). */
export async function lookupAgentDependencies(
  manifests: ManifestResult,
  resolver: Resolver,
  indexes: readonly IndexSetting[],
  credentials?: CredentialLookup,
): Promise<{ lookups: DependencyLookups; unanswered: Unanswered[] }> {
  const dependencies = declaredRegistryDependencies(manifests);
  const usedVersions = new Map<string, Set<string>>();
  for (const dependency of manifests.dependencies) {
    if (dependency.version === undefined) continue;
    const key = packageKey(dependency);
    usedVersions.set(key, (usedVersions.get(key) ?? new Set()).add(dependency.version));
  }
  const lookups: DependencyLookups = {};
  const unanswered: Unanswered[] = [];
  const unique = new Map(dependencies.map((dependency) => [packageKey(dependency), dependency]));
  await Promise.all(
    [...unique.entries()].map(async ([key, dependency]) => {
      const resolution = await resolver.resolve(dependency.ecosystem, dependency.name, indexes, ...(credentials ? [credentials] : []));
      const versions = usedVersions.get(key) ?? new Set<string>();
      const pick = (table: Record<string, string> | undefined): Record<string, string> =>
        Object.fromEntries(Object.entries(table ?? {}).filter(([version]) => versions.has(version)));
      const lookup: PackageLookup = { status: resolution.status, yanked: pick(resolution.info?.yanked), deprecated: pick(resolution.info?.deprecated) };
      if (resolution.answeredBy) lookup.answeredBy = resolution.answeredBy;
      if (resolution.info?.latest) lookup.latest = resolution.info.latest;
      if (resolution.privatePattern) lookup.privatePattern = resolution.privatePattern;
      const failed = resolution.attempts.find((attempt) => !attempt.mirror && !attempt.offline && attempt.outcome !== 'answered-found' && attempt.outcome !== 'not-found');
      if (failed) lookup.failedIndex = describeAttempt(failed);
      if (resolution.status === 'unresolved') {
        lookup.reason = reasonOf(resolution);
        const offline = resolution.attempts.some((attempt) => attempt.offline) && !failed;
        lookup.cause = offline ? 'offline' : resolution.privatePattern ? 'private' : 'unavailable';
        if (!offline) unanswered.push({ key, line: failClosedLine(resolution) });
      }
      if (resolution.status === 'found' && resolution.info) {
        const offered = resolution.info.versions;
        const absent = [...versions].filter((version) => !offered.some((candidate) => sameVersion(dependency.ecosystem, version, candidate))).sort();
        if (absent.length > 0) lookup.absentVersions = absent;
        if (resolution.privatePattern) {
          const publicAnswer = resolution.attempts.find((attempt) => attempt.public && attempt.outcome === 'answered-found');
          if (publicAnswer) lookup.publicAnswer = publicAnswer.index;
        }
      }
      // The package-level deprecation npm shows: the latest release carries the message.
      if (resolution.info?.latest && resolution.info.deprecated[resolution.info.latest]) {
        lookup.deprecated[resolution.info.latest] = resolution.info.deprecated[resolution.info.latest]!;
      }
      lookups[key] = lookup;
    }),
  );
  unanswered.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lookups: Object.fromEntries(Object.entries(lookups).sort(([a], [b]) => compareText(a, b))), unanswered };
}
