import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('plural', () => {
  it('adds s to any count but one, or takes the plural it is given', () => {
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(2, 'finding')).toBe('2 findings');
    expect(plural(1, 'fix', 'fixes')).toBe('1 fix');
    expect(plural(3, 'fix', 'fixes')).toBe('3 fixes');
  });
});
