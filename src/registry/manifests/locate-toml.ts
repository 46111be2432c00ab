import { LineIndex } from '../../source/line-index.js';

interface Range {
  /** Character offsets: the table header's line start (or 0 for the root table) and the next header's line start. */
  start: number;
  end: number;
  hasHeader: boolean;
}

/** The name starts and ends with a non-blank, so blanks around it have one way to match (a lazy name was quadratic). */
const HEADER = /^[ \t]*\[\[?[ \t]*([^\]\s](?:[^\]]*[^\]\s])?)[ \t]*\]\]?[ \t]*(?:#.*)?$/;

const KEY_BEFORE = /[\s{,.]/;
const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The first `key`, `"key"` or `'key'` at or after `from` that starts a line or follows a blank, `{`,
 * `,` or `.`, and is followed by blanks and `=` or `.`. Searched with indexOf: a pattern built from a
 * key was too large to compile for a long key, and rescanned near-misses.
 */
function findKey(text: string, key: string, from: number): { offset: number; matchStart: number } | undefined {
  let best: { offset: number; matchStart: number } | undefined;
  // Unquoted only when TOML allows it bare, so no literal searched for can hold a blank.
  for (const literal of [...(BARE_KEY.test(key) ? [key] : []), `"${key}"`, `'${key}'`]) {
    for (let at = text.indexOf(literal, from); at >= 0 && (!best || at < best.offset); at = text.indexOf(literal, at + 1)) {
      const before = at === 0 ? '' : text[at - 1]!;
      const separated = at - 1 >= from && KEY_BEFORE.test(before);
      if (!separated && at !== 0 && !LINE_BREAK.test(before)) continue;
      let next = at + literal.length;
      while (text[next] === ' ' || text[next] === '\t') next++;
      if (text[next] !== '=' && text[next] !== '.') continue;
      best = { offset: at, matchStart: separated ? at - 1 : at };
      break;
    }
  }
  return best;
}

/**
 * smol-toml gives no positions, so entries are found again in the text: first the table header
 * (longest defined prefix of the path, n-th occurrence for arrays of tables), then each remaining
 * key, then the quoted value. Per-array cursors keep duplicate values on successive lines.
 */
export class TomlLocator {
  private readonly lines: LineIndex;
  private readonly tables = new Map<string, Range[]>();
  private readonly cursors = new Map<string, number>();
  private readonly firstHeader: number;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    const headers: { offset: number; path: string }[] = [];
    for (let line = 1; line <= this.lines.lineCount; line++) {
      const start = this.lines.lineStart(line);
      const end = this.lines.lineStart(line + 1);
      const m = HEADER.exec(text.slice(start, end).replace(/\r?\n$/, ''));
      if (m?.[1]) headers.push({ offset: start, path: splitKey(m[1]).join('\0') });
    }
    this.firstHeader = headers[0]?.offset ?? text.length;
    headers.forEach((h, i) => {
      const range = { start: h.offset, end: headers[i + 1]?.offset ?? text.length, hasHeader: true };
      const list = this.tables.get(h.path) ?? [];
      list.push(range);
      this.tables.set(h.path, list);
    });
  }

  /** 1-based line where `table` (its `occurrence`-th instance) + `keys` is defined. */
  keyLine(table: string[], keys: string[] = [], occurrence = 0): number {
    return this.lineOf(this.anchor(table, keys, occurrence).offset);
  }

  /** 1-based line of the quoted `literal` inside the array/value at table + keys. */
  valueLine(table: string[], keys: string[], literal: string, occurrence = 0): number {
    const { offset, end } = this.anchor(table, keys, occurrence);
    const cursorKey = [...table, String(occurrence), ...keys].join('\0');
    const from = Math.max(offset, this.cursors.get(cursorKey) ?? 0);
    // Escaped quotes differ between text and value: fall back to the part before the first quote.
    const probes = [literal, literal.split(/["'\\]/)[0] ?? ''].filter((p) => p !== '');
    for (const probe of probes) {
      for (const q of ['"', "'"]) {
        const at = this.text.indexOf(q + probe, from);
        if (at >= 0 && at < end) {
          this.cursors.set(cursorKey, at + 1);
          return this.lineOf(at);
        }
      }
    }
    return this.lineOf(offset);
  }

  private anchor(table: string[], keys: string[], occurrence: number): { offset: number; end: number } {
    const full = [...table, ...keys];
    let range: Range = { start: 0, end: this.firstHeader, hasHeader: false };
    let rest = full;
    const own = this.tables.get(table.join('\0'));
    const after = own?.[occurrence]?.start ?? 0;
    const before = own?.[occurrence + 1]?.start ?? Infinity;
    for (let k = full.length; k > 0; k--) {
      const list = this.tables.get(full.slice(0, k).join('\0'));
      // Sub-tables of the n-th array element (e.g. [package.source]) are the first ones after it.
      const found = k === table.length ? list?.[occurrence] : k > table.length ? list?.find((r) => r.start >= after && r.start < before) : list?.[0];
      if (found) {
        range = found;
        rest = full.slice(k);
        break;
      }
    }
    let offset = range.start;
    let from = range.hasHeader ? (this.text.indexOf('\n', range.start) + 1 || range.end) : range.start;
    for (const key of rest) {
      const found = findKey(this.text, key, from);
      if (!found || found.matchStart >= range.end) break;
      offset = found.offset;
      from = offset + 1;
    }
    return { offset, end: range.end };
  }

  private lineOf(offset: number): number {
    return this.lines.position(offset).line;
  }
}

/**
 * The parts of a dotted key (`tool.poetry."my.group"`), quoted parts kept as written. A loop rather
 * than a global pattern: a header-like line inside a multi-line string may open a quote it never
 * closes, and a pattern rescanned the rest of the line from every such quote (quadratic).
 */
function splitKey(raw: string): string[] {
  const parts: string[] = [];
  const unclosed = new Set<string>();
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if ((c === '"' || c === "'") && !unclosed.has(c)) {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += c === '"' && raw[j] === '\\' ? 2 : 1;
      if (j < raw.length) {
        parts.push(raw.slice(i + 1, j));
        i = j + 1;
        continue;
      }
      // No closing quote: none later can close either, so they are skipped without another scan.
      unclosed.add(c);
      i++;
      continue;
    }
    if (/[A-Za-z0-9_-]/.test(c)) {
      let j = i + 1;
      while (j < raw.length && /[A-Za-z0-9_-]/.test(raw[j]!)) j++;
      parts.push(raw.slice(i, j));
      i = j;
      continue;
    }
    i++;
  }
  return parts;
}
