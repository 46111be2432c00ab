import type { Node } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { parseSource } from './parse.js';

/** The oracle: every visible node at or below `node` in document order (what the wasm walk visits), by type. */
function walked(node: Node, types: readonly string[]): number[] {
  const found: number[] = [];
  const pending: Node[] = [node];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (types.includes(current.type)) found.push(current.id);
    for (let index = current.children.length - 1; index >= 0; index--) pending.push(current.children[index]!);
  }
  return found;
}

function everyNode(root: Node): Node[] {
  const nodes: Node[] = [];
  const pending: Node[] = [root];
  for (let current = pending.pop(); current; current = pending.pop()) {
    nodes.push(current);
    pending.push(...current.children);
  }
  return nodes;
}

const PYTHON = `import requests
from tools import lookup as find

@tool
def fetch(url: str, retries=3):
    """Fetch a page."""
    for attempt in range(retries):
        with requests.Session() as session:
            response = session.get(url, timeout=10)
        if (status := response.status_code) == 200:
            return [line for line in response.text.splitlines() if line]
    return find(url)

class Crew:
    def run(self):
        handler = lambda event: print(event)
        handler(self.kickoff(inputs={"topic": "x"}))

result = fetch("https://example.com")
`;

const TYPESCRIPT = `import { generateText, tool } from 'ai';
import * as z from 'zod';

export const weather = tool({
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    const response = await fetch(\`https://api.example.com/\${city}\`);
    let tries = 0;
    for (const key in response) tries += 1;
    return new Response(await response.text());
  },
});

function run(prompt: string) {
  return generateText({ model, prompt, tools: { weather }, maxSteps: 5 });
}
`;

const TYPE_SETS = [
  ['call'],
  ['call', 'assignment', 'keyword_argument'],
  ['function_definition', 'lambda', 'class_definition'],
  ['identifier'],
  ['call_expression', 'new_expression'],
  ['assignment_expression', 'augmented_assignment_expression', 'for_in_statement', 'variable_declarator'],
  ['arrow_function', 'pair', 'object'],
  ['string', 'comment'],
];

describe('queries answered in JS (node-cache)', () => {
  for (const [language, name, text] of [
    ['python', 'agent.py', PYTHON],
    ['typescript', 'agent.ts', TYPESCRIPT],
    ['python', 'broken.py', 'def f(:\n    call(1\nx = [\n'],
    ['typescript', 'broken.ts', 'const a = f(1;\nfunction g( {\n  return h(\n'],
  ] as const) {
    it(`gives the wasm walk's answer on every node of ${name}, in document order`, async () => {
      // The first tree's queries go to wasm and teach the thread the types; the second tree's come from its one walk.
      for (const pass of ['first tree', 'second tree']) {
        const tree = await parseSource(language, name, text);
        expect(tree).toBeDefined();
        const nodes = everyNode(tree!.rootNode);
        for (const types of TYPE_SETS) {
          for (const node of nodes) {
            expect(node.descendantsOfType([...types]).map((found) => found.id), `${pass}: ${node.type} ${types.join(',')}`).toEqual(walked(node, types));
          }
        }
      }
    });
  }

  it("leaves a query for 'ERROR' to wasm, and later queries unharmed", async () => {
    const broken = await parseSource('python', 'broken.py', 'def f(:\n    call(1)\n');
    broken!.rootNode.descendantsOfType(['ERROR', 'call']);
    const tree = await parseSource('python', 'agent.py', PYTHON);
    expect(tree!.rootNode.descendantsOfType('call').map((found) => found.id)).toEqual(walked(tree!.rootNode, ['call']));
    expect(walked(tree!.rootNode, ['call']).length).toBeGreaterThan(5);
  });

  it('hands out one object per node, so answers kept on it are shared', async () => {
    const tree = await parseSource('python', 'agent.py', PYTHON);
    const root = tree!.rootNode;
    const call = root.descendantsOfType('call')[0]!;
    expect(call.parent?.parent).toBe(call.parent?.parent);
    expect(call.childForFieldName('function')).toBe(call.childForFieldName('function'));
    expect(root.namedChildren[0]!.parent).toBe(root);
    expect(tree!.rootNode).toBe(root);
  });

  it("keeps fields whatever their names: TypeScript's new_expression has one called constructor", async () => {
    const tree = await parseSource('typescript', 'agent.ts', TYPESCRIPT);
    const created = tree!.rootNode.descendantsOfType('new_expression')[0]!;
    expect(created.childForFieldName('constructor')?.text).toBe('Response');
    expect(created.childForFieldName('constructor')?.text).toBe('Response');
    expect(created.childForFieldName('toString')).toBeNull();
  });

  it('returns a fresh array each time, so a caller may sort it', async () => {
    const tree = await parseSource('python', 'agent.py', PYTHON);
    const first = tree!.rootNode.descendantsOfType('call');
    first.reverse();
    expect(tree!.rootNode.descendantsOfType('call')[0]!.startIndex).toBeLessThan(first[0]!.startIndex);
  });
});
