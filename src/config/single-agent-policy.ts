import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CockpitFile } from './file-schema.js';
import type { LockViolation, Policy } from './policy.js';
import { loadFleetConfig, loadRootConfig } from './root-config.js';
import type { ConfigFileSetting } from './settings.js';

/**
 * The policy of one agent audited on its own (`ops report AGENT`, MCP `audit_agent`), decided as the fleet run
 * of the folder above it would decide it: the nearest cockpit.yaml above the agent is the fleet's root file,
 * and the agent's own file adds to it without loosening its locks. Without a file above, the agent's own file
 * (or the defaults) is the whole policy, as before. The search stops at the top of the git repository holding
 * the agent (a folder with `.git`) or at the file-system root, so a file outside the repository never applies.
 */
export interface SingleAgentPolicy {
  policy: Policy;
  violations: LockViolation[];
  /** The settings that are not policy (gitignore, max_fix_files): the agent's own file first, then the root's. */
  settings: Pick<CockpitFile, 'gitignore' | 'max_fix_files'>;
}

async function fleetFileAbove(agentRoot: string) {
  for (let folder = agentRoot; ; ) {
    if (existsSync(path.join(folder, '.git'))) return undefined;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
    const loaded = await loadRootConfig(folder);
    if (loaded) return loaded;
  }
}

/** With `configFile` (`--config`), that file is the fleet's and nothing is searched for above the agent. */
export async function singleAgentPolicy(agentRoot: string, configFile?: ConfigFileSetting): Promise<SingleAgentPolicy> {
  const own = configFile && path.resolve(configFile.path) === path.resolve(agentRoot, path.basename(configFile.path)) ? undefined : await loadRootConfig(agentRoot);
  const above = configFile ? await loadFleetConfig(agentRoot, configFile) : await fleetFileAbove(agentRoot);
  const { agentPolicy, rootPolicy } = await import('./policy.js');
  const gitignore = own?.config.gitignore ?? above?.config.gitignore;
  const maxFixFiles = own?.config.max_fix_files ?? above?.config.max_fix_files;
  const settings = { ...(gitignore !== undefined ? { gitignore } : {}), ...(maxFixFiles !== undefined ? { max_fix_files: maxFixFiles } : {}) };
  if (!above) return { policy: rootPolicy(own?.config), violations: [], settings };
  const { policy, violations } = agentPolicy(above.config, own);
  return { policy, violations, settings };
}
