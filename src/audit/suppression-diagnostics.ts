import { ruleLevel, type Policy } from '../config/policy.js';
import { nearestRuleKey, validRuleKeys } from '../config/rule-keys.js';
import { redactQuoted } from '../config/shown-text.js';
import type { Finding } from '../findings/model.js';
import { RULES } from '../rules/index.js';
import { INVALID_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE } from '../rules/policy/suppression-rules.js';
import { RENAMED_RULE_ID_RULE, renamedPatternMessage, renamedRuleIdMessage } from '../rules/policy/renamed-rule-id.js';
import { RENAMED_RULE_IDS } from '../rules/renamed-ids.js';
import type { RuleMeta } from '../rules/types.js';
import { codeKindsOf } from '../source/code-kind.js';
import { fingerprint } from './fingerprint.js';
import { ruleFinding } from './rule-finding.js';
import { parseSuppression, parseSuppressionDirective, suppressionCovers, type SuppressionDirective } from './suppressions.js';

/**
 * Inline suppressions that do not do what they say, checked after an agent's findings are known (every file check
 * and the manifest rules): a broken one (unknown rule, none, `*`, no reason) is a warning, a valid one that silenced
 * nothing a note, and so is a rule named by its former id (it still silences the rule). A reasonless one aimed at a finding is explained in that finding's message instead, so the finding
 * the user meant to silence says why it was not.
 */

interface DiagnosedFile {
  /** The path findings carry (relative to the audited root). */
  reportPath: string;
  text: string;
}

interface Directive extends SuppressionDirective {
  file: string;
  line: number;
}

const VALID_KEYS = validRuleKeys(RULES.map((rule) => rule.id));

export function diagnoseSuppressions(files: readonly DiagnosedFile[], findings: readonly Finding[], policy: Policy): Finding[] {
  const kinds = codeKindsOf(policy.codeKinds);
  const lines = new Map<string, string[]>();
  const directives: Directive[] = [];
  for (const file of files) {
    if (!file.text.includes('cockpit:')) continue;
    // Documentation shows the syntax in examples; it suppresses nothing and is not diagnosed.
    if (kinds.kindOf(file.reportPath) === 'docs') continue;
    const split = file.text.split(/\r?\n/);
    lines.set(file.reportPath, split);
    split.forEach((text, index) => {
      const directive = parseSuppressionDirective(text);
      if (directive && !directive.ruleIds.some(isPlaceholder)) directives.push({ ...directive, file: file.reportPath, line: index + 1 });
    });
  }
  if (directives.length === 0) return [...findings];

  const lineOf = (file: string, line: number): string => lines.get(file)?.[line - 1] ?? '';
  const used = new Set<string>();
  const explained = new Set<string>();
  const result = findings.map((finding) => {
    if (!lines.has(finding.file)) return finding;
    const line = finding.region.startLine;
    // The same choice honouredSuppression makes: a valid suppression on the finding's line wins over the line before.
    const own = parseSuppression(lineOf(finding.file, line));
    if (finding.suppression) {
      used.add(`${finding.file}:${own ? line : line - 1}`);
      return finding;
    }
    const candidates = own ? [line] : [line, line - 1];
    const reasonless = candidates.find((at) => {
      const directive = at >= 1 ? parseSuppressionDirective(lineOf(finding.file, at)) : undefined;
      return directive !== undefined && directive.reason === '' && directive.ruleIds.length > 0 && suppressionCovers({ ruleIds: directive.ruleIds, reason: '' }, finding.ruleId);
    });
    if (reasonless === undefined) return finding;
    explained.add(`${finding.file}:${reasonless}`);
    return { ...finding, message: `${finding.message} (the cockpit: ignore on line ${reasonless} has no reason after its ']', so it is not honoured)` };
  });

  const ordinals = new Map<string, number>();
  const add = (rule: RuleMeta, directive: Directive, message: string, about = ''): void => {
    const severity = ruleLevel(policy, rule.id) ?? rule.severity;
    if (severity === 'off') return;
    const identity = `${directive.ruleIds.join(',')}\0${directive.reason === '' ? '' : 'reason'}${about === '' ? '' : `\0${about}`}`;
    const key = `${rule.id}\0${directive.file}\0${identity}`;
    const ordinal = ordinals.get(key) ?? 0;
    ordinals.set(key, ordinal + 1);
    const column = directive.index + 1;
    const text = lineOf(directive.file, directive.line);
    result.push(
      ruleFinding(rule, {
        message,
        file: directive.file,
        region: { startLine: directive.line, startColumn: column, endLine: directive.line, endColumn: text.length + 1 },
        severity,
        fingerprint: fingerprint(rule.id, directive.file, identity, ordinal),
        // The comment only (code before it on the line may hold what a secret rule masked), ids without the reason.
        snippet: `cockpit: ignore[${redactQuoted(directive.ruleIds.join(', '), 200)}]`,
      }),
    );
  };

  for (const directive of directives) {
    for (const formerId of new Set(directive.ruleIds.filter((id) => RENAMED_RULE_IDS.has(id)))) {
      add(RENAMED_RULE_ID_RULE, directive, renamedRuleIdMessage(formerId, RENAMED_RULE_IDS.get(formerId)!, 'The cockpit: ignore comment'), formerId);
    }
    for (const pattern of new Set(directive.ruleIds)) {
      const message = renamedPatternMessage(pattern, 'The cockpit: ignore comment');
      if (message !== undefined) add(RENAMED_RULE_ID_RULE, directive, message, pattern);
    }
    const at = `${directive.file}:${directive.line}`;
    const problem = directiveProblem(directive);
    if (problem) add(INVALID_SUPPRESSION_RULE, directive, problem);
    else if (directive.reason === '') {
      if (!explained.has(at)) add(INVALID_SUPPRESSION_RULE, directive, `cockpit: ignore[${redactQuoted(directive.ruleIds.join(', '))}] has no reason after its ']': a suppression is honoured only with one.`);
    } else if (!used.has(at)) {
      add(UNUSED_SUPPRESSION_RULE, directive, `cockpit: ignore[${redactQuoted(directive.ruleIds.join(', '))}] silences no finding on line ${directive.line} or ${directive.line + 1}; remove it or move it next to the finding.`);
    }
  }
  return result;
}

/**
 * `ignore[RULE-ID]` in a help text or `ignore[${rule.id}]` in a template is the syntax shown, not a suppression
 * (the pattern cannot tell a comment from a string): rule ids are lower case and never hold `$`, `{` or `<`.
 */
function isPlaceholder(id: string): boolean {
  return /[${}<>]/.test(id) || /^[A-Z][A-Z_-]*$/.test(id);
}

/** What makes a directive name no real rule; undefined when every id is a rule or `category/*`. */
function directiveProblem(directive: SuppressionDirective): string | undefined {
  if (directive.ruleIds.length === 0) return "cockpit: ignore[] names no rule: put the rule id the finding shows between the brackets.";
  if (directive.ruleIds.some((id) => id === '*' || id === '*/*')) {
    return 'cockpit: ignore[*] is never honoured: a blanket suppression would hide every future finding there; name the rule ids (or category/*).';
  }
  const unknown = directive.ruleIds.find((id) => !VALID_KEYS.has(id));
  if (unknown === undefined) return undefined;
  const near = nearestRuleKey(unknown, VALID_KEYS);
  return `cockpit: ignore[...] names unknown rule '${redactQuoted(unknown)}'${near ? ` (did you mean '${near}'?)` : ''}; it silences nothing.`;
}
