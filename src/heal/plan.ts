import { pythonImportEdits } from './python-imports.js';
import type { Fix, PythonImport, TextEdit } from './types.js';

/**
 * Merges the fixes of one file into one edit plan. A fix is all-or-nothing: if any of its edits
 * overlaps an edit already accepted, the whole fix is dropped (and reported), never guessed at.
 * Imports the accepted fixes need are added once, after the edits are placed.
 */
export interface FilePlan {
  original: string;
  updated: string;
  applied: Fix[];
  dropped: Array<{ fix: Fix; reason: string }>;
}

/**
 * Edits overlap when they touch the same characters. Two insertions at one point do not: they are
 * applied in the order the fixes were planned (rule order, so deterministic), and the parse check
 * still guards the result. `f(a)` + `, timeout=60` + `, max_tokens=1024` is the common case.
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  // A stable sort keeps same-point insertions in planning order.
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** `localModules`: top-level names of the agent's own Python modules, so their imports sort as first party. */
export function planFile(text: string, fixes: readonly Fix[], language: 'python' | 'typescript' | 'javascript' | 'other', localModules?: ReadonlySet<string>): FilePlan {
  const accepted: TextEdit[] = [];
  const applied: Fix[] = [];
  const dropped: FilePlan['dropped'] = [];
  for (const fix of fixes) {
    const clash = fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)));
    if (clash) {
      dropped.push({ fix, reason: 'overlaps another fix in the same place' });
      continue;
    }
    accepted.push(...fix.edits);
    applied.push(fix);
  }
  let updated = applyEdits(text, accepted);
  const imports: PythonImport[] = applied.flatMap((fix) => fix.pythonImports ?? []);
  if (language === 'python' && imports.length > 0) {
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    updated = applyEdits(updated, pythonImportEdits(updated, imports, newline, localModules));
  }
  return { original: text, updated, applied, dropped };
}
