import type { Tree, TreeCursor } from 'web-tree-sitter';
import type { NodeColumns } from './syntax-tree.js';

/**
 * Reads a web-tree-sitter tree into columns with one cursor walk. The walk asks four questions per node and makes
 * two or three moves; through `TreeCursor`'s getters each one copies the cursor into wasm memory and back (1.8 s for
 * the 400-agent fleet's 2.4 million nodes, more than parsing them), while calling the same exported functions of
 * the wasm module directly, with the cursor left in its transfer buffer, takes 0.45 s (docs/BENCHMARKS.md, seventh
 * session). The direct path needs the module
 * object, which `Parser.init` fills in (Emscripten's module argument) and web-tree-sitter does not export; when
 * it lacks a function (another web-tree-sitter version), the public cursor gives the same answers, slower.
 */
export interface WasmCursorCalls {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
}

const CURSOR_CALLS = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
] as const;

/** The module's cursor functions, or undefined when this web-tree-sitter does not have them all. */
export function wasmCursorCalls(module: Record<string, unknown>): WasmCursorCalls | undefined {
  const complete = CURSOR_CALLS.every((name) => typeof module[name] === 'function') && module['HEAP32'] instanceof Int32Array;
  return complete ? (module as unknown as WasmCursorCalls) : undefined;
}

/** What a cursor reports of its current node, and its moves: the one interface both paths give the walk. */
interface CursorReader {
  typeId(): number;
  missing(): boolean;
  start(): number;
  end(): number;
  fieldId(): number;
  firstChild(): boolean;
  nextSibling(): boolean;
  parent(): boolean;
  done(): void;
}

/** web-tree-sitter keeps addresses in indexed slots: a tree's `[0]`, a cursor's `[0]`..`[3]`. */
type Slots = Record<number, number>;

function directReader(cursor: TreeCursor, tree: Tree, calls: WasmCursorCalls): CursorReader {
  const address = (tree as unknown as Slots)[0]!;
  const slots = cursor as unknown as Slots;
  // The cursor functions read the cursor from the transfer buffer and write their moves back to it.
  const buffer = calls._ts_init() >> 2;
  let heap = calls.HEAP32;
  for (let slot = 0; slot < 4; slot++) heap[buffer + slot] = slots[slot]!;
  return {
    typeId: () => calls._ts_tree_cursor_current_node_type_id_wasm(address),
    missing: () => calls._ts_tree_cursor_current_node_is_missing_wasm(address) === 1,
    start: () => calls._ts_tree_cursor_start_index_wasm(address),
    end: () => calls._ts_tree_cursor_end_index_wasm(address),
    fieldId: () => calls._ts_tree_cursor_current_field_id_wasm(address),
    firstChild: () => calls._ts_tree_cursor_goto_first_child_wasm(address) === 1,
    nextSibling: () => calls._ts_tree_cursor_goto_next_sibling_wasm(address) === 1,
    parent: () => calls._ts_tree_cursor_goto_parent_wasm(address) === 1,
    done() {
      // Moves may have grown the cursor's stack (and wasm memory): take its state back before freeing it.
      heap = calls.HEAP32;
      for (let slot = 0; slot < 4; slot++) slots[slot] = heap[buffer + slot]!;
      cursor.delete();
    },
  };
}

function publicReader(cursor: TreeCursor): CursorReader {
  return {
    typeId: () => cursor.nodeTypeId,
    missing: () => cursor.nodeIsMissing,
    start: () => cursor.startIndex,
    end: () => cursor.endIndex,
    fieldId: () => cursor.currentFieldId,
    firstChild: () => cursor.gotoFirstChild(),
    nextSibling: () => cursor.gotoNextSibling(),
    parent: () => cursor.gotoParent(),
    done: () => cursor.delete(),
  };
}

function emptyColumns(capacity: number): NodeColumns {
  return {
    count: 0,
    symbols: new Uint16Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    parents: new Int32Array(capacity),
    subtreeEnds: new Int32Array(capacity),
    fieldIds: new Uint16Array(capacity),
    missing: new Uint8Array(capacity),
  };
}

/** The same nodes in arrays of `capacity` entries: doubled while reading, trimmed to `count` at the end. */
function resized(columns: NodeColumns, capacity: number): NodeColumns {
  const { count } = columns;
  const copy = emptyColumns(capacity);
  copy.count = count;
  copy.symbols.set(columns.symbols.subarray(0, count));
  copy.starts.set(columns.starts.subarray(0, count));
  copy.ends.set(columns.ends.subarray(0, count));
  copy.parents.set(columns.parents.subarray(0, count));
  copy.subtreeEnds.set(columns.subtreeEnds.subarray(0, count));
  copy.fieldIds.set(columns.fieldIds.subarray(0, count));
  copy.missing.set(columns.missing.subarray(0, count));
  return copy;
}

/** Every visible node of `tree` in document order; `textLength` sizes the first allocation. */
export function snapshotColumns(tree: Tree, textLength: number, calls: WasmCursorCalls | undefined): NodeColumns {
  const cursor = tree.walk();
  const reader = calls ? directReader(cursor, tree, calls) : publicReader(cursor);
  // About one visible node per four characters of code.
  let columns = emptyColumns(Math.max(64, textLength >> 2));
  let stack = new Int32Array(64);
  const record = (parent: number): number => {
    if (columns.count === columns.symbols.length) columns = resized(columns, columns.count * 2);
    const index = columns.count++;
    const start = reader.start();
    const end = reader.end();
    columns.symbols[index] = reader.typeId();
    columns.starts[index] = start;
    columns.ends[index] = end;
    columns.parents[index] = parent;
    columns.fieldIds[index] = reader.fieldId();
    // Only zero-width nodes can be MISSING: the others are not asked.
    columns.missing[index] = start === end && reader.missing() ? 1 : 0;
    return index;
  };
  try {
    let top = 0;
    stack[0] = record(-1);
    for (;;) {
      if (reader.firstChild()) {
        const child = record(stack[top]!);
        if (++top === stack.length) {
          const deeper = new Int32Array(stack.length * 2);
          deeper.set(stack);
          stack = deeper;
        }
        stack[top] = child;
        continue;
      }
      // No children: close this node, then its ancestors until one has a next sibling.
      for (;;) {
        columns.subtreeEnds[stack[top]!] = columns.count;
        if (--top < 0) return resized(columns, columns.count);
        if (reader.nextSibling()) {
          const sibling = record(stack[top]!);
          stack[++top] = sibling;
          break;
        }
        reader.parent();
      }
    }
  } finally {
    reader.done();
  }
}
