import { describe, expect, it } from 'vitest';
import { auditSource } from '../audit/audit-agent.js';
import { hardcodedPiiCheck } from '../rules/pii/hardcoded-pii.js';
import { sourceFile } from '../rules/testing/rule-tester.js';
import { redactPii } from './redact.js';
import { scanPii } from './scan.js';
import type { PiiKind } from './types.js';

describe('redactPii', () => {
  it.each<[PiiKind, string, string]>([
    ['credit-card', '4929 3813 3266 4295', '4929…4295 (16 digits)'],
    ['credit-card', '5425-7581-1181-0197', '5425…0197 (16 digits)'],
    ['credit-card', '3782 259794 82533', '3782…2533 (15 digits)'],
    ['us-ssn', '536-22-8041', '***-**-8041'],
    ['us-ssn', '536228041', '***-**-8041'],
    ['iban', 'DE41 6349 3923 6044 7762 87', 'DE…(22 chars)'],
    ['iban', 'NL86RABO1679055606', 'NL…(18 chars)'],
    ['phone-number', '+1 415 555 2671', '+1 415 …(12 chars)'],
    ['phone-number', '(415) 555-2671', '(415) …(10 chars)'],
    ['phone-number', '415-555-2671', '415 …(10 chars)'],
    ['phone-number', '+44 20 7946 0958', '+44 20 …(13 chars)'],
    ['personal-email', 'john.smith1987@gmail.com', 'j…@gmail.com'],
    ['personal-email', 'a7@qq.com', 'a…@qq.com'],
  ])('%s %s → %s', (kind, value, redacted) => {
    expect(redactPii(kind, value)).toBe(redacted);
  });
});

/** A file with one of everything, in the formats the detectors accept. */
const EVERYTHING = [
  'SYSTEM_PROMPT = f"""The customer John Smith, SSN 536-22-8041, card 4929 3813 3266 4295, email john.smith1987@gmail.com."""',
  'BACKUP_CARD = "5425-7581-1181-0197"  # customer card',
  'AMEX = "378225979482533"',
  'customer_ssn = "401938877"',
  'PAYOUT = {"holder": "Lena Fischer", "iban": "DE41 6349 3923 6044 7762 87", "iban_2": "NL86RABO1679055606"}',
  'CONTACT = {"phone": "+1 415 555 2671", "cell": "(312) 847-1953", "mobile": "+44 7911 482 937"}',
  'NOTE = "patient email t.nguyen@northwind-health.org; personal a7@qq.com"',
].join('\n');

/** Every way the raw value could leak: as written, without separators, and the email's local part. */
function leakForms(value: string): string[] {
  const forms = [value, value.replace(/[\s-]/g, '')];
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 7) forms.push(digits, digits.slice(4, -4));
  const at = value.indexOf('@');
  if (at > 1) forms.push(value.slice(0, at));
  return forms.filter((form) => form.length >= 4);
}

describe('no raw value in any output', () => {
  const matches = scanPii(EVERYTHING, 'agent/prompts.py');

  it('finds every planted value', () => {
    expect(matches.map((m) => m.kind)).toEqual([
      'us-ssn', 'credit-card', 'personal-email', 'credit-card', 'credit-card', 'us-ssn', 'iban', 'iban',
      'phone-number', 'phone-number', 'phone-number', 'personal-email', 'personal-email',
    ]);
  });

  it('redactPii never contains the value in any form', () => {
    for (const match of matches) {
      const redacted = redactPii(match.kind, match.value);
      for (const form of leakForms(match.value)) expect(redacted, `${match.kind} ${redacted}`).not.toContain(form);
    }
  });

  it('findings from the PII rule (message, snippet, fingerprint) never contain the value', async () => {
    const findings = await auditSource(sourceFile('agent/prompts.py', EVERYTHING), [hardcodedPiiCheck], 'agent/prompts.py');
    expect(findings).toHaveLength(matches.length);
    const serialised = JSON.stringify(findings);
    for (const match of matches) {
      for (const form of leakForms(match.value)) expect(serialised, `${match.kind} leaked`).not.toContain(form);
    }
  });
});
