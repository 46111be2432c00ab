import { satisfies as pep440Satisfies, valid as pep440Valid, validRange as pep440ValidRange } from '@renovatebot/pep440';
import type * as Semver from 'semver';
import { lazyRequire } from '../../util/lazy-require.js';
import { normalizePypiName } from '../manifests/names.js';
import type { Ecosystem } from '../manifests/types.js';
import { DANGEROUS_RELEASES, type DangerousRelease } from './dangerous-releases.js';
import { DEPRECATED_MODULES, DEPRECATED_SDKS, type DeprecatedModules, type DeprecatedSdk } from './deprecated-sdks.js';

// Only npm ranges need semver (about 20 ms to load); a Python agent never does.
const semver = lazyRequire<typeof Semver>('semver');

const sameName = (ecosystem: Ecosystem, a: string, b: string): boolean =>
  ecosystem === 'pypi' ? normalizePypiName(a) === normalizePypiName(b) : a === b;

/** Whether the range parses for its ecosystem; an empty range is refused because both libraries read it as "any". */
export function isValidRange(ecosystem: Ecosystem, range: string): boolean {
  if (range.trim() === '') return false;
  return ecosystem === 'pypi' ? pep440ValidRange(range) : semver().validRange(range) !== null;
}

/**
 * Whether `version` falls in `affected`. Pre-releases match only when the range names one, as pip and npm resolve
 * them. An invalid version or range matches nothing: the pep440 library throws on a version it cannot parse.
 */
export function versionMatches(ecosystem: Ecosystem, version: string, affected: string): boolean {
  if (!isValidRange(ecosystem, affected)) return false;
  if (ecosystem === 'pypi') {
    if (pep440Valid(version) === null) return false;
    try {
      return pep440Satisfies(version, affected);
    } catch {
      return false;
    }
  }
  if (semver().valid(version) === null) return false;
  return semver().satisfies(version, affected, { includePrerelease: false });
}

export function deprecatedSdk(ecosystem: Ecosystem, name: string): DeprecatedSdk | undefined {
  return DEPRECATED_SDKS.find((entry) => entry.ecosystem === ecosystem && sameName(ecosystem, entry.name, name));
}

/** The deprecated-modules entry an import path falls under (`vertexai.generative_models.preview` counts). */
export function deprecatedModule(ecosystem: Ecosystem, importPath: string): DeprecatedModules | undefined {
  return DEPRECATED_MODULES.find(
    (entry) =>
      entry.ecosystem === ecosystem &&
      entry.modules.some((module) => importPath === module || importPath.startsWith(`${module}.`)),
  );
}

/** Every known-dangerous entry for this exact release, in table order. */
export function dangerousReleases(ecosystem: Ecosystem, name: string, version: string): DangerousRelease[] {
  return DANGEROUS_RELEASES.filter(
    (entry) =>
      entry.ecosystem === ecosystem &&
      sameName(ecosystem, entry.name, name) &&
      versionMatches(ecosystem, version, entry.affected),
  );
}
