import { redactedPieces, snippetOf, type LinePiece } from '../audit/snippet.js';
import type { SensitiveSpan } from '../findings/model.js';

/** A range of the shown (redacted) line: UTF-16 offsets, end exclusive. */
export interface ShownRange {
  start: number;
  end: number;
}

/** Where a raw offset of the line lands in the shown text; `edge` says whether it starts or ends a range. */
function shownOffset(pieces: readonly LinePiece[], raw: number, edge: 'start' | 'end'): number {
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
 * One line of code as report snippets show it (audit/snippet.ts: every sensitive span replaced by its redaction,
 * long lines cut around the first range), with the raw ranges (offsets into `text`) mapped onto the shown text
 * through the same pieces the snippet is built from. A range touching a secret covers its whole redaction, so a
 * mark never splits one.
 */
export function markedLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  sensitive: readonly SensitiveSpan[],
  ranges: ReadonlyArray<{ start: number; end: number }>,
): { text: string; ranges: Array<ShownRange | undefined> } {
  const focus = ranges.length > 0 ? Math.min(...ranges.map((range) => range.start)) : lineStart;
  const { shown, pieces } = redactedPieces(text, lineStart, lineEnd, sensitive);
  const line = snippetOf(shown, pieces, focus);
  return {
    text: line.text,
    ranges: ranges.map((range) => {
      const start = Math.max(line.floor, shownOffset(pieces, range.start, 'start') + line.shift);
      const end = Math.min(line.limit, shownOffset(pieces, range.end, 'end') + line.shift);
      return end > start ? { start, end } : undefined;
    }),
  };
}
