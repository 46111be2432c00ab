import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../source/read-sources.js';
import type { RuleMeta } from '../types.js';
import { descendantsWithin } from '../ast/within.js';

/** Fields every reliability rule shares. */
export const RELIABILITY_BASE = { persona: 'sre', category: 'reliability' } as const satisfies Pick<RuleMeta, 'persona' | 'category'>;

export function isPython(file: SourceFile): boolean {
  return file.language === 'python';
}

export function isScript(file: SourceFile): boolean {
  return file.language === 'typescript' || file.language === 'javascript';
}

export function isYaml(file: SourceFile): boolean {
  return /\.ya?ml$/i.test(file.path);
}

/** The last dotted segment: `client.chat.completions.create` → `create`. */
export function lastSegment(name: string): string {
  const index = name.lastIndexOf('.');
  return index === -1 ? name : name.slice(index + 1);
}

/** Nodes of `types` under `root`, not descending into nested function/class bodies (their code runs elsewhere). */
export function descendantsInScope(root: Node, types: readonly string[], stopAt: readonly string[]): Node[] {
  return descendantsWithin(root, types).filter((node) => node.id !== root.id && !belowStop(node, root, stopAt));
}

/** True when a node of a `stopAt` type stands between `node` and `root` (the node itself may be one). */
function belowStop(node: Node, root: Node, stopAt: readonly string[]): boolean {
  for (let current = node.parent; current && current.id !== root.id; current = current.parent) if (stopAt.includes(current.type)) return true;
  return false;
}

/** Short, stable text for a node in messages and fingerprints (never long code). */
export function brief(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
