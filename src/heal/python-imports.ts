import { isStdlibModule } from './python-stdlib.js';
import type { PythonImport, TextEdit } from './types.js';

/**
 * Adds the imports a fix needs, once, where isort or ruff would put them: merged into an existing
 * `from X import ...` line, else sorted into its section (standard library, third party, local), else
 * as a new section in section order, after the module docstring and any `from __future__` imports.
 * Works on text lines so comments and layout stay as written.
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

export function pythonImportEdits(text: string, imports: readonly PythonImport[], newline: string, localModules: ReadonlySet<string> = new Set()): TextEdit[] {
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
      const added = [...names].filter((name) => !present.map((entry) => entry.split(/\s+as\s+/)[0]).includes(name));
      // A sorted list stays sorted (isort/ruff order: CONSTANTS, Classes, functions); any other order gets the names appended.
      const merged = isSortedNames(present) ? [...present, ...added].sort(compareImportedNames) : [...present, ...added];
      const start = starts[index]!;
      edits.push({ start, end: start + line.length, text: `${head}${merged.join(', ')}${comment ?? ''}` });
    } else {
      additions.push(`from ${module} import ${[...names].join(', ')}`);
    }
  }
  if (additions.length === 0) return edits;
  edits.push(...placeAdditions(text, lines, starts, additions, newline, localModules));
  return edits;
}

/** isort's and ruff's `order-by-type`: UPPER_CASE constants, then CamelCase classes, then the rest, each by name. */
function compareImportedNames(a: string, b: string): number {
  const rank = (name: string) => (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) ? 0 : /^[A-Z]/.test(name) ? 1 : 2);
  return rank(a) - rank(b) || (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
}

function isSortedNames(names: readonly string[]): boolean {
  return names.every((name, index) => index === 0 || compareImportedNames(names[index - 1]!, name) <= 0);
}

type Section = 0 | 1 | 2 | 3;
/** isort/ruff sections, in file order: `__future__`, standard library, third party, first party/local. */
function sectionOf(module: string, localModules: ReadonlySet<string>): Section {
  if (module === '__future__') return 0;
  if (module.startsWith('.') || localModules.has(module.split('.')[0]!)) return 3;
  return isStdlibModule(module) ? 1 : 2;
}

interface ImportEntry {
  first: number;
  /** Index of the line after the statement (a parenthesised or continued import spans lines). */
  after: number;
  section: Section;
  key: string;
}

const IMPORT_MODULE = /^(?:import\s+([\w.]+)|from\s+(\.*[\w.]*)\s+import\b)/;
/** isort's default order inside a section: `import x` lines before `from x import` lines, then by module. */
const sortKey = (line: string): string => {
  const match = IMPORT_MODULE.exec(line);
  return `${line.startsWith('from') ? 1 : 0}${(match?.[1] ?? match?.[2] ?? '').toLowerCase()}`;
};

/** The leading block of top-level imports (after the docstring), with comments and blank lines between them. */
function leadingImports(lines: readonly string[], starts: readonly number[], from: number, localModules: ReadonlySet<string>): ImportEntry[] {
  const entries: ImportEntry[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (starts[index]! < from) continue;
    const line = lines[index]!.replace(/\r$/, '');
    if (IMPORT_LINE.test(line) || /^from\s+\S+\s+import\s*\($/.test(line)) {
      const first = index;
      // A parenthesised import continues until its closing parenthesis, a backslash to the next line.
      if (line.includes('(') && !line.includes(')')) while (index + 1 < lines.length && !lines[index]!.includes(')')) index++;
      while (index + 1 < lines.length && /\\\r?$/.test(lines[index]!)) index++;
      const match = IMPORT_MODULE.exec(line);
      entries.push({ first, after: index + 1, section: sectionOf(match?.[1] ?? match?.[2] ?? '', localModules), key: sortKey(line) });
    } else if (line.trim() !== '' && !line.startsWith('#')) break;
  }
  return entries;
}

/**
 * Where isort or ruff would put each new import: sorted into its own section when the file has one,
 * else as a new section (blank lines around it) between the sections before and after it. A module
 * docstring and `from __future__` imports stay first.
 */
function placeAdditions(text: string, lines: readonly string[], starts: readonly number[], additions: readonly string[], newline: string, localModules: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = [];
  const offsetOf = (line: number) => starts[line] ?? text.length;
  const entries = leadingImports(lines, starts, docstringEnd(text), localModules);
  const bySection = new Map<Section, string[]>();
  for (const line of [...additions].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))) {
    const section = sectionOf(IMPORT_MODULE.exec(line)?.[1] ?? IMPORT_MODULE.exec(line)?.[2] ?? '', localModules);
    bySection.set(section, [...(bySection.get(section) ?? []), line]);
  }
  const endPrefix = (at: number) => (at === text.length && text.length > 0 && !text.endsWith('\n') ? newline : '');
  for (const [section, group] of bySection) {
    const own = entries.filter((entry) => entry.section === section);
    if (own.length > 0) {
      for (const line of group) {
        const next = own.find((entry) => entry.key > sortKey(line));
        const at = next ? offsetOf(next.first) : offsetOf(own.at(-1)!.after);
        edits.push({ start: at, end: at, text: `${endPrefix(at)}${line}${newline}` });
      }
      continue;
    }
    const block = group.join(newline);
    const before = entries.filter((entry) => entry.section < section).at(-1);
    const after = entries.find((entry) => entry.section > section);
    if (before) {
      const at = offsetOf(before.after);
      // A following section right below (no blank line) gets one, so each section stands apart.
      const followedByImport = after !== undefined && after.first === before.after;
      edits.push({ start: at, end: at, text: `${endPrefix(at)}${newline}${block}${newline}${followedByImport ? newline : ''}` });
    } else if (after) {
      const at = offsetOf(after.first);
      edits.push({ start: at, end: at, text: `${block}${newline}${newline}` });
    } else {
      const at = docstringEnd(text);
      edits.push({ start: at, end: at, text: `${endPrefix(at)}${block}${newline}` });
    }
  }
  return edits;
}
