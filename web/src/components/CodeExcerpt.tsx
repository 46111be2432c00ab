import type { ReactNode } from 'react';

/** One finding's span on one shown line: offsets into the redacted line (the server maps them past redactions). */
export interface ExcerptMark {
  line: number;
  start: number;
  end: number;
  /** Which finding it belongs to (its fingerprint) and how it is named to assistive technology and on hover. */
  id: string;
  label: string;
}

/**
 * A line's text with each finding's span in a <mark>. Overlapping spans are cut into segments at every
 * edge, each segment one <mark> naming the findings it belongs to. Where a finding starts, its mark
 * carries `data-label` (read out through CSS generated content: "finding: …", which copying the code
 * leaves out); where one ends, `data-end`.
 */
function markedText(text: string, marks: readonly ExcerptMark[]): ReactNode {
  const inside = marks.map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) })).filter((mark) => mark.end > mark.start);
  if (inside.length === 0) return text;
  const edges = [...new Set([0, text.length, ...inside.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let index = 0; index + 1 < edges.length; index++) {
    const from = edges[index]!;
    const to = edges[index + 1]!;
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const starting = covering.filter((mark) => mark.start === from);
    const ending = covering.filter((mark) => mark.end === to);
    parts.push(
      <mark
        key={from}
        className={covering.length > 1 ? 'finding-mark finding-mark-overlap' : 'finding-mark'}
        data-findings={covering.map((mark) => mark.id).join(' ')}
        title={covering.map((mark) => mark.label).join('\n')}
        {...(starting.length > 0 ? { 'data-label': starting.map((mark) => mark.label).join('; ') } : {})}
        {...(ending.length > 0 ? { 'data-end': '' } : {})}
      >
        {piece}
      </mark>,
    );
  }
  return parts;
}

/**
 * The redacted lines around one or more findings (the server masks secrets and personal data before
 * sending), with line numbers, the findings' lines marked with "›" (not only a tint) and, when their
 * positions are known, each finding's span in a <mark>.
 */
export function CodeExcerpt({
  excerpt,
  file,
  hitLines,
  marks = [],
}: {
  excerpt: { startLine: number; lines: readonly string[] };
  file: string;
  /** The lines the findings are on, inclusive ranges. */
  hitLines: ReadonlyArray<readonly [number, number]>;
  marks?: readonly ExcerptMark[];
}) {
  const first = Math.min(...hitLines.map(([from]) => from));
  const last = Math.max(...hitLines.map(([, to]) => to));
  const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
  return (
    <pre className="excerpt" role="group" aria-label={`Code around ${file} ${where}`} tabIndex={0}>
      <code>
        {excerpt.lines.map((line, index) => {
          const number = excerpt.startLine + index;
          const hit = hitLines.some(([from, to]) => number >= from && number <= to);
          return (
            <span key={number} className={hit ? 'excerpt-line excerpt-hit' : 'excerpt-line'}>
              <span className="excerpt-number" aria-hidden="true">
                {hit ? '›' : ' '}
                {String(number).padStart(4, ' ')}{' '}
              </span>
              {markedText(
                line,
                marks.filter((mark) => mark.line === number),
              )}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
