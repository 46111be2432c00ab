import { escapeForTerminal } from '../util/terminal-text.js';

/**
 * A plain aligned text table: first column left-aligned, numbers right-aligned. Colour is added by callers per row.
 * Cells hold names from the audited tree (paths, packages), so control characters are made visible first.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], leftAligned: readonly number[] = [0]): string[] {
  const safeRows = rows.map((row) => row.map(escapeForTerminal));
  const widths = header.map((title, column) => Math.max(title.length, ...safeRows.map((row) => (row[column] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (leftAligned.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [render(header), ...safeRows.map(render)];
}
