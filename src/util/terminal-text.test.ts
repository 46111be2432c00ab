import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from './terminal-text.js';

describe('escapeForTerminal', () => {
  it.each([
    ['agents/\u001b[31mred\u001b[0m.py', 'agents/\\x1b[31mred\\x1b[0m.py'],
    ['invoice\u202Etxt.py', 'invoice\\u202etxt.py'],
    ['a.py\n    ✖ forged.py:1:1  secret/fake', 'a.py\\n    ✖ forged.py:1:1  secret/fake'],
    ['tab\there\rcr', 'tab\\there\\rcr'],
    ['bell\u0007 del\u007f c1\u009b', 'bell\\x07 del\\x7f c1\\x9b'],
    ['isolate\u2066x\u2069 mark\u200f', 'isolate\\u2066x\\u2069 mark\\u200f'],
  ])('makes %j visible', (input, shown) => {
    expect(escapeForTerminal(input)).toBe(shown);
  });

  it('leaves ordinary names, including non-Latin ones, alone', () => {
    expect(escapeForTerminal('agents/café/エージェント.py')).toBe('agents/café/エージェント.py');
  });

  it('is linear on a long line of control characters', () => {
    const started = performance.now();
    expect(escapeForTerminal('\u001b'.repeat(1_000_000)).length).toBe(4_000_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
