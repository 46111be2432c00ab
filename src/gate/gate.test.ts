import { describe, expect, it } from 'vitest';
import { combineExitCodes, verdictFor, verdictRank, type Verdict } from './gate.js';

describe('the exit-code precedence', () => {
  it('combines codes worst first: 1 beats 3 beats 2 beats 0', () => {
    expect(combineExitCodes([])).toBe(0);
    expect(combineExitCodes([0, 0])).toBe(0);
    expect(combineExitCodes([0, 2])).toBe(2);
    expect(combineExitCodes([2, 3, 0])).toBe(3);
    expect(combineExitCodes([3, 1, 2])).toBe(1);
  });

  it('ranks verdicts in the same order; the fleet store keeps these numbers in verdict_rank', () => {
    const ranks: Record<Verdict, number> = { 'security-block': 0, failed: 1, 'policy-block': 2, pass: 3 };
    for (const [verdict, rank] of Object.entries(ranks)) expect(verdictRank(verdict as Verdict)).toBe(rank);
  });

  it('names each exit code', () => {
    expect([0, 1, 2, 3].map((code) => verdictFor(code as 0 | 1 | 2 | 3))).toEqual(['pass', 'security-block', 'policy-block', 'failed']);
  });
});
