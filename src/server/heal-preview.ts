import { healPlanJson } from '../report/heal-json.js';
import { auditAgent } from '../audit/audit-agent.js';
import { discoverWorkspace } from '../audit/audit-workspace.js';
import { REPOSITORY_CHECKS, REPOSITORY_PATH, repositoryEntry } from '../audit/repository-entry.js';
import { agentPolicy, rootPolicy } from '../config/policy.js';
import type { Settings } from '../config/settings.js';
import { buildHealPlan, limitHealPlan } from '../heal/heal.js';
import { agentLocation, isRootAgent } from '../util/agent-location.js';
import type { HealPreview } from './api-schemas.js';

/**
 * The dry-run heal plan of one agent, as `ops report --workspace --heal --dry-run` would show it:
 * the agent is found again by discovery (its files, entry points and effective policy), audited in
 * this process, and its one-click fixes planned into redacted diffs. Nothing is written.
 * Returns undefined when the agent's folder is not part of the workspace on this machine.
 */
export async function healPreview(workspaceRoot: string, agentPath: string, settings: Settings): Promise<HealPreview | undefined> {
  const { rootConfig, agentConfigs, agents, files } = await discoverWorkspace(workspaceRoot, settings);
  // `.` is the root agent, or else the repository entry (files outside every agent, text rules only).
  const repository = agentPath === REPOSITORY_PATH ? repositoryEntry(workspaceRoot, files, agents) : undefined;
  const discovered = agents.find((agent) => agent.path === agentPath) ?? repository;
  if (!discovered) return undefined;
  const { policy, violations } = isRootAgent(agentPath) ? { policy: rootPolicy(rootConfig), violations: [] } : agentPolicy(rootConfig, agentConfigs.get(agentPath));
  const agentRoot = agentLocation(workspaceRoot, agentPath);
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
    ...(discovered === repository ? { checks: REPOSITORY_CHECKS } : {}),
  });
  const plan = await limitHealPlan(await buildHealPlan([{ agentRoot, agentPath, fixes: audit.fixes }]), {
    force: false,
    ...(rootConfig?.max_fix_files !== undefined ? { maxFixFiles: rootConfig.max_fix_files } : {}),
  });
  return { ...healPlanJson(plan, true), dryRun: true };
}
