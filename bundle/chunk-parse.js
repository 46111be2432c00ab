// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as LineIndex } from "./chunk-line-index.js";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";
import { Language, Parser } from "web-tree-sitter";
// src/source/syntax-tree.ts
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
var ERROR_SYMBOL = 65535;
/** The tables of a web-tree-sitter `Language`, read once per grammar. */
function grammarNames(language) {
	const named = new Uint8Array(language.types.length);
	for (let symbol = 0; symbol < named.length; symbol++) named[symbol] = language.nodeTypeIsNamed(symbol) ? 1 : 0;
	return {
		types: language.types,
		fields: language.fields,
		named
	};
}
/** One key per set of type names, whatever their order. */
function queryKey(wanted) {
	return wanted.length === 1 ? wanted[0] : [...wanted].sort().join(",");
}
/** Per grammar: which symbols carry each asked type name (several symbols may share one name). */
var symbolMasks = /* @__PURE__ */ new WeakMap();
function maskFor(names, wanted) {
	let masks = symbolMasks.get(names);
	if (!masks) symbolMasks.set(names, masks = /* @__PURE__ */ new Map());
	const key = queryKey(wanted);
	let mask = masks.get(key);
	if (!mask) {
		mask = new Uint8Array(names.types.length + 1);
		for (let symbol = 0; symbol < names.types.length; symbol++) if (wanted.includes(names.types[symbol])) mask[symbol] = 1;
		if (wanted.includes("ERROR")) mask[names.types.length] = 1;
		masks.set(key, mask);
	}
	return mask;
}
var fieldIdMaps = /* @__PURE__ */ new WeakMap();
/** The grammar's id for a field name; 0 (no field) for a name it does not have. */
function fieldIdOf(names, fieldName) {
	let ids = fieldIdMaps.get(names);
	if (!ids) {
		ids = /* @__PURE__ */ new Map();
		names.fields.forEach((name, id) => name !== null && id > 0 && ids.set(name, id));
		fieldIdMaps.set(names, ids);
	}
	return ids.get(fieldName) ?? 0;
}
var SyntaxTree = class {
	text;
	names;
	columns;
	rootHasError;
	rootNode;
	/** Made the first time a check reaches an index. */
	nodes;
	rootQueries = /* @__PURE__ */ new Map();
	lines;
	constructor(text, names, columns, rootHasError) {
		this.text = text;
		this.names = names;
		this.columns = columns;
		this.rootHasError = rootHasError;
		this.nodes = new Array(columns.count);
		this.rootNode = this.node(0);
	}
	/** The node at `index`, one object per index. */
	node(index) {
		if (index < 0 || index >= this.columns.count) return null;
		return this.nodes[index] ??= new SyntaxNode(this, index);
	}
	/** ERROR nodes are named; other nodes as their (alias-aware) symbol is. */
	namedAt(index) {
		const symbol = this.columns.symbols[index];
		return symbol === ERROR_SYMBOL || this.names.named[symbol] === 1;
	}
	/** Below the root, from the visible ERROR and MISSING nodes (a hidden MISSING token is not kept; the checks ask only the root). */
	hasErrorAt(index) {
		if (index === 0) return this.rootHasError;
		const { symbols, missing, subtreeEnds } = this.columns;
		for (let below = index; below < subtreeEnds[index]; below++) if (symbols[below] === ERROR_SYMBOL || missing[below] === 1) return true;
		return false;
	}
	/** The nodes of `wanted` types at `index` or below, in document order. */
	descendantsOfType(index, wanted) {
		if (index !== 0) return this.scan(index, wanted);
		const key = queryKey(wanted);
		let found = this.rootQueries.get(key);
		if (!found) this.rootQueries.set(key, found = this.scan(0, wanted));
		return found.slice();
	}
	scan(index, wanted) {
		const { symbols, ends, subtreeEnds } = this.columns;
		const mask = maskFor(this.names, wanted);
		const errorSlot = this.names.types.length;
		const found = [];
		const end = subtreeEnds[index];
		for (let below = index; below < end; below++) {
			const symbol = symbols[below];
			if (mask[symbol === ERROR_SYMBOL ? errorSlot : symbol] !== 1) continue;
			if (ends[below] === 0) continue;
			found.push(this.node(below));
		}
		return found;
	}
	/** Row and column (UTF-16 code units), both from 0 as tree-sitter counts them: rows end at '\n'. */
	pointAt(offset) {
		const { line, column } = (this.lines ??= new LineIndex(this.text)).position(offset);
		return {
			row: line - 1,
			column: column - 1
		};
	}
};
var SyntaxNode = class {
	tree;
	id;
	childList;
	namedChildList;
	constructor(tree, id) {
		this.tree = tree;
		this.id = id;
	}
	get type() {
		const symbol = this.tree.columns.symbols[this.id];
		return symbol === ERROR_SYMBOL ? "ERROR" : this.tree.names.types[symbol] ?? "ERROR";
	}
	get startIndex() {
		return this.tree.columns.starts[this.id];
	}
	get endIndex() {
		return this.tree.columns.ends[this.id];
	}
	get startPosition() {
		return this.tree.pointAt(this.startIndex);
	}
	get endPosition() {
		return this.tree.pointAt(this.endIndex);
	}
	get text() {
		return this.tree.text.slice(this.startIndex, this.endIndex);
	}
	get isNamed() {
		return this.tree.namedAt(this.id);
	}
	get isMissing() {
		return this.tree.columns.missing[this.id] === 1;
	}
	get isError() {
		return this.tree.columns.symbols[this.id] === ERROR_SYMBOL;
	}
	get hasError() {
		return this.tree.hasErrorAt(this.id);
	}
	get parent() {
		return this.tree.node(this.tree.columns.parents[this.id]);
	}
	/** Every visible child, named or not (punctuation, keywords), in order; the same array on every call. */
	get children() {
		return this.childList ??= this.childrenWhere(() => true);
	}
	/** The named children, in order; the same array on every call. No object is made for the others. */
	get namedChildren() {
		return this.namedChildList ??= this.childrenWhere((child) => this.tree.namedAt(child));
	}
	/** The children whose index passes `keep`, read from the columns: a child's next sibling starts where its subtree ends. */
	childrenWhere(keep) {
		const { subtreeEnds } = this.tree.columns;
		const list = [];
		const end = subtreeEnds[this.id];
		for (let child = this.id + 1; child < end; child = subtreeEnds[child]) if (keep(child)) list.push(this.tree.node(child));
		return list;
	}
	child(index) {
		return this.children[index] ?? null;
	}
	namedChild(index) {
		return this.namedChildren[index] ?? null;
	}
	/** The first child the grammar names `fieldName` (through hidden wrapper nodes, as tree-sitter does). */
	childForFieldName(fieldName) {
		const fieldId = fieldIdOf(this.tree.names, fieldName);
		if (fieldId === 0 || this.isError) return null;
		const { fieldIds, subtreeEnds } = this.tree.columns;
		const end = subtreeEnds[this.id];
		for (let child = this.id + 1; child < end; child = subtreeEnds[child]) if (fieldIds[child] === fieldId) return this.tree.node(child);
		return null;
	}
	childrenForFieldName(fieldName) {
		const fieldId = fieldIdOf(this.tree.names, fieldName);
		if (fieldId === 0) return [];
		const { fieldIds } = this.tree.columns;
		return this.childrenWhere((child) => fieldIds[child] === fieldId);
	}
	/** This node and its descendants of the given types, in document order; a fresh array on every call. */
	descendantsOfType(types) {
		return this.tree.descendantsOfType(this.id, typeof types === "string" ? [types] : types);
	}
};
// src/source/tree-snapshot.ts
var CURSOR_CALLS = [
	"_ts_init",
	"_ts_tree_cursor_goto_first_child_wasm",
	"_ts_tree_cursor_goto_next_sibling_wasm",
	"_ts_tree_cursor_goto_parent_wasm",
	"_ts_tree_cursor_current_node_type_id_wasm",
	"_ts_tree_cursor_current_node_is_missing_wasm",
	"_ts_tree_cursor_start_index_wasm",
	"_ts_tree_cursor_end_index_wasm",
	"_ts_tree_cursor_current_field_id_wasm"
];
/** The module's cursor functions, or undefined when this web-tree-sitter does not have them all. */
function wasmCursorCalls(module) {
	return CURSOR_CALLS.every((name) => typeof module[name] === "function") && module["HEAP32"] instanceof Int32Array ? module : void 0;
}
function directReader(cursor, tree, calls) {
	const address = tree[0];
	const slots = cursor;
	const buffer = calls._ts_init() >> 2;
	let heap = calls.HEAP32;
	for (let slot = 0; slot < 4; slot++) heap[buffer + slot] = slots[slot];
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
			heap = calls.HEAP32;
			for (let slot = 0; slot < 4; slot++) slots[slot] = heap[buffer + slot];
			cursor.delete();
		}
	};
}
function publicReader(cursor) {
	return {
		typeId: () => cursor.nodeTypeId,
		missing: () => cursor.nodeIsMissing,
		start: () => cursor.startIndex,
		end: () => cursor.endIndex,
		fieldId: () => cursor.currentFieldId,
		firstChild: () => cursor.gotoFirstChild(),
		nextSibling: () => cursor.gotoNextSibling(),
		parent: () => cursor.gotoParent(),
		done: () => cursor.delete()
	};
}
function emptyColumns(capacity) {
	return {
		count: 0,
		symbols: new Uint16Array(capacity),
		starts: new Int32Array(capacity),
		ends: new Int32Array(capacity),
		parents: new Int32Array(capacity),
		subtreeEnds: new Int32Array(capacity),
		fieldIds: new Uint16Array(capacity),
		missing: new Uint8Array(capacity)
	};
}
/** The same nodes in arrays of `capacity` entries: doubled while reading, trimmed to `count` at the end. */
function resized(columns, capacity) {
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
function snapshotColumns(tree, textLength, calls) {
	const cursor = tree.walk();
	const reader = calls ? directReader(cursor, tree, calls) : publicReader(cursor);
	let columns = emptyColumns(Math.max(64, textLength >> 2));
	let stack = /* @__PURE__ */ new Int32Array(64);
	const record = (parent) => {
		if (columns.count === columns.symbols.length) columns = resized(columns, columns.count * 2);
		const index = columns.count++;
		const start = reader.start();
		const end = reader.end();
		columns.symbols[index] = reader.typeId();
		columns.starts[index] = start;
		columns.ends[index] = end;
		columns.parents[index] = parent;
		columns.fieldIds[index] = reader.fieldId();
		columns.missing[index] = start === end && reader.missing() ? 1 : 0;
		return index;
	};
	try {
		let top = 0;
		stack[0] = record(-1);
		for (;;) {
			if (reader.firstChild()) {
				const child = record(stack[top]);
				if (++top === stack.length) {
					const deeper = new Int32Array(stack.length * 2);
					deeper.set(stack);
					stack = deeper;
				}
				stack[top] = child;
				continue;
			}
			for (;;) {
				columns.subtreeEnds[stack[top]] = columns.count;
				if (--top < 0) return resized(columns, columns.count);
				if (reader.nextSibling()) {
					const sibling = record(stack[top]);
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
// src/source/parse.ts
/**
* Tree-sitter through WebAssembly: the grammars ship their .wasm builds, so nothing is compiled at
* install time. Everything loads lazily on the first parse, so text-only audits never pay for it.
*/
var require = createRequire(import.meta.url);
var GRAMMAR_FILES = {
	python: "tree-sitter-python/tree-sitter-python.wasm",
	typescript: "tree-sitter-typescript/tree-sitter-typescript.wasm",
	tsx: "tree-sitter-typescript/tree-sitter-tsx.wasm"
};
var initialised;
/** The wasm module's cursor functions, once `Parser.init` has filled in the module object (tree-snapshot.ts). */
var cursorCalls;
/**
* V8 recompiles a grammar's hot wasm functions with its optimising compiler on a background thread after
* a fixed budget of execution (about a dozen kilobytes of Python), and the main thread waits for that
* compile (60-100 ms here) the next time it returns to the event loop. Parsing gains nothing measurable
* from the optimised code when the main thread parses on its own (docs/BENCHMARKS.md, Start-up), so the
* main thread raises the budget: small audits never pay for the compile, large ones still tier up. Worker
* threads (only audits from 96 files and fleets start them) leave it alone, so a pool's parsers optimise as
* before. Set before the first grammar compiles, as V8 reads it then.
*/
var WASM_TIERING_BUDGET = 1e9;
function init() {
	if (isMainThread) setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
	const module = {};
	return Parser.init(module).then(() => {
		cursorCalls = wasmCursorCalls(module);
	});
}
var parsers = /* @__PURE__ */ new Map();
function grammarFor(language, filePath) {
	if (language === "python") return "python";
	if (language === "typescript") return filePath.endsWith(".tsx") ? "tsx" : "typescript";
	if (language === "javascript") return "tsx";
}
async function parserFor(grammar) {
	let loaded = parsers.get(grammar);
	if (!loaded) {
		loaded = (async () => {
			initialised ??= init();
			await initialised;
			const language = await Language.load(require.resolve(GRAMMAR_FILES[grammar]));
			const parser = new Parser();
			parser.setLanguage(language);
			return {
				parser,
				names: grammarNames(language)
			};
		})();
		parsers.set(grammar, loaded);
	}
	return loaded;
}
/**
* Loads the grammars ahead of the first file, for a worker that waits for its first task while the main thread
* walks the tree. Failures are left for the first real parse to meet.
*/
function warmParsers() {
	for (const grammar of ["python", "typescript"]) parserFor(grammar).catch(() => void 0);
}
/** Deepest `(`/`[`/`{` nesting, by a linear count that ignores strings (an over-estimate is harmless). */
function bracketDepth(text) {
	let depth = 0;
	let deepest = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 40 || code === 91 || code === 123) {
			if (++depth > deepest) deepest = depth;
		} else if ((code === 41 || code === 93 || code === 125) && depth > 0) depth--;
	}
	return deepest;
}
/** A wasm trap (`WebAssembly.RuntimeError`: "memory access out of bounds", "unreachable") or a stack overflow. */
function isParserTrap(error) {
	return error instanceof RangeError || error instanceof Error && error.name === "RuntimeError";
}
/** Drops every parser after a wasm trap: the next file gets fresh ones. */
function discardParsers() {
	parsers.clear();
}
/**
* True when `error` is a wasm trap or a stack overflow, i.e. input nested past what a walk or the parser can
* take rather than a bug; after a wasm trap the parsers are dropped, since their instance state may be corrupt.
*/
function recoverFromParserTrap(error) {
	if (!isParserTrap(error)) return false;
	if (error instanceof Error && error.name === "RuntimeError") discardParsers();
	return true;
}
/**
* Parses a Python, TypeScript or JavaScript file into a `SyntaxTree` (the wasm tree is read once and freed);
* undefined for other languages, too-deep files and parser traps.
*/
async function parseSource(language, filePath, text) {
	const grammar = grammarFor(language, filePath);
	if (!grammar) return void 0;
	if (bracketDepth(text) > 1e3) return void 0;
	const { parser, names } = await parserFor(grammar);
	try {
		const tree = parser.parse(text);
		if (!tree) return void 0;
		try {
			return new SyntaxTree(text, names, snapshotColumns(tree, text.length, cursorCalls), tree.rootNode.hasError);
		} finally {
			tree.delete();
		}
	} catch (error) {
		if (!isParserTrap(error)) throw error;
		discardParsers();
		return;
	}
}
export { recoverFromParserTrap as n, warmParsers as r, parseSource as t };
