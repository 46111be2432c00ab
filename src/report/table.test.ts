import { describe, expect, it } from 'vitest';
import { renderTable, renderTableRows, wrapCell } from './table.js';

describe('renderTable', () => {
  it('aligns text left and numbers right, as before', () => {
    expect(renderTable(['Agent', 'n'], [['agents/a', '1'], ['b', '12']])).toEqual(['Agent      n', 'agents/a   1', 'b         12']);
  });
});

describe('renderTableRows with a width', () => {
  const rows = [['agents/payments/refunds-assistant', 'langgraph, langchain', 'BLOCKED (policy)', '3']];

  it('fits every line into the width, wrapping text cells with a hanging indent', () => {
    const [header, row] = renderTableRows(['Agent', 'Frameworks', 'Verdict', 'error'], rows, [0, 1, 2], 60);
    for (const line of [...header!, ...row!]) expect(line.length).toBeLessThanOrEqual(60);
    expect(row!.length).toBeGreaterThan(1);
    expect(row![1]).toMatch(/^ {2}\S/);
    expect(row![0]).toMatch(/3$/);
  });

  it('leaves a table that fits alone', () => {
    expect(renderTableRows(['Agent'], [['a']], [0], 80)).toEqual([['Agent'], ['a']]);
  });
});

describe('wrapCell', () => {
  it('breaks after a slash when one is near the end', () => {
    expect(wrapCell('agents/payments/refunds', 16)).toEqual(['agents/payments/', '  refunds']);
  });

  it('cuts a cell with no break point at the width', () => {
    expect(wrapCell('abcdefghij', 4)).toEqual(['abcd', '  ef', '  gh', '  ij']);
  });
});
