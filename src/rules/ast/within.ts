import type { SyntaxNode } from '../../source/syntax-tree.js';

/**
 * The nodes of `types` below `root` (not `root` itself) that run where `root` does: none inside a node of a `stopAt`
 * type below `root` (nested functions, lambdas and classes, whose code runs elsewhere); such a node itself counts.
 */
export function descendantsInScope(root: SyntaxNode, types: readonly string[], stopAt: readonly string[]): SyntaxNode[] {
  return root.descendantsOfType(types).filter((node) => node.id !== root.id && !belowStop(node, root, stopAt));
}

function belowStop(node: SyntaxNode, root: SyntaxNode, stopAt: readonly string[]): boolean {
  for (let current = node.parent; current && current.id !== root.id; current = current.parent) if (stopAt.includes(current.type)) return true;
  return false;
}
