import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { readCockpitRegistries } from './cockpit.js';
import { readConfig } from './fsread.js';
import { type Netrc, NetrcError, netrcFor, parseNetrc } from './netrc.js';
import { loadNpmConfig, npmAuthFor, npmCandidates } from './npm.js';
import { resolvePip } from './pip.js';
import { splitUrlCredentials } from './redact.js';
import { resolveUv } from './uv.js';
import {
  type Candidate,
  type Credential,
  Credentials,
  DEFAULT_NPM,
  DEFAULT_PYPI,
  type DiscoverOptions,
  type DiscoveryResult,
  type Ecosystem,
  type IndexSetting,
} from './types.js';

/**
 * Overall precedence: cockpit flags > cockpit.yaml `registries` > each tool's own configuration > public default.
 * Python: pip and uv read different files, so when no override is given each configured tool contributes its own
 * primary (pip first); extras from every source are kept, because pip adds --extra-index-url to configured extras
 * rather than replacing them (pypa/pip#6394).
 */
export function discoverIndexes(options: DiscoverOptions): DiscoveryResult {
  const warnings: string[] = [];
  const credentials = new Credentials();
  const { cwd, home, env, flags = {} } = options;
  const systemDir = options.systemConfigDir ?? '/etc';
  const cockpit = readCockpitRegistries(options.cockpitRegistries, warnings);
  const netrc = loadNetrc(env.NETRC ? resolve(cwd, env.NETRC) : join(home, '.netrc'), warnings);

  const finish = (ecosystem: Ecosystem, list: Candidate[], useNetrc: boolean): IndexSetting[] => {
    const out: IndexSetting[] = [];
    for (const c of list) {
      const setting = toSetting(ecosystem, c, useNetrc ? netrc : undefined, credentials, warnings);
      const same = out.find((s) => s.url === setting.url && s.scope === setting.scope && (s.role === setting.role || s.role === 'primary'));
      if (!same) out.push(setting);
      else if (!same.hasCredentials && setting.hasCredentials) Object.assign(same, { hasCredentials: true, credentialSource: setting.credentialSource });
    }
    return out;
  };

  // Python
  const pip = resolvePip({ cwd, home, env, systemDir, ...(options.virtualEnv ? { virtualEnv: options.virtualEnv } : {}) }, warnings);
  const uv = resolveUv({ cwd, home, env, systemDir }, warnings);
  const pipUsed = pip.configured && !pip.noIndex;
  const override = flags.indexUrl ? cand('primary', flags.indexUrl, 'flag --index-url') : cockpit.pypiPrimary;
  const pyPrimaries: Candidate[] = [];
  if (override) pyPrimaries.push(override);
  else {
    if (pipUsed) pyPrimaries.push(pip.primary ?? defaultCand(DEFAULT_PYPI, 'default (pip: no index-url configured)', 'pip'));
    if (uv.configured) pyPrimaries.push(uv.primary ?? defaultCand(DEFAULT_PYPI, 'default (uv: no default index configured)', 'uv'));
    if (!pyPrimaries.length && !pip.noIndex) pyPrimaries.push(defaultCand(DEFAULT_PYPI, 'default', 'default'));
  }
  const pyExtras = [
    ...(flags.extraIndexUrls ?? []).map((u, i, all) => cand('extra', u, all.length > 1 ? `flag --extra-index-url #${i + 1}` : 'flag --extra-index-url')),
    ...cockpit.pypiExtras,
    ...(pipUsed ? pip.extras : []),
    ...uv.extras,
  ];

  // npm
  const npmConfig = loadNpmConfig({ cwd, home, env }, warnings);
  const fromNpm = npmCandidates(npmConfig);
  const npmPrimary =
    (flags.npmRegistry ? cand('primary', flags.npmRegistry, 'flag --registry') : undefined) ??
    cockpit.npmPrimary ??
    fromNpm.primary ??
    defaultCand(DEFAULT_NPM, 'default', 'default');
  const cockpitScopes = new Set(cockpit.npmScoped.map((c) => c.scope));
  // .npmrc auth applies to whichever registry URL it is keyed to, mirrors included.
  const withNpmAuth = (list: Candidate[], primary: boolean): Candidate[] =>
    list.map((c) => {
      const credential = npmAuthFor(npmConfig, splitUrlCredentials(c.rawUrl.trim()).url, primary && c.role === 'primary', warnings);
      return credential ? { ...c, credential } : c;
    });
  const npmList = withNpmAuth([npmPrimary, ...cockpit.npmScoped, ...fromNpm.scoped.filter((c) => !cockpitScopes.has(c.scope))], true);

  const indexes = [...finish('pypi', [...pyPrimaries, ...pyExtras], true), ...finish('npm', npmList, false)];
  const mirrors = {
    pypi: finish('pypi', cockpit.mirrors.pypi ?? [mirrorCand(DEFAULT_PYPI)], true),
    npm: finish('npm', withNpmAuth(cockpit.mirrors.npm ?? [mirrorCand(DEFAULT_NPM)], false), false),
  };
  return { indexes, mirrors, credentials, warnings, privateNames: cockpit.privateNames, bestEffort: cockpit.bestEffort };
}

