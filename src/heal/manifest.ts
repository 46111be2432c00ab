import { isStdlibModule } from './python-stdlib.js';
import { normalizePypiName } from '../util/pypi-name.js';

/**
 * Declares a third-party package a fix imports in the agent's own manifest, with a lower and an
 * upper bound, the way a reviewer would ask for it: `tenacity>=8.2,<10` in requirements.txt, an entry
 * of pyproject.toml's `[project] dependencies` array, or a key of `[tool.poetry.dependencies]`. Text
 * edits only, so comments and layout stay as written.
 */
export interface PythonPackage {
  /** The distribution name on PyPI. */
  name: string;
  /** A PEP 440 range: the oldest release with every API the fixes write, below the next major. */
  bound: string;
}

/**
 * The packages fixes import, by top-level module. tenacity: retry_if_exception_type, stop_after_attempt and
 * wait_exponential are all in 8.2; 9.1.2 (April 2025) is the newest major (https://github.com/jd/tenacity/releases).
 * requests 2.31 is the first release without CVE-2023-32681 (https://requests.readthedocs.io/en/latest/community/updates/).
 * httpx: 0.27 has TransportError and is still 0.x, so `<1` (https://www.python-httpx.org/changelog/).
 */
const PACKAGES: Record<string, PythonPackage> = {
  tenacity: { name: 'tenacity', bound: '>=8.2,<10' },
  requests: { name: 'requests', bound: '>=2.31,<3' },
  httpx: { name: 'httpx', bound: '>=0.27,<1' },
};

/** The package to declare for a module a fix imports; `null` for the standard library, undefined when unknown. */
export function packageForModule(module: string): PythonPackage | null | undefined {
  if (isStdlibModule(module)) return null;
  return PACKAGES[module.split('.')[0]!];
}


export type ManifestKind = 'requirements' | 'pyproject' | 'poetry';

/** A requirement string's distribution name: `crewai[tools]>=0.2` → `crewai`. */
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

interface Span {
  start: number;
  end: number;
}

/** The body of a TOML table `[name]`: from the line after its header to the next header (or the end). */
function tableSpan(text: string, name: string): Span | undefined {
  const header = new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\][ \\t]*(?:#.*)?\\r?$`, 'm').exec(text);
  if (!header) return undefined;
  const start = header.index + header[0].length + 1;
  const next = /^\[/m.exec(text.slice(start));
  return { start: Math.min(start, text.length), end: next ? start + next.index : text.length };
}

/** `dependencies = [ ... ]` inside `[project]`: the offsets of `[` and `]`, skipping brackets in strings and comments. */
function projectDependencies(text: string): { open: number; close: number } | undefined {
  const table = tableSpan(text, 'project');
  if (!table) return undefined;
  const key = /^dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(table.start, table.end));
  if (!key) return undefined;
  const open = table.start + key.index + key[0].length - 1;
  let quote: string | undefined;
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') index = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
    else if (char === ']') return { open, close: index };
  }
  return undefined;
}

/** Which form a pyproject.toml declares dependencies in, if any. */
export function pyprojectKind(text: string): ManifestKind | undefined {
  if (projectDependencies(text)) return 'pyproject';
  if (tableSpan(text, 'tool.poetry.dependencies')) return 'poetry';
  return undefined;
}

function stringsIn(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** The normalised names a manifest declares. */
export function declaredPackages(kind: ManifestKind, text: string): Set<string> {
  const names: string[] = [];
  if (kind === 'requirements') {
    for (const line of text.split(/\r?\n/)) {
      const trimmed = line.replace(/#.*/, '').trim();
      if (trimmed === '' || trimmed.startsWith('-')) continue;
      const name = REQUIREMENT_NAME.exec(trimmed)?.[1];
      if (name) names.push(name);
    }
  } else if (kind === 'pyproject') {
    const span = projectDependencies(text);
    if (span) for (const entry of stringsIn(text.slice(span.open + 1, span.close))) names.push(REQUIREMENT_NAME.exec(entry)?.[1] ?? '');
  } else {
    const table = tableSpan(text, 'tool.poetry.dependencies');
    if (table) for (const match of text.slice(table.start, table.end).matchAll(/^["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?[ \t]*=/gm)) names.push(match[1]!);
  }
  return new Set(names.filter(Boolean).map(normalizePypiName));
}

/** The manifest with `packages` added in its own style, or undefined when there is nowhere to add them. */
export function withPackages(kind: ManifestKind, text: string, packages: readonly PythonPackage[]): string | undefined {
  if (packages.length === 0) return text;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (kind === 'requirements') {
    const lines = packages.map((entry) => `${entry.name}${entry.bound}`);
    return `${text}${text === '' || text.endsWith('\n') ? '' : newline}${lines.join(newline)}${newline}`;
  }
  if (kind === 'poetry') {
    const table = tableSpan(text, 'tool.poetry.dependencies');
    if (!table) return undefined;
    // After the table's last non-blank line, so a blank line before the next table stays.
    const body = text.slice(table.start, table.end);
    const lastLine = body.trimEnd().length;
    const at = table.start + lastLine;
    const lines = packages.map((entry) => `${entry.name} = "${entry.bound}"`);
    return `${text.slice(0, at)}${lastLine === 0 ? '' : newline}${lines.join(newline)}${lastLine === 0 ? newline : ''}${text.slice(at)}`;
  }
  const span = projectDependencies(text);
  if (!span) return undefined;
  const inside = text.slice(span.open + 1, span.close);
  const entries = packages.map((entry) => `"${entry.name}${entry.bound}"`);
  if (!inside.includes('\n')) {
    // One line: `["a", "b"]` → `["a", "b", "tenacity>=8.2,<10"]`.
    const trimmed = inside.replace(/[\s,]*$/, '');
    const at = span.open + 1 + trimmed.length;
    return `${text.slice(0, at)}${trimmed.trim() === '' ? '' : ', '}${entries.join(', ')}${text.slice(at, span.close).replace(/^[\s,]*/, '')}${text.slice(span.close)}`;
  }
  // One entry per line: ours go after the last entry (and its comment), same indentation, trailing comma.
  const lastString = [...inside.matchAll(/"(?:[^"\\]|\\.)*"|'[^']*'/g)].at(-1);
  if (!lastString) {
    const indent = '    ';
    return `${text.slice(0, span.open + 1)}${newline}${entries.map((entry) => `${indent}${entry},`).join(newline)}${newline}${text.slice(span.close)}`;
  }
  const lastEnd = span.open + 1 + lastString.index + lastString[0].length;
  const lineStart = text.lastIndexOf('\n', lastEnd - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const hasComma = /^[ \t]*,/.test(text.slice(lastEnd));
  const lineEnd = text.indexOf('\n', lastEnd);
  const at = lineEnd === -1 || lineEnd > span.close ? span.close : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const before = hasComma ? text.slice(0, at) : `${text.slice(0, lastEnd)},${text.slice(lastEnd, at)}`;
  return `${before}${entries.map((entry) => `${newline}${indent}${entry},`).join('')}${text.slice(at)}`;
}
