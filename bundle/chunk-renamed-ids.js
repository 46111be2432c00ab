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
var RENAMED_RULE_IDS = /* @__PURE__ */ new Map([
	["reliability/agent-loop-bound", "reliability/unbounded-agent-steps"],
	["reliability/loop-agent-unbounded", "reliability/unbounded-loop-agent"],
	["governance/prompt-or-messages-logged", "policy/prompt-or-messages-logged"],
	["governance/sensitive-tracing-enabled", "policy/sensitive-tracing-enabled"],
	["governance/tracing-disabled", "policy/tracing-disabled"],
	["governance/pii-fields-to-model", "policy/pii-fields-to-model"]
]);
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
/** Whether the rule id or `prefix/*` pattern a person wrote covers `ruleId`: a pattern by any id the rule has gone by. */
function coversRule(written, ruleId) {
	if (!written.endsWith("/*")) return currentRuleId(written) === currentRuleId(ruleId);
	const prefix = written.slice(0, -1);
	return ruleIdsOf(ruleId).some((id) => id.startsWith(prefix));
}
/**
* Prefixes no rule has any more, every rule once under it renamed: `prefix/*` (in cockpit.yaml or a suppression)
* still names those rules, and is reported as `policy/renamed-rule-id` like a former id.
*/
var FORMER_PREFIXES = /* @__PURE__ */ new Set(["governance"]);
/** For a former pattern (`governance/*`), the current ids of the rules it names; undefined for any other text. */
function formerPatternRules(written) {
	if (!written.endsWith("/*") || !FORMER_PREFIXES.has(written.slice(0, -2))) return void 0;
	const prefix = written.slice(0, -1);
	return [...new Set([...RENAMED_RULE_IDS].filter(([former]) => former.startsWith(prefix)).map(([, current]) => current))];
}
export { fingerprintRuleId as a, currentRuleId as i, RENAMED_RULE_IDS as n, formerPatternRules as o, coversRule as r, ruleIdsOf as s, FORMER_PREFIXES as t };
