import { packageTarball } from './npm-tarball.js';

/** A version to publish; dependencies end up in the version's manifest as npm would put them. */
export interface NpmTestPackage {
  name: string;
  version: string;
  /** `npm deprecate` message for this version, set by a second request after the publish. */
  deprecated?: string;
  /** The dist-tag the publish moves (npm's `--tag`); `latest` when absent. */
  distTag?: string;
  dependencies?: Record<string, string>;
}

/** `@scope/name` → `@scope%2fname`, the form npm puts into registry URLs (npm-package-arg's escapedName). */
function escapePackageName(name: string): string {
  return name.startsWith('@') ? name.replace('/', '%2f') : name;
}

async function expectStatus(response: Response, expected: number, action: string): Promise<void> {
  const body = await response.text();
  if (response.status !== expected) {
    throw new Error(`${action}: HTTP ${response.status} (expected ${expected}): ${body.slice(0, 300)}`);
  }
}

/**
 * Publishes one version over HTTP the way `npm publish` does (libnpmpublish): a PUT of the packument to
 * `/<escaped name>` carrying the version's manifest and the tarball as a base64 `_attachments` entry.
 */
export async function publishPackage(registryUrl: string, token: string, pkg: NpmTestPackage): Promise<void> {
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: `test package ${pkg.name}`,
    main: 'index.js',
    license: 'MIT',
    ...(pkg.dependencies ? { dependencies: pkg.dependencies } : {}),
  };
  const tarball = packageTarball(manifest);
  const escaped = escapePackageName(pkg.name);
  const packument = {
    _id: pkg.name,
    name: pkg.name,
    description: manifest.description,
    'dist-tags': { [pkg.distTag ?? 'latest']: pkg.version },
    versions: {
      [pkg.version]: {
        ...manifest,
        _id: `${pkg.name}@${pkg.version}`,
        readme: '',
        dist: {
          shasum: tarball.shasum,
          integrity: tarball.integrity,
          tarball: new URL(`${escaped}/-/${tarball.filename.replace(/^@[^/]+\//, '')}`, registryUrl).href,
        },
      },
    },
    access: null,
    _attachments: {
      [tarball.filename]: { content_type: 'application/octet-stream', data: tarball.data.toString('base64'), length: tarball.data.length },
    },
  };
  const response = await fetch(new URL(escaped, registryUrl), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(packument),
  });
  await expectStatus(response, 201, `publish ${pkg.name}@${pkg.version}`);
  if (pkg.deprecated !== undefined) await deprecateVersion(registryUrl, token, pkg.name, pkg.version, pkg.deprecated);
}

/**
 * What `npm deprecate name@version message` sends: GET the packument for writing, set `deprecated` on the
 * version, PUT the whole packument back (no attachments, which tells the registry it is a metadata change).
 */
export async function deprecateVersion(registryUrl: string, token: string, name: string, version: string, message: string): Promise<void> {
  const url = new URL(escapePackageName(name), registryUrl);
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const current = await fetch(`${url.href}?write=true`, { headers });
  if (current.status !== 200) {
    await expectStatus(current, 200, `read ${name} before deprecating`);
  }
  const packument = (await current.json()) as { versions?: Record<string, Record<string, unknown>> };
  const manifest = packument.versions?.[version];
  if (manifest === undefined) throw new Error(`deprecate ${name}@${version}: the registry has no such version`);
  manifest['deprecated'] = message;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(packument),
  });
  await expectStatus(response, 201, `deprecate ${name}@${version}`);
}
