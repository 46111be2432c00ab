import type { SyntaxNode } from '../source/syntax-tree.js';
import type { TextEdit } from './types.js';

/**
 * Edits that add or change one keyword argument of a Python call, in the call's own style: on the
 * same line after the last argument, or on a line of its own when the call lists one argument per
 * line with a trailing comma.
 */
import { lineEnd, lineIndent, newlineOf } from './text.js';

export function addKeywordArgument(call: SyntaxNode, text: string, keyword: string, value: string): TextEdit | undefined {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return undefined;
  const items = args.namedChildren.filter((child) => child.type !== 'comment');
  const last = items.at(-1);
  if (!last) return { start: args.startIndex + 1, end: args.startIndex + 1, text: `${keyword}=${value}` };
  const closing = args.endIndex - 1;
  const between = text.slice(last.endIndex, closing);
  const trailingComma = /^\s*,/.test(between);
  if (trailingComma && between.includes('\n')) {
    // One argument per line: ours becomes the new last line, same indentation and comma, after any
    // comment that ends the old last line (so the comment stays with the argument it explains).
    const commaAt = last.endIndex + between.indexOf(',') + 1;
    const at = Math.min(lineEnd(text, commaAt), closing);
    return { start: at, end: at, text: `${newlineOf(text)}${lineIndent(text, last.startIndex)}${keyword}=${value},` };
  }
  return { start: last.endIndex, end: last.endIndex, text: `, ${keyword}=${value}` };
}
