import { CockpitError } from '../util/errors.js';
import { parseByteSize } from './size.js';

/**
 * The single source of truth for every run setting: its default, its environment variable and its
 * CLI flag. `resolveSettings` layers them: defaults < environment < flags. `cockpit.yaml` will slot in
 * between defaults and environment.
 */
export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

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
}

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
};

/** Describes each setting for `--help` and docs/CONFIG.md. */
export const SETTING_DOCS: ReadonlyArray<{ key: keyof Settings; flag?: string; env?: string; description: string }> = [
  { key: 'maxFileBytes', flag: '--max-file-size <size>', env: 'COCKPIT_MAX_FILE_SIZE', description: 'skip files larger than this (bytes, or 512KB, 2MB)' },
  { key: 'excludeDirs', description: 'folder names never walked (VCS, virtualenvs, node_modules, build output, the cockpit\'s own .cockpit/)' },
  { key: 'useGitignore', flag: '--no-gitignore', env: 'COCKPIT_NO_GITIGNORE', description: 'respect .gitignore files as well as .cockpitignore (turn off to audit ignored files too)' },
  { key: 'format', flag: '--format <format>', env: 'COCKPIT_FORMAT', description: 'report format: text, json or sarif' },
  { key: 'color', flag: '--color / --no-color', env: 'NO_COLOR, FORCE_COLOR', description: 'colour in text output: on a TTY unless NO_COLOR is set' },
  { key: 'debug', flag: '--debug', env: 'COCKPIT_DEBUG', description: 'print stack traces for internal errors' },
];

export interface SettingOverrides {
  maxFileSize?: string | undefined;
  format?: string | undefined;
  /** true for --color, false for --no-color, undefined when neither was given. */
  color?: boolean | undefined;
  debug?: boolean | undefined;
  /** false for --no-gitignore. */
  gitignore?: boolean | undefined;
}

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

  if (flags.maxFileSize !== undefined) settings.maxFileBytes = parseByteSize(flags.maxFileSize, '--max-file-size');
  if (flags.format !== undefined) settings.format = parseFormat(flags.format, '--format');
  if (flags.color !== undefined) settings.color = flags.color ? 'always' : 'never';
  if (flags.debug) settings.debug = true;
  if (flags.gitignore === false) settings.useGitignore = false;
  return settings;
}
