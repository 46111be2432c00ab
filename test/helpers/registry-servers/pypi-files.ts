import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compare, valid } from '@renovatebot/pep440';

/** One distribution file of a project; a yank applies to the file (PEP 592), a string gives the reason. */
export interface PypiFile {
  filename: string;
  yanked?: boolean | string;
  requiresPython?: string;
}

export interface PypiProject {
  name: string;
  files: readonly PypiFile[];
}

/** PEP 503 normalisation: runs of `-`, `_` and `.` become one `-`, all lower case. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * The version in a distribution file name: wheels are `{dist}-{version}(-{build})?-{py}-{abi}-{platform}.whl`
 * (PEP 427, `-` is escaped in every part), sdists `{name}-{version}.tar.gz` (or .zip), where older sdists may keep
 * `-` in the name, so the version is what follows the last `-`.
 */
export function versionFromFilename(filename: string): string {
  if (filename.endsWith('.whl')) {
    const version = filename.split('-')[1];
    if (version !== undefined && version !== '') return version;
  }
  const stem = filename.replace(/\.(tar\.gz|tar\.bz2|zip|tgz)$/, '');
  if (stem !== filename) {
    const dash = stem.lastIndexOf('-');
    if (dash > 0) return stem.slice(dash + 1);
  }
  throw new Error(`cannot read a version from the file name ${filename}`);
}

function packageType(filename: string): 'bdist_wheel' | 'sdist' {
  return filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
}

/** Stand-in bytes for a distribution file: the index serves them, so the hashes it lists are real. */
function distributionBytes(filename: string): Buffer {
  return Buffer.from(`cockpit test distribution ${filename}\n`);
}

interface FileFacts {
  file: PypiFile;
  version: string;
  sha256: string;
  size: number;
  /** Relative to a project page (`<root>/simple/<name>/`) and to the JSON API (`<root>/pypi/<name>/json`). */
  url: string;
}

function factsOf(project: PypiProject): FileFacts[] {
  return project.files.map((file) => {
    const bytes = distributionBytes(file.filename);
    return {
      file,
      version: versionFromFilename(file.filename),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      url: `../../packages/${encodeURIComponent(file.filename)}`,
    };
  });
}

function byVersion(left: string, right: string): number {
  if (valid(left) && valid(right)) return compare(left, right);
  return left.localeCompare(right);
}

