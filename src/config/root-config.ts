import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from './file-names.js';
import type { LoadedCockpitFile } from './load-file.js';
import type { ConfigFileSetting } from './settings.js';

/** True when nothing is at `file`; any other answer (a file, a link, an error) is left to the loader to judge. */
async function absent(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * The cockpit.yaml (or .yml) in `root`, validated; undefined when there is none. The YAML parser,
 * the schema (zod) and the rule catalog load only when a file is there to validate.
 */
export async function loadRootConfig(root: string): Promise<LoadedCockpitFile | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(root, name);
    if (await absent(file)) continue;
    const { loadCockpitFileCached } = await import('./config-cache.js');
    try {
      return await loadCockpitFileCached(file, name);
    } catch (error) {
      if (error instanceof Error && / cannot be read \(ENOENT\)$/.test(error.message)) continue;
      throw error;
    }
  }
  return undefined;
}

/**
 * The fleet's file: the one `--config` names (which must load: a missing or broken file is exit 3), else the
 * cockpit.yaml in `root`.
 */
export async function loadFleetConfig(root: string, configFile: ConfigFileSetting | undefined): Promise<LoadedCockpitFile | undefined> {
  if (!configFile) return loadRootConfig(root);
  // Kept by its stat signature like the root's file: a run asks for it from discovery, the resolver, heal and gates.
  const { loadCockpitFileCached } = await import('./config-cache.js');
  return loadCockpitFileCached(configFile.path, configFile.shown);
}
