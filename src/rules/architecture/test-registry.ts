import type { RuleMeta } from '../types.js';

/**
 * Test-only: until these folders are wired into src/rules/index.ts, the audit path does not know
 * their rule ids. Each test file mocks ../index.js through this so `ruleById` also finds them; once
 * they are registered the original lookup answers first and this is a no-op.
 */
export async function withOwnRules<T extends { ruleById(id: string): RuleMeta | undefined }>(actual: T): Promise<T> {
  const [{ FINOPS_CHECKS }, { ARCHITECTURE_CHECKS }, { GOVERNANCE_CHECKS }, { UX_CHECKS }] = await Promise.all([
    import('../finops/index.js'),
    import('./index.js'),
    import('../governance/index.js'),
    import('../ux/index.js'),
  ]);
  const own = new Map(
    [...FINOPS_CHECKS, ...ARCHITECTURE_CHECKS, ...GOVERNANCE_CHECKS, ...UX_CHECKS].flatMap((check) => check.rules).map((rule) => [rule.id, rule]),
  );
  return { ...actual, ruleById: (id: string) => actual.ruleById(id) ?? own.get(id) };
}
