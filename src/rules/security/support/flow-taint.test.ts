import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../source/parse.js';
import { PythonTaint } from './python-taint.js';

describe('FlowTaint.taintedNames', () => {
  it('names the tainted variables and leaves every node’s children in source order for later readers', async () => {
    const tree = (await parseSource('python', 'tool.py', 'def tool(query, limit):\n    fetch(query, "static", limit)\n'))!;
    const tool = tree.rootNode.descendantsOfType('function_definition')[0]!;
    const call = tool.descendantsOfType('call')[0]!;
    const args = call.childForFieldName('arguments')!;
    const before = args.namedChildren.map((child) => child.text);
    const taint = new PythonTaint(tool, ['query', 'limit']);
    expect(taint.taintedNames(args).sort()).toEqual(['limit', 'query']);
    expect(args.namedChildren.map((child) => child.text)).toEqual(before);
    expect(before).toEqual(['query', '"static"', 'limit']);
  });
});
