import { describe, expect, it } from 'vitest';
import { parseSource } from './parse.js';

describe('parseSource (tree-sitter wasm)', () => {
  it('parses Python, TypeScript, TSX and JavaScript', async () => {
    const python = await parseSource('python', 'agent.py', 'from google.adk.agents import Agent\nroot_agent = Agent(name="x")\n');
    expect(python?.rootNode.type).toBe('module');
    expect(python?.rootNode.hasError).toBe(false);
    expect(python?.rootNode.descendantsOfType('call')[0]?.childForFieldName('function')?.text).toBe('Agent');

    const typescript = await parseSource('typescript', 'a.ts', 'const x: number = await generateText({ model });\n');
    expect(typescript?.rootNode.hasError).toBe(false);
    const tsx = await parseSource('typescript', 'a.tsx', 'export const A = () => <div>{1}</div>;\n');
    expect(tsx?.rootNode.hasError).toBe(false);
    const javascript = await parseSource('javascript', 'a.js', 'module.exports = { run: () => 1 };\n');
    expect(javascript?.rootNode.type).toBe('program');
  });

  it('returns undefined for languages without a grammar', async () => {
    expect(await parseSource('other', 'a.yaml', 'a: 1\n')).toBeUndefined();
  });
});
