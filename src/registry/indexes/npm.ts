import { dirname, join, resolve } from 'node:path';
import { exists, readConfig } from './fsread.js';
import { parseNpmrc } from './npmrc-ini.js';
import type { Candidate, Credential } from './types.js';

/**
 * npm's registry settings (docs.npmjs.com/cli/using-npm/config, configuring-npm/npmrc): command line >
 * npm_config_* env vars (case-insensitive) > project .npmrc > user .npmrc > global npmrc > default, resolved per key.
 * The project folder is the nearest ancestor of cwd holding package.json or node_modules (npm's localPrefix).
 * Auth keys are "nerf-darted" (`//host/path/:_authToken`) and matched to a registry by the longest path prefix,
 * as npm-registry-fetch does; within one prefix `_authToken` > `username` + `_password` > `_auth`.
 */
export interface NpmInputs {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
}

interface Value {
  value: string;
  origin: string;
}

export interface NpmConfig {
  get(key: string): Value | undefined;
  keys(): Set<string>;
}

function envLookup(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const want = `npm_config_${name}`.toLowerCase();
  for (const [k, v] of Object.entries(env)) if (k.toLowerCase() === want && v) return v;
  return undefined;
}

function findLocalPrefix(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (exists(join(dir, 'package.json')) || exists(join(dir, 'node_modules'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

function envLayer(env: NodeJS.ProcessEnv): Map<string, Value> {
  const layer = new Map<string, Value>();
  for (const [envKey, value] of Object.entries(env)) {
    if (!/^npm_config_/i.test(envKey) || !value) continue;
    let key = envKey.slice('npm_config_'.length);
    // Same normalisation as @npmcli/config: nerf-darted keys are kept as written.
    if (!key.startsWith('//')) key = key.replace(/(?!^)_/g, '-').toLowerCase();
    layer.set(key, { value, origin: `env ${envKey}` });
  }
  return layer;
}

function fileLayer(path: string, label: string, env: NodeJS.ProcessEnv, warnings: string[]): Map<string, Value> {
  const layer = new Map<string, Value>();
  const text = readConfig(path, warnings);
  if (text === undefined) return layer;
  const parsed = parseNpmrc(text, env);
  for (const name of new Set(parsed.missingVars)) warnings.push(`${label} (${path}): \${${name}} is not set in the environment; left unexpanded`);
  for (const line of parsed.badLines) warnings.push(`${label} (${path}) line ${line}: not a "key=value" line; ignored`);
  if (parsed.sectionLines.length) warnings.push(`${label} (${path}) line ${parsed.sectionLines[0]}: [section] keys are not npm settings; ignored`);
  for (const [key, entry] of parsed.entries) layer.set(key, { value: entry.value, origin: `${label} line ${entry.line}` });
  return layer;
}

export function loadNpmConfig(opts: NpmInputs, warnings: string[]): NpmConfig {
  const { env, home, cwd } = opts;
  const userPath = resolve(cwd, envLookup(env, 'userconfig') ?? join(home, '.npmrc'));
  const projectPath = join(findLocalPrefix(cwd), '.npmrc');
  const layers = [envLayer(env)];
  // npm skips the project file when it is the user file (a project at $HOME).
  if (projectPath !== userPath) layers.push(fileLayer(projectPath, 'project .npmrc', env, warnings));
  layers.push(fileLayer(userPath, 'user .npmrc', env, warnings));
  const prefix = envLookup(env, 'prefix');
  const globalPath = envLookup(env, 'globalconfig') ?? (prefix ? join(prefix, 'etc', 'npmrc') : undefined);
  if (globalPath) layers.push(fileLayer(resolve(cwd, globalPath), 'global npmrc', env, warnings));
  return {
    get: (key) => {
      for (const layer of layers) {
        const v = layer.get(key);
        if (v) return v;
      }
      return undefined;
    },
    keys: () => new Set(layers.flatMap((l) => [...l.keys()])),
  };
}

/** `//host:port/path/` prefixes of a registry URL, longest first. */
function nerfDarts(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  const out: string[] = [];
  for (let n = segments.length; n >= 0; n--) out.push(`//${parsed.host}/${segments.slice(0, n).map((s) => `${s}/`).join('')}`);
  return out;
}

function decodeBase64(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/=\s_-]+$/.test(value)) return undefined;
  return Buffer.from(value, 'base64').toString('utf8');
}

/** Credentials for one auth-key prefix ('' for the legacy unscoped keys). */
function authAt(config: NpmConfig, prefix: string, warnings: string[]): Credential | undefined {
  const token = config.get(`${prefix}_authToken`);
  const unexpanded = (v: Value): boolean => /\$\{[^}]+\}/.test(v.value);
  if (token?.value && !unexpanded(token)) return { kind: 'bearer', token: token.value, source: `${token.origin.replace(/ line \d+$/, '')} _authToken` };
  const username = config.get(`${prefix}username`);
  const password = config.get(`${prefix}_password`);
  if (username && password?.value && !unexpanded(password)) {
    const decoded = decodeBase64(password.value);
    if (decoded === undefined) warnings.push(`${password.origin}: _password is not base64; ignored`);
    else return { kind: 'basic', username: username.value, password: decoded, source: `${password.origin.replace(/ line \d+$/, '')} username/_password` };
  }
  const auth = config.get(`${prefix}_auth`);
  if (auth?.value && !unexpanded(auth)) {
    const decoded = decodeBase64(auth.value);
    const colon = decoded?.indexOf(':') ?? -1;
    if (decoded === undefined || colon < 0) warnings.push(`${auth.origin}: _auth is not base64 "user:password"; ignored`);
    else return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: `${auth.origin.replace(/ line \d+$/, '')} _auth` };
  }
  return undefined;
}

export function npmAuthFor(config: NpmConfig, registryUrl: string, isDefault: boolean, warnings: string[]): Credential | undefined {
  for (const dart of nerfDarts(registryUrl)) {
    const found = authAt(config, `${dart}:`, warnings);
    if (found) return found;
  }
  if (!isDefault) return undefined;
  const legacy = authAt(config, '', warnings);
  if (legacy) warnings.push(`npm: ${legacy.source} is unscoped auth; npm 9 and later reject it (run "npm config fix")`);
  return legacy;
}

/** registry and @scope:registry settings from npm's own configuration. */
export function npmCandidates(config: NpmConfig): { primary?: Candidate; scoped: Candidate[] } {
  const registry = config.get('registry');
  const scoped: Candidate[] = [];
  for (const key of [...config.keys()].sort()) {
    const m = /^(@[^:]+):registry$/.exec(key);
    const v = m ? config.get(key) : undefined;
    if (m?.[1] && v) scoped.push({ role: 'scoped', scope: m[1], rawUrl: v.value, origin: v.origin, tool: 'npm' });
  }
  return { ...(registry ? { primary: { role: 'primary', rawUrl: registry.value, origin: registry.origin, tool: 'npm' } } : {}), scoped };
}
