/**
 * A unified diff as text: every line is a text node (never HTML), coloured by its first character.
 * The server redacts secrets in diffs before they leave it.
 */
function lineKind(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---')) return 'diff-file';
  if (line.startsWith('@@')) return 'diff-hunk';
  if (line.startsWith('+')) return 'diff-add';
  if (line.startsWith('-')) return 'diff-del';
  return 'diff-context';
}

export function DiffView({ diff, label }: { diff: string; label: string }) {
  const lines = diff.replace(/\n$/, '').split('\n');
  return (
    <pre className="diff" role="group" aria-label={label} tabIndex={0}>
      <code>
        {lines.map((line, index) => (
          <span key={index} className={`diff-line ${lineKind(line)}`}>
            {line === '' ? ' ' : line}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
