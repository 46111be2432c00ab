import { describe, expect, it } from 'vitest';
import { hardcodedPiiCheck } from '../rules/pii/hardcoded-pii.js';
import { findingsFor } from '../rules/testing/rule-tester.js';
import { piiLocation, type PiiLocation } from './location.js';

describe('piiLocation', () => {
  it.each<[string, PiiLocation]>([
    // Code, prompts and config the agent runs with.
    ['agent/prompts.py', 'ships'],
    ['src/agent.ts', 'ships'],
    ['src/crew/config/agents.yaml', 'ships'],
    ['config/kyc.yaml', 'ships'],
    ['config/vip_customers.json', 'ships'],
    ['.env', 'ships'],
    ['notes.txt', 'ships'],
    ['seed/customers.csv', 'ships'],
    ['agent/prompts/system.md', 'ships'],
    ['agent/instructions.md', 'ships'],
    ['prompt.md', 'ships'],
    ['skills/refunds/SKILL.md', 'ships'],
    ['AGENTS.md', 'ships'],
    ['examples/support_agent/agent.py', 'ships'],
    ['samples/sample_agent.py', 'ships'],
    ['research/analysis.ipynb', 'ships'],
    ['data/loader.py', 'ships'],
    ['counterexample.json', 'ships'],
    // Test code: only structured, unmarked values report.
    ['tests/test_refunds.py', 'test-code'],
    ['tests/data/refunds.py', 'test-code'],
    ['src/billing.spec.ts', 'test-code'],
    ['conftest.py', 'test-code'],
    ['billing_test.py', 'test-code'],
    // Read by people, never run.
    ['README.md', 'reference'],
    ['agent/README.md', 'reference'],
    ['CHANGELOG.md', 'reference'],
    ['docs/guide/setup.md', 'reference'],
    ['docs/snippets/agent.py', 'reference'],
    ['guide.rst', 'reference'],
    ['travel/notes.md', 'reference'],
    ['tests/post_booking_sample.md', 'reference'],
    ['tests/fixtures/customers.json', 'reference'],
    ['tests/cassettes/test_booking.yaml', 'reference'],
    ['tests/conversation.jsonl', 'reference'],
    ['tests/prompts/system.md', 'reference'],
    ['concierge/booking_transcript.json', 'reference'],
    ['agent/example_output.txt', 'reference'],
    ['eval/golden.json', 'reference'],
    ['data/contacts.csv', 'ships'],
    ['agent/data/customers.json', 'ships'],
    ['datasets/leads.jsonl', 'ships'],
    ['agent/samples/customers.json', 'reference'],
    ['sample_data/users.tsv', 'reference'],
  ])('%s → %s', (path, location) => {
    expect(piiLocation(path)).toBe(location);
  });
});

describe('pii rules follow the location', () => {
  const PROMPT = 'SYSTEM = "The customer Dana Whitfield, SSN 536-22-8041, mobile +44 7911 482937, wants a refund."\n';

  it('fires in a shipped prompt', async () => {
    const findings = await findingsFor(hardcodedPiiCheck, 'agent/prompts.py', PROMPT);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['pii/us-ssn error', 'pii/phone-number error']);
  });

  it('stays silent on the same text in docs and recordings', async () => {
    for (const path of ['README.md', 'docs/prompts.py', 'tests/refund_transcript.json', 'samples/refunds.json']) {
      expect(await findingsFor(hardcodedPiiCheck, path, PROMPT), path).toEqual([]);
    }
  });

  it('keeps only the structured value in test code', async () => {
    const findings = await findingsFor(hardcodedPiiCheck, 'tests/test_refunds.py', PROMPT);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['pii/us-ssn']);
  });
});