/** Discovery for a project folder with the user's environment: HOME and VIRTUAL_ENV come from `env`. */
export function discoverProjectIndexes(options: Omit<DiscoverOptions, 'home' | 'virtualEnv'>): DiscoveryResult {
  const { env } = options;
  return discoverIndexes({ ...options, home: env['HOME'] || homedir(), ...(env['VIRTUAL_ENV'] ? { virtualEnv: env['VIRTUAL_ENV'] } : {}) });
}

function cand(role: Candidate['role'], rawUrl: string, origin: string): Candidate {
  return { role, rawUrl, origin, tool: 'cockpit' };
}

function defaultCand(url: string, origin: string, tool: Candidate['tool']): Candidate {
  return { role: 'primary', rawUrl: url, origin, tool };
}

function mirrorCand(url: string): Candidate {
  return { role: 'mirror', rawUrl: url, origin: 'default public mirror', tool: 'default' };
}

function loadNetrc(path: string, warnings: string[]): Netrc | undefined {
  const text = readConfig(path, warnings);
  if (text === undefined) return undefined;
  try {
    return parseNetrc(text);
  } catch (err) {
    if (!(err instanceof NetrcError)) throw err;
    // requests (and so pip) ignores a netrc it cannot parse.
    warnings.push(`${path}: ${err.message}; the file was ignored`);
    return undefined;
  }
}

/**
 * An index written somewhere other than the tool configuration (an agent's `--index-url` line): credentials in the
 * URL are split off into `credentials` exactly as for configured indexes.
 */
export function indexFromUrl(ecosystem: Ecosystem, candidate: Candidate, credentials: Credentials, warnings: string[] = []): IndexSetting {
  return toSetting(ecosystem, candidate, undefined, credentials, warnings);
}

function toSetting(ecosystem: Ecosystem, c: Candidate, netrc: Netrc | undefined, credentials: Credentials, warnings: string[]): IndexSetting {
  const { url, username, password } = splitUrlCredentials(c.rawUrl.trim());
  // The value is not echoed: a mangled URL may still hold a secret that redactUrl cannot recognise.
  if (!isAbsolute(url) && !URL.canParse(url)) warnings.push(`${c.origin}: not a valid URL (kept as written)`);
  // pip and uv: credentials in the URL win over netrc; npm: URL userinfo wins over auth keys.
  let credential: Credential | undefined;
  if (username !== undefined || password !== undefined) {
    credential = password !== undefined ? { kind: 'basic', username: username ?? '', password, source: 'url' } : { kind: 'basic', username: username ?? '', source: 'url' };
  } else if (c.credential) credential = c.credential;
  else if (netrc) {
    const entry = netrcFor(netrc, url);
    if (entry && (entry.login || entry.password)) credential = { kind: 'basic', username: entry.login, password: entry.password, source: '.netrc' };
  }
  const setting: IndexSetting = { ecosystem, role: c.role, url, hasCredentials: Boolean(credential), origin: c.origin, tool: c.tool };
  if (c.scope) setting.scope = c.scope;
  if (credential) {
    setting.credentialSource = credential.source;
    credentials.set(setting, credential);
  }
  return setting;
}
