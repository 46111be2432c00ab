import type { RuleMeta } from '../types.js';

/**
 * Reported by the engine over the agent's findings (audit/suppression-diagnostics.ts), not by a file check: inline
 * suppressions that do not do what they say. ESLint reports unused disable directives
 * (--report-unused-disable-directives) and ruff has RUF100 (unused noqa); these are the cockpit's counterparts.
 */
export const INVALID_SUPPRESSION_RULE: RuleMeta = {
  id: 'policy/invalid-suppression',
  title: 'Inline suppression that is not honoured',
  description:
    'A `cockpit: ignore[...]` comment the engine does not honour: it names a rule that does not exist (a typo), names no rule, uses `ignore[*]` (a blanket suppression, never honoured), or gives no reason after the `]`. Whatever it was meant to silence still counts, while a reader of the code believes it is silenced.',
  persona: 'governance',
  category: 'policy',
  severity: 'warning',
  fixability: 'structural',
  tags: ['governance'],
  remediation:
    'Name the rule ids the finding shows (`ops rules` lists them; `category/*` for a whole category) and say why after the brackets, e.g. `# cockpit: ignore[secret/jwt] expired token from a recorded fixture`.',
  precision: 'very-high',
};

export const UNUSED_SUPPRESSION_RULE: RuleMeta = {
  id: 'policy/unused-suppression',
  title: 'Inline suppression with nothing to silence',
  description:
    'A valid `cockpit: ignore[...]` comment, but no finding of the rules it names is reported on its line or the next: the code was fixed, the rule is off, or the comment sits on the wrong line. A stale suppression silences the next real finding there without review.',
  persona: 'governance',
  category: 'policy',
  severity: 'note',
  fixability: 'structural',
  tags: ['governance'],
  remediation: "Remove the comment, or move it onto the finding's line or the line before it.",
  precision: 'high',
};
