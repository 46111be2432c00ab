interface Range {
  /** Character offsets: the table header's line start (or 0 for the root table) and the next header's line start. */
  start: number;
  end: number;
  hasHeader: boolean;
}

const HEADER = /^[ \t]*\[\[?[ \t]*([^\]]+?)[ \t]*\]\]?[ \t]*(?:#.*)?$/;
const KEY_PART = /"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+)/g;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * smol-toml gives no positions, so entries are found again in the text: first the table header
 * (longest defined prefix of the path, n-th occurrence for arrays of tables), then each remaining
 * key, then the quoted value. Per-array cursors keep duplicate values on successive lines.
 */
export class TomlLocator {
  private readonly lineStarts: number[] = [0];
  private readonly tables = new Map<string, Range[]>();
  private readonly cursors = new Map<string, number>();
  private readonly firstHeader: number;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    const headers: { offset: number; path: string }[] = [];
    for (let n = 0; n < this.lineStarts.length; n++) {
      const start = this.lineStarts[n] ?? 0;
      const end = this.lineStarts[n + 1] ?? text.length;
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
      const re = new RegExp(`(?:^|[\\s{,.])(?:${escapeRe(key)}|"${escapeRe(key)}"|'${escapeRe(key)}')[ \\t]*[=.]`, 'gm');
      re.lastIndex = from;
      const m = re.exec(this.text);
      if (!m || m.index >= range.end) break;
      offset = m.index + (/^[\s{,.]/.test(m[0]) ? 1 : 0);
      from = offset + 1;
    }
    return { offset, end: range.end };
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function splitKey(raw: string): string[] {
  const parts: string[] = [];
  for (const m of raw.matchAll(KEY_PART)) parts.push(m[1] ?? m[2] ?? m[3] ?? '');
  return parts;
}
