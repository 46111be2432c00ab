import type { FindingAge, FixedFinding } from '../api/types.js';
import { formatAge, formatDateTime, formatDuration, plural } from '../labels.js';
import { Link } from '../router.js';
import { SeverityBadge } from './badges.js';

/** "First seen 12 days ago": the first run whose findings held this fingerprint (src/server/finding-age.ts). */
export function FirstSeen({ age }: { age: FindingAge | undefined }) {
  if (!age) return null;
  return (
    <p className="finding-age muted" data-testid="finding-age">
      First seen{' '}
      <time dateTime={age.firstSeen} title={formatDateTime(age.firstSeen)}>
        {age.ageDays < 1 ? 'less than a day ago' : `${formatAge(age.ageDays)} ago`}
      </time>
    </p>
  );
}

/** Findings earlier runs had and the latest no longer has, newest fix first, with how long each took to fix. */
export function RecentlyFixed({ fixed }: { fixed: readonly FixedFinding[] }) {
  return (
    <section className="panel" aria-labelledby="fixed-heading">
      <h2 id="fixed-heading">Recently fixed</h2>
      {fixed.length === 0 ? (
        <p className="muted">Nothing fixed yet: every finding an earlier run had is still there.</p>
      ) : (
        <>
          <p className="muted">
            {plural(fixed.length, 'finding')} an earlier run had and the latest no longer has, newest fix first; time to fix runs from the first run that
            found it to the first that did not.
          </p>
          <div className="table-scroll">
            <table className="fixed-findings" data-testid="recently-fixed">
              <caption className="sr-only">Recently fixed findings, newest fix first</caption>
              <thead>
                <tr>
                  <th scope="col">Fixed</th>
                  <th scope="col">Finding</th>
                  <th scope="col">Where</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Time to fix</th>
                </tr>
              </thead>
              <tbody>
                {fixed.map((entry) => (
                  <tr key={entry.fingerprint} data-fingerprint={entry.fingerprint}>
                    <td>
                      <time dateTime={entry.fixedAt}>{formatDateTime(entry.fixedAt)}</time>
                    </td>
                    <td>
                      <SeverityBadge severity={entry.severity} /> {entry.title}{' '}
                      <Link to={`/rules#${encodeURIComponent(entry.ruleId)}`}>{entry.ruleId}</Link>
                    </td>
                    <td>
                      <code>
                        {entry.file}:{entry.line}
                      </code>
                    </td>
                    <td>
                      <time dateTime={entry.firstSeen}>{formatDateTime(entry.firstSeen)}</time>
                    </td>
                    <td data-cell="time-to-fix">{formatDuration(entry.firstSeen, entry.fixedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
