import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `COCKPIT_CACHE_DIR`, else `$XDG_CACHE_HOME/agentops-cockpit`, else `~/.cache/agentops-cockpit`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env['COCKPIT_CACHE_DIR']) return path.resolve(env['COCKPIT_CACHE_DIR']);
  const base = env['XDG_CACHE_HOME'] || path.join(env['HOME'] || homedir(), '.cache');
  return path.join(base, 'agentops-cockpit');
}

/**
 * This build of the tool, for cache keys: a rebuilt tool may carry other rules under the same version. Every build
 * writes this module again (tsc and the bundle alike), so its size and mtime change with the build.
 */
export function buildSignature(): string {
  const stat = statSync(fileURLToPath(import.meta.url), { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeNs}` : '';
}
