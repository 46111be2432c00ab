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
  // Issue 17: one axis per rule folder. These four were filed by their persona (governance); their category is policy.
  ['governance/prompt-or-messages-logged', 'policy/prompt-or-messages-logged'],
  ['governance/sensitive-tracing-enabled', 'policy/sensitive-tracing-enabled'],
  ['governance/tracing-disabled', 'policy/tracing-disabled'],
  ['governance/pii-fields-to-model', 'policy/pii-fields-to-model'],
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

/** Whether the rule id or `prefix/*` pattern a person wrote covers `ruleId`: a pattern by any id the rule has gone by. */
export function coversRule(written: string, ruleId: string): boolean {
  if (!written.endsWith('/*')) return currentRuleId(written) === currentRuleId(ruleId);
  const prefix = written.slice(0, -1);
  return ruleIdsOf(ruleId).some((id) => id.startsWith(prefix));
}

/**
 * Prefixes no rule has any more, every rule once under it renamed: `prefix/*` (in cockpit.yaml or a suppression)
 * still names those rules, and is reported as `policy/renamed-rule-id` like a former id.
 */
export const FORMER_PREFIXES: ReadonlySet<string> = new Set(['governance']);

/** For a former pattern (`governance/*`), the current ids of the rules it names; undefined for any other text. */
export function formerPatternRules(written: string): string[] | undefined {
  if (!written.endsWith('/*') || !FORMER_PREFIXES.has(written.slice(0, -2))) return undefined;
  const prefix = written.slice(0, -1);
  return [...new Set([...RENAMED_RULE_IDS].filter(([former]) => former.startsWith(prefix)).map(([, current]) => current))];
}
