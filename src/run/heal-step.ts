import { loadFleetConfig } from '../config/root-config.js';
import { singleAgentPolicy } from '../config/single-agent-policy.js';
import type { AuditedTree } from './audit-step.js';
import type { AuditRequest, HealOutcome } from './request.js';

/**
 * --heal: the plan of one-click fixes (bounded by max_fix_files unless forced); unless a dry run, the fixes are
 * applied (on a branch when asked) and the tree audited again, since the verdict after healing is the gate's
 * verdict on the healed tree.
 */
export async function healStep(
  request: AuditRequest,
  audited: AuditedTree,
  fleet: boolean,
  auditAgain: () => Promise<AuditedTree>,
): Promise<{ audited: AuditedTree; heal: HealOutcome }> {
  const options = request.heal!;
  const { root, settings } = request;
  const { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan } = await import('../heal/heal.js');
  // The same file the audit's policy came from: the root's for a fleet, the agent's or the fleet file above it for one agent.
  const maxFixFiles = fleet
    ? (await loadFleetConfig(root, settings.configFile))?.config.max_fix_files
    : (await singleAgentPolicy(root, settings.configFile)).settings.max_fix_files;
  const plan = await limitHealPlan(await buildHealPlan(audited.heal), { force: options.force === true, ...(maxFixFiles !== undefined ? { maxFixFiles } : {}) });
  if (options.dryRun) return { audited, heal: { plan, dryRun: true } };
  const before = new Set(audited.report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
  await applyHealPlan(plan);
  const branch = options.branch !== undefined ? await commitHealBranch(root, options.branch, plan) : undefined;
  const healed = await auditAgain();
  const after = new Set(healed.report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
  const resolved = [...before].filter((fingerprint) => !after.has(fingerprint)).length;
  return { audited: healed, heal: { plan, dryRun: false, resolved, ...(branch ? { branch } : {}) } };
}
