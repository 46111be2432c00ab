import type { PythonImport, TextEdit } from './types.js';

/**
 * Adds the imports a fix needs, once, in the place a person would put them: merged into an existing
 * `from X import ...` line, else after the last top-level import, else after the module docstring and
 * any `from __future__` imports. Works on text lines so comments and layout stay as written.
 */
const IMPORT_LINE = /^(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+.+)\s*(?:#.*)?$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** End offset (after the newline) of the module docstring, when the file starts with one. */
function docstringEnd(text: string): number {
  const match = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[rRuU]?("""|''')[\s\S]*?\1[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

function hasImport(text: string, wanted: PythonImport): boolean {
  if ('module' in wanted) return new RegExp(`^import\\s+(?:[\\w.]+\\s*,\\s*)*${wanted.module.replace('.', '\\.')}(?:\\s|,|$)`, 'm').test(text);
  const existing = new RegExp(`^from\\s+${wanted.from.replace('.', '\\.')}\\s+import\\s+(.+)$`, 'm').exec(text);
  if (!existing) return false;
  const names = new Set((existing[1] ?? '').replace(/[()]/g, '').split(',').map((name) => name.trim().split(/\s+as\s+/)[0]));
  return wanted.names.every((name) => names.has(name));
}

export function pythonImportEdits(text: string, imports: readonly PythonImport[], newline: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing: PythonImport[] = [];
  for (const wanted of imports) if (!hasImport(text, wanted)) missing.push(wanted);
  if (missing.length === 0) return edits;

  const lines = text.split('\n');
  const starts = lineStarts(text);
  const additions: string[] = [];
  const fromGroups = new Map<string, Set<string>>();
  for (const wanted of missing) {
    if ('module' in wanted) {
      if (!additions.includes(`import ${wanted.module}`)) additions.push(`import ${wanted.module}`);
    } else {
      const group = fromGroups.get(wanted.from) ?? new Set<string>();
      wanted.names.forEach((name) => group.add(name));
      fromGroups.set(wanted.from, group);
    }
  }
  for (const [module, names] of fromGroups) {
    // Merge into a single-line `from module import a, b` when there is one.
    const index = lines.findIndex((line) => new RegExp(`^from\\s+${module.replace('.', '\\.')}\\s+import\\s+[^(\\\\]+$`).test(line.replace(/\r$/, '')));
    if (index !== -1) {
      const line = lines[index]!.replace(/\r$/, '');
      const [, head, list, comment] = /^(from\s+\S+\s+import\s+)([^#]*?)(\s*#.*)?$/.exec(line) ?? [];
      const present = (list ?? '').split(',').map((name) => name.trim()).filter(Boolean);
      const merged = [...present, ...[...names].filter((name) => !present.map((entry) => entry.split(/\s+as\s+/)[0]).includes(name))];
      const start = starts[index]!;
      edits.push({ start, end: start + line.length, text: `${head}${merged.join(', ')}${comment ?? ''}` });
    } else {
      additions.push(`from ${module} import ${[...names].join(', ')}`);
    }
  }
  if (additions.length === 0) return edits;

  // After the last top-level import of the leading import block, else after docstring / __future__.
  let insertAt = docstringEnd(text);
  let lastImportLine = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (starts[index]! < insertAt) continue;
    if (IMPORT_LINE.test(line)) {
      lastImportLine = index;
      // A parenthesised import continues until its closing parenthesis.
      if (line.includes('(') && !line.includes(')')) {
        while (index + 1 < lines.length && !lines[index]!.includes(')')) index++;
        lastImportLine = index;
      }
    } else if (line.trim() !== '' && !line.startsWith('#')) break;
  }
  if (lastImportLine !== -1) insertAt = starts[lastImportLine + 1] ?? text.length;
  const prefix = insertAt === text.length && !text.endsWith('\n') && text.length > 0 ? newline : '';
  edits.push({ start: insertAt, end: insertAt, text: `${prefix}${additions.join(newline)}${newline}` });
  return edits;
}
