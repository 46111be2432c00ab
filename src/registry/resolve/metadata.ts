import { Parser } from 'htmlparser2';
import { normalizePypiName } from '../manifests/names.js';
import type { Ecosystem } from '../config/types.js';

/** What the dependency rules need from an index document, small enough to cache. */
export interface PackageInfo {
  versions: string[];
  /** Version → yank reason ('' when none given). PyPI: every file of the version yanked (PEP 592). */
  yanked: Record<string, string>;
  /** Version → npm deprecation message. */
  deprecated: Record<string, string>;
  /** npm dist-tags.latest. */
  latest?: string;
}

export const PYPI_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
export const NPM_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

/** The document URL for one package: PEP 503 `<index>/<normalised>/`, npm `<registry>/<@scope%2fname>`. */
export function metadataUrl(ecosystem: Ecosystem, indexUrl: string, name: string): string {
  const base = indexUrl.replace(/\/+$/, '');
  if (ecosystem === 'pypi') return `${base}/${normalizePypiName(name)}/`;
  return `${base}/${name.startsWith('@') ? name.replace('/', '%2f') : encodeURIComponent(name)}`;
}

const ARCHIVE = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip|egg)$/i;

/** The version in a wheel (`name-ver-…whl`) or sdist (`name-ver.tar.gz`) file name, or undefined. */
export function versionFromFilename(filename: string): string | undefined {
  if (filename.endsWith('.whl')) return filename.split('-')[1];
  if (!ARCHIVE.test(filename)) return undefined;
  const stem = filename.replace(ARCHIVE, '');
  const dash = stem.lastIndexOf('-');
  return dash > 0 ? stem.slice(dash + 1) : undefined;
}

interface SimpleFile {
  filename: string;
  yanked: boolean | string;
}

function fromFiles(files: readonly SimpleFile[], listed: readonly string[] = []): PackageInfo {
  const byVersion = new Map<string, SimpleFile[]>();
  for (const version of listed) byVersion.set(version, []);
  for (const file of files) {
    const version = versionFromFilename(file.filename);
    if (version === undefined) continue;
    byVersion.set(version, [...(byVersion.get(version) ?? []), file]);
  }
  const yanked: Record<string, string> = {};
  for (const [version, list] of byVersion) {
    // PEP 592: a version counts as yanked when all of its files are.
    if (list.length > 0 && list.every((file) => file.yanked !== false)) {
      const reason = list.find((file) => typeof file.yanked === 'string')?.yanked;
      yanked[version] = typeof reason === 'string' ? reason : '';
    }
  }
  return { versions: [...byVersion.keys()], yanked, deprecated: {} };
}

/** PEP 691 JSON (`files`, PEP 700 `versions`). */
function parseSimpleJson(body: string): PackageInfo {
  const doc = JSON.parse(body) as { files?: Array<{ filename?: unknown; yanked?: unknown }>; versions?: unknown };
  const files = (doc.files ?? []).flatMap((file): SimpleFile[] =>
    typeof file.filename === 'string' ? [{ filename: file.filename, yanked: typeof file.yanked === 'string' ? file.yanked : file.yanked === true }] : [],
  );
  const listed = Array.isArray(doc.versions) ? doc.versions.filter((v): v is string => typeof v === 'string') : [];
  return fromFiles(files, listed);
}

/** PEP 503 HTML: one anchor per file; `data-yanked` (PEP 592) marks yanked files, its value is the reason. */
function parseSimpleHtml(body: string): PackageInfo {
  const files: SimpleFile[] = [];
  let current: SimpleFile | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'a') return;
        const yanked = attributes['data-yanked'];
        current = { filename: '', yanked: yanked === undefined ? false : yanked };
      },
      ontext(text) {
        if (current) current.filename += text;
      },
      onclosetag(name) {
        if (name !== 'a' || !current) return;
        current.filename = current.filename.trim();
        if (current.filename) files.push(current);
        current = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(body);
  parser.end();
  return fromFiles(files);
}

function parseNpm(body: string): PackageInfo {
  const doc = JSON.parse(body) as { versions?: Record<string, { deprecated?: unknown }>; 'dist-tags'?: { latest?: unknown } };
  const versions = Object.keys(doc.versions ?? {});
  const deprecated: Record<string, string> = {};
  for (const [version, manifest] of Object.entries(doc.versions ?? {})) {
    // npm un-deprecates with an empty string.
    if (typeof manifest?.deprecated === 'string' && manifest.deprecated !== '') deprecated[version] = manifest.deprecated;
  }
  const latest = doc['dist-tags']?.latest;
  return { versions, yanked: {}, deprecated, ...(typeof latest === 'string' ? { latest } : {}) };
}

/** Parses an index's answer; throws a plain Error on a document that is not what the protocol promises. */
export function parseMetadata(ecosystem: Ecosystem, contentType: string, body: string): PackageInfo {
  if (ecosystem === 'npm') return parseNpm(body);
  const json = /json/i.test(contentType) || /^\s*\{/.test(body);
  return json ? parseSimpleJson(body) : parseSimpleHtml(body);
}
