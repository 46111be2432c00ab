import type { SyntaxNode } from '../../source/syntax-tree.js';

/**
 * A callee longer than this is a chained expression (`a.b().c().d()…`), not a name any rule knows.
 * Spelling each link of a long chain out in full costs O(n²) text and hung audits on 100k-link chains.
 */
const MAX_CALLEE_CHARS = 1024;

/** The callee as written with whitespace removed; a long chain keeps only its last member (`….invoke`). */
export function compactCalleeText(target: SyntaxNode | null | undefined): string {
  if (!target) return '';
  if (target.endIndex - target.startIndex > MAX_CALLEE_CHARS) {
    const member = target.childForFieldName('attribute') ?? target.childForFieldName('property');
    return member ? `….${member.text}` : '…';
  }
  return target.text.replace(/\s+/g, '');
}
