import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { parseSource } from '../../source/parse.js';
import { descendantsInScope, descendantsWithin } from './within.js';

const example = (relative: string): string => readFileSync(fileURLToPath(new URL(`../../../examples/${relative}`, import.meta.url)), 'utf8');

/** The answer by walking every child: the node itself when it matches, then its subtree in document order. */
function walked(node: Node, types: ReadonlySet<string>): number[] {
  const ids: number[] = [];
  const visit = (current: Node): void => {
    if (types.has(current.type)) ids.push(current.id);
    for (const child of current.namedChildren) visit(child);
  };
  visit(node);
  return ids;
}

function everyNode(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (current: Node): void => {
    nodes.push(current);
    for (const child of current.namedChildren) visit(child);
  };
  visit(root);
  return nodes;
}

const CASES: Array<{ name: string; file: string; language: 'python' | 'typescript'; text: string; types: string[] }> = [
  {
    name: 'a Python example agent',
    file: 'agent.py',
    language: 'python',
    text: example('docs-qa/agent.py'),
    types: ['assignment', 'call', 'function_definition', 'for_in_clause', 'named_expression', 'as_pattern'],
  },
  {
    name: 'one-statement bodies and lambdas, whose bodies share their statement’s range',
    file: 'tool.py',
    language: 'python',
    text: 'def f(x):\n    y = x\n\ng = lambda: (z := 3)\nclass C:\n    a = 1\n',
    types: ['assignment', 'named_expression', 'expression_statement', 'block', 'parenthesized_expression'],
  },
  {
    name: 'a TypeScript example agent',
    file: 'agent.ts',
    language: 'typescript',
    text: example('billing-assistant-ts/src/agent.ts'),
    types: ['call_expression', 'if_statement', 'update_expression', 'statement_block', 'expression_statement'],
  },
];

describe('descendantsWithin', () => {
  it.each(CASES)('answers what a walk of every child answers, for every node of $name', async ({ file, language, text, types }) => {
    const tree = (await parseSource(language, file, text))!;
    const wanted = new Set(types);
    const nodes = everyNode(tree.rootNode);
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) expect(descendantsWithin(node, types).map((found) => found.id)).toEqual(walked(node, wanted));
  });
});

describe('descendantsInScope', () => {
  it('keeps what runs in the body: a nested def or lambda counts, what runs inside it does not', async () => {
    const text = 'def tool(x):\n    a = fetch(x)\n    def inner():\n        b = fetch(a)\n    f = lambda: fetch(x)\n    class C:\n        c = fetch(x)\n    return a\n';
    const tree = (await parseSource('python', 'tool.py', text))!;
    const tool = tree.rootNode.descendantsOfType('function_definition')[0]!;
    const body = tool.childForFieldName('body')!;
    const stops = ['function_definition', 'lambda', 'class_definition'];
    expect(descendantsInScope(body, ['call'], stops).map((node) => node.text)).toEqual(['fetch(x)']);
    expect(descendantsInScope(body, ['assignment', 'function_definition', 'lambda', 'class_definition'], stops).map((node) => node.type)).toEqual([
      'assignment',
      'function_definition',
      'assignment',
      'lambda',
      'class_definition',
    ]);
    expect(descendantsInScope(tool, ['function_definition'], stops).map((node) => node.text.split('(')[0])).toEqual(['def inner']);
  });
});
