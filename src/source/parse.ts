import { createRequire } from 'node:module';
import { Language as TreeSitterLanguage, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { Language } from './file-kinds.js';

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
const parsers = new Map<Grammar, Promise<Parser>>();

function grammarFor(language: Language, filePath: string): Grammar | undefined {
  if (language === 'python') return 'python';
  if (language === 'typescript') return filePath.endsWith('.tsx') ? 'tsx' : 'typescript';
  // The TSX grammar is a superset that reads plain JavaScript and JSX.
  if (language === 'javascript') return 'tsx';
  return undefined;
}

async function parserFor(grammar: Grammar): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = (async () => {
      initialised ??= Parser.init();
      await initialised;
      const language = await TreeSitterLanguage.load(require.resolve(GRAMMAR_FILES[grammar]));
      const instance = new Parser();
      instance.setLanguage(language);
      return instance;
    })();
    parsers.set(grammar, parser);
  }
  return parser;
}

/**
 * Thirty-odd rules each ask the root for "every call" or "every assignment"; each such query walks
 * the whole tree inside wasm and marshals every node. Answering repeated queries from a per-file memo
 * turns that into one walk per node type. Callers get a fresh array, so sorting one is harmless.
 */
function memoiseRootQueries(tree: Tree): Tree {
  const root = tree.rootNode;
  const query = root.descendantsOfType.bind(root);
  const memo = new Map<string, Node[]>();
  root.descendantsOfType = (types, startPosition, endPosition) => {
    if (startPosition || endPosition) return query(types, startPosition, endPosition);
    const key = typeof types === 'string' ? types : [...types].sort().join(',');
    let nodes = memo.get(key);
    if (!nodes) {
      nodes = query(types);
      memo.set(key, nodes);
    }
    return nodes.slice();
  };
  Object.defineProperty(tree, 'rootNode', { value: root });
  return tree;
}

/** Parses a Python, TypeScript or JavaScript file; undefined for other languages. */
export async function parseSource(language: Language, filePath: string, text: string): Promise<Tree | undefined> {
  const grammar = grammarFor(language, filePath);
  if (!grammar) return undefined;
  const parser = await parserFor(grammar);
  const tree = parser.parse(text);
  return tree ? memoiseRootQueries(tree) : undefined;
}
