// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { createRequire } from "node:module";
import { Language, Node, Parser } from "web-tree-sitter";
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";
// src/source/node-cache.ts
/**
* web-tree-sitter makes a new `Node` object for every answer (`parent`, `namedChildren`, a field), and every
* property read crosses into wasm; the checks ask the same nodes the same questions many times (scopes for every
* call, the parents of every name, the children of every body). Here each node is one object per tree (by its id,
* unique within a tree), and what a node answers is kept on that object. Trees are never edited (heal works on
* text and parses again), so a kept answer never goes stale.
*/
var canonical = /* @__PURE__ */ new WeakMap();
/** The one object for this node of its tree. */
function internNode(node) {
	if (!node) return node;
	let byId = canonical.get(node.tree);
	if (!byId) canonical.set(node.tree, byId = /* @__PURE__ */ new Map());
	const known = byId.get(node.id);
	if (known) return known;
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
var askedTypes = /* @__PURE__ */ new Map();
var trees = /* @__PURE__ */ new WeakMap();
/** Makes `tree` answer its queries from one collected walk (see `askedTypes`); `tree.rootNode` is pinned. */
function answerQueriesInJs(tree) {
	const root = internNode(tree.rootNode);
	trees.set(tree, { root });
	Object.defineProperty(tree, "rootNode", { value: root });
	return tree;
}
function collected(node, wanted) {
	const state = trees.get(node.tree);
	if (!state || wanted.includes("ERROR")) return void 0;
	const language = node.tree.language;
	let asked = askedTypes.get(language);
	if (!asked) askedTypes.set(language, asked = /* @__PURE__ */ new Set());
	if (!state.collected) {
		if (node === state.root) for (const type of wanted) asked.add(type);
		if (asked.size === 0) return void 0;
		const nodes = walkQuery.call(state.root, [...asked]).map((found) => internNode(found));
		state.collected = {
			nodes,
			types: nodes.map((found) => found.type),
			covers: new Set(asked)
		};
	}
	if (wanted.every((type) => state.collected.covers.has(type))) return state.collected;
	if (node === state.root) for (const type of wanted) asked.add(type);
}
/**
* The answer the wasm walk gives, from the collected list: the nodes of `wanted` types that are `node` or
* below it, in document order. The list is in walk order, so start offsets never decrease; a node's
* descendants are the nodes inside its range, except where ranges cannot tell (another node with exactly the
* same range, an ancestor or a descendant; a zero-width node on the boundary, inside or a sibling): then
* undefined, and the caller asks wasm.
*/
function fromCollected(node, wanted, list) {
	const set = new Set(wanted);
	const { nodes, types } = list;
	if (node === trees.get(node.tree)?.root) return nodes.filter((_, index) => set.has(types[index]));
	const start = node.startIndex;
	const end = node.endIndex;
	const found = [];
	for (let index = firstStartingFrom(nodes, start); index < nodes.length; index++) {
		const candidate = nodes[index];
		const candidateStart = candidate.startIndex;
		if (candidateStart > end) break;
		if (!set.has(types[index])) continue;
		const candidateEnd = candidate.endIndex;
		if (candidateEnd > end) continue;
		if (candidateStart === start && candidateEnd === end) {
			if (candidate.id !== node.id) return void 0;
		} else if (candidateStart === candidateEnd && (candidateStart === start || candidateStart === end)) return void 0;
		found.push(candidate);
	}
	return found;
}
/** The index of the first node of a document-ordered list that starts at `start` or later (binary search). */
function firstStartingFrom(nodes, start) {
	let low = 0;
	let high = nodes.length;
	while (low < high) {
		const middle = low + high >>> 1;
		if (nodes[middle].startIndex < start) low = middle + 1;
		else high = middle;
	}
	return low;
}
/** The library's own walk, before the patch below. */
var walkQuery = Node.prototype.descendantsOfType;
var installed = false;
function getter(name) {
	const get = Object.getOwnPropertyDescriptor(Node.prototype, name)?.get;
	if (!get) throw new Error(`web-tree-sitter Node has no ${name} getter`);
	return get;
}
function redefine(name, get) {
	Object.defineProperty(Node.prototype, name, {
		get,
		configurable: true,
		enumerable: false
	});
}
/** Patches `Node.prototype` once (the first parse); only reads are cached, every answer stays what wasm says. */
function installNodeCaches() {
	if (installed) return;
	installed = true;
	const type = getter("type");
	const endIndex = getter("endIndex");
	const text = getter("text");
	const parent = getter("parent");
	const hasError = getter("hasError");
	const children = getter("children");
	const namedChildren = getter("namedChildren");
	const proto = Node.prototype;
	const childForFieldName = proto.childForFieldName;
	const childrenForFieldName = proto.childrenForFieldName;
	const child = proto.child;
	const namedChild = proto.namedChild;
	redefine("type", function() {
		return this._type ??= type.call(this);
	});
	redefine("endIndex", function() {
		return this._endIndex ??= endIndex.call(this);
	});
	redefine("text", function() {
		return this._text ??= text.call(this);
	});
	redefine("hasError", function() {
		return this._hasError ??= hasError.call(this);
	});
	redefine("parent", function() {
		if (this._parent === void 0) this._parent = internNode(parent.call(this));
		return this._parent;
	});
	redefine("children", function() {
		if (this._children) return this._children;
		const nodes = children.call(this);
		for (let index = 0; index < nodes.length; index++) nodes[index] = internNode(nodes[index]);
		return nodes;
	});
	redefine("namedChildren", function() {
		if (this._namedChildren) return this._namedChildren;
		const nodes = namedChildren.call(this);
		for (let index = 0; index < nodes.length; index++) nodes[index] = internNode(nodes[index]);
		return nodes;
	});
	proto.childForFieldName = function(fieldName) {
		const fields = this._fields ??= Object.create(null);
		let found = fields[fieldName];
		if (found === void 0) found = fields[fieldName] = internNode(childForFieldName.call(this, fieldName));
		return found;
	};
	proto.childrenForFieldName = function(fieldName) {
		return childrenForFieldName.call(this, fieldName).map((node) => internNode(node));
	};
	proto.child = function(index) {
		return internNode(child.call(this, index));
	};
	proto.namedChild = function(index) {
		return internNode(namedChild.call(this, index));
	};
	proto.descendantsOfType = function(types, startPosition, endPosition) {
		if (startPosition || endPosition) return walkQuery.call(this, types, startPosition, endPosition).map((node) => internNode(node));
		const wanted = typeof types === "string" ? [types] : [...types];
		const key = typeof types === "string" ? types : [...types].sort().join(",");
		const memo = this._descendants ??= /* @__PURE__ */ new Map();
		let nodes = memo.get(key);
		if (!nodes) {
			const list = collected(this, wanted);
			nodes = (list && fromCollected(this, wanted, list)) ?? walkQuery.call(this, types).map((node) => internNode(node));
			memo.set(key, nodes);
		}
		return nodes.slice();
	};
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
	return Parser.init();
}
var parsers = /* @__PURE__ */ new Map();
function grammarFor(language, filePath) {
	if (language === "python") return "python";
	if (language === "typescript") return filePath.endsWith(".tsx") ? "tsx" : "typescript";
	if (language === "javascript") return "tsx";
}
async function parserFor(grammar) {
	let parser = parsers.get(grammar);
	if (!parser) {
		parser = (async () => {
			initialised ??= init();
			await initialised;
			const language = await Language.load(require.resolve(GRAMMAR_FILES[grammar]));
			const instance = new Parser();
			instance.setLanguage(language);
			return instance;
		})();
		parsers.set(grammar, parser);
	}
	return parser;
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
/** Parses a Python, TypeScript or JavaScript file; undefined for other languages, too-deep files and parser traps. */
async function parseSource(language, filePath, text) {
	const grammar = grammarFor(language, filePath);
	if (!grammar) return void 0;
	if (bracketDepth(text) > 1e3) return void 0;
	const parser = await parserFor(grammar);
	installNodeCaches();
	try {
		const tree = parser.parse(text);
		return tree ? answerQueriesInJs(tree) : void 0;
	} catch (error) {
		if (!isParserTrap(error)) throw error;
		discardParsers();
		return;
	}
}
export { firstStartingFrom as i, recoverFromParserTrap as n, warmParsers as r, parseSource as t };
