import type { Candidate } from './types.js';

/**
 * `registries` from cockpit.yaml. Accepted shapes:
 *   pypi: URL | [primary, ...extras] | { index-url | url, extra-index-urls | extra-index-url | extras: URL | URL[] }
 *   npm:  URL | { registry | url, scopes: { '@scope': URL } } (an '@scope' key directly under npm works too)
 *   mirrors: { pypi: URL | URL[], npm: URL | URL[] }: asked in order when an index refuses, fails or answers a broken document
 *   private: [pattern, ...]: names never sent to a public mirror (config/private-names.ts)
 *   best-effort: boolean: an index that cannot answer leaves a note instead of failing the run (exit 3)
 */
export interface CockpitRegistries {
  pypiPrimary?: Candidate;
  pypiExtras: Candidate[];
  npmPrimary?: Candidate;
  npmScoped: Candidate[];
  /** Replaces the public defaults when given. */
  mirrors: { pypi?: Candidate[]; npm?: Candidate[] };
  /** `private`: patterns of the organisation's own package names. */
  privateNames: string[];
  /** `best-effort: true`: unanswerable lookups stay notes instead of failing the run closed. */
  bestEffort: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readCockpitRegistries(registries: Record<string, unknown> | undefined, warnings: string[]): CockpitRegistries {
  const out: CockpitRegistries = { pypiExtras: [], npmScoped: [], mirrors: {}, privateNames: [], bestEffort: false };
  if (!registries) return out;
  const base = 'cockpit.yaml registries';
  const bad = (path: string, expected: string): void => {
    warnings.push(`${base}.${path}: expected ${expected}; ignored`);
  };
  const cand = (role: Candidate['role'], rawUrl: string, path: string, scope?: string): Candidate => ({
    role,
    rawUrl,
    origin: `${base}.${path}`,
    tool: 'cockpit',
    ...(scope ? { scope } : {}),
  });
  const urlList = (value: unknown, path: string): Candidate[] => {
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
    if (!list) {
      bad(path, 'a URL or a list of URLs');
      return [];
    }
    return list.flatMap((u: unknown, i) => {
      if (typeof u === 'string' && u.trim()) return [cand('extra', u.trim(), Array.isArray(value) ? `${path}[${i}]` : path)];
      bad(`${path}[${i}]`, 'a URL');
      return [];
    });
  };

  for (const [eco, value] of Object.entries(registries)) {
    if (eco === 'pypi') {
      if (typeof value === 'string') out.pypiPrimary = cand('primary', value, 'pypi');
      else if (Array.isArray(value)) {
        const [first, ...rest] = urlList(value, 'pypi');
        if (first) out.pypiPrimary = { ...first, role: 'primary' };
        out.pypiExtras.push(...rest);
      } else if (isRecord(value)) {
        const key = ['index-url', 'indexUrl', 'url'].find((k) => value[k] !== undefined);
        const primary = key ? value[key] : undefined;
        if (key && typeof primary === 'string') out.pypiPrimary = cand('primary', primary, `pypi.${key}`);
        else if (key) bad(`pypi.${key}`, 'a URL');
        for (const k of ['extra-index-urls', 'extra-index-url', 'extraIndexUrls', 'extras']) {
          if (value[k] !== undefined) out.pypiExtras.push(...urlList(value[k], `pypi.${k}`));
        }
      } else bad('pypi', 'a URL, a list or a map');
    } else if (eco === 'npm') {
      if (typeof value === 'string') out.npmPrimary = cand('primary', value, 'npm');
      else if (isRecord(value)) {
        const key = ['registry', 'url'].find((k) => value[k] !== undefined);
        const primary = key ? value[key] : undefined;
        if (key && typeof primary === 'string') out.npmPrimary = cand('primary', primary, `npm.${key}`);
        else if (key) bad(`npm.${key}`, 'a URL');
        const scopes: [string, unknown, string][] = Object.entries(value)
          .filter(([k]) => k.startsWith('@'))
          .map(([k, v]) => [k, v, `npm.${k}`]);
        if (isRecord(value.scopes)) scopes.push(...Object.entries(value.scopes).map(([k, v]): [string, unknown, string] => [k, v, `npm.scopes.${k}`]));
        else if (value.scopes !== undefined) bad('npm.scopes', 'a map of @scope to URL');
        for (const [scope, url, path] of scopes) {
          if (!/^@[^/\s:]+$/.test(scope)) bad(path, 'a key like @scope');
          else if (typeof url !== 'string') bad(path, 'a URL');
          else out.npmScoped.push(cand('scoped', url, path, scope));
        }
      } else bad('npm', 'a URL or a map');
    } else if (eco === 'mirrors') {
      if (!isRecord(value)) {
        bad('mirrors', 'a map of pypi and npm to URL lists');
        continue;
      }
      for (const [mirrorEco, list] of Object.entries(value)) {
        if (mirrorEco !== 'pypi' && mirrorEco !== 'npm') {
          bad(`mirrors.${mirrorEco}`, 'pypi or npm');
          continue;
        }
        out.mirrors[mirrorEco] = urlList(list, `mirrors.${mirrorEco}`).map((c) => ({ ...c, role: 'mirror' as const }));
      }
    } else if (eco === 'private') {
      const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
      if (!list) bad('private', 'a list of package name patterns (@scope, @scope/*, name-*)');
      else
        list.forEach((pattern: unknown, i) => {
          if (typeof pattern === 'string' && pattern.trim() !== '') out.privateNames.push(pattern.trim());
          else bad(`private[${i}]`, 'a package name pattern');
        });
    } else if (eco === 'best-effort' || eco === 'bestEffort') {
      if (typeof value === 'boolean') out.bestEffort = value;
      else bad(eco, 'true or false');
    } else {
      warnings.push(`${base}.${eco}: unknown key (expected pypi, npm, mirrors, private or best-effort); ignored`);
    }
  }
  return out;
}
