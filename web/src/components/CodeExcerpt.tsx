import type { Excerpt } from '../api/types.js';

/**
 * The redacted lines around a finding (the server masks secrets and personal data before sending),
 * with line numbers and the finding's own lines marked (a "›" marker, not only a tint).
 */
export function CodeExcerpt({ excerpt, file, from, to }: { excerpt: Excerpt; file: string; from: number; to: number }) {
  return (
    <pre className="excerpt" role="group" aria-label={`Code around ${file} line ${from}`} tabIndex={0}>
      <code>
        {excerpt.lines.map((line, index) => {
          const number = excerpt.startLine + index;
          const hit = number >= from && number <= to;
          return (
            <span key={number} className={hit ? 'excerpt-line excerpt-hit' : 'excerpt-line'}>
              <span className="excerpt-number" aria-hidden="true">
                {hit ? '›' : ' '}
                {String(number).padStart(4, ' ')}{' '}
              </span>
              {line}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
