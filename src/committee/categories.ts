import { CATEGORIES } from '../findings/kinds.js';
import type { Category, Persona } from '../findings/model.js';

const CATEGORY_NAMES: readonly Category[] = CATEGORIES;

/**
 * Which cockpit category an external scanner's result belongs to, so it can be matched with the cockpit's
 * own finding about the same problem. Precision first: a result is mapped only from facts the scanner
 * states (its tool, its rule id, its CWE or tags); anything else stays unmapped and never merges.
 */

/** Scanners that look for nothing but credentials: every result is a secret. */
const SECRET_SCANNERS = new Set([
  // secretlint: https://github.com/secretlint/secretlint (rules: @secretlint/secretlint-rule-*)
  'secretlint',
  // gitleaks: https://github.com/gitleaks/gitleaks (rule ids such as generic-api-key, aws-access-token)
  'gitleaks',
  'betterleaks',
  'trufflehog',
  'detect-secrets',
  'ggshield',
]);

/**
 * Bandit test ids (https://bandit.readthedocs.io/en/latest/plugins/index.html); only those with a
 * clear cockpit counterpart. B105–B107 hardcoded passwords; B113 request without timeout; the rest
 * injection, deserialisation and debug-mode tests.
 */
const BANDIT: Readonly<Record<string, Category>> = {
  B105: 'secret',
  B106: 'secret',
  B107: 'secret',
  B113: 'reliability',
  B102: 'security',
  B201: 'security',
  B301: 'security',
  B307: 'security',
  B501: 'security',
  B506: 'security',
  B602: 'security',
  B604: 'security',
  B605: 'security',
  B608: 'security',
  B610: 'security',
  B611: 'security',
};

/** CWE ids (https://cwe.mitre.org) with a cockpit category. */
const CWE: Readonly<Record<number, Category>> = {
  // Hard-coded credentials, password, cryptographic key (not CWE-312, cleartext storage: CodeQL tags logging with it).
  798: 'secret',
  259: 'secret',
  321: 'secret',
  // Exposure of private personal information.
  359: 'pii',
  // Injection (SQL, OS command, command, code, eval), path traversal, deserialisation, SSRF, XSS, XXE, TLS checks.
  89: 'security',
  78: 'security',
  77: 'security',
  94: 'security',
  95: 'security',
  22: 'security',
  502: 'security',
  918: 'security',
  79: 'security',
  611: 'security',
  295: 'security',
  // Uncontrolled resource consumption; a remote resource used without a timeout.
  400: 'reliability',
  1088: 'reliability',
  // Unmaintained third-party components; known-vulnerable components.
  1104: 'dependency',
  1395: 'dependency',
  937: 'dependency',
  1035: 'dependency',
};

/** `CWE-798`, `CWE-798: Use of Hard-coded Credentials` (semgrep), `external/cwe/cwe-798` (CodeQL). */
const CWE_TAG = /\bcwe[-/]0*(\d{1,5})\b/i;

interface ExternalRuleFacts {
  tool: string;
  /** The scanner's rule id as it wrote it. */
  ruleId: string;
  /** SARIF `properties.tags` of the result and of its rule. */
  tags: readonly string[];
}

interface CategoryChoice {
  category: Category;
  /** False: nothing the scanner said names a category; the result stands alone and never merges. */
  mapped: boolean;
  /** The CWE ids the scanner named, as `CWE-n`. */
  cwes: string[];
}

function cweTags(tags: readonly string[]): string[] {
  const ids = tags.map((tag) => CWE_TAG.exec(tag)?.[1]).filter((id): id is string => id !== undefined);
  return [...new Set(ids.map((id) => `CWE-${Number(id)}`))];
}

export function externalCategory(facts: ExternalRuleFacts): CategoryChoice {
  const cwes = cweTags(facts.tags);
  const tool = facts.tool.toLowerCase();
  const choose = (category: Category): CategoryChoice => ({ category, mapped: true, cwes });
  if (SECRET_SCANNERS.has(tool)) return choose('secret');
  if (tool === 'bandit') {
    const category = BANDIT[facts.ruleId.toUpperCase()];
    if (category) return choose(category);
  }
  if (/^(?:CVE-\d{4}-\d+|GHSA(?:-[0-9a-z]{4}){3})$/i.test(facts.ruleId)) return choose('dependency');
  // semgrep's registry files its secret rules under `*.secrets.*` (e.g. generic.secrets.security.detected-aws-access-key-id-value).
  if (/(?:^|\.)secrets?\./i.test(facts.ruleId)) return choose('secret');
  for (const cwe of cwes) {
    const category = CWE[Number(cwe.slice(4))];
    if (category) return choose(category);
  }
  const words = new Set(facts.tags.map((tag) => tag.toLowerCase()));
  // A tag that is a cockpit category's own name says it outright (`policy`, `reliability`, `finops`...).
  const named = CATEGORY_NAMES.find((category) => words.has(category));
  if (named) return choose(named);
  if (words.has('secret') || words.has('secrets') || words.has('credentials')) return choose('secret');
  if (words.has('pii') || words.has('privacy')) return choose('pii');
  if (words.has('security')) return choose('security');
  return { category: 'security', mapped: false, cwes };
}

const PERSONA_OF: Readonly<Record<Category, Persona>> = {
  secret: 'secops',
  pii: 'secops',
  security: 'secops',
  dependency: 'secops',
  reliability: 'sre',
  architecture: 'architecture',
  policy: 'governance',
  finops: 'finops',
  ux: 'ux',
};

export function personaFor(category: Category): Persona {
  return PERSONA_OF[category];
}
