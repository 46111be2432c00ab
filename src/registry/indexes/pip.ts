import { join, resolve } from 'node:path';
import { exists, readConfig } from './fsread.js';
import { IniError, parsePipIni } from './pip-ini.js';
import type { Candidate } from './types.js';

/**
 * pip's effective index-url / extra-index-url, mirroring pip._internal.configuration:
 * files load GLOBAL (XDG_CONFIG_DIRS/pip/pip.conf, /etc/pip.conf) < USER (~/.pip/pip.conf, then
 * $XDG_CONFIG_HOME/pip/pip.conf) < SITE ($VIRTUAL_ENV/pip.conf) < PIP_CONFIG_FILE, a later file replacing a key
 * outright (extras do not accumulate). USER is skipped when PIP_CONFIG_FILE names an existing file; PIP_CONFIG_FILE
 * set to /dev/null disables every file. Sections then resolve [global] < [install] < PIP_* env vars over the merged
 * keys, so an [install] key in /etc/pip.conf beats a [global] key in the user file.
 */
export interface PipResult {
  configured: boolean;
  primary?: Candidate;
  extras: Candidate[];
  noIndex: boolean;
}

interface Setting {
  value: string;
  origin: string;
}

function configFiles(opts: PipInputs): string[] {
  const { env, home, cwd } = opts;
  const explicit = env.PIP_CONFIG_FILE;
  if (explicit === '/dev/null') return [];
  const explicitPath = explicit ? resolve(cwd, explicit) : undefined;
  const files: string[] = [];
  const xdgDirs = (env.XDG_CONFIG_DIRS || join(opts.systemDir, 'xdg')).split(':').filter(Boolean);
  for (const dir of xdgDirs) files.push(join(dir, 'pip', 'pip.conf'));
  files.push(join(opts.systemDir, 'pip.conf'));
  if (!(explicitPath && exists(explicitPath))) {
    files.push(join(home, '.pip', 'pip.conf'));
    files.push(join(env.XDG_CONFIG_HOME || join(home, '.config'), 'pip', 'pip.conf'));
  }
  const venv = opts.virtualEnv ?? env.VIRTUAL_ENV;
  if (venv) files.push(join(venv, 'pip.conf'));
  if (explicitPath) files.push(explicitPath);
  return files;
}

export interface PipInputs {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  virtualEnv?: string;
  systemDir: string;
}

/** pip normalises option names: case-insensitive, '_' same as '-', optional leading '--'. */
const normalise = (name: string): string => name.toLowerCase().replace(/_/g, '-').replace(/^--/, '');

export function resolvePip(opts: PipInputs, warnings: string[]): PipResult {
  const merged = new Map<string, Setting>();
  for (const file of [...new Set(configFiles(opts))]) {
    const text = readConfig(file, warnings);
    if (text === undefined) continue;
    try {
      for (const [section, options] of parsePipIni(text)) {
        for (const [name, v] of options) {
          const key = normalise(name);
          merged.set(`${section}.${key}`, { value: v.value, origin: `${file} [${section}] ${name}` });
        }
      }
    } catch (err) {
      if (!(err instanceof IniError)) throw err;
      warnings.push(`${file}: ${err.message}; pip refuses to load such a file, so it was ignored`);
    }
  }

  const pick = (key: string, envName: string): Setting | undefined => {
    const fromEnv = opts.env[envName];
    if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, origin: `env ${envName}` };
    return merged.get(`install.${key}`) ?? merged.get(`global.${key}`);
  };

  const index = pick('index-url', 'PIP_INDEX_URL');
  const extra = pick('extra-index-url', 'PIP_EXTRA_INDEX_URL');
  const noIndex = pick('no-index', 'PIP_NO_INDEX');
  const result: PipResult = { configured: Boolean(index || extra), extras: [], noIndex: false };
  if (noIndex && /^(1|true|yes|on)$/i.test(noIndex.value.trim())) {
    warnings.push(`pip: no-index is set (${noIndex.origin}); pip would not contact any index`);
    result.noIndex = true;
  }
  if (index) {
    // pip's index-url is a single value; a multi-line value would be taken literally, so keep the first token.
    const tokens = index.value.split(/\s+/).filter(Boolean);
    if (tokens.length > 1) warnings.push(`pip: ${index.origin} holds several URLs; pip uses it as one value, only the first is kept`);
    if (tokens[0]) result.primary = { role: 'primary', rawUrl: tokens[0], origin: index.origin, tool: 'pip' };
  }
  if (extra) {
    // Append options are whitespace-separated in files and env vars alike.
    extra.value
      .split(/\s+/)
      .filter(Boolean)
      .forEach((url, i, all) => {
        const origin = all.length > 1 ? `${extra.origin} #${i + 1}` : extra.origin;
        result.extras.push({ role: 'extra', rawUrl: url, origin, tool: 'pip' });
      });
  }
  return result;
}
