// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { i as currentRuleId, n as RENAMED_RULE_IDS, t as FORMER_PREFIXES } from "./chunk-renamed-ids.js";
import { t as editDistance } from "./chunk-edit-distance.js";
// src/config/rule-keys.ts
/**
* Keys of cockpit.yaml `rules:` must name a rule or a category that has one: a typo would otherwise
* leave the gate it meant to set silently at its default.
*/
/** Every key `rules:` accepts: each rule id, its former ids, `category/*` for each category with a rule, and former patterns (`governance/*`). */
function validRuleKeys(ruleIds) {
	const keys = new Set(ruleIds);
	for (const id of ruleIds) keys.add(`${id.slice(0, id.indexOf("/"))}/*`);
	for (const [former, current] of RENAMED_RULE_IDS) if (keys.has(current)) keys.add(former);
	for (const prefix of FORMER_PREFIXES) keys.add(`${prefix}/*`);
	return keys;
}
/** The valid key nearest a mistyped one, when one is near enough to be what was meant. */
function nearestRuleKey(wanted, validKeys) {
	const candidates = [...validKeys].filter((key) => key.endsWith("/*") === wanted.endsWith("/*"));
	let best;
	for (const key of candidates.sort()) {
		const distance = editDistance(wanted.toLowerCase(), key);
		if (!best || distance < best.distance) best = {
			key,
			distance
		};
	}
	const threshold = Math.max(2, Math.floor(wanted.length / 3));
	return best && best.distance <= threshold ? currentRuleId(best.key) : void 0;
}
export { validRuleKeys as n, nearestRuleKey as t };
