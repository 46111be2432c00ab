import { parseHttpUrl } from '../../util/http-url.js';

const EXACT = /^[=v]?\s*(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
const DIRECT = /^(?:workspace:|file:|link:|portal:|patch:|git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:|\.{0,2}\/|~\/)/;

export interface NpmSpec {
  /** The package fetched (differs from the key for `npm:` aliases). */
  name: string;
  specifier: string;
  pinned: boolean;
  version?: string;
  direct: boolean;
}

/**
 * Classifies a package.json value. Semver ranges never contain '/', so anything with one left after
 * the protocol checks is a `user/repo` GitHub shorthand or a path.
 */
export function classifyNpmSpec(key: string, raw: string): NpmSpec {
  const spec = raw.trim();
  if (spec.startsWith('npm:')) {
    const target = spec.slice(4);
    const at = target.indexOf('@', 1); // skip a scope's leading '@'
    const name = at < 0 ? target : target.slice(0, at);
    return { ...classifyNpmSpec(name, at < 0 ? '' : target.slice(at + 1)), name };
  }
  if (DIRECT.test(spec) || spec.includes('/') || /\.(?:tgz|tar\.gz)$/.test(spec)) {
    return { name: key, specifier: spec, pinned: false, direct: true };
  }
  const exact = EXACT.exec(spec);
  return exact?.[1]
    ? { name: key, specifier: spec, pinned: true, version: exact[1], direct: false }
    : { name: key, specifier: spec, pinned: false, direct: false };
}

/**
 * The registry a tarball came from: the URL up to the package path (`…/name/-/name-1.0.0.tgz`, scoped names
 * possibly %2f-encoded), so Artifactory-style path prefixes survive; else the origin.
 */
export function registryOf(resolved: string, name: string): string | undefined {
  const url = parseHttpUrl(resolved);
  if (!url) return undefined;
  for (const form of [`/${name}/-/`, `/${name.replace('/', '%2f')}/-/`, `/${name.replace('/', '%2F')}/-/`]) {
    const at = resolved.indexOf(form);
    if (at > 0) return resolved.slice(0, at + 1);
  }
  const idx = resolved.indexOf('/-/');
  if (idx > 0) {
    // Unknown name (alias): drop the package segment(s) before '/-/'.
    const head = resolved.slice(0, idx);
    const cut = head.lastIndexOf('/');
    const scoped = head.slice(0, cut).lastIndexOf('/@');
    const base = scoped >= 0 && scoped > head.indexOf('://') + 2 ? head.slice(0, scoped + 1) : head.slice(0, cut + 1);
    if (base.length > url.origin.length) return base;
  }
  return `${url.origin}/`;
}
