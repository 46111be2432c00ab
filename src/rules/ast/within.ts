import type { Node } from 'web-tree-sitter';
import { firstStartingFrom } from '../../source/node-cache.js';

/**
 * The nodes of `types` inside `node` (itself included), in document order, taken from the whole tree's answer to
 * the same query. The root query is asked once per tree and types (and answered from the tree's one collected walk
 * once a root has asked for them, see source/node-cache.ts), so a rule that asks this of every function body
 * walks no body (issue 16 profile: walking bodies through `namedChildren` was the largest user of that getter).
 */
export function descendantsWithin(node: Node, types: readonly string[]): Node[] {
  const all = node.tree.rootNode.descendantsOfType(types as string[]);
  const start = node.startIndex;
  const end = node.endIndex;
  const found: Node[] = [];
  for (let index = firstStartingFrom(all, start); index < all.length && all[index]!.startIndex <= end; index++) {
    const candidate = all[index]!;
    const candidateEnd = candidate.endIndex;
    if (candidateEnd > end) continue; // an ancestor, or a node that starts where this one ends
    const candidateStart = candidate.startIndex;
    // An empty node on the boundary may be a sibling (a MISSING token): never counted inside.
    if (candidateStart === candidateEnd && candidate.id !== node.id && (candidateStart === start || candidateStart === end)) continue;
    // Only ancestors and descendants share a node's exact range.
    if (candidateStart === start && candidateEnd === end && isAncestorOf(candidate, node)) continue;
    found.push(candidate);
  }
  return found;
}

function isAncestorOf(candidate: Node, node: Node): boolean {
  for (let current = node.parent; current && current.startIndex === node.startIndex && current.endIndex === node.endIndex; current = current.parent) {
    if (current.id === candidate.id) return true;
  }
  return false;
}

/**
 * The nodes of `types` below `root` (not `root` itself) that run where `root` does: none inside a node of a `stopAt`
 * type below `root` (nested functions, lambdas and classes, whose code runs elsewhere); such a node itself counts.
 */
export function descendantsInScope(root: Node, types: readonly string[], stopAt: readonly string[]): Node[] {
  return descendantsWithin(root, types).filter((node) => node.id !== root.id && !belowStop(node, root, stopAt));
}

function belowStop(node: Node, root: Node, stopAt: readonly string[]): boolean {
  for (let current = node.parent; current && current.id !== root.id; current = current.parent) if (stopAt.includes(current.type)) return true;
  return false;
}
