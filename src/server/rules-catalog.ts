import type { Category } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';
import { ruleDocument } from '../report/rule-docs.js';
import type { RuleMeta } from '../rules/types.js';
import type { RuleDoc, RuleGroup, RuleList } from './api-schemas.js';
import { currentRuleId } from '../rules/renamed-ids.js';

/** The rules catalog as the dashboard shows it: metadata plus the same prose docs/RULES.md gives. */
export function ruleCatalog(rules: readonly RuleMeta[]): RuleDoc[] {
  return rules.map(ruleDocument);
}

/**
 * The catalog's groups in reading order: what agent code gets wrong first, personal data next, and the
 * secret detectors last and folded (about ninety of them, one job: a credential in the code).
 */
const GROUP_ORDER: readonly Category[] = ['security', 'reliability', 'policy', 'finops', 'architecture', 'ux', 'dependency', 'pii', 'secret'];
const COLLAPSED: ReadonlySet<Category> = new Set(['secret']);

function groupRank(category: Category): number {
  const index = GROUP_ORDER.indexOf(category);
  // A category added later sits with the agent rules, before personal data and secrets.
  return index === -1 ? GROUP_ORDER.indexOf('pii') - 0.5 : index;
}

/** Active findings per rule id over the agents' latest records (suppressed findings are not counted). */
export function ruleFindingCounts(records: readonly LakeRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    // Under the rule's id now: findings recorded before a rename count for the rule, as the rule filters find them.
    for (const finding of record.agent.findings) {
      const ruleId = currentRuleId(finding.ruleId);
      counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * GET /api/rules: every rule in the catalog's order with its finding count, and the groups to show them in
 * (by category, the agent rules first; in a group, most findings first, then by id).
 */
export function ruleList(catalog: readonly RuleDoc[], counts: ReadonlyMap<string, number>): RuleList {
  const items = catalog.map((rule) => ({ ...rule, findings: counts.get(rule.id) ?? 0 }));
  const ordered = [...items].sort(
    (a, b) =>
      groupRank(a.category) - groupRank(b.category) ||
      (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
      b.findings - a.findings ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const groups: RuleGroup[] = [];
  for (const item of ordered) {
    let group = groups.at(-1);
    if (group?.category !== item.category) {
      group = { category: item.category, findings: 0, ruleIds: [], collapsed: COLLAPSED.has(item.category) };
      groups.push(group);
    }
    group.findings += item.findings;
    group.ruleIds.push(item.id);
  }
  return { items, groups };
}
