import { Node, type Language, type Tree } from 'web-tree-sitter';

/**
 * web-tree-sitter makes a new `Node` object for every answer (`parent`, `namedChildren`, a field), and every
 * property read crosses into wasm; the checks ask the same nodes the same questions many times (scopes for every
 * call, the parents of every name, the children of every body). Here each node is one object per tree (by its id,
 * unique within a tree), and what a node answers is kept on that object. Trees are never edited (heal works on
 * text and parses again), so a kept answer never goes stale.
 */
const canonical = new WeakMap<Tree, Map<number, Node>>();

/** The one object for this node of its tree. */
function internNode<T extends Node | null>(node: T): T {
  if (!node) return node;
  let byId = canonical.get(node.tree);
  if (!byId) canonical.set(node.tree, (byId = new Map()));
  const known = byId.get(node.id);
  if (known) return known as T;
  byId.set(node.id, node);
  return node;
}

/**
 * Node types the checks have asked for, per grammar, in this thread. Every `descendantsOfType` walks the
 * node's whole subtree inside wasm (about 0.4 ms for a 300-line module, whatever it finds), and thirty-odd
 * rules ask each file for calls, assignments, imports, functions... The first query on a tree collects the
 * nodes of every type asked of a root so far in one walk (`Collected`), and queries whose types it covers, on
 * the root or on any node below, are answered from that list. Types never asked of a root before are queried
 * in wasm and, when asked of the root, join the set for the next tree.
 */
const askedTypes = new Map<Language, Set<string>>();

/** One tree's nodes of the covered types, in the walk's (document) order, with their types read once. */
interface Collected {
  nodes: Node[];
  types: string[];
  covers: ReadonlySet<string>;
}

const trees = new WeakMap<Tree, { root: Node; collected?: Collected }>();

/** Makes `tree` answer its queries from one collected walk (see `askedTypes`); `tree.rootNode` is pinned. */
export function answerQueriesInJs(tree: Tree): Tree {
  const root = internNode(tree.rootNode);
  trees.set(tree, { root });
  Object.defineProperty(tree, 'rootNode', { value: root });
  return tree;
}

function collected(node: Node, wanted: readonly string[]): Collected | undefined {
  const state = trees.get(node.tree);
  // web-tree-sitter 0.27 finds nothing at all when 'ERROR' is among the types: such a query goes to wasm as
  // asked, and 'ERROR' never joins the collected types, where it would empty every answer.
  if (!state || wanted.includes('ERROR')) return undefined;
  const language = node.tree.language;
  let asked = askedTypes.get(language);
  if (!asked) askedTypes.set(language, (asked = new Set()));
  if (!state.collected) {
    if (node === state.root) for (const type of wanted) asked.add(type);
    if (asked.size === 0) return undefined;
    const nodes = walkQuery.call(state.root, [...asked]).map((found) => internNode(found));
    state.collected = { nodes, types: nodes.map((found) => found.type), covers: new Set(asked) };
  }
  if (wanted.every((type) => state.collected!.covers.has(type))) return state.collected;
  // Only root queries teach: a query below (the identifiers of one argument list) would make every later tree
  // collect every node of a common type.
  if (node === state.root) for (const type of wanted) asked.add(type);
  return undefined;
}

/**
 * The answer the wasm walk gives, from the collected list: the nodes of `wanted` types that are `node` or
 * below it, in document order. The list is in walk order, so start offsets never decrease; a node's
 * descendants are the nodes inside its range, except where ranges cannot tell (another node with exactly the
 * same range, an ancestor or a descendant; a zero-width node on the boundary, inside or a sibling): then
 * undefined, and the caller asks wasm.
 */
function fromCollected(node: Node, wanted: readonly string[], list: Collected): Node[] | undefined {
  const set = new Set(wanted);
  const { nodes, types } = list;
  if (node === trees.get(node.tree)?.root) return nodes.filter((_, index) => set.has(types[index]!));
  const start = node.startIndex;
  const end = node.endIndex;
  const found: Node[] = [];
  for (let index = firstStartingFrom(nodes, start); index < nodes.length; index++) {
    const candidate = nodes[index]!;
    const candidateStart = candidate.startIndex;
    if (candidateStart > end) break;
    if (!set.has(types[index]!)) continue;
    const candidateEnd = candidate.endIndex;
    if (candidateEnd > end) continue; // an ancestor, or a node that starts where this one ends
    if (candidateStart === start && candidateEnd === end) {
      if (candidate.id !== node.id) return undefined;
    } else if (candidateStart === candidateEnd && (candidateStart === start || candidateStart === end)) return undefined;
    found.push(candidate);
  }
  return found;
}

