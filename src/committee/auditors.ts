import type { Finding } from '../findings/model.js';


/** The cockpit's own engines, each an auditor of the committee. */
export const ENGINE_AUDITORS = ['cockpit-secrets', 'cockpit-pii', 'cockpit-security', 'cockpit-dependencies', 'cockpit-rules'] as const;
type EngineAuditor = (typeof ENGINE_AUDITORS)[number];

/** Prefix of the rule ids given to external findings: `external/<tool>/<rule>`. */
export const EXTERNAL_PREFIX = 'external/';

/**
 * Which engine raised a cockpit finding, from its category and rule id: the secret scanner, the PII
 * scanner, the security (taint) rules, the dependency checks, or the structural rules.
 */
export function engineAuditor(finding: Pick<Finding, 'ruleId' | 'category'>): EngineAuditor {
  if (finding.category === 'secret') return 'cockpit-secrets';
  if (finding.category === 'pii') return 'cockpit-pii';
  if (finding.category === 'dependency' || finding.ruleId.startsWith('deps/')) return 'cockpit-dependencies';
  if (finding.category === 'security') return 'cockpit-security';
  return 'cockpit-rules';
}

/**
 * A scanner's rule id made short and path-safe for `external/<tool>/<rule>`: secretlint writes
 * `@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-slack`, which becomes `slack`.
 */
export function shortRuleId(ruleId: string): string {
  const last = ruleId.split('>').at(-1)!.trim();
  const bare = last.replace(/^@secretlint\/secretlint-rule-/, '');
  return bare.replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'unknown';
}
