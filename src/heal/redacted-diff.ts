import { formatPatch, structuredPatch } from 'diff';
import type { SensitiveSpan } from '../findings/model.js';
import { sensitiveSpans } from '../secrets/sensitive-spans.js';

/**
 * Unified diffs that never show a secret. The sensitive spans come from scanning each whole file
 * (before and after the edit), not the diff text: a diff's 3 context lines can cut a private key
 * in half, and half a key matches no detector. Every diff line that overlaps a span is masked.
 */
/** Masks one line of a file: the part of each span on it, merged where spans overlap. */
function maskLine(line: string, lineStart: number, spans: readonly SensitiveSpan[]): string {
  const lineEnd = lineStart + line.length;
  const segments: Array<{ start: number; end: number; text: string }> = [];
  for (const span of spans) {
    if (span.end <= lineStart || span.start >= lineEnd) continue;
    const start = Math.max(span.start, lineStart) - lineStart;
    const end = Math.min(span.end, lineEnd) - lineStart;
    const last = segments.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else segments.push({ start, end, text: span.start >= lineStart ? span.replacement : '…' });
  }
  let out = '';
  let cursor = 0;
  for (const segment of segments) {
    out += line.slice(cursor, segment.start) + segment.text;
    cursor = segment.end;
  }
  return out + line.slice(cursor);
}

/** A file's lines as the diff numbers them (split at `\n`, a `\r` kept), each masked where it must be. */
function maskedLines(text: string, file: string): { raw: string[]; masked: string[] } {
  const spans = sensitiveSpans(text, file);
  const raw = text.split('\n');
  if (spans.length === 0) return { raw, masked: raw };
  let offset = 0;
  const masked = raw.map((line) => {
    const result = maskLine(line, offset, spans);
    offset += line.length + 1;
    return result;
  });
  return { raw, masked };
}

/** The masked form of a diff line, or `…` should the diff ever number lines differently from the file. */
function shown(lines: { raw: string[]; masked: string[] }, index: number, content: string): string {
  return lines.raw[index] === content ? lines.masked[index]! : '…';
}

export function redactedUnifiedDiff(file: string, before: string, after: string): string {
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 });
  const old = maskedLines(before, file);
  const updated = maskedLines(after, file);
  for (const hunk of patch.hunks) {
    let oldLine = hunk.oldStart - 1;
    let newLine = hunk.newStart - 1;
    hunk.lines = hunk.lines.map((line) => {
      const marker = line[0];
      const content = line.slice(1);
      if (marker === ' ') {
        // A context line is in both files: masked if either file's scan says so.
        const before = shown(old, oldLine++, content);
        const after = shown(updated, newLine++, content);
        return ` ${before !== content ? before : after}`;
      }
      if (marker === '-') return `-${shown(old, oldLine++, content)}`;
      if (marker === '+') return `+${shown(updated, newLine++, content)}`;
      return line; // `\ No newline at end of file`
    });
  }
  return formatPatch(patch);
}
