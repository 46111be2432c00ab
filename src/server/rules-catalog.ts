import { ruleDocument } from '../report/rule-docs.js';
import type { RuleMeta } from '../rules/types.js';
import type { RuleDoc } from './api-schemas.js';

/** The rules catalog as the dashboard shows it: metadata plus the same prose docs/RULES.md gives. */
export function ruleCatalog(rules: readonly RuleMeta[]): RuleDoc[] {
  return rules.map(ruleDocument);
}
