import { hardcodedPiiCheck } from './secops/hardcoded-pii.js';
import { hardcodedSecretCheck } from './secops/hardcoded-secret.js';
import { lockedSettingCheck } from './policy/locked-setting.js';
import { dependencyRulesCheck } from './deps/rules.js';
import { ARCHITECTURE_CHECKS } from './architecture/index.js';
import { FINOPS_CHECKS } from './finops/index.js';
import { GOVERNANCE_CHECKS } from './governance/index.js';
import { RELIABILITY_CHECKS } from './reliability/index.js';
import { SECURITY_CHECKS } from './security/index.js';
import { UX_CHECKS } from './ux/index.js';
import type { Check, RuleMeta } from './types.js';

/** Every check the audit runs, in a fixed order so reports are deterministic. */
export const CHECKS: readonly Check[] = [
  hardcodedSecretCheck,
  hardcodedPiiCheck,
  ...SECURITY_CHECKS,
  ...RELIABILITY_CHECKS,
  ...FINOPS_CHECKS,
  ...ARCHITECTURE_CHECKS,
  ...GOVERNANCE_CHECKS,
  ...UX_CHECKS,
  lockedSettingCheck,
  dependencyRulesCheck,
];

export const RULES: readonly RuleMeta[] = CHECKS.flatMap((check) => check.rules);

const rulesById = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return rulesById.get(id);
}
