import { redactedLine } from '../audit/snippet.js';
import type { SensitiveSpan } from '../findings/model.js';

/** Kept in step with audit/snippet.ts: lines longer than this are cut around the focus. */
const MAX_LINE_CHARS = 200;
const FOCUS_LEAD = 60;

/** A range of the shown (redacted) line: UTF-16 offsets, end exclusive. */
export interface ShownRange {
  start: number;
  end: number;
}

interface Piece {
  rawStart: number;
  rawEnd: number;
  shownStart: number;
  shownEnd: number;
  /** A sensitive span: shown as its replacement, so any raw offset inside maps to the whole replacement. */
  masked: boolean;
}

/** The pieces redactedLine assembles a line from, walked exactly as it walks them. */
function piecesOf(text: string, lineStart: number, lineEnd: number, sensitive: readonly SensitiveSpan[]): { shown: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let shown = '';
  let cursor = lineStart;
  const plain = (to: number) => {
    pieces.push({ rawStart: cursor, rawEnd: to, shownStart: shown.length, shownEnd: shown.length + (to - cursor), masked: false });
    shown += text.slice(cursor, to);
  };
  for (const span of sensitive) {
    if (span.end <= lineStart || span.start >= lineEnd) continue;
    const from = Math.max(span.start, lineStart);
    if (from < cursor) continue;
    plain(from);
    const to = Math.min(span.end, lineEnd);
    pieces.push({ rawStart: from, rawEnd: to, shownStart: shown.length, shownEnd: shown.length + span.replacement.length, masked: true });
    shown += span.replacement;
    cursor = to;
  }
  plain(lineEnd);
  return { shown, pieces };
}

/** Where redactedLine centres a long line: its own reckoning of the focus, repeated so the cut is the same. */
function redactedLineFocus(pieces: readonly Piece[], focus: number): number {
  let at = 0;
  for (const piece of pieces) if (piece.masked && focus >= piece.rawStart) at = piece.shownStart;
  const last = pieces.at(-1);
  if (last && focus >= last.rawStart) at = last.shownStart + (focus - last.rawStart);
  return at;
}

/** Where a raw offset of the line lands in the shown text; `edge` says whether it starts or ends a range. */
function shownOffset(pieces: readonly Piece[], raw: number, edge: 'start' | 'end'): number {
  for (const piece of pieces) {
    if (raw < piece.rawStart || raw > piece.rawEnd) continue;
    if (piece.masked) {
      if (raw === piece.rawEnd && edge === 'start') continue; // starts right after the secret
      if (raw === piece.rawStart && edge === 'end') return piece.shownStart;
      return edge === 'start' ? piece.shownStart : piece.shownEnd;
    }
    return piece.shownStart + (raw - piece.rawStart);
  }
  return pieces.at(-1)?.shownEnd ?? 0;
}

/**
 * One line of code as report snippets show it (audit/snippet.ts `redactedLine`: every sensitive span
 * replaced by its redaction, long lines cut around the first range), with the raw ranges (offsets
 * into `text`) mapped onto the shown text. A range touching a secret covers its whole redaction, so a
 * mark never splits one. The text is always redactedLine's own; should the mapping ever disagree
 * with it, the line is shown without marks rather than with wrong ones.
 */
export function markedLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  sensitive: readonly SensitiveSpan[],
  ranges: ReadonlyArray<{ start: number; end: number }>,
): { text: string; ranges: Array<ShownRange | undefined> } {
  const focus = ranges.length > 0 ? Math.min(...ranges.map((range) => range.start)) : lineStart;
  const line = redactedLine(text, lineStart, lineEnd, sensitive, focus);
  const { shown, pieces } = piecesOf(text, lineStart, lineEnd, sensitive);
  const full = shown.replace(/\r$/, '');
  let expected: string;
  // Shown offsets of the uncut line become offsets of the cut one: shifted, and kept inside what is shown.
  let shift = 0;
  let floor = 0;
  let limit: number;
  if (full.length <= MAX_LINE_CHARS) {
    expected = full.trimEnd();
    limit = expected.length;
  } else {
    const start = Math.max(0, Math.min(redactedLineFocus(pieces, focus) - FOCUS_LEAD, full.length - MAX_LINE_CHARS));
    const prefix = start > 0 ? '…' : '';
    expected = `${prefix}${full.slice(start, start + MAX_LINE_CHARS)}${start + MAX_LINE_CHARS < full.length ? '…' : ''}`;
    shift = prefix.length - start;
    floor = prefix.length;
    limit = prefix.length + MAX_LINE_CHARS;
  }
  if (expected !== line) return { text: line, ranges: ranges.map(() => undefined) };
  return {
    text: line,
    ranges: ranges.map((range) => {
      const start = Math.max(floor, shownOffset(pieces, range.start, 'start') + shift);
      const end = Math.min(limit, shownOffset(pieces, range.end, 'end') + shift);
      return end > start ? { start, end } : undefined;
    }),
  };
}
