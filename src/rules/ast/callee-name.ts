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

/** Each call's callee as last resolved, with the import map it went through (one map per tree, memoised by each language). */
const resolvedCallees = new WeakMap<SyntaxNode, { imports: ReadonlyMap<string, string>; callee: string }>();

/** `resolve()`'s answer for this call and import map, worked out once: a dozen rules ask for every call. */
export function resolvedCallee(call: SyntaxNode, imports: ReadonlyMap<string, string>, resolve: () => string): string {
  const known = resolvedCallees.get(call);
  if (known?.imports === imports) return known.callee;
  const callee = resolve();
  resolvedCallees.set(call, { imports, callee });
  return callee;
}
