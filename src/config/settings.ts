import path from 'node:path';
import { CockpitError } from '../util/errors.js';
import { parseByteSize } from './size.js';

/**
 * The single source of truth for every run setting: its default, its environment variable and its
 * CLI flag. `resolveSettings` layers them: defaults < environment < flags. `cockpit.yaml` will slot in
 * between defaults and environment.
 */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'html', 'compact', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
const COLOR_MODES = ['auto', 'always', 'never'] as const;
type ColorMode = (typeof COLOR_MODES)[number];

export interface Settings {
  /** Files larger than this are skipped (and counted as skipped). */
  maxFileBytes: number;
  /** Folder names never walked into, wherever they appear. */
  excludeDirs: readonly string[];
  /** Respect .gitignore files as well as .cockpitignore files. */
  useGitignore: boolean;
  format: ReportFormat;
  color: ColorMode;
  debug: boolean;
  /** Dependency lookups in package indexes: off (static dependency rules only), online, or offline (cache only). */
  registryMode: RegistryMode;
  /** Ask the public mirrors only, never the private indexes. */
  publicOnly: boolean;
  /** A package no index can answer for is a note, not a failed run (exit 3); cockpit.yaml `registries.best-effort` too. */
  registryBestEffort: boolean;
  /** Per request to a package index. */
  registryTimeoutMs: number;
  /** How long an index answer stays fresh in the on-disk cache. */
  registryCacheTtlMs: number;
  /** Where the registry cache lives; undefined means $XDG_CACHE_HOME/agentops-cockpit. */
  cacheDir: string | undefined;
  /** `--config FILE`: the fleet's cockpit.yaml instead of the one found at (or above) the target. */
  configFile: ConfigFileSetting | undefined;
}

export interface ConfigFileSetting {
  /** Absolute. */
  path: string;
  /** As the user wrote it, for messages. */
  shown: string;
}

const REGISTRY_MODES = ['off', 'online', 'offline'] as const;
type RegistryMode = (typeof REGISTRY_MODES)[number];

export const DEFAULT_EXCLUDE_DIRS: readonly string[] = [
  '.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '.tox', '.nox', '__pycache__', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'dist', 'build', 'site-packages', '.next', '.turbo', '.cache',
  '.cockpit', 'evidence_lake', '.idea', '.vscode', 'coverage', '.eggs',
];

export const DEFAULT_SETTINGS: Settings = {
  maxFileBytes: 2 * 1024 * 1024,
  excludeDirs: DEFAULT_EXCLUDE_DIRS,
  useGitignore: true,
  format: 'text',
  color: 'auto',
  debug: false,
  registryMode: 'off',
  publicOnly: false,
  registryBestEffort: false,
  registryTimeoutMs: 10_000,
  registryCacheTtlMs: 6 * 60 * 60 * 1000,
  cacheDir: undefined,
  configFile: undefined,
};

/** Describes each setting for `--help` and docs/CONFIG.md. */
export const SETTING_DOCS: ReadonlyArray<{ key: keyof Settings; flag?: string; env?: string; description: string }> = [
  { key: 'maxFileBytes', flag: '--max-file-size <size>', env: 'COCKPIT_MAX_FILE_SIZE', description: 'skip files larger than this (bytes, or 512KB, 2MB)' },
  { key: 'excludeDirs', description: 'folder names never walked (VCS, virtualenvs, node_modules, build output, the cockpit\'s own .cockpit/)' },
  { key: 'useGitignore', flag: '--no-gitignore', env: 'COCKPIT_NO_GITIGNORE', description: 'respect .gitignore files as well as .cockpitignore (turn off to audit ignored files too)' },
  { key: 'format', flag: '--format <format>', env: 'COCKPIT_FORMAT', description: 'report format: text, json, sarif, html (one self-contained file), compact (one line per finding) or github (workflow-command annotations); repeatable with --output (ops report --help)' },
  { key: 'color', flag: '--color / --no-color', env: 'NO_COLOR, FORCE_COLOR', description: 'colour in text output: on a TTY unless NO_COLOR is set' },
  { key: 'debug', flag: '--debug', env: 'COCKPIT_DEBUG', description: 'print stack traces for internal errors' },
  { key: 'registryMode', flag: '--resolve / --offline', env: 'COCKPIT_RESOLVE=online|offline', description: 'look dependencies up in their package indexes (configured first, public mirrors when one refuses, fails or answers a broken document); --offline answers from the cache only' },
  { key: 'publicOnly', flag: '--public', env: 'COCKPIT_PUBLIC_ONLY', description: 'skip private indexes: ask the public mirrors only (implies --resolve); private names are never sent' },
  { key: 'registryBestEffort', flag: '--resolve-best-effort', env: 'COCKPIT_RESOLVE_BEST_EFFORT', description: 'a package no index or mirror can answer for is a `deps/unresolved-package` note instead of failing the run with exit 3 (implies --resolve; cockpit.yaml `registries.best-effort: true` does the same)' },
  { key: 'registryTimeoutMs', flag: '--registry-timeout <seconds>', env: 'COCKPIT_REGISTRY_TIMEOUT', description: 'give up on one index request after this long' },
  { key: 'registryCacheTtlMs', env: 'COCKPIT_REGISTRY_CACHE_TTL', description: 'seconds an index answer stays fresh in the on-disk cache' },
  { key: 'configFile', flag: '--config <file>', env: 'COCKPIT_CONFIG', description: "the fleet's cockpit.yaml: used instead of the one at the workspace root (or the nearest one above a single agent); agents' own cockpit.yaml files still add to it" },
  { key: 'cacheDir', flag: '--cache-dir <dir>', env: 'COCKPIT_CACHE_DIR', description: 'where the registry cache and validated cockpit.yaml files are kept (default $XDG_CACHE_HOME/agentops-cockpit, else ~/.cache/agentops-cockpit; the config cache follows COCKPIT_CACHE_DIR, not --cache-dir)' },
];

