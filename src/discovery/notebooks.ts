/**
 * The Python code of a Jupyter notebook (its code cells, joined), so that crews and agents defined only in
 * notebooks are discovered like scripts. Anything that is not a readable notebook yields no code.
 */
export function notebookCode(text: string): string {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return '';
  }
  // `null`, a number or a string is valid JSON but no notebook.
  if (!document || typeof document !== 'object') return '';
  const cells = (document as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return '';
  const code: string[] = [];
  for (const cell of cells) {
    if (!cell || typeof cell !== 'object') continue;
    const { cell_type: type, source } = cell as { cell_type?: unknown; source?: unknown };
    if (type !== 'code') continue;
    if (typeof source === 'string') code.push(source);
    else if (Array.isArray(source)) code.push(source.filter((line): line is string => typeof line === 'string').join(''));
  }
  // Cell magics and shell escapes are not Python; drop them so imports below still parse line by line.
  return code.join('\n').replace(/^[ \t]*[!%].*$/gm, '');
}
