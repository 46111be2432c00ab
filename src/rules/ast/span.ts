import type { Node } from 'web-tree-sitter';

/** The text a finding on `node` covers: the node's whole range, as `report` takes it. */
export function spanOf(node: Pick<Node, 'startIndex' | 'endIndex'>): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}
