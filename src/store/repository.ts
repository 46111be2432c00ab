import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CockpitError } from '../util/errors.js';
import { readRegularFile } from '../util/read-regular-file.js';

/**
 * Which repository a push's records belong to, in the one form every source agrees on: `owner/name`
 * (GitLab: `group/subgroup/project`), without host, port, credentials or `.git`. So a CI push
 * (GITHUB_REPOSITORY=acme/agents) and a laptop push (origin git@github.com:acme/agents.git) key
 * the same agents alike, and no token from a remote URL ever reaches the store.
 */

type RepositoryOrigin = '--repository' | 'GITHUB_REPOSITORY' | 'CI_PROJECT_PATH' | 'git remote origin';

export interface ChosenRepository {
  name: string;
  from: RepositoryOrigin;
}

/** A remote URL, scp-like address or plain `owner/name` as `owner/name`; undefined when nothing names a repository. */
export function normaliseRepository(raw: string | undefined): string | undefined {
  let text = raw?.trim().replace(/[?#].*$/, '');
  if (!text) return undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0];
  if (scheme) {
    text = text.slice(scheme.length);
    // Credentials end at the last '@' (a token may hold '/' or ':'); the host and port end at the next '/'.
    const at = text.lastIndexOf('@');
    if (at >= 0) text = text.slice(at + 1);
    const slash = text.indexOf('/');
    text = slash < 0 ? '' : text.slice(slash + 1);
  } else if (!/^[a-z]:[\\/]/i.test(text)) {
    // scp-like `user@host:owner/name.git`; a Windows drive letter is a local path, not a host.
    const scp = /^(?:.*@)?[^:/\\\s]+:(?!\/\/)(.*)$/.exec(text);
    if (scp) text = scp[1]!;
  }
  const segments = text
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return undefined;
  segments[segments.length - 1] = segments.at(-1)!.replace(/\.git$/i, '');
  const name = segments.filter(Boolean).join('/');
  return name === '' ? undefined : name;
}

/** The `.git` of the working tree holding `dir` (a folder, or a `gitdir:` file as worktrees and submodules have). */
async function gitDirAbove(dir: string): Promise<string | undefined> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, '.git');
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isDirectory()) return candidate;
    if (info?.isFile()) {
      const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(candidate, 'utf8').catch(() => ''))?.[1];
      if (pointer) return path.resolve(current, pointer);
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/** `url` of `[remote "origin"]` in a git config file (the first one, as `git remote get-url` answers). */
export function originUrl(config: string): string | undefined {
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (section) {
      inOrigin = section[1]!.toLowerCase() === 'remote' && section[2] === 'origin';
      continue;
    }
    if (!inOrigin) continue;
    const entry = /^\s*url\s*=\s*(.*)$/i.exec(line);
    if (!entry) continue;
    let value = entry[1]!.trim();
    if (value.startsWith('"')) value = /^"((?:[^"\\]|\\.)*)"/.exec(value)?.[1] ?? value;
    else value = value.replace(/\s[;#].*$/, '');
    return value || undefined;
  }
  return undefined;
}

/**
 * The repository named by the `origin` remote of the git working tree that holds `dir`, read from
 * `.git/config` itself (no git process, no safe.directory question); undefined outside a checkout.
 */
export async function gitRemoteRepository(dir: string): Promise<string | undefined> {
  const gitDir = await gitDirAbove(dir);
  if (!gitDir) return undefined;
  // A linked worktree keeps its config in the main repository's git folder (named by `commondir`).
  const common = (await readFile(path.join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
  const configFile = path.join(common ? path.resolve(gitDir, common) : gitDir, 'config');
  let config: string;
  try {
    config = await readRegularFile(configFile, { shown: configFile, maxBytes: 1024 * 1024 });
  } catch {
    return undefined;
  }
  return normaliseRepository(originUrl(config));
}

/**
 * The repository for a push, in precedence order: `--repository` overrides everything; a record's
 * own `source.repository` comes next (push.ts applies it); then the CI environment, then the git
 * remote of the lake's working tree, for records that say nothing.
 */
export async function pushRepository(options: { flag?: string | undefined; env: NodeJS.ProcessEnv; lakeDir: string }): Promise<{ override?: ChosenRepository; fallback?: ChosenRepository }> {
  if (options.flag !== undefined) {
    const name = normaliseRepository(options.flag);
    // Not echoed: a mistyped remote URL may carry a token.
    if (!name) throw new CockpitError('--repository: names no repository (expected owner/name, or a remote URL)');
    return { override: { name, from: '--repository' } };
  }
  for (const variable of ['GITHUB_REPOSITORY', 'CI_PROJECT_PATH'] as const) {
    const name = normaliseRepository(options.env[variable]);
    if (name) return { fallback: { name, from: variable } };
  }
  const remote = await gitRemoteRepository(options.lakeDir);
  return remote ? { fallback: { name: remote, from: 'git remote origin' } } : {};
}
