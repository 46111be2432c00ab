import type { SyntaxNode } from '../../source/syntax-tree.js';

/** The text a finding on `node` covers: the node's whole range, as `report` takes it. */
export function spanOf(node: Pick<SyntaxNode, 'startIndex' | 'endIndex'>): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}
