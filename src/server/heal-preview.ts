import { healPlanJson } from '../report/heal-json.js';
import path from 'node:path';
import { auditAgent } from '../audit/audit-agent.js';
import { discoverWorkspace } from '../audit/audit-workspace.js';
import { agentPolicy, rootPolicy } from '../config/policy.js';
import type { Settings } from '../config/settings.js';
import { buildHealPlan, limitHealPlan } from '../heal/heal.js';
import type { HealPreview } from './api-schemas.js';

/**
 * The dry-run heal plan of one agent, as `ops report --workspace --heal --dry-run` would show it:
 * the agent is found again by discovery (its files, entry points and effective policy), audited in
 * this process, and its one-click fixes planned into redacted diffs. Nothing is written.
 * Returns undefined when the agent's folder is not part of the workspace on this machine.
 */
export async function healPreview(workspaceRoot: string, agentPath: string, settings: Settings): Promise<HealPreview | undefined> {
  const { rootConfig, agentConfigs, agents } = await discoverWorkspace(workspaceRoot, settings);
  const discovered = agents.find((agent) => agent.path === agentPath);
  if (!discovered) return undefined;
  const { policy, violations } = agentPath === '.' ? { policy: rootPolicy(rootConfig), violations: [] } : agentPolicy(rootConfig, agentConfigs.get(agentPath));
  const agentRoot = agentPath === '.' ? workspaceRoot : path.join(workspaceRoot, ...agentPath.split('/'));
  const audit = await auditAgent({
    root: agentRoot,
    relativePath: agentPath,
    files: discovered.files,
    entrypoints: discovered.entrypoints,
    frameworks: discovered.frameworks,
    maxFileBytes: settings.maxFileBytes,
    excludeDirs: settings.excludeDirs,
    useGitignore: rootConfig?.gitignore ?? settings.useGitignore,
    policy,
    lockViolations: violations,
  });
  const plan = await limitHealPlan(await buildHealPlan([{ agentRoot, agentPath, fixes: audit.fixes }]), {
    force: false,
    ...(rootConfig?.max_fix_files !== undefined ? { maxFixFiles: rootConfig.max_fix_files } : {}),
  });
  return { ...healPlanJson(plan, true), dryRun: true };
}
