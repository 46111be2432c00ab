import { describe, expect, it } from 'vitest';
import { isTestPath, nearFakeMarker } from './test-data.js';

describe('isTestPath', () => {
  it.each([
    'test/test_agent.py',
    'tests/unit/billing.py',
    'src/__tests__/pii.ts',
    'spec/models/customer_spec.rb',
    'fixtures/customers.json',
    'agent/tests/fixtures/records.yaml',
    'billing_test.py',
    'pkg/test_refunds.py',
    'src/refund.test.ts',
    'src/refund.spec.ts',
    'web/form.test.jsx',
    'conftest.py',
    'agents/support/conftest.py',
    'testdata/golden.csv',
  ])('%s is a test file', (path) => {
    expect(isTestPath(path)).toBe(true);
  });

  it.each(['agent/prompts.py', 'src/contest.ts', 'latest/agent.py', 'attestation/sign.py', 'protest.md', 'src/testing_utils_readme.md'])(
    '%s is not',
    (path) => {
      expect(isTestPath(path)).toBe(false);
    },
  );
});

describe('nearFakeMarker', () => {
  const at = (text: string, value: string): boolean => nearFakeMarker(text, text.indexOf(value), text.indexOf(value) + value.length);

  it('sees markers on the value, its line and the line before', () => {
    expect(at('fake_ssn = "536-22-8041"', '536-22-8041')).toBe(true);
    expect(at('# sample customer\ncard = "4929 3813 3266 4295"', '4929 3813 3266 4295')).toBe(true);
    expect(at('email = "jane.doe@gmail.com"', 'jane.doe@gmail.com')).toBe(true);
    expect(at('email = "foo@outlook.com"', 'foo@outlook.com')).toBe(true);
  });

  it('ignores markers further away and words that only contain one', () => {
    expect(at('# mock data below\n\n\nssn = "536-22-8041"', '536-22-8041')).toBe(false);
    expect(at('holder = "Dana Whitfield", ssn = "536-22-8041"  # does not exist in prod', '536-22-8041')).toBe(false);
  });
});
