import type { Check, RuleMeta } from '../types.js';

/**
 * The audit path looks rules up in the global registry (`src/rules/index.ts`), which another engineer
 * owns and which may not list this folder yet. Tests stand in a registry made of this folder's checks
 * (without loading the real one, so unrelated work in progress cannot break them):
 *
 *   vi.mock('../index.js', async () => (await import('./test-support.js')).reliabilityRegistry());
 */
export async function reliabilityRegistry(): Promise<{ CHECKS: readonly Check[]; RULES: readonly RuleMeta[]; ruleById(id: string): RuleMeta | undefined }> {
  const { RELIABILITY_CHECKS } = await import('./index.js');
  const rules = RELIABILITY_CHECKS.flatMap((check) => check.rules);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return { CHECKS: RELIABILITY_CHECKS, RULES: rules, ruleById: (id) => byId.get(id) };
}
