import { Parser } from 'htmlparser2';
import { normalizePypiName } from '../manifests/names.js';
import type { Ecosystem } from '../indexes/types.js';

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

/**
 * A 200 that is not the document the protocol promises: an SSO login page, an HTML error page, `{"error": …}`
 * with the PEP 691 content type, a packument of another package. `what` completes "the index answered …".
 * Broken never counts as "found" (resolve/availability.ts).
 */
export class BrokenDocumentError extends Error {
  override readonly name = 'BrokenDocumentError';
  constructor(readonly what: string) {
    super(`answered ${what}, not a package index`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A server's own error text, shortened and reduced to printable ASCII: it ends up in one stderr line. */
function quoted(value: unknown): string {
  const text = (typeof value === 'string' ? value : JSON.stringify(value) ?? '').replace(/[^\x20-\x7e]+/g, ' ').trim();
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

const LOGIN_WORDS = /\b(?:sign[ -]?in|log[ -]?in|single sign-on)\b/i;
const PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password/i;

/** An HTML page where a document was expected: a sign-in page (SSO in front of the index) or something else. */
function htmlWhat(body: string, passwordField?: boolean): string {
  // Only the head of the page: a sign-in form sits near the top, and the regex stays cheap on any body.
  const head = body.slice(0, 64 * 1024);
  return (passwordField ?? PASSWORD_FIELD.test(head)) || LOGIN_WORDS.test(head) ? 'a login page' : 'an HTML page';
}

function parseJsonObject(body: string, what: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    throw new BrokenDocumentError(/^\s*</.test(body) ? htmlWhat(body) : `${what} that is not valid JSON`);
  }
  if (!isObject(doc)) throw new BrokenDocumentError(`${what} that is not a JSON object`);
  return doc;
}

/** PEP 691 JSON: `meta.api-version` and a `files` list are required; `name`, when given, must be the project asked for. */
function parseSimpleJson(body: string, project: string): PackageInfo {
  const doc = parseJsonObject(body, 'JSON');
  const apiVersion = isObject(doc['meta']) ? doc['meta']['api-version'] : undefined;
  if (typeof apiVersion !== 'string' || !Array.isArray(doc['files'])) {
    if (doc['error'] !== undefined || doc['message'] !== undefined) throw new BrokenDocumentError(`an error document (${quoted(doc['error'] ?? doc['message'])})`);
    throw new BrokenDocumentError('JSON without the PEP 691 meta.api-version and files');
  }
  if (typeof doc['name'] === 'string' && normalizePypiName(doc['name']) !== normalizePypiName(project)) {
    throw new BrokenDocumentError(`the page of another project (${quoted(doc['name'])})`);
  }
  const files = (doc['files'] as unknown[]).flatMap((file): SimpleFile[] =>
    isObject(file) && typeof file['filename'] === 'string' ? [{ filename: file['filename'], yanked: typeof file['yanked'] === 'string' ? file['yanked'] : file['yanked'] === true }] : [],
  );
  const listed = Array.isArray(doc['versions']) ? doc['versions'].filter((v): v is string => typeof v === 'string') : [];
  return fromFiles(files, listed);
}

/**
 * PEP 503 HTML: one anchor per file; `data-yanked` (PEP 592) marks yanked files, its value is the reason.
 * A page counts as a project page when at least one anchor names a distribution file (wheel, sdist, egg, zip),
 * or when it carries the PEP 629 `<meta name="pypi:repository-version">` that PyPI, devpi and the other index
 * servers emit. So a login page, an HTML error page or any other HTML is broken, while a real project page with
 * zero files is still read (it has the meta tag); a page with neither is indistinguishable from an error page.
 */
function parseSimpleHtml(body: string): PackageInfo {
  const files: SimpleFile[] = [];
  let current: SimpleFile | undefined;
  let repositoryVersion = false;
  let passwordField = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes['name']?.toLowerCase() === 'pypi:repository-version') repositoryVersion = true;
        if (name === 'input' && attributes['type']?.toLowerCase() === 'password') passwordField = true;
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
  const distributions = files.filter((file) => versionFromFilename(file.filename) !== undefined);
  if (distributions.length === 0 && !repositoryVersion) {
    const what = htmlWhat(body, passwordField);
    throw new BrokenDocumentError(what === 'a login page' ? what : 'HTML that lists no distribution files');
  }
  return fromFiles(distributions);
}

/** An npm packument: an object with a `versions` map; a `name`, when given, must be the package asked for. */
function parseNpm(body: string, name: string): PackageInfo {
  const doc = parseJsonObject(body, 'JSON');
  const versionsMap = doc['versions'];
  if (!isObject(versionsMap)) {
    if (doc['error'] !== undefined) throw new BrokenDocumentError(`an error document (${quoted(doc['error'])})`);
    throw new BrokenDocumentError('JSON that is not a packument (no versions)');
  }
  if (typeof doc['name'] === 'string' && doc['name'] !== name) throw new BrokenDocumentError(`the packument of another package (${quoted(doc['name'])})`);
  const versions = Object.keys(versionsMap);
  const deprecated: Record<string, string> = {};
  for (const [version, manifest] of Object.entries(versionsMap)) {
    // npm un-deprecates with an empty string.
    const message = isObject(manifest) ? manifest['deprecated'] : undefined;
    if (typeof message === 'string' && message !== '') deprecated[version] = message;
  }
  const distTags = doc['dist-tags'];
  const latest = isObject(distTags) ? distTags['latest'] : undefined;
  return { versions, yanked: {}, deprecated, ...(typeof latest === 'string' ? { latest } : {}) };
}

/** Parses an index's answer about `name`; throws BrokenDocumentError on a document that is not what the protocol promises. */
export function parseMetadata(ecosystem: Ecosystem, contentType: string, body: string, name: string): PackageInfo {
  if (ecosystem === 'npm') return parseNpm(body, name);
  const json = /json/i.test(contentType) || /^\s*\{/.test(body);
  return json ? parseSimpleJson(body, name) : parseSimpleHtml(body);
}
