import type { SyntaxNode } from '../source/syntax-tree.js';
import type { TextEdit } from './types.js';

/** Replaces a node's text: `max_retries=0` → `max_retries=2`, `True` → `False`. */
export function replaceNode(node: SyntaxNode, replacement: string): TextEdit {
  return { start: node.startIndex, end: node.endIndex, text: replacement };
}
