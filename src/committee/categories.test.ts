import { describe, expect, it } from 'vitest';
import { shortRuleId } from './auditors.js';
import { externalCategory } from './categories.js';
import { quorumFor } from './quorum.js';

describe('externalCategory', () => {
  it.each([
    ['secretlint', '@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-aws', [], 'secret'],
    ['gitleaks', 'generic-api-key', [], 'secret'],
    ['bandit', 'B105', [], 'secret'],
    ['bandit', 'B113', [], 'reliability'],
    ['bandit', 'B608', [], 'security'],
    ['Semgrep OSS', 'python.lang.security.audit.formatted-sql-query.formatted-sql-query', ['CWE-89: Improper Neutralization of Special Elements used in an SQL Command', 'OWASP-A03:2021'], 'security'],
    ['Semgrep OSS', 'generic.secrets.security.detected-aws-access-key-id-value.detected-aws-access-key-id-value', [], 'secret'],
    ['CodeQL', 'py/hardcoded-credentials', ['security', 'external/cwe/cwe-259', 'external/cwe/cwe-321', 'external/cwe/cwe-798'], 'secret'],
    // Cleartext logging (CWE-312) is no hardcoded secret: only the `security` tag speaks.
    ['CodeQL', 'py/clear-text-logging-sensitive-data', ['security', 'external/cwe/cwe-312'], 'security'],
    ['CodeQL', 'py/full-ssrf', ['security', 'external/cwe/cwe-918'], 'security'],
    ['Trivy', 'CVE-2024-3651', [], 'dependency'],
    ['osv-scanner', 'GHSA-jfmj-5v4g-7637', [], 'dependency'],
    ['policy-bot', 'PB-12', ['policy'], 'policy'],
  ])('%s %s → %s', (tool, ruleId, tags, category) => {
    expect(externalCategory({ tool, ruleId, tags })).toMatchObject({ category, mapped: true });
  });

  it('leaves a rule nothing names unmapped, so it never merges with a cockpit finding', () => {
    expect(externalCategory({ tool: 'eslint', ruleId: 'no-unused-vars', tags: [] })).toEqual({ category: 'security', mapped: false, cwes: [] });
    // bandit's assert check has no cockpit counterpart.
    expect(externalCategory({ tool: 'bandit', ruleId: 'B101', tags: [] }).mapped).toBe(false);
  });

  it('keeps the CWE ids it read, normalised', () => {
    expect(externalCategory({ tool: 'CodeQL', ruleId: 'x', tags: ['external/cwe/cwe-089', 'CWE-89'] }).cwes).toEqual(['CWE-89']);
  });
});

describe('shortRuleId and quorumFor', () => {
  it('shortens secretlint preset ids and keeps other ids path-safe', () => {
    expect(shortRuleId('@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-slack')).toBe('slack');
    expect(shortRuleId('B608')).toBe('B608');
    expect(shortRuleId('py/sql injection')).toBe('py/sql-injection');
  });

  it('looks the quorum up by external, category, severity, default', () => {
    const quorum = { external: 3, policy: 2, warning: 4, default: 5 };
    expect(quorumFor(quorum, 'secret', 'error', true)).toBe(3);
    expect(quorumFor(quorum, 'policy', 'warning')).toBe(2);
    expect(quorumFor(quorum, 'finops', 'warning')).toBe(4);
    expect(quorumFor(quorum, 'finops', 'note')).toBe(5);
    expect(quorumFor({}, 'secret', 'error', true)).toBe(1);
  });
});
