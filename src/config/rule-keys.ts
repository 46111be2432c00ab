import { currentRuleId, FORMER_PREFIXES, RENAMED_RULE_IDS } from '../rules/renamed-ids.js';
import { editDistance } from '../util/edit-distance.js';

/**
 * Keys of cockpit.yaml `rules:` must name a rule or a category that has one: a typo would otherwise
 * leave the gate it meant to set silently at its default.
 */

/** Every key `rules:` accepts: each rule id, its former ids, `category/*` for each category with a rule, and former patterns (`governance/*`). */
export function validRuleKeys(ruleIds: readonly string[]): Set<string> {
  const keys = new Set(ruleIds);
  for (const id of ruleIds) keys.add(`${id.slice(0, id.indexOf('/'))}/*`);
  for (const [former, current] of RENAMED_RULE_IDS) if (keys.has(current)) keys.add(former);
  for (const prefix of FORMER_PREFIXES) keys.add(`${prefix}/*`);
  return keys;
}

/** The valid key nearest a mistyped one, when one is near enough to be what was meant. */
export function nearestRuleKey(wanted: string, validKeys: ReadonlySet<string>): string | undefined {
  const candidates = [...validKeys].filter((key) => key.endsWith('/*') === wanted.endsWith('/*'));
  let best: { key: string; distance: number } | undefined;
  for (const key of candidates.sort()) {
    const distance = editDistance(wanted.toLowerCase(), key);
    if (!best || distance < best.distance) best = { key, distance };
  }
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  // Near a former id: suggest the id the rule goes by now.
  return best && best.distance <= threshold ? currentRuleId(best.key) : undefined;
}
