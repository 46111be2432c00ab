import { describe, expect, it } from 'vitest';
import { parseSource } from '../../source/parse.js';
import { descendantsInScope } from './within.js';

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
