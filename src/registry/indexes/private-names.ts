import { normalizePypiName } from '../manifests/names.js';
import type { Ecosystem } from './types.js';

/**
 * `cockpit.yaml` `registries.private`: the names of the organisation's own packages. A matching name is never
 * sent to a public mirror (after a refusal, or with `--public`) nor to the public default registry the cockpit
 * falls back on when nothing is configured; see docs/REGISTRIES.md.
 *
 * Patterns:
 * - `@acme` or `@acme/*`: every npm package of the scope; `@acme/tools`: one package (npm only).
 * - anything else is a name or a glob (`*` any run of characters, `?` one character) matched against npm names
 *   as written and against PEP 503-normalised PyPI names (`Acme_Tools*` matches `acme-tools-core`).
 */
export interface PrivateNames {
  /** The pattern `name` matches, as written in cockpit.yaml, or undefined. */
  match(ecosystem: Ecosystem, name: string): string | undefined;
  /** Whether any pattern can match a name of the ecosystem. */
  covers(ecosystem: Ecosystem): boolean;
  readonly patterns: readonly string[];
}

/** `*` and `?` wildcards, matched iteratively (linear in practice, no regular expression built from config). */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** PEP 503 normalisation that keeps the wildcards. */
const normalisePypiPattern = (pattern: string): string =>
  pattern
    .split('*')
    .map((part) => part.split('?').map((piece) => (piece === '' ? '' : normalizePypiName(piece))).join('?'))
    .join('*');

export function privateNames(patterns: readonly string[]): PrivateNames {
  const compiled = patterns.map((raw) => {
    const pattern = raw.trim();
    if (pattern.startsWith('@')) {
      const slash = pattern.indexOf('/');
      // `@acme` and `@acme/*` are the whole scope.
      const npm = slash < 0 ? `${pattern}/*` : pattern;
      return { raw, npm: npm.toLowerCase(), pypi: undefined };
    }
    return { raw, npm: pattern.toLowerCase(), pypi: normalisePypiPattern(pattern) };
  });
  return {
    patterns: [...patterns],
    covers: (ecosystem) => compiled.some((entry) => (ecosystem === 'npm' ? true : entry.pypi !== undefined)),
    match(ecosystem, name) {
      const wanted = ecosystem === 'pypi' ? normalizePypiName(name) : name.toLowerCase();
      return compiled.find((entry) => {
        const pattern = ecosystem === 'pypi' ? entry.pypi : entry.npm;
        return pattern !== undefined && globMatch(pattern, wanted);
      })?.raw;
    },
  };
}

export const NO_PRIVATE_NAMES: PrivateNames = privateNames([]);
