import { defineRule } from '../define.js';
import { FORMER_PREFIXES, formerPatternRules, RENAMED_RULE_IDS } from '../renamed-ids.js';
import type { RuleMeta } from '../types.js';

/**
 * A rule named by a former id (rules/renamed-ids.ts): in a `cockpit: ignore[...]` comment (reported by
 * audit/suppression-diagnostics.ts) or as a key of cockpit.yaml `rules:` (the check below). The old id still works;
 * the note says which id to write, once where it is written, and never blocks by default.
 */
export const RENAMED_RULE_ID_RULE: RuleMeta = {
  id: 'policy/renamed-rule-id',
  title: 'Rule named by its former id',
  description:
    'A `cockpit: ignore[...]` comment or a cockpit.yaml `rules:` key names a rule by an id it had before it was renamed. The former id still works: ' +
    'the suppression still silences the rule, the setting still applies, and baselines and triage decisions still match. Writing the current id ' +
    'keeps the code, the configuration and the reports naming the rule the same way.',
  persona: 'governance',
  category: 'policy',
  severity: 'note',
  fixability: 'structural',
  tags: ['governance'],
  remediation: 'Replace the former id with the one the message names (`ops rules FORMER-ID` shows the rule under its current id).',
  precision: 'very-high',
};

export function renamedRuleIdMessage(formerId: string, currentId: string, where: string): string {
  return `${where} names '${formerId}', the former id of ${currentId}: it still works, but write ${currentId}.`;
}

/** What `governance/*` (a prefix no rule has any more) names now, as a note; undefined for any other text. */
export function renamedPatternMessage(written: string, where: string): string | undefined {
  const rules = formerPatternRules(written);
  if (!rules) return undefined;
  return `${where} names '${written}', the former prefix of ${rules.join(', ')}: it still covers them, but name them by their ids.`;
}

/** Text that may name a rule by a former id or prefix: the only files worth parsing. */
function mayNameFormerIds(text: string): boolean {
  return [...RENAMED_RULE_IDS.keys()].some((id) => text.includes(id)) || [...FORMER_PREFIXES].some((prefix) => text.includes(`${prefix}/*`));
}

/** The fleet and agent files the config loader reads (config/file-names.ts; rules do not import config). */
const CONFIG_FILES = new Set(['cockpit.yaml', 'cockpit.yml']);

export const renamedRuleIdCheck = defineRule(RENAMED_RULE_ID_RULE, {
  // Only the file at the entry's root is a cockpit.yaml anyone loads.
  appliesTo: (file) => CONFIG_FILES.has(file.path),
  async run(context) {
    const { text } = context.file;
    if (!mayNameFormerIds(text)) return;
    // Loaded only when a former id is in the text; the loader has validated (or rejected) the file already.
    const { isMap, isScalar, parseDocument } = await import('yaml');
    const rules = parseDocument(text, { uniqueKeys: false }).get('rules', true);
    if (!isMap(rules)) return;
    for (const { key } of rules.items) {
      if (!isScalar(key) || !key.range) continue;
      const formerId = String(key.value);
      const currentId = RENAMED_RULE_IDS.get(formerId);
      const where = 'The cockpit.yaml `rules:` key';
      const message = currentId === undefined ? renamedPatternMessage(formerId, where) : renamedRuleIdMessage(formerId, currentId, where);
      if (message === undefined) continue;
      context.report({ start: key.range[0], end: key.range[1], message, fingerprintContent: formerId });
    }
  },
});
