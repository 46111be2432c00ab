import { fingerprintRuleId } from '../rules/renamed-ids.js';
import { sha256Hex } from '../util/hash.js';

/**
 * A finding's identity across edits: rule + path + normalised content, never the line number. Equal
 * content repeated in one file is told apart by its ordinal, so each copy has its own fingerprint. A renamed rule
 * hashes its first id (rules/renamed-ids.ts), so baselines and triage decisions made before the rename still match.
 */
export function fingerprint(ruleId: string, filePath: string, content: string, ordinal: number): string {
  const normalised = content.replace(/\s+/g, ' ').trim();
  return sha256Hex(`${fingerprintRuleId(ruleId)}\0${filePath}\0${normalised}\0${ordinal}`).slice(0, 32);
}