export interface SettingOverrides {
  maxFileSize?: string | undefined;
  format?: string | undefined;
  /** true for --color, false for --no-color, undefined when neither was given. */
  color?: boolean | undefined;
  debug?: boolean | undefined;
  /** false for --no-gitignore. */
  gitignore?: boolean | undefined;
  resolve?: boolean | undefined;
  offline?: boolean | undefined;
  public?: boolean | undefined;
  resolveBestEffort?: boolean | undefined;
  registryTimeout?: string | undefined;
  cacheDir?: string | undefined;
  config?: string | undefined;
  /** The folder relative paths in flags and the environment are relative to (default: the process's). */
  cwd?: string | undefined;
}

/** The longest delay Node's timers can hold (2^31 - 1 ms); a longer one fires after 1 ms instead. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A time limit in seconds (`--agent-timeout`, `--registry-timeout`): positive, finite and short enough for a Node timer. */
function positiveSeconds(value: string, source: string): number {
  const seconds = Number(value);
  const ms = Math.round(seconds * 1000);
  if (!Number.isFinite(seconds) || seconds <= 0 || ms < 1) throw new CockpitError(`${source}: '${value}' is not a positive number of seconds`);
  if (ms > MAX_TIMER_MS) throw new CockpitError(`${source}: '${value}' is longer than ${MAX_TIMER_MS / 1000} seconds (the longest timer Node can hold)`);
  return ms;
}

/** The per-agent time limit from `--agent-timeout <seconds>`. */
export const parseAgentTimeout = positiveSeconds;

function parseFormat(value: string, source: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new CockpitError(`${source}: unknown format '${value}' (expected ${REPORT_FORMATS.join(', ')})`);
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function resolveSettings(flags: SettingOverrides, env: NodeJS.ProcessEnv = process.env): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };

  if (env['COCKPIT_MAX_FILE_SIZE']) settings.maxFileBytes = parseByteSize(env['COCKPIT_MAX_FILE_SIZE'], 'COCKPIT_MAX_FILE_SIZE');
  if (env['COCKPIT_FORMAT']) settings.format = parseFormat(env['COCKPIT_FORMAT'], 'COCKPIT_FORMAT');
  // NO_COLOR (no-color.org) wins over FORCE_COLOR when both are set: the user asked for less.
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') settings.color = 'never';
  else if (isTruthy(env['FORCE_COLOR'])) settings.color = 'always';
  if (isTruthy(env['COCKPIT_DEBUG'])) settings.debug = true;
  if (isTruthy(env['COCKPIT_NO_GITIGNORE'])) settings.useGitignore = false;
  const resolveEnv = env['COCKPIT_RESOLVE'];
  if (resolveEnv) {
    if (resolveEnv === 'offline' || resolveEnv === 'online' || resolveEnv === 'off') settings.registryMode = resolveEnv;
    else settings.registryMode = isTruthy(resolveEnv) ? 'online' : 'off';
  }
  if (isTruthy(env['COCKPIT_PUBLIC_ONLY'])) settings.publicOnly = true;
  if (isTruthy(env['COCKPIT_RESOLVE_BEST_EFFORT'])) settings.registryBestEffort = true;
  if (env['COCKPIT_REGISTRY_TIMEOUT']) settings.registryTimeoutMs = positiveSeconds(env['COCKPIT_REGISTRY_TIMEOUT'], 'COCKPIT_REGISTRY_TIMEOUT');
  if (env['COCKPIT_REGISTRY_CACHE_TTL']) settings.registryCacheTtlMs = positiveSeconds(env['COCKPIT_REGISTRY_CACHE_TTL'], 'COCKPIT_REGISTRY_CACHE_TTL');
  if (env['COCKPIT_CACHE_DIR']) settings.cacheDir = env['COCKPIT_CACHE_DIR'];
  const config = flags.config ?? (env['COCKPIT_CONFIG'] || undefined);
  if (config !== undefined) {
    if (config.trim() === '') throw new CockpitError(`${flags.config !== undefined ? '--config' : 'COCKPIT_CONFIG'}: expected the path of a cockpit.yaml file`);
    settings.configFile = { path: path.resolve(flags.cwd ?? process.cwd(), config), shown: config };
  }

  if (flags.maxFileSize !== undefined) settings.maxFileBytes = parseByteSize(flags.maxFileSize, '--max-file-size');
  if (flags.format !== undefined) settings.format = parseFormat(flags.format, '--format');
  if (flags.color !== undefined) settings.color = flags.color ? 'always' : 'never';
  if (flags.debug) settings.debug = true;
  if (flags.gitignore === false) settings.useGitignore = false;
  if (flags.resolve) settings.registryMode = 'online';
  if (flags.public) {
    settings.publicOnly = true;
    if (settings.registryMode === 'off') settings.registryMode = 'online';
  }
  if (flags.resolveBestEffort) {
    settings.registryBestEffort = true;
    if (settings.registryMode === 'off') settings.registryMode = 'online';
  }
  if (flags.offline) settings.registryMode = 'offline';
  if (flags.registryTimeout !== undefined) settings.registryTimeoutMs = positiveSeconds(flags.registryTimeout, '--registry-timeout');
  if (flags.cacheDir !== undefined) settings.cacheDir = flags.cacheDir;
  return settings;
}
