import { describe, expect, it } from 'vitest';
import { ruleById } from '../rules/index.js';
import { EXAMPLE_RULE_ID, EXAMPLE_SECRET_RULE_ID, ExplainRuleInput, ListFindingsInput } from './schemas.js';

describe('input schema examples', () => {
  it('name rules that exist, taken from the registry', () => {
    expect(ruleById(EXAMPLE_RULE_ID)?.id).toBe(EXAMPLE_RULE_ID);
    expect(ruleById(EXAMPLE_SECRET_RULE_ID)?.category).toBe('secret');
    expect(ExplainRuleInput.ruleId.description).toContain(`\`${EXAMPLE_RULE_ID}\``);
    expect(ListFindingsInput.rule.description).toContain(`\`${EXAMPLE_SECRET_RULE_ID}\``);
  });
});