/** The index of the first node of a document-ordered list that starts at `start` or later (binary search). */
export function firstStartingFrom(nodes: readonly Node[], start: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle]!.startIndex < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The library's own walk, before the patch below. */
const walkQuery = Node.prototype.descendantsOfType;

interface Kept {
  _type?: string;
  _endIndex?: number;
  _text?: string;
  _parent?: Node | null;
  _hasError?: boolean;
  _fields?: Record<string, Node | null>;
  _descendants?: Map<string, Node[]>;
  _children?: Node[];
  _namedChildren?: Node[];
}

let installed = false;

function getter(name: string): (this: Node) => unknown {
  const get = Object.getOwnPropertyDescriptor(Node.prototype, name)?.get;
  if (!get) throw new Error(`web-tree-sitter Node has no ${name} getter`);
  return get;
}

function redefine(name: string, get: (this: Node & Kept) => unknown): void {
  Object.defineProperty(Node.prototype, name, { get, configurable: true, enumerable: false });
}

/** Patches `Node.prototype` once (the first parse); only reads are cached, every answer stays what wasm says. */
export function installNodeCaches(): void {
  if (installed) return;
  installed = true;
  const type = getter('type');
  const endIndex = getter('endIndex');
  const text = getter('text');
  const parent = getter('parent');
  const hasError = getter('hasError');
  const children = getter('children');
  const namedChildren = getter('namedChildren');
  const proto = Node.prototype as Node & Kept;
  const childForFieldName = proto.childForFieldName;
  const childrenForFieldName = proto.childrenForFieldName;
  const child = proto.child;
  const namedChild = proto.namedChild;

  redefine('type', function () {
    return (this._type ??= type.call(this) as string);
  });
  redefine('endIndex', function () {
    return (this._endIndex ??= endIndex.call(this) as number);
  });
  redefine('text', function () {
    return (this._text ??= text.call(this) as string);
  });
  redefine('hasError', function () {
    return (this._hasError ??= hasError.call(this) as boolean);
  });
  redefine('parent', function () {
    if (this._parent === undefined) this._parent = internNode(parent.call(this) as Node | null);
    return this._parent;
  });
  // The library keeps these two arrays on the object itself; intern their nodes the first time.
  redefine('children', function () {
    if (this._children) return this._children;
    const nodes = children.call(this) as Node[];
    for (let index = 0; index < nodes.length; index++) nodes[index] = internNode(nodes[index]!);
    return nodes;
  });
  redefine('namedChildren', function () {
    if (this._namedChildren) return this._namedChildren;
    const nodes = namedChildren.call(this) as Node[];
    for (let index = 0; index < nodes.length; index++) nodes[index] = internNode(nodes[index]!);
    return nodes;
  });
  proto.childForFieldName = function (this: Node & Kept, fieldName: string) {
    // A prototype-less object, not a Map (one per node asked, so its size shows in the heap); no prototype,
    // since TypeScript's `new_expression` has a field named `constructor`.
    const fields = (this._fields ??= Object.create(null) as Record<string, Node | null>);
    let found = fields[fieldName];
    if (found === undefined) found = fields[fieldName] = internNode(childForFieldName.call(this, fieldName));
    return found;
  };
  proto.childrenForFieldName = function (this: Node, fieldName: string) {
    return childrenForFieldName.call(this, fieldName).map((node) => internNode(node));
  };
  proto.child = function (this: Node, index: number) {
    return internNode(child.call(this, index));
  };
  proto.namedChild = function (this: Node, index: number) {
    return internNode(namedChild.call(this, index));
  };
  // A whole-subtree query (no range) is kept per node and key; callers get a fresh array, so sorting one is harmless.
  proto.descendantsOfType = function (this: Node & Kept, types, startPosition, endPosition) {
    if (startPosition || endPosition) return walkQuery.call(this, types, startPosition, endPosition).map((node) => internNode(node));
    const wanted = typeof types === 'string' ? [types] : [...types];
    const key = typeof types === 'string' ? types : [...types].sort().join(',');
    const memo = (this._descendants ??= new Map());
    let nodes = memo.get(key);
    if (!nodes) {
      const list = collected(this, wanted);
      nodes = (list && fromCollected(this, wanted, list)) ?? walkQuery.call(this, types).map((node) => internNode(node));
      memo.set(key, nodes);
    }
    return nodes.slice();
  };
}
