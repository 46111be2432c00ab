import { dirname, join, resolve } from 'node:path';
import type * as SmolToml from 'smol-toml';
import { lazyRequire } from '../../util/lazy-require.js';
import { isFile, readConfig } from './fsread.js';
import type { Candidate, Credential } from './types.js';

// smol-toml's CommonJS build, loaded on the first uv configuration read.
const toml = lazyRequire<typeof SmolToml>('smol-toml');

/**
 * uv's indexes (docs.astral.sh/uv: configuration files, indexes, environment variables).
 * Files: the nearest uv.toml, or pyproject.toml with [tool.uv], from cwd upwards (uv.toml wins in one folder),
 * then $XDG_CONFIG_HOME/uv/uv.toml, then the first of $XDG_CONFIG_DIRS/uv/uv.toml, /etc/uv/uv.toml. Scalars: project >
 * user > system; index lists concatenate in that order. UV_CONFIG_FILE replaces discovery; UV_NO_CONFIG disables it.
 * Env beats files: UV_DEFAULT_INDEX (or deprecated UV_INDEX_URL) replaces the default index; UV_INDEX and
 * UV_EXTRA_INDEX_URL (space-separated) come before configured indexes, like --index on the command line.
 */
export interface UvResult {
  configured: boolean;
  primary?: Candidate;
  extras: Candidate[];
}

export interface UvInputs {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  systemDir: string;
}

interface UvFile {
  path: string;
  settings: Record<string, unknown>;
  /** 'uv.toml' keys or 'pyproject.toml [tool.uv]' keys, for origins. */
  prefix: string;
}

