import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../rules/index.js';
import { closeRuleMatches, explainRule } from './rules.js';

describe('closeRuleMatches', () => {
  it('finds the rule a typo, a missing family or a bare slug meant', () => {
    expect(closeRuleMatches('secret/openai-projekt-key', RULES)[0]).toBe('secret/openai-project-key');
    expect(closeRuleMatches('openai-project-key', RULES)[0]).toBe('secret/openai-project-key');
    expect(closeRuleMatches('SECRET/OPENAI-PROJECT-KEY', RULES)[0]).toBe('secret/openai-project-key');
    expect(closeRuleMatches('timeout', RULES).every((id) => id.includes('timeout'))).toBe(true);
    expect(closeRuleMatches('timeout', RULES).length).toBeGreaterThan(1);
  });

  it('suggests nothing for an id unlike any rule, and at most the limit', () => {
    expect(closeRuleMatches('zzzzzzzzzzzzzzzzzzzz', RULES)).toEqual([]);
    expect(closeRuleMatches('', RULES)).toEqual([]);
    expect(closeRuleMatches('key', RULES, 3)).toHaveLength(3);
  });
});

describe('explainRule', () => {
  it('carries the metadata and the Markdown docs/RULES.md shows', () => {
    const rule = ruleById('secret/openai-project-key')!;
    const explained = explainRule(rule);
    expect(explained).toMatchObject({ id: rule.id, persona: 'secops', severity: 'error', remediation: rule.remediation });
    expect(explained.docs).toContain(`*Remediation:* ${rule.remediation}`);
  });
});
