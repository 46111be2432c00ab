// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as fingerprintRuleId } from "./chunk-renamed-ids.js";
import { t as sha256Hex } from "./chunk-hash.js";
// src/audit/fingerprint.ts
/**
* A finding's identity across edits: rule + path + normalised content, never the line number. Equal
* content repeated in one file is told apart by its ordinal, so each copy has its own fingerprint. A renamed rule
* hashes its first id (rules/renamed-ids.ts), so baselines and triage decisions made before the rename still match.
*/
function fingerprint(ruleId, filePath, content, ordinal) {
	const normalised = content.replace(/\s+/g, " ").trim();
	return sha256Hex(`${fingerprintRuleId(ruleId)}\0${filePath}\0${normalised}\0${ordinal}`).slice(0, 32);
}
export { fingerprint as t };
