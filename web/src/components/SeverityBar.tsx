import { plural, SEVERITIES } from '../labels.js';

/**
 * A small inline bar of one agent's errors, warnings and notes, each part as wide as its share. It is one
 * labelled image ("2 errors, 5 warnings, 1 note"): the numbers are in the table's own columns too, so
 * colour never carries them alone.
 */
export function SeverityBar({ counts }: { counts: { error: number; warning: number; note: number } }) {
  const total = counts.error + counts.warning + counts.note;
  const label = total === 0 ? 'No findings' : SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity)).join(', ');
  return (
    <span className="severity-bar" role="img" aria-label={label} title={label} data-testid="severity-bar">
      {SEVERITIES.map((severity) =>
        counts[severity] > 0 ? <span key={severity} className={`severity-bar-part bar-${severity}`} style={{ width: `${(counts[severity] / total) * 100}%` }} /> : null,
      )}
    </span>
  );
}
