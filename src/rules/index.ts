import { hardcodedPiiCheck } from './pii/hardcoded-pii.js';
import { hardcodedSecretCheck } from './secret/hardcoded-secret.js';
import { LOCKED_SETTING_RULE } from './policy/locked-setting.js';
import { INVALID_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE } from './policy/suppression-rules.js';
import { renamedRuleIdCheck } from './policy/renamed-rule-id.js';
import { DEPENDENCY_RULES } from './deps/rules.js';
import { ARCHITECTURE_CHECKS } from './architecture/index.js';
import { FINOPS_CHECKS } from './finops/index.js';
import { POLICY_CHECKS } from './policy/index.js';
import { RELIABILITY_CHECKS } from './reliability/index.js';
import { SECURITY_CHECKS } from './security/index.js';
import { UX_CHECKS } from './ux/index.js';
import { currentRuleId } from './renamed-ids.js';
import type { Check, RuleMeta } from './types.js';

/** Every check the audit runs, in a fixed order so reports are deterministic. */
export const CHECKS: readonly Check[] = [
  hardcodedSecretCheck,
  hardcodedPiiCheck,
  ...SECURITY_CHECKS,
  ...RELIABILITY_CHECKS,
  ...FINOPS_CHECKS,
  ...ARCHITECTURE_CHECKS,
  ...POLICY_CHECKS,
  ...UX_CHECKS,
  renamedRuleIdCheck,
];

/**
 * Rules an agent's manifests or its cockpit.yaml decide, not the text of one file: the audit evaluates them once
 * per agent (audit/dependency-findings.ts; the lock check in audit/audit-agent.ts; suppression-diagnostics.ts).
 */
const AGENT_RULES: readonly RuleMeta[] = [LOCKED_SETTING_RULE, INVALID_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE, ...DEPENDENCY_RULES];

/** Every rule, file checks first, in the order SARIF `rules[]` and docs/RULES.md list them. */
export const RULES: readonly RuleMeta[] = [...CHECKS.flatMap((check) => check.rules), ...AGENT_RULES];

const rulesById = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule an id names: its current id, or a former one (rules/renamed-ids.ts). */
export function ruleById(id: string): RuleMeta | undefined {
  return rulesById.get(currentRuleId(id));
}
