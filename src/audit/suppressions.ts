import { coversRule } from '../rules/renamed-ids.js';

/**
 * Inline suppressions: `# cockpit: ignore[RULE-ID] reason` (or `//`, `--`, `<!--`) on the finding's
 * line or the line before. Several ids may be listed, comma-separated; `category/*` matches a whole
 * category. A suppression without a reason is not honoured: an unexplained silence is how gates rot. A rule's
 * former id (rules/renamed-ids.ts) still silences it.
 */
export interface Suppression {
  readonly ruleIds: readonly string[];
  readonly reason: string;
}

/**
 * Linear on any line: the id list is bounded (so many unclosed `ignore[` cost no rescans) and the
 * reason is everything after it, trimmed in code (a lazy reason between optional blanks was cubic).
 */
const SUPPRESSION = /(?:#|\/\/|--|<!--|\/\*)\s*cockpit:\s*ignore\[([^\]]{0,1000})\](.*)/;
const COMMENT_CLOSE = /(?:-->|\*\/)$/;

/** A `cockpit: ignore[...]` comment as written, honoured or not: ids and reason may be empty (suppression-diagnostics.ts). */
export interface SuppressionDirective {
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** 0-based offset of the comment marker in the line. */
  readonly index: number;
}

export function parseSuppressionDirective(line: string): SuppressionDirective | undefined {
  if (!line.includes('cockpit:')) return undefined;
  const match = SUPPRESSION.exec(line);
  if (!match) return undefined;
  const ruleIds = (match[1] ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
  const reason = (match[2] ?? '').trim().replace(COMMENT_CLOSE, '').trim();
  return { ruleIds, reason, index: match.index };
}

export function parseSuppression(line: string): Suppression | undefined {
  const directive = parseSuppressionDirective(line);
  if (!directive || directive.ruleIds.length === 0 || directive.reason === '') return undefined;
  return { ruleIds: directive.ruleIds, reason: directive.reason };
}

export function suppressionCovers(suppression: Suppression, ruleId: string): boolean {
  return suppression.ruleIds.some((id) => coversRule(id, ruleId));
}

/** The suppression that silences `ruleId` here: one on the finding's line, else on the line before. */
export function honouredSuppression(line: string, previousLine: string | undefined, ruleId: string): Suppression | undefined {
  const suppression = parseSuppression(line) ?? (previousLine !== undefined ? parseSuppression(previousLine) : undefined);
  return suppression && suppressionCovers(suppression, ruleId) ? suppression : undefined;
}
