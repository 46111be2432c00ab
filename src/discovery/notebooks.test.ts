import { describe, expect, it } from 'vitest';
import { notebookCode } from './notebooks.js';

describe('notebookCode', () => {
  it('joins the code cells and drops shell escapes', () => {
    const text = JSON.stringify({ cells: [{ cell_type: 'markdown', source: '# Notes' }, { cell_type: 'code', source: ['!pip install crewai\n', 'from crewai import Agent\n'] }] });
    expect(notebookCode(text)).toBe('\nfrom crewai import Agent\n');
  });

  // Found by test/robustness.test.ts: `null` is valid JSON, and reading `.cells` of it stopped the whole audit.
  it.each(['null', '0', '"cells"', 'true', '[]', '{ not json'])('reads %s as no code instead of throwing', (text) => {
    expect(notebookCode(text)).toBe('');
  });
});
