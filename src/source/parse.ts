import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { Language as TreeSitterLanguage, Parser } from 'web-tree-sitter';
import type { Language } from './file-kinds.js';
import { grammarNames, SyntaxTree, type GrammarNames } from './syntax-tree.js';
import { snapshotColumns, wasmCursorCalls, type WasmCursorCalls } from './tree-snapshot.js';

/**
 * Tree-sitter through WebAssembly: the grammars ship their .wasm builds, so nothing is compiled at
 * install time. Everything loads lazily on the first parse, so text-only audits never pay for it.
 */
const require = createRequire(import.meta.url);

type Grammar = 'python' | 'typescript' | 'tsx';

const GRAMMAR_FILES: Record<Grammar, string> = {
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
};

let initialised: Promise<void> | undefined;
/** The wasm module's cursor functions, once `Parser.init` has filled in the module object (tree-snapshot.ts). */
let cursorCalls: WasmCursorCalls | undefined;

/** True once trees are read through the wasm module's own cursor functions, not the slower public cursor. */
export function readsTreesDirectly(): boolean {
  return cursorCalls !== undefined;
}

/**
 * V8 recompiles a grammar's hot wasm functions with its optimising compiler on a background thread after
 * a fixed budget of execution (about a dozen kilobytes of Python), and the main thread waits for that
 * compile (60-100 ms here) the next time it returns to the event loop. Parsing gains nothing measurable
 * from the optimised code when the main thread parses on its own (docs/BENCHMARKS.md, Start-up), so the
 * main thread raises the budget: small audits never pay for the compile, large ones still tier up. Worker
 * threads (only audits from 96 files and fleets start them) leave it alone, so a pool's parsers optimise as
 * before. Set before the first grammar compiles, as V8 reads it then.
 */
const WASM_TIERING_BUDGET = 1_000_000_000;

function init(): Promise<void> {
  if (isMainThread) setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  const module: Record<string, unknown> = {};
  return Parser.init(module).then(() => {
    cursorCalls = wasmCursorCalls(module);
  });
}

const parsers = new Map<Grammar, Promise<{ parser: Parser; names: GrammarNames }>>();

/** The grammar's .wasm file (a package path) for a file, or undefined when no grammar reads it. */
export function grammarFile(language: Language, filePath: string): string | undefined {
  const grammar = grammarFor(language, filePath);
  return grammar && GRAMMAR_FILES[grammar];
}

function grammarFor(language: Language, filePath: string): Grammar | undefined {
  if (language === 'python') return 'python';
  if (language === 'typescript') return filePath.endsWith('.tsx') ? 'tsx' : 'typescript';
  // The TSX grammar is a superset that reads plain JavaScript and JSX.
  if (language === 'javascript') return 'tsx';
  return undefined;
}

async function parserFor(grammar: Grammar): Promise<{ parser: Parser; names: GrammarNames }> {
  let loaded = parsers.get(grammar);
  if (!loaded) {
    loaded = (async () => {
      initialised ??= init();
      await initialised;
      const language = await TreeSitterLanguage.load(require.resolve(GRAMMAR_FILES[grammar]));
      const parser = new Parser();
      parser.setLanguage(language);
      return { parser, names: grammarNames(language) };
    })();
    parsers.set(grammar, loaded);
  }
  return loaded;
}

/**
 * Loads the grammars ahead of the first file, for a worker that waits for its first task while the main thread
 * walks the tree. Failures are left for the first real parse to meet.
 */
export function warmParsers(): void {
  for (const grammar of ['python', 'typescript'] as const) void parserFor(grammar).catch(() => undefined);
}

/**
 * Bracket nesting past this is generated or hostile code, not an agent: no rule reads it usefully, and
 * walking such a tree (here or in a rule) risks the stack. Real code in the corpus nests well under 100.
 */
export const MAX_BRACKET_DEPTH = 1000;

/** Deepest `(`/`[`/`{` nesting, by a linear count that ignores strings (an over-estimate is harmless). */
export function bracketDepth(text: string): number {
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
function isParserTrap(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && error.name === 'RuntimeError');
}

/** Drops every parser after a wasm trap: the next file gets fresh ones. */
function discardParsers(): void {
  // Not deleted: a caller may hold one between its await and its parse; a trap is rare enough to leak one.
  parsers.clear();
}

/**
 * True when `error` is a wasm trap or a stack overflow, i.e. input nested past what a walk or the parser can
 * take rather than a bug; after a wasm trap the parsers are dropped, since their instance state may be corrupt.
 */
export function recoverFromParserTrap(error: unknown): boolean {
  if (!isParserTrap(error)) return false;
  if (error instanceof Error && error.name === 'RuntimeError') discardParsers();
  return true;
}

/**
 * Parses a Python, TypeScript or JavaScript file into a `SyntaxTree` (the wasm tree is read once and freed);
 * undefined for other languages, too-deep files and parser traps.
 */
export async function parseSource(language: Language, filePath: string, text: string): Promise<SyntaxTree | undefined> {
  const grammar = grammarFor(language, filePath);
  if (!grammar) return undefined;
  // Too deep to be an agent's own code: the text rules (secrets, PII) still read the file.
  if (bracketDepth(text) > MAX_BRACKET_DEPTH) return undefined;
  const { parser, names } = await parserFor(grammar);
  try {
    const tree = parser.parse(text);
    if (!tree) return undefined;
    try {
      return new SyntaxTree(text, names, snapshotColumns(tree, text.length, cursorCalls), tree.rootNode.hasError);
    } finally {
      tree.delete();
    }
  } catch (error) {
    // A wasm trap (RuntimeError, "memory access out of bounds") or stack overflow may leave the parser's
    // instance state corrupt: drop it so the next file gets a fresh one, and end only this file's tree.
    if (!isParserTrap(error)) throw error;
    discardParsers();
    return undefined;
  }
}
