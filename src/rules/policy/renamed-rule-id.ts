import { defineRule } from '../define.js';
import { RENAMED_RULE_IDS } from '../renamed-ids.js';
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

/** The fleet and agent files the config loader reads (config/file-names.ts; rules do not import config). */
const CONFIG_FILES = new Set(['cockpit.yaml', 'cockpit.yml']);

export const renamedRuleIdCheck = defineRule(RENAMED_RULE_ID_RULE, {
  // Only the file at the entry's root is a cockpit.yaml anyone loads.
  appliesTo: (file) => CONFIG_FILES.has(file.path),
  async run(context) {
    const { text } = context.file;
    if (![...RENAMED_RULE_IDS.keys()].some((id) => text.includes(id))) return;
    // Loaded only when a former id is in the text; the loader has validated (or rejected) the file already.
    const { isMap, isScalar, parseDocument } = await import('yaml');
    const rules = parseDocument(text, { uniqueKeys: false }).get('rules', true);
    if (!isMap(rules)) return;
    for (const { key } of rules.items) {
      if (!isScalar(key) || !key.range) continue;
      const formerId = String(key.value);
      const currentId = RENAMED_RULE_IDS.get(formerId);
      if (currentId === undefined) continue;
      context.report({
        start: key.range[0],
        end: key.range[1],
        message: renamedRuleIdMessage(formerId, currentId, 'The cockpit.yaml `rules:` key'),
        fingerprintContent: formerId,
      });
    }
  },
});
