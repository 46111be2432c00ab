import type * as RulesIndex from '../../index.js';
import { SECURITY_CHECKS } from '../index.js';

/**
 * Test-only: the audit path looks rules up in the global registry (src/rules/index.ts), which this
 * folder does not own. Tests mock that module with this wrapper so the security rules resolve whether
 * or not they are registered yet; once they are, the original lookup answers first.
 */
export function withSecurityRules(original: typeof RulesIndex): typeof RulesIndex {
  const extra = new Map(SECURITY_CHECKS.flatMap((check) => check.rules).map((rule) => [rule.id, rule]));
  return { ...original, ruleById: (id: string) => original.ruleById(id) ?? extra.get(id) };
}
