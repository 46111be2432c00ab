import { redactPii } from '../../pii/redact.js';
import { scanShippedPii } from '../../pii/scan.js';
import type { PiiKind } from '../../pii/types.js';
import { sha256Hex } from '../../util/hash.js';
import type { Check, RuleMeta } from '../types.js';

interface PiiRuleText {
  title: string;
  noun: string;
  description: string;
  tags: readonly string[];
}

const PII_RULES: Record<PiiKind, PiiRuleText> = {
  'credit-card': {
    title: 'Hardcoded payment card number',
    noun: 'Payment card number',
    description: 'A Luhn-valid card number with a real issuer prefix is written into code, a prompt or config that ships. Card data in source breaks PCI DSS scope and can be echoed back by the model.',
    tags: ['CWE-359', 'CWE-312'],
  },
  'us-ssn': {
    title: 'Hardcoded US Social Security number',
    noun: 'US Social Security number',
    description: 'A well-formed US Social Security number is written into code, a prompt or config that ships. It identifies a person and is a key to identity fraud.',
    tags: ['CWE-359'],
  },
  iban: {
    title: 'Hardcoded IBAN',
    noun: 'IBAN',
    description: 'A checksum-valid International Bank Account Number is written into code, a prompt or config that ships. The bank details of a person are personal data under GDPR.',
    tags: ['CWE-359'],
  },
  'phone-number': {
    title: 'Hardcoded personal phone number',
    noun: 'Personal phone number',
    description: 'A phone number next to personal context (customer, patient, contact) is written into code, a prompt or config that ships; a model that sees it in its prompt can repeat it to any user. Helplines, offices and toll-free numbers belong to organisations and stay silent.',
    tags: ['CWE-359'],
  },
  'personal-email': {
    title: 'Hardcoded personal email address',
    noun: 'Personal email address',
    description: 'A personal email address (a consumer mail provider, or personal context nearby) is written into code, a prompt or config that ships; a model that sees it in its prompt can repeat it to any user.',
    tags: ['CWE-359'],
  },
};

const REMEDIATION =
  'Remove the personal data from source and prompts. Load real records at runtime from the system that owns them, ' +
  'pass the model only the fields it needs (redacted or tokenised), and use clearly fake values (example.com, published test card numbers) in fixtures.';

function piiRuleId(kind: PiiKind): string {
  return `pii/${kind}`;
}

const KINDS = Object.keys(PII_RULES) as PiiKind[];

export const hardcodedPiiCheck: Check = {
  rules: KINDS.map(
    (kind): RuleMeta => ({
      id: piiRuleId(kind),
      title: PII_RULES[kind].title,
      description: PII_RULES[kind].description,
      persona: 'secops',
      category: 'pii',
      severity: 'error',
      fixability: 'structural',
      tags: ['security', 'privacy', ...PII_RULES[kind].tags, 'LLM02:2025'],
      remediation: REMEDIATION,
      precision: kind === 'phone-number' || kind === 'personal-email' ? 'medium' : 'high',
      securitySeverity: 7.5,
    }),
  ),
  run(context) {
    const { file } = context;
    // Only personal data that ships blocks: docs, recordings and sample data sets stay silent (src/pii/location.ts).
    for (const match of scanShippedPii(file.text, file.path, context.codeKind)) {
      const redacted = redactPii(match.kind, match.value);
      context.report({
        ruleId: piiRuleId(match.kind),
        start: match.start,
        end: match.end,
        message: `${PII_RULES[match.kind].noun} hardcoded: ${redacted}`,
        fingerprintContent: sha256Hex(match.value),
        sensitive: { start: match.start, end: match.end, replacement: redacted },
      });
    }
  },
};