function loadToml(path: string, warnings: string[]): Record<string, unknown> | undefined {
  const text = readConfig(path, warnings);
  if (text === undefined) return undefined;
  const { parse, TomlError } = toml();
  try {
    return parse(text) as Record<string, unknown>;
  } catch (err) {
    // smol-toml quotes the offending line in its message, which may hold a secret: report the position only.
    const where = err instanceof TomlError ? ` at line ${err.line}, column ${err.column}` : '';
    warnings.push(`${path}: invalid TOML${where}; ignored`);
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function projectFile(cwd: string, warnings: string[]): UvFile | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const uvToml = join(dir, 'uv.toml');
    if (isFile(uvToml)) {
      // uv stops at the nearest uv.toml even when it is broken (it would error out).
      const settings = loadToml(uvToml, warnings);
      return settings ? { path: uvToml, settings, prefix: '' } : undefined;
    } else {
      const pyproject = join(dir, 'pyproject.toml');
      if (isFile(pyproject)) {
        const doc = loadToml(pyproject, warnings);
        const tool = doc?.tool;
        const uv = isRecord(tool) ? tool.uv : undefined;
        // Without a [tool.uv] table uv keeps searching upwards.
        if (isRecord(uv)) return { path: pyproject, settings: uv, prefix: 'tool.uv.' };
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function discoverFiles(opts: UvInputs, warnings: string[]): UvFile[] {
  const { env } = opts;
  if (env.UV_NO_CONFIG && !/^(0|false|no|off)$/i.test(env.UV_NO_CONFIG)) return [];
  if (env.UV_CONFIG_FILE) {
    const path = resolve(opts.cwd, env.UV_CONFIG_FILE);
    const settings = loadToml(path, warnings);
    if (!settings && !isFile(path)) warnings.push(`uv: UV_CONFIG_FILE ${path} does not exist`);
    return settings ? [{ path, settings, prefix: '' }] : [];
  }
  const files: UvFile[] = [];
  const project = projectFile(opts.cwd, warnings);
  if (project) files.push(project);
  const userPath = join(env.XDG_CONFIG_HOME || join(opts.home, '.config'), 'uv', 'uv.toml');
  const user = isFile(userPath) ? loadToml(userPath, warnings) : undefined;
  if (user && userPath !== project?.path) files.push({ path: userPath, settings: user, prefix: '' });
  const systemDirs = [...(env.XDG_CONFIG_DIRS ?? '').split(':').filter(Boolean), opts.systemDir];
  for (const dir of systemDirs) {
    const path = join(dir, 'uv', 'uv.toml');
    if (!isFile(path)) continue;
    const settings = loadToml(path, warnings);
    if (settings) files.push({ path, settings, prefix: '' });
    break; // only the first system file is read
  }
  return files;
}

/** UV_INDEX_<NAME>_USERNAME/PASSWORD: name upper-cased, other characters as '_'. */
function namedCredential(name: string | undefined, env: NodeJS.ProcessEnv): Credential | undefined {
  if (!name) return undefined;
  const stem = `UV_INDEX_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
  const username = env[`${stem}_USERNAME`];
  const password = env[`${stem}_PASSWORD`];
  if (username === undefined && password === undefined) return undefined;
  const source = password !== undefined ? `env ${stem}_PASSWORD` : `env ${stem}_USERNAME`;
  return password !== undefined ? { kind: 'basic', username: username ?? '', password, source } : { kind: 'basic', username: username ?? '', source };
}

/** `name=url` or a bare URL; a name never contains ':' or '/', so `https://…` is not mistaken for one. */
function splitNamed(entry: string): { name?: string; url: string } {
  const m = /^([A-Za-z0-9._-]+)=(.+)$/.exec(entry);
  return m && m[1] && m[2] ? { name: m[1], url: m[2] } : { url: entry };
}

export function resolveUv(opts: UvInputs, warnings: string[]): UvResult {
  const { env } = opts;
  const files = discoverFiles(opts, warnings);
  const result: UvResult = { configured: false, extras: [] };
  const seenNames = new Set<string>();

  const addExtra = (rawUrl: string, origin: string, name?: string, explicit = false): void => {
    if (name) {
      // A project index shadows a user-level index of the same name.
      if (seenNames.has(name)) return;
      seenNames.add(name);
    }
    const credential = namedCredential(name, env);
    result.extras.push({ role: 'extra', rawUrl, origin: explicit ? `${origin} (explicit: pinned packages only)` : origin, tool: 'uv', ...(credential ? { credential } : {}) });
  };

  for (const [envName, named] of [['UV_INDEX', true], ['UV_EXTRA_INDEX_URL', false]] as const) {
    const value = env[envName];
    if (!value) continue;
    value.split(/\s+/).filter(Boolean).forEach((entry, i, all) => {
      const { name, url } = named ? splitNamed(entry) : { name: undefined, url: entry };
      addExtra(url, all.length > 1 ? `env ${envName} #${i + 1}` : `env ${envName}`, name);
    });
  }

  for (const envName of ['UV_DEFAULT_INDEX', 'UV_INDEX_URL'] as const) {
    const value = env[envName]?.trim();
    if (!value || result.primary) continue;
    const { name, url } = envName === 'UV_DEFAULT_INDEX' ? splitNamed(value) : { name: undefined, url: value };
    const credential = namedCredential(name, env);
    result.primary = { role: 'primary', rawUrl: url, origin: `env ${envName}`, tool: 'uv', ...(credential ? { credential } : {}) };
  }

  for (const file of files) {
    const s = file.settings;
    const where = (key: string): string => `${file.path} ${file.prefix}${key}`;
    const indexes = s.index;
    if (indexes !== undefined && !Array.isArray(indexes)) warnings.push(`${where('index')}: expected [[index]] tables; ignored`);
    (Array.isArray(indexes) ? indexes : []).forEach((entry: unknown, i) => {
      const origin = `${where('index')}[${i}]`;
      if (!isRecord(entry) || typeof entry.url !== 'string') {
        warnings.push(`${origin}: an [[index]] needs a string url; ignored`);
        return;
      }
      const name = typeof entry.name === 'string' ? entry.name : undefined;
      if (entry.default === true) {
        if (!result.primary) {
          const credential = namedCredential(name, env);
          result.primary = { role: 'primary', rawUrl: entry.url, origin, tool: 'uv', ...(credential ? { credential } : {}) };
        }
        return;
      }
      addExtra(entry.url, origin, name, entry.explicit === true);
    });
    const indexUrl = s['index-url'];
    if (typeof indexUrl === 'string') {
      if (!result.primary) result.primary = { role: 'primary', rawUrl: indexUrl, origin: where('index-url'), tool: 'uv' };
    } else if (indexUrl !== undefined) warnings.push(`${where('index-url')}: expected a string; ignored`);
    const extra = s['extra-index-url'];
    if (Array.isArray(extra)) {
      extra.forEach((url: unknown, i) => {
        if (typeof url === 'string') addExtra(url, `${where('extra-index-url')}[${i}]`);
        else warnings.push(`${where('extra-index-url')}[${i}]: expected a string; ignored`);
      });
    } else if (extra !== undefined) warnings.push(`${where('extra-index-url')}: expected an array of strings; ignored`);
  }

  result.configured = Boolean(result.primary) || result.extras.length > 0;
  return result;
}
