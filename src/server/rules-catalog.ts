import { ruleExplanation } from '../rules/docs.js';
import type { RuleMeta } from '../rules/types.js';
import type { RuleDoc } from './api-schemas.js';

/** The rules catalog as the dashboard shows it: metadata plus the same prose docs/RULES.md gives. */
export function ruleCatalog(rules: readonly RuleMeta[]): RuleDoc[] {
  return rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    category: rule.category,
    persona: rule.persona,
    severity: rule.severity,
    fixability: rule.fixability,
    precision: rule.precision,
    description: rule.description,
    remediation: rule.remediation,
    tags: [...rule.tags],
    frameworks: [...(rule.frameworks ?? [])],
    ...(rule.securitySeverity !== undefined ? { securitySeverity: rule.securitySeverity } : {}),
    ...(rule.docs ? { docsUrl: rule.docs } : {}),
    docs: ruleExplanation(rule, { persona: true }).join('\n'),
  }));
}
