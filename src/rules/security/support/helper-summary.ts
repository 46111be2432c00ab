import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';

/** Per tree, per `${function id}:${rule key}`: which parameters of a helper reach a sink. */
export type HelperSummaries<K, V> = WeakMap<SyntaxTree, Map<string, ReadonlyMap<K, V>>>;

/**
 * A helper's summary for one rule (Python and TS alike), computed once per tree: the map is stored before
 * `fill` runs, and a helper whose text cannot hold the rule's sinks keeps it empty without a look.
 */
export function memoisedHelperSummary<K, V>(
  memo: HelperSummaries<K, V>,
  helper: { fn: SyntaxNode; module: { tree: SyntaxTree } },
  spec: { key: string; mayHaveSink: RegExp },
  fill: (summary: Map<K, V>) => void,
): ReadonlyMap<K, V> {
  const tree = helper.module.tree;
  let byKey = memo.get(tree);
  if (!byKey) memo.set(tree, (byKey = new Map()));
  const key = `${helper.fn.id}:${spec.key}`;
  const known = byKey.get(key);
  if (known) return known;
  const summary = new Map<K, V>();
  byKey.set(key, summary);
  if (spec.mayHaveSink.test(helper.fn.text)) fill(summary);
  return summary;
}
