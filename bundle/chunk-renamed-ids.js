// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/rules/renamed-ids.ts
/**
* Rule ids that were renamed: former id → the id the rule goes by now. A rename must not break users, so a former
* id keeps working wherever a person writes one (inline suppressions, cockpit.yaml `rules:`, `ops rules`, MCP,
* a cockpit SARIF given to --import-sarif), and writing one is reported as `policy/renamed-rule-id`, a note naming
* the new id. A renamed rule keeps building its fingerprints from its first id, so baselines, triage decisions and
* lake histories made before the rename still match. List entries oldest first: a rule renamed twice keeps both
* former ids, each mapped to the current one. No imports: config loading and suppression matching read this
* without loading the rule catalog.
*/
var RENAMED_RULE_IDS = /* @__PURE__ */ new Map([["reliability/agent-loop-bound", "reliability/unbounded-agent-steps"], ["reliability/loop-agent-unbounded", "reliability/unbounded-loop-agent"]]);
/** The id a rule goes by now: `id` itself unless it is a former id. */
function currentRuleId(id) {
	return RENAMED_RULE_IDS.get(id) ?? id;
}
var firstIds = /* @__PURE__ */ new Map();
for (const [former, current] of RENAMED_RULE_IDS) if (!firstIds.has(current)) firstIds.set(current, former);
/** The id a rule's fingerprints are built from: the first id it had (its oldest former id), else its id. */
function fingerprintRuleId(id) {
	return firstIds.get(id) ?? id;
}
/** Every id a rule has gone by (its current id first): what a filter by rule matches in records made before a rename. */
function ruleIdsOf(id) {
	const current = currentRuleId(id);
	return [current, ...[...RENAMED_RULE_IDS].filter(([, to]) => to === current).map(([former]) => former)];
}
export { ruleIdsOf as i, currentRuleId as n, fingerprintRuleId as r, RENAMED_RULE_IDS as t };
