import { hardcodedPiiCheck } from './secops/hardcoded-pii.js';
import { hardcodedSecretCheck } from './secops/hardcoded-secret.js';
import { lockedSettingCheck } from './policy/locked-setting.js';
import type { Check, RuleMeta } from './types.js';

/** Every check the audit runs, in a fixed order so reports are deterministic. */
export const CHECKS: readonly Check[] = [hardcodedSecretCheck, hardcodedPiiCheck, lockedSettingCheck];

export const RULES: readonly RuleMeta[] = CHECKS.flatMap((check) => check.rules);

const rulesById = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return rulesById.get(id);
}
