import { describe, expect, it } from 'vitest';
import { CodeKinds, DEFAULT_CODE_KINDS, isTestCodePath } from './code-kind.js';

describe('code kinds', () => {
  it.each([
    ['tests/test_agent.py', 'test'],
    ['pkg/tests/unit/helpers.py', 'test'],
    ['test_tools.py', 'test'],
    ['agent_test.py', 'test'],
    ['conftest.py', 'test'],
    ['src/agent.test.ts', 'test'],
    ['src/__tests__/agent.ts', 'test'],
    ['web/agent.spec.tsx', 'test'],
    ['integration_tests/openai/run.py', 'test'],
    ['travel/eval/test_eval.py', 'test'],
    ['tests/fixtures/run_state/state.json', 'fixture'],
    ['tests/cassettes/openai.yaml', 'fixture'],
    ['src/__snapshots__/report.test.ts.snap', 'fixture'],
    ['testdata/keys.txt', 'fixture'],
    ['vendor/lib/client.py', 'vendored'],
    ['third_party/sdk/index.ts', 'vendored'],
    ['docs/setup.md', 'docs'],
    ['README.md', 'docs'],
    ['examples/basic/hello.py', 'example'],
    ['samples/crew/main.py', 'example'],
    ['agents/planner/agent.py', 'production'],
    ['src/latest.py', 'production'],
    ['requirements.txt', 'production'],
    ['contest/entry.py', 'production'],
    ['attestation/sign.py', 'production'],
  ])('%s is %s', (path, kind) => {
    expect(DEFAULT_CODE_KINDS.kindOf(path)).toBe(kind);
  });

  it('cockpit.yaml patterns add test paths and keep named production paths out of every convention', () => {
    const kinds = new CodeKinds({ testPaths: ['qa/', '**/*_scenarios.py'], productionPaths: ['src/testing/'], rules: 'secrets-and-pii' });
    expect(kinds.kindOf('qa/run.py')).toBe('test');
    expect(kinds.kindOf('bots/refund_scenarios.py')).toBe('test');
    expect(kinds.kindOf('src/testing/harness.py')).toBe('production');
    expect(DEFAULT_CODE_KINDS.kindOf('src/testing/harness.py')).toBe('test');
  });

  it('test folders and test code', () => {
    expect(DEFAULT_CODE_KINDS.isTestFolder('tests')).toBe(true);
    expect(DEFAULT_CODE_KINDS.isTestFolder('pkg/tests/fixtures')).toBe(true);
    expect(DEFAULT_CODE_KINDS.isTestFolder('.')).toBe(false);
    expect(DEFAULT_CODE_KINDS.isTestFolder('agents/support')).toBe(false);
    expect(isTestCodePath('tests/data/users.csv')).toBe(true);
    expect(isTestCodePath('examples/basic/hello.py')).toBe(false);
  });
});

describe('isTestCodePath', () => {
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
    expect(isTestCodePath(path)).toBe(true);
  });

  it.each(['agent/prompts.py', 'src/contest.ts', 'latest/agent.py', 'attestation/sign.py', 'protest.md', 'src/testing_utils_readme.md'])(
    '%s is not',
    (path) => {
      expect(isTestCodePath(path)).toBe(false);
    },
  );
});
