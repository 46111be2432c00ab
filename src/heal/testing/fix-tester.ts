import { expect, it } from 'vitest';
import { auditSource } from '../../audit/audit-agent.js';
import type { PlannedFix } from '../types.js';
import type { Check } from '../../rules/types.js';
import { sourceFile } from '../../rules/testing/rule-tester.js';
import { parseSource } from '../../source/parse.js';
import { planFile } from '../plan.js';

/**
 * The contract of every one-click fix, as a table: healing `code` gives exactly `output`, the result
 * parses, the rule no longer fires on it, and healing the result again changes nothing.
 */
export interface FixCase {
  name: string;
  filename: string;
  code: string;
  output: string;
}

async function healOnce(check: Check, ruleId: string, filename: string, code: string): Promise<{ text: string; fixes: number; remaining: number }> {
  const file = sourceFile(filename, code);
  const fixes: PlannedFix[] = [];
  const findings = await auditSource(file, [check], filename, undefined, fixes);
  const own = fixes.filter((fix) => fix.ruleId === ruleId);
  const plan = planFile(code, own.map((entry) => entry.fix), file.language);
  return { text: plan.updated, fixes: own.length, remaining: findings.filter((finding) => finding.ruleId === ruleId).length };
}

export function fixTester(check: Check, ruleId: string, cases: readonly FixCase[]): void {
  for (const testCase of cases) {
    it(`heals: ${testCase.name}`, async () => {
      const first = await healOnce(check, ruleId, testCase.filename, testCase.code);
      expect(first.fixes).toBeGreaterThan(0);
      expect(first.text).toBe(testCase.output);
      const language = sourceFile(testCase.filename, '').language;
      const tree = await parseSource(language, testCase.filename, first.text);
      expect(tree?.rootNode.hasError ?? false).toBe(false);
      const second = await healOnce(check, ruleId, testCase.filename, first.text);
      expect(second.remaining).toBe(0);
      expect(second.text).toBe(first.text);
    });
  }
}
