import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  dev?: boolean;
  link?: boolean;
  hasInstallScript?: boolean;
  [field: string]: unknown;
}

/** Manifest fields npm reads from a registry document; everything else in a lock entry is npm's own bookkeeping. */
const MANIFEST_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin', 'engines', 'os', 'cpu', 'libc', 'license', 'hasInstallScript'];

export interface LockfileRegistry {
  url: string;
  /** Tarballs npm asked for that the npm cache does not hold. */
  missing: string[];
  close(): Promise<void>;
}

/** Where cacache keeps the bytes of an integrity (`sha512-<base64>`): content-v2/sha512/ab/cd/ef01... */
function contentPath(cacheDir: string, integrity: string): string | undefined {
  const hashes = integrity.split(/\s+/);
  const chosen = hashes.find((hash) => hash.startsWith('sha512-')) ?? hashes[0];
  const match = chosen ? /^(sha\d+)-(.+)$/.exec(chosen) : null;
  if (!match) return undefined;
  const hex = Buffer.from(match[2]!, 'base64').toString('hex');
  return path.join(cacheDir, '_cacache', 'content-v2', match[1]!, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

/**
 * An npm registry on 127.0.0.1 that knows exactly the runtime packages of a package-lock.json, at their
 * locked versions, and serves their tarballs from an npm cache's content store (read only). So a test can
 * `npm install -g` the packed cockpit the way a user does, with no network and nothing but what `npm ci`
 * already downloaded; npm's own cache for the install is a throwaway folder.
 */
export async function startLockfileRegistry(lockFile: string, npmCacheDir: string): Promise<LockfileRegistry> {
  const lock = JSON.parse(await readFile(lockFile, 'utf8')) as { packages: Record<string, LockEntry> };
  const documents = new Map<string, { name: string; 'dist-tags': { latest: string }; versions: Record<string, Record<string, unknown>> }>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location || entry.dev || entry.link || !entry.version || !entry.integrity) continue;
    const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const document = documents.get(name) ?? { name, 'dist-tags': { latest: entry.version }, versions: {} };
    const manifest: Record<string, unknown> = { name, version: entry.version };
    for (const field of MANIFEST_FIELDS) if (entry[field] !== undefined) manifest[field] = entry[field];
    manifest['dist'] = { integrity: entry.integrity, tarball: `/-/tarball/${encodeURIComponent(entry.integrity)}` };
    document.versions[entry.version] = manifest;
    documents.set(name, document);
  }
  const missing: string[] = [];
  let base = '';
  const server = http.createServer((request, response) => {
    const url = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    if (url.startsWith('/-/tarball/')) {
      const integrity = url.slice('/-/tarball/'.length);
      const file = contentPath(npmCacheDir, integrity);
      if (!file || !existsSync(file)) {
        missing.push(integrity);
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    const document = documents.get(url.slice(1));
    if (!document) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      return;
    }
    const versions = Object.fromEntries(
      Object.entries(document.versions).map(([version, manifest]) => {
        const dist = manifest['dist'] as { integrity: string; tarball: string };
        return [version, { ...manifest, dist: { ...dist, tarball: base + dist.tarball } }];
      }),
    );
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...document, versions }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    missing,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
