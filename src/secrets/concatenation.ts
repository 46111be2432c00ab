import { languageOf } from '../source/file-kinds.js';
/**
 * Runs of adjacent string literals joined into one value: `"sk-proj-" + "AbC…"` in Python and
 * JavaScript/TypeScript, and Python's implicit `"a" "b"`. A key split this way escapes every
 * detector, so the engine scans the joined value too. One forward pass, no regex: a 1 MB line of
 * `"a"+"a"+…` costs one walk over it.
 */

export type ConcatLanguage = 'python' | 'js';

/** One plain literal of a run: `start`/`end` cover the quotes (and a Python `r`/`u` prefix). */
export interface LiteralPiece {
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
}

export function concatLanguageOf(path: string | undefined): ConcatLanguage | undefined {
  if (path === undefined) return undefined;
  const language = languageOf(path);
  return language === 'python' ? 'python' : language === 'other' ? undefined : 'js';
}

const PYTHON_PLAIN_PREFIXES = new Set(['', 'r', 'u']);
const PYTHON_PREFIXES = new Set(['', 'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

function isIdentifierChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127
  );
}

/** End (one past the closing quote) of a one-line literal opened at `open`, or -1 when it is unterminated. */
function closeOfLine(text: string, open: number, quote: string): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** End of a literal that may span lines (triple quotes, template literals), or the text's end. */
function closeOfBlock(text: string, from: number, closer: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(closer, i)) return i + closer.length;
  }
  return text.length;
}

/**
 * Every run of two or more plain literals joined by `+` (or, in Python, by nothing but space,
 * line breaks and comments). Literals with interpolation (f-strings, `${}` templates), bytes and
 * triple-quoted blocks break a run; so does a literal that is the operand of something tighter
 * than `+` (`"b".upper()`, `"b" * 3`, `"b"[0]`).
 */
export function concatenatedRuns(text: string, language: ConcatLanguage): LiteralPiece[][] {
  const runs: LiteralPiece[][] = [];
  let run: LiteralPiece[] = [];
  let afterPiece = false;
  let sawPlus = false;

  const flush = (): void => {
    // Most tokens flush an empty or one-piece run: only a kept run needs a new array.
    if (run.length >= 2) {
      runs.push(run);
      run = [];
    } else if (run.length > 0) run.length = 0;
    afterPiece = false;
    sawPlus = false;
  };
  const addPiece = (piece: LiteralPiece): void => {
    if (!(afterPiece && (sawPlus || language === 'python'))) flush();
    run.push(piece);
    afterPiece = true;
    sawPlus = false;
  };
  /** A token that is not a plain literal; a tighter operator right after a literal takes it out of the run. */
  const other = (c: string): void => {
    if (afterPiece && !sawPlus && (c === '.' || c === '[' || c === '(' || c === '*' || c === '%' || c === '@')) run.pop();
    flush();
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r'))) {
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '+') {
      if (afterPiece && !sawPlus && text[i + 1] !== '=' && text[i + 1] !== '+') sawPlus = true;
      else flush();
      i++;
      continue;
    }
    if (language === 'python' && c === '#') {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? n : newline;
      continue;
    }
    if (language === 'js' && c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const close = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = close < 0 ? n : text[i + 1] === '/' ? close : close + 2;
      continue;
    }
    if (isIdentifierChar(code)) {
      let j = i + 1;
      while (j < n && isIdentifierChar(text.charCodeAt(j))) j++;
      // Only a name right before a quote can be a string prefix (`f"`, `rb'`): no copy of the others.
      const prefix = language === 'python' && (text[j] === '"' || text[j] === "'") ? text.slice(i, j).toLowerCase() : undefined;
      if (prefix !== undefined && PYTHON_PREFIXES.has(prefix)) {
        i = pythonLiteral(i, j, prefix);
      } else {
        other(c);
        i = j;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      i = language === 'python' ? pythonLiteral(i, i, '') : jsQuoted(i);
      continue;
    }
    if (c === '`' && language === 'js') {
      const end = closeOfBlock(text, i + 1, '`');
      const body = text.slice(i + 1, end - 1);
      const closed = end - 1 > i && text[end - 1] === '`';
      if (closed && !body.includes('${')) addPiece({ start: i, end, contentStart: i + 1, contentEnd: end - 1 });
      else other(c);
      i = end;
      continue;
    }
    other(c);
    i++;
  }
  flush();
  return runs;

  /** A Python literal whose prefix starts at `start` and quote at `open`; returns where to go on. */
  function pythonLiteral(start: number, open: number, prefix: string): number {
    const quote = text[open]!;
    if (text.startsWith(quote.repeat(3), open)) {
      other(quote);
      return closeOfBlock(text, open + 3, quote.repeat(3));
    }
    const end = closeOfLine(text, open, quote);
    if (end < 0) {
      other(quote);
      return lineEnd(open);
    }
    if (PYTHON_PLAIN_PREFIXES.has(prefix)) addPiece({ start, end, contentStart: open + 1, contentEnd: end - 1 });
    else other(quote);
    return end;
  }

  /** An unterminated literal ends at its line, as the language's own tokenizer decides; never rescan the line. */
  function lineEnd(from: number): number {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? n : newline;
  }

  function jsQuoted(open: number): number {
    const end = closeOfLine(text, open, text[open]!);
    if (end < 0) {
      other(text[open]!);
      return lineEnd(open);
    }
    addPiece({ start: open, end, contentStart: open + 1, contentEnd: end - 1 });
    return end;
  }
}
