/**
 * Rule ids that were renamed: former id → the id the rule goes by now. A rename must not break users, so a former
 * id keeps working wherever a person writes one (inline suppressions, cockpit.yaml `rules:`, `ops rules`, MCP,
 * a cockpit SARIF given to --import-sarif), and writing one is reported as `policy/renamed-rule-id`, a note naming
 * the new id. A renamed rule keeps building its fingerprints from its first id, so baselines, triage decisions and
 * lake histories made before the rename still match. List entries oldest first: a rule renamed twice keeps both
 * former ids, each mapped to the current one. No imports: config loading and suppression matching read this
 * without loading the rule catalog.
 */
export const RENAMED_RULE_IDS: ReadonlyMap<string, string> = new Map([
  // Issue 17: the three loop rules read `unbounded-<what>`, like unbounded-model-loop and unbounded-retry.
  ['reliability/agent-loop-bound', 'reliability/unbounded-agent-steps'],
  ['reliability/loop-agent-unbounded', 'reliability/unbounded-loop-agent'],
]);

/** The id a rule goes by now: `id` itself unless it is a former id. */
export function currentRuleId(id: string): string {
  return RENAMED_RULE_IDS.get(id) ?? id;
}

const firstIds = new Map<string, string>();
for (const [former, current] of RENAMED_RULE_IDS) if (!firstIds.has(current)) firstIds.set(current, former);

/** The id a rule's fingerprints are built from: the first id it had (its oldest former id), else its id. */
export function fingerprintRuleId(id: string): string {
  return firstIds.get(id) ?? id;
}

/** Every id a rule has gone by (its current id first): what a filter by rule matches in records made before a rename. */
export function ruleIdsOf(id: string): string[] {
  const current = currentRuleId(id);
  return [current, ...[...RENAMED_RULE_IDS].filter(([, to]) => to === current).map(([former]) => former)];
}
