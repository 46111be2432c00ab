import { LineIndex } from './line-index.js';

/**
 * A parsed file as plain JavaScript: every visible node of the tree-sitter tree in document (pre-)order, one
 * column per property. The checks ask hundreds of questions of every file (its calls, a call's callee, a
 * name's parent...); through web-tree-sitter each answer crossed into wasm and made a new object, which cost
 * more than parsing (docs/BENCHMARKS.md, seventh session). Here the wasm tree is read once
 * (`source/tree-snapshot.ts`) and freed; a node object is made only for an index a check reaches, once.
 *
 * The answers are web-tree-sitter's (the tests compare them on every node of the example agents; the 2,100 code
 * files of four public agent repositories were compared once, docs/BENCHMARKS.md): the same visible nodes,
 * types, fields and offsets in UTF-16 code units. One known difference: tree-sitter also finds a field that a
 * node inherits through an aliased child (Python's `match_statement` has `alternative`, the `case_clause` inside
 * its `block`; TypeScript's `type_query` has `object`), where this tree finds it on that child. No rule asks.
 */

/** tree-sitter's symbol for ERROR nodes (`ts_builtin_sym_error`, -1 as an unsigned 16-bit id). */
const ERROR_SYMBOL = 0xffff;

/** A grammar's names: `types[symbol]` and `fields[fieldId]`, as web-tree-sitter's `Language` lists them, and which symbols are named. */
export interface GrammarNames {
  readonly types: readonly string[];
  readonly fields: readonly (string | null)[];
  /** 1 where `types[symbol]` is a named node type (a node's symbol is its public, alias-aware one). */
  readonly named: Uint8Array;
}

/** The tables of a web-tree-sitter `Language`, read once per grammar. */
export function grammarNames(language: { types: string[]; fields: (string | null)[]; nodeTypeIsNamed(typeId: number): boolean }): GrammarNames {
  const named = new Uint8Array(language.types.length);
  for (let symbol = 0; symbol < named.length; symbol++) named[symbol] = language.nodeTypeIsNamed(symbol) ? 1 : 0;
  return { types: language.types, fields: language.fields, named };
}

/** The columns a snapshot fills, one entry per visible node in document order; index 0 is the root. */
export interface NodeColumns {
  count: number;
  symbols: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The parent's index; -1 for the root. */
  parents: Int32Array;
  /** One past the node's last descendant: its subtree is `[index, subtreeEnds[index])`. */
  subtreeEnds: Int32Array;
  fieldIds: Uint16Array;
  /** 1 for a MISSING node: a token the parser inserted to recover from an error. */
  missing: Uint8Array;
}

interface Point {
  row: number;
  column: number;
}

/** One key per set of type names, whatever their order. */
function queryKey(wanted: readonly string[]): string {
  return wanted.length === 1 ? wanted[0]! : [...wanted].sort().join(',');
}

/** Per grammar: which symbols carry each asked type name (several symbols may share one name). */
const symbolMasks = new WeakMap<GrammarNames, Map<string, Uint8Array>>();

function maskFor(names: GrammarNames, wanted: readonly string[]): Uint8Array {
  let masks = symbolMasks.get(names);
  if (!masks) symbolMasks.set(names, (masks = new Map()));
  const key = queryKey(wanted);
  let mask = masks.get(key);
  if (!mask) {
    // The last slot stands for ERROR, whose symbol (0xffff) is past the grammar's table.
    mask = new Uint8Array(names.types.length + 1);
    for (let symbol = 0; symbol < names.types.length; symbol++) if (wanted.includes(names.types[symbol]!)) mask[symbol] = 1;
    if (wanted.includes('ERROR')) mask[names.types.length] = 1;
    masks.set(key, mask);
  }
  return mask;
}

const fieldIdMaps = new WeakMap<GrammarNames, Map<string, number>>();

/** The grammar's id for a field name; 0 (no field) for a name it does not have. */
function fieldIdOf(names: GrammarNames, fieldName: string): number {
  let ids = fieldIdMaps.get(names);
  if (!ids) {
    ids = new Map();
    names.fields.forEach((name, id) => name !== null && id > 0 && ids!.set(name, id));
    fieldIdMaps.set(names, ids);
  }
  return ids.get(fieldName) ?? 0;
}

