import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { parseSource, readsTreesDirectly } from './parse.js';
import type { SyntaxNode } from './syntax-tree.js';
import { snapshotColumns, wasmCursorCalls } from './tree-snapshot.js';

/**
 * The oracle is web-tree-sitter itself: every node of every example agent (and of broken code, whose trees hold
 * ERROR and MISSING nodes) must answer what the wasm node answers.
 */
const require = createRequire(import.meta.url);
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

function codeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(py|ts|tsx|js)$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const BROKEN: Array<[string, string]> = [
  ['broken.py', 'def f(:\n    call(1\nx = [\n'],
  ['missing.py', 'if x\n    y = (1,\n'],
  ['broken.ts', 'const a = f(1;\nfunction g( {\n  return h(\n'],
  ['broken.tsx', 'export const A = () => <div>{1</div>;\n'],
  ['empty.py', ''],
  ['unicode.py', 'name = "Zoë 🙂"\ncall(name, "naïve")  # ✓\n'],
  ['crlf.py', 'x = 1\r\nif x:\r\n    y = "a\\\r\nb"\r\n'],
  // About one node per character: more than the first allocation (one per four characters) holds.
  ['dense.py', `x = [${'1,'.repeat(300)}]\n`],
  ['surrogate.ts', 'const s = "\ud800 lone";\nconst t = `${s}\udfff`;\n'],
];

const CASES: Array<[string, string]> = [
  ...codeFiles(EXAMPLES).map((file): [string, string] => [path.relative(EXAMPLES, file), readFileSync(file, 'utf8')]),
  ...BROKEN,
];

const languages = new Map<string, Promise<Language>>();
function wasmLanguage(file: string): Promise<Language> {
  const wasm = file.endsWith('.py')
    ? 'tree-sitter-python/tree-sitter-python.wasm'
    : file.endsWith('.ts')
      ? 'tree-sitter-typescript/tree-sitter-typescript.wasm'
      : 'tree-sitter-typescript/tree-sitter-tsx.wasm';
  let language = languages.get(wasm);
  if (!language) languages.set(wasm, (language = Language.load(require.resolve(wasm))));
  return language;
}

const languageOf = (file: string) => (file.endsWith('.py') ? 'python' : file.endsWith('.js') ? 'javascript' : 'typescript') as 'python' | 'typescript' | 'javascript';

/** Both trees' nodes in the same (document) order. */
function pairs(wasm: Node, ours: SyntaxNode): Array<[Node, SyntaxNode]> {
  const found: Array<[Node, SyntaxNode]> = [];
  const pending: Array<[Node, SyntaxNode]> = [[wasm, ours]];
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    found.push(pair);
    const [theirs, mine] = pair;
    expect(mine.children.length, `children of ${theirs.type} at ${theirs.startIndex}`).toBe(theirs.children.length);
    for (let index = theirs.children.length - 1; index >= 0; index--) pending.push([theirs.children[index]!, mine.children[index]!]);
  }
  return found;
}

const shape = (node: { type: string; startIndex: number; endIndex: number } | null) => (node ? `${node.type}@${node.startIndex}-${node.endIndex}` : null);

const QUERIES = [['call'], ['identifier', 'string'], ['call_expression', 'arrow_function', 'pair'], ['function_definition', 'block', 'comment']];

describe('SyntaxTree answers what web-tree-sitter answers', () => {
  it.each(CASES)('on every node of %s', async (file, text) => {
    // parseSource first: it initialises web-tree-sitter.
    const ours = (await parseSource(languageOf(file), file, text))!;
    const language = await wasmLanguage(file);
    const parser = new Parser();
    parser.setLanguage(language);
    const wasm = parser.parse(text)!;
    try {
      const fields = language.fields.filter((name): name is string => name !== null);
      const nodes = pairs(wasm.rootNode, ours.rootNode);
      expect(nodes.length).toBe(ours.columns.count);
      const idOf = new Map(nodes.map(([theirs, mine]) => [theirs.id, mine.id]));
      expect(ours.rootNode.hasError).toBe(wasm.rootNode.hasError);
      for (const [theirs, mine] of nodes) {
        const where = `${theirs.type} at ${theirs.startIndex}`;
        expect([mine.type, mine.startIndex, mine.endIndex, mine.text], where).toEqual([theirs.type, theirs.startIndex, theirs.endIndex, theirs.text]);
        expect([mine.startPosition, mine.endPosition], where).toEqual([theirs.startPosition, theirs.endPosition]);
        expect([mine.isNamed, mine.isMissing, mine.isError], where).toEqual([theirs.isNamed, theirs.isMissing, theirs.isError]);
        expect(mine.parent?.id, where).toBe(theirs.parent ? idOf.get(theirs.parent.id) : undefined);
        expect(mine.namedChildren.map(shape), where).toEqual(theirs.namedChildren.map(shape));
        for (const field of fields) {
          expect(shape(mine.childForFieldName(field)), `${where}, field ${field}`).toBe(shape(theirs.childForFieldName(field)));
          expect(mine.childrenForFieldName(field).map(shape), `${where}, fields ${field}`).toEqual(theirs.childrenForFieldName(field).map(shape));
        }
        for (const types of QUERIES) expect(mine.descendantsOfType(types).map(shape), `${where}, ${types.join()}`).toEqual(theirs.descendantsOfType(types).map(shape));
      }
    } finally {
      wasm.delete();
      parser.delete();
    }
  });

  it('reads trees through the wasm module’s functions with this web-tree-sitter, and knows when a module lacks them', async () => {
    await parseSource('python', 'agent.py', 'x = 1\n');
    // A web-tree-sitter upgrade that renames them falls back to the public cursor: correct, but 4x slower.
    expect(readsTreesDirectly()).toBe(true);
    expect(wasmCursorCalls({})).toBeUndefined();
    expect(wasmCursorCalls({ HEAP32: new Int32Array(4), _ts_init: () => 0 })).toBeUndefined();
  });

  it('reads the same columns through the public cursor as through the wasm module’s functions', async () => {
    for (const [file, text] of CASES.slice(0, 4)) {
      const ours = (await parseSource(languageOf(file), file, text))!;
      const parser = new Parser();
      parser.setLanguage(await wasmLanguage(file));
      const wasm = parser.parse(text)!;
      expect(snapshotColumns(wasm, text.length, undefined), file).toEqual(ours.columns);
      wasm.delete();
      parser.delete();
    }
  });

  it('hands out one object per node, and a fresh array per query', async () => {
    const tree = (await parseSource('python', 'agent.py', 'def f(x):\n    return g(x)\n'))!;
    const call = tree.rootNode.descendantsOfType('call')[0]!;
    expect(tree.rootNode.descendantsOfType('call')[0]).toBe(call);
    expect(call.parent?.parent?.parent).toBe(tree.rootNode.namedChildren[0]);
    const calls = tree.rootNode.descendantsOfType('call');
    calls.push(call);
    expect(tree.rootNode.descendantsOfType('call')).toHaveLength(1);
  });
});