function versionsOf(facts: readonly FileFacts[]): string[] {
  return [...new Set(facts.map((fact) => fact.version))].sort(byVersion);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const API_VERSION = '1.1';

function projectHtml(project: PypiProject, facts: readonly FileFacts[]): string {
  const anchors = facts.map(({ file, sha256, url }) => {
    const attributes = [`href="${escapeHtml(`${url}#sha256=${sha256}`)}"`];
    if (file.requiresPython !== undefined) attributes.push(`data-requires-python="${escapeHtml(file.requiresPython)}"`);
    // PEP 592: the attribute marks the yank; its value is the reason, empty when none was given.
    if (file.yanked !== undefined && file.yanked !== false) attributes.push(`data-yanked="${file.yanked === true ? '' : escapeHtml(file.yanked)}"`);
    return `    <a ${attributes.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
  });
  const title = `Links for ${escapeHtml(normalizeProjectName(project.name))}`;
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
    `    <title>${title}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>${title}</h1>`,
    ...anchors,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** PEP 691 project page, with PEP 700's `versions` and `size` (api-version 1.1). */
function projectJson(project: PypiProject, facts: readonly FileFacts[]): string {
  return JSON.stringify({
    meta: { 'api-version': API_VERSION },
    name: normalizeProjectName(project.name),
    files: facts.map(({ file, sha256, size, url }) => ({
      filename: file.filename,
      url,
      hashes: { sha256 },
      ...(file.requiresPython !== undefined ? { 'requires-python': file.requiresPython } : {}),
      yanked: file.yanked ?? false,
      size,
    })),
    versions: versionsOf(facts),
  });
}

/** The PyPI JSON API (`/pypi/<name>/json`): `info` for the newest release that is not yanked, and all releases. */
function jsonApi(project: PypiProject, facts: readonly FileFacts[]): string {
  const isYanked = (fact: FileFacts): boolean => fact.file.yanked !== undefined && fact.file.yanked !== false;
  const versions = versionsOf(facts);
  const releaseIsYanked = (version: string): boolean => facts.filter((fact) => fact.version === version).every(isYanked);
  const current = [...versions].reverse().find((version) => !releaseIsYanked(version)) ?? versions.at(-1) ?? '';
  const fileEntry = (fact: FileFacts): Record<string, unknown> => ({
    filename: fact.file.filename,
    url: fact.url,
    digests: { sha256: fact.sha256 },
    packagetype: packageType(fact.file.filename),
    requires_python: fact.file.requiresPython ?? null,
    size: fact.size,
    yanked: isYanked(fact),
    yanked_reason: typeof fact.file.yanked === 'string' ? fact.file.yanked : null,
  });
  const releases: Record<string, Record<string, unknown>[]> = {};
  for (const version of versions) releases[version] = facts.filter((fact) => fact.version === version).map(fileEntry);
  const currentFiles = facts.filter((fact) => fact.version === current);
  return JSON.stringify({
    info: {
      name: project.name,
      version: current,
      requires_python: currentFiles[0]?.file.requiresPython ?? null,
      yanked: releaseIsYanked(current),
      yanked_reason: null,
    },
    releases,
    urls: currentFiles.map(fileEntry),
  });
}

function rootHtml(names: readonly string[]): string {
  const anchors = names.map((name) => `    <a href="${escapeHtml(name)}/">${escapeHtml(name)}</a><br />`);
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
    '    <title>Simple index</title>',
    '  </head>',
    '  <body>',
    ...anchors,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Writes the simple index under `simpleDir`: `index.html` and `index.json` at the root (PEP 503 / PEP 691
 * project lists) and `<normalised name>/index.html|json` per project. File URLs are relative
 * (`../../packages/<file>`), so the tree can be served under any prefix.
 */
async function writeSimpleIndex(simpleDir: string, projects: readonly PypiProject[]): Promise<void> {
  await mkdir(simpleDir, { recursive: true });
  const names = projects.map((project) => normalizeProjectName(project.name)).sort();
  await writeFile(path.join(simpleDir, 'index.html'), rootHtml(names));
  await writeFile(
    path.join(simpleDir, 'index.json'),
    JSON.stringify({ meta: { 'api-version': API_VERSION }, projects: names.map((name) => ({ name })) }),
  );
  for (const project of projects) {
    const facts = factsOf(project);
    const folder = path.join(simpleDir, normalizeProjectName(project.name));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.html'), projectHtml(project, facts));
    await writeFile(path.join(folder, 'index.json'), projectJson(project, facts));
  }
}

/** Writes `<pypiDir>/<normalised name>/json`, the PyPI JSON API document of each project. */
async function writeJsonApi(pypiDir: string, projects: readonly PypiProject[]): Promise<void> {
  for (const project of projects) {
    const folder = path.join(pypiDir, normalizeProjectName(project.name));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'json'), jsonApi(project, factsOf(project)));
  }
}

/** Writes the stand-in distribution files the indexes link to and hash. */
async function writeDistributionFiles(packagesDir: string, projects: readonly PypiProject[]): Promise<void> {
  await mkdir(packagesDir, { recursive: true });
  for (const project of projects) {
    for (const file of project.files) await writeFile(path.join(packagesDir, file.filename), distributionBytes(file.filename));
  }
}

/** One index root as the server lays it out: `simple/`, `pypi/` (JSON API) and `packages/`. */
export async function writePypiTree(root: string, projects: readonly PypiProject[]): Promise<void> {
  await writeSimpleIndex(path.join(root, 'simple'), projects);
  await writeJsonApi(path.join(root, 'pypi'), projects);
  await writeDistributionFiles(path.join(root, 'packages'), projects);
}
