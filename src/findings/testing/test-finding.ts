import type { Finding } from '../model.js';

/**
 * A finding for tests that build reports, records or views: a warning that an HTTP call at agent.py:6:12
 * has no timeout. `overrides` sets what a test looks at (fingerprint, severity, rule, file, region).
 */
export function testFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'reliability/http-call-no-timeout',
    title: 'HTTP call without a timeout',
    message: 'requests.get(...) has no timeout=.',
    file: 'agent.py',
    region: { startLine: 6, startColumn: 12, endLine: 6, endColumn: 30 },
    severity: 'warning',
    category: 'reliability',
    persona: 'sre',
    fixability: 'one-click',
    remediation: 'Pass `timeout=`.',
    fingerprint: 'f'.repeat(32),
    tags: [],
    ...overrides,
  };
}
