// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as ruleDocument } from "./chunk-rule-docs.js";
import { t as editDistance } from "./chunk-edit-distance.js";
// src/mcp/rules.ts
var explainRule = (rule) => ruleDocument(rule);
/**
* Rule ids a mistyped id most likely meant: ids that contain it (or its slug), then the nearest by
* edit distance over the whole id or the slug alone, so `openai-key` finds `secret/openai-project-key`.
*/
function closeRuleMatches(wanted, rules, limit = 5) {
	const query = wanted.trim().toLowerCase();
	if (query === "") return [];
	const slug = query.includes("/") ? query.slice(query.indexOf("/") + 1) : query;
	const scored = rules.map((rule) => {
		const id = rule.id.toLowerCase();
		const ruleSlug = id.slice(id.indexOf("/") + 1);
		const contains = slug.length >= 3 && id.includes(slug);
		const distance = Math.min(editDistance(query, id), editDistance(slug, ruleSlug));
		return {
			id: rule.id,
			score: contains ? 0 : distance,
			distance
		};
	});
	const threshold = Math.max(3, Math.floor(slug.length / 3));
	return scored.filter((entry) => entry.score === 0 || entry.distance <= threshold).sort((a, b) => a.score - b.score || a.distance - b.distance || (a.id < b.id ? -1 : 1)).slice(0, limit).map((entry) => entry.id);
}
export { explainRule as n, closeRuleMatches as t };
