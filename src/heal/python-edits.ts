import type { Node } from 'web-tree-sitter';
import type { TextEdit } from './types.js';

/**
 * Edits that add or change one keyword argument of a Python call, in the call's own style: on the
 * same line after the last argument, or on a line of its own when the call lists one argument per
 * line with a trailing comma.
 */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

export function addKeywordArgument(call: Node, text: string, keyword: string, value: string): TextEdit | undefined {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return undefined;
  const items = args.namedChildren.filter((child) => child.type !== 'comment');
  const last = items.at(-1);
  if (!last) return { start: args.startIndex + 1, end: args.startIndex + 1, text: `${keyword}=${value}` };
  const closing = args.endIndex - 1;
  const between = text.slice(last.endIndex, closing);
  const trailingComma = /^\s*,/.test(between);
  if (trailingComma && between.includes('\n')) {
    // One argument per line: add ours as the new last line, with the same indentation and comma.
    const commaAt = last.endIndex + between.indexOf(',') + 1;
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: commaAt, end: commaAt, text: `${newline}${lineIndent(text, last.startIndex)}${keyword}=${value},` };
  }
  return { start: last.endIndex, end: last.endIndex, text: `, ${keyword}=${value}` };
}