export class SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** Made the first time a check reaches an index. */
  private readonly nodes: Array<SyntaxNode | undefined>;
  private readonly rootQueries = new Map<string, SyntaxNode[]>();
  private lines: LineIndex | undefined;

  constructor(
    /** The text that was parsed; offsets are UTF-16 code units into it. */
    readonly text: string,
    readonly names: GrammarNames,
    readonly columns: NodeColumns,
    /** tree-sitter's own answer for the root (it sees hidden nodes the columns do not keep). */
    private readonly rootHasError: boolean,
  ) {
    this.nodes = new Array<SyntaxNode | undefined>(columns.count);
    this.rootNode = this.node(0)!;
  }

  /** The node at `index`, one object per index. */
  node(index: number): SyntaxNode | null {
    if (index < 0 || index >= this.columns.count) return null;
    return (this.nodes[index] ??= new SyntaxNode(this, index));
  }

  /** ERROR nodes are named; other nodes as their (alias-aware) symbol is. */
  namedAt(index: number): boolean {
    const symbol = this.columns.symbols[index]!;
    return symbol === ERROR_SYMBOL || this.names.named[symbol] === 1;
  }

  /** Below the root, from the visible ERROR and MISSING nodes (a hidden MISSING token is not kept; the checks ask only the root). */
  hasErrorAt(index: number): boolean {
    if (index === 0) return this.rootHasError;
    const { symbols, missing, subtreeEnds } = this.columns;
    for (let below = index; below < subtreeEnds[index]!; below++) if (symbols[below] === ERROR_SYMBOL || missing[below] === 1) return true;
    return false;
  }

  /** The nodes of `wanted` types at `index` or below, in document order. */
  descendantsOfType(index: number, wanted: readonly string[]): SyntaxNode[] {
    if (index !== 0) return this.scan(index, wanted);
    const key = queryKey(wanted);
    let found = this.rootQueries.get(key);
    if (!found) this.rootQueries.set(key, (found = this.scan(0, wanted)));
    // A copy, so that a caller may sort or push.
    return found.slice();
  }

  private scan(index: number, wanted: readonly string[]): SyntaxNode[] {
    const { symbols, ends, subtreeEnds } = this.columns;
    const mask = maskFor(this.names, wanted);
    const errorSlot = this.names.types.length;
    const found: SyntaxNode[] = [];
    const end = subtreeEnds[index]!;
    for (let below = index; below < end; below++) {
      const symbol = symbols[below]!;
      if (mask[symbol === ERROR_SYMBOL ? errorSlot : symbol] !== 1) continue;
      // tree-sitter's walk skips nodes that end at the very start of the file (zero-width there): so do we.
      if (ends[below] === 0) continue;
      found.push(this.node(below)!);
    }
    return found;
  }

  /** Row and column (UTF-16 code units), both from 0 as tree-sitter counts them: rows end at '\n'. */
  pointAt(offset: number): Point {
    const { line, column } = (this.lines ??= new LineIndex(this.text)).position(offset);
    return { row: line - 1, column: column - 1 };
  }
}

export class SyntaxNode {
  private childList: SyntaxNode[] | undefined;
  private namedChildList: SyntaxNode[] | undefined;

  constructor(
    readonly tree: SyntaxTree,
    /** Unique within its tree: the node's index in document order. */
    readonly id: number,
  ) {}

  get type(): string {
    const symbol = this.tree.columns.symbols[this.id]!;
    return symbol === ERROR_SYMBOL ? 'ERROR' : (this.tree.names.types[symbol] ?? 'ERROR');
  }

  get startIndex(): number {
    return this.tree.columns.starts[this.id]!;
  }

  get endIndex(): number {
    return this.tree.columns.ends[this.id]!;
  }

  get startPosition(): Point {
    return this.tree.pointAt(this.startIndex);
  }

  get endPosition(): Point {
    return this.tree.pointAt(this.endIndex);
  }

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  get isNamed(): boolean {
    return this.tree.namedAt(this.id);
  }

  get isMissing(): boolean {
    return this.tree.columns.missing[this.id] === 1;
  }

  get isError(): boolean {
    return this.tree.columns.symbols[this.id] === ERROR_SYMBOL;
  }

  get hasError(): boolean {
    return this.tree.hasErrorAt(this.id);
  }

  get parent(): SyntaxNode | null {
    return this.tree.node(this.tree.columns.parents[this.id]!);
  }

  /** Every visible child, named or not (punctuation, keywords), in order; the same array on every call. */
  get children(): SyntaxNode[] {
    return (this.childList ??= this.childrenWhere(() => true));
  }

  /** The named children, in order; the same array on every call. No object is made for the others. */
  get namedChildren(): SyntaxNode[] {
    return (this.namedChildList ??= this.childrenWhere((child) => this.tree.namedAt(child)));
  }

  /** The children whose index passes `keep`, read from the columns: a child's next sibling starts where its subtree ends. */
  private childrenWhere(keep: (child: number) => boolean): SyntaxNode[] {
    const { subtreeEnds } = this.tree.columns;
    const list: SyntaxNode[] = [];
    const end = subtreeEnds[this.id]!;
    for (let child = this.id + 1; child < end; child = subtreeEnds[child]!) if (keep(child)) list.push(this.tree.node(child)!);
    return list;
  }

  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): SyntaxNode | null {
    return this.namedChildren[index] ?? null;
  }

  /** The first child the grammar names `fieldName` (through hidden wrapper nodes, as tree-sitter does). */
  childForFieldName(fieldName: string): SyntaxNode | null {
    const fieldId = fieldIdOf(this.tree.names, fieldName);
    // tree-sitter looks fields up in the node's own production, and an ERROR node has none (its children may
    // still carry a field from a hidden node inside it, which `childrenForFieldName` reports, as tree-sitter does).
    if (fieldId === 0 || this.isError) return null;
    const { fieldIds, subtreeEnds } = this.tree.columns;
    const end = subtreeEnds[this.id]!;
    for (let child = this.id + 1; child < end; child = subtreeEnds[child]!) if (fieldIds[child] === fieldId) return this.tree.node(child);
    return null;
  }

  childrenForFieldName(fieldName: string): SyntaxNode[] {
    const fieldId = fieldIdOf(this.tree.names, fieldName);
    if (fieldId === 0) return [];
    const { fieldIds } = this.tree.columns;
    return this.childrenWhere((child) => fieldIds[child] === fieldId);
  }

  /** This node and its descendants of the given types, in document order; a fresh array on every call. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    return this.tree.descendantsOfType(this.id, typeof types === 'string' ? [types] : types);
  }
}
