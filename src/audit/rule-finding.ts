import type { Finding, Fixability, Region, Severity } from '../findings/model.js';
import type { RuleMeta } from '../rules/types.js';
import type { Suppression } from './suppressions.js';

/** Where and what a finding says; everything else comes from its rule. */
export interface FindingFacts {
  message: string;
  file: string;
  region: Region;
  fingerprint: string;
  /** The policy's level for the rule (default: the rule's severity). */
  severity?: Severity;
  fixability?: Fixability;
  snippet?: string;
  fix?: string;
  suppression?: Suppression;
}

/** A finding of `rule`: the one place rule metadata (title, category, persona, remediation, tags) is copied in. */
export function ruleFinding(rule: RuleMeta, facts: FindingFacts): Finding {
  return {
    ruleId: rule.id,
    title: rule.title,
    message: facts.message,
    file: facts.file,
    region: facts.region,
    severity: facts.severity ?? rule.severity,
    category: rule.category,
    persona: rule.persona,
    fixability: facts.fixability ?? rule.fixability,
    remediation: rule.remediation,
    fingerprint: facts.fingerprint,
    ...(facts.snippet !== undefined ? { snippet: facts.snippet } : {}),
    tags: [...rule.tags],
    ...(facts.fix !== undefined ? { fix: facts.fix } : {}),
    ...(facts.suppression ? { suppression: { kind: 'inline' as const, reason: facts.suppression.reason } } : {}),
  };
}
