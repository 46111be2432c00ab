import type { SensitiveSpan } from '../findings/model.js';

/** Snippets are one line; long lines (minified code, notebooks) are cut around the finding. */
const MAX_SNIPPET_CHARS = 200;

/**
 * The text of one line with every sensitive span on it replaced by its redaction, so a snippet can
 * never carry a secret, even one found by a different rule on the same line.
 */
export function redactedLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  sensitive: readonly SensitiveSpan[],
  focus: number,
): string {
  let result = '';
  let cursor = lineStart;
  let focusInResult = 0;
  for (const span of sensitive) {
    if (span.end <= lineStart || span.start >= lineEnd) continue;
    const from = Math.max(span.start, lineStart);
    if (from < cursor) continue;
    result += text.slice(cursor, from);
    if (focus >= from) focusInResult = result.length;
    result += span.replacement;
    cursor = Math.min(span.end, lineEnd);
  }
  if (focus >= cursor) focusInResult = result.length + (focus - cursor);
  result += text.slice(cursor, lineEnd);
  result = result.replace(/\r$/, '');
  if (result.length <= MAX_SNIPPET_CHARS) return result.trimEnd();
  const start = Math.max(0, Math.min(focusInResult - 60, result.length - MAX_SNIPPET_CHARS));
  const cut = result.slice(start, start + MAX_SNIPPET_CHARS);
  return `${start > 0 ? '…' : ''}${cut}${start + MAX_SNIPPET_CHARS < result.length ? '…' : ''}`;
}
