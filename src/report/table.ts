/** A plain aligned text table: first column left-aligned, numbers right-aligned. Colour is added by callers per row. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], leftAligned: readonly number[] = [0]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (leftAligned.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)];
}
