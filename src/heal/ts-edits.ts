import type { SyntaxNode } from '../source/syntax-tree.js';
import { lineIndent, newlineOf } from './text.js';
import type { TextEdit } from './types.js';

/**
 * Edits that add `key: value` to a TS/JS object literal in its own style: after the last property on
 * the same line, or as a new last line (same indentation, trailing comma kept) when the object lists
 * one property per line; a comment after the last property stays on that property's line. `{}`
 * becomes `{ key: value }`; an object holding only a comment gets undefined (no safe place to guess).
 */
export function addObjectProperty(object: SyntaxNode, text: string, key: string, value: string): TextEdit[] | undefined {
  const items = object.namedChildren.filter((child) => child.type !== 'comment');
  const last = items.at(-1);
  const property = `${key}: ${value}`;
  if (!last) {
    if (object.namedChildren.length > 0) return undefined;
    return [{ start: object.startIndex + 1, end: object.endIndex - 1, text: ` ${property} ` }];
  }
  const closing = object.endIndex - 1;
  const between = text.slice(last.endIndex, closing);
  const trailingComma = /^\s*,/.test(between);
  const newline = newlineOf(text);
  if (between.includes('\n')) {
    const indent = lineIndent(text, last.startIndex);
    if (trailingComma) {
      const commaAt = last.endIndex + between.indexOf(',') + 1;
      const lineEnd = text.slice(commaAt, closing).search(/\r?\n/);
      const at = lineEnd === -1 ? commaAt : commaAt + lineEnd;
      return [{ start: at, end: at, text: `${newline}${indent}${property},` }];
    }
    const lineEnd = last.endIndex + between.search(/\r?\n/);
    return [
      { start: last.endIndex, end: last.endIndex, text: ',' },
      { start: lineEnd, end: lineEnd, text: `${newline}${indent}${property}` },
    ];
  }
  if (trailingComma) {
    const commaAt = last.endIndex + between.indexOf(',') + 1;
    return [{ start: commaAt, end: commaAt, text: ` ${property},` }];
  }
  return [{ start: last.endIndex, end: last.endIndex, text: `, ${property}` }];
}
