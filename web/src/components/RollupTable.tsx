import { useState } from 'react';
import type { RollupCounts } from '../api/types.js';
import { agentsHref, findingsHref, type FindingsFilter } from '../findings-href.js';
import { plural } from '../labels.js';
import { Link } from '../router.js';

interface RollupRow extends RollupCounts {
  name: string;
  /** The filter that stands for this row (`owner=…`, `folder=…`), on the Findings list and the agents table alike. */
  filter: Pick<FindingsFilter, 'owner' | 'folder'>;
}

type Cell = 'agents' | 'blocked' | 'findings' | 'error' | 'warning';

/**
 * Each count and what it opens: the agents it counts in the overview's agents table, or the findings it
 * counts in the Findings list; the row's filter, narrowed to blocked agents or one severity.
 */
const CELLS: ReadonlyArray<{ key: Cell; heading: string; href: (row: RollupRow) => string; words: (row: RollupRow) => string }> = [
  { key: 'agents', heading: 'Agents', href: (row) => agentsHref(row.filter), words: (row) => `the ${plural(row.agents, 'agent')} of ${row.name} in the agents table` },
  {
    key: 'blocked',
    heading: 'Blocked',
    href: (row) => agentsHref({ ...row.filter, verdict: 'blocked' }),
    words: (row) => `the ${plural(row.blocked, 'blocked agent')} of ${row.name} in the agents table`,
  },
  { key: 'findings', heading: 'All findings', href: (row) => findingsHref(row.filter), words: (row) => `${plural(row.findings, 'finding')} of ${row.name}` },
  { key: 'error', heading: 'Errors', href: (row) => findingsHref({ ...row.filter, severity: 'error' }), words: (row) => `${plural(row.error, 'error')} of ${row.name}` },
  { key: 'warning', heading: 'Warnings', href: (row) => findingsHref({ ...row.filter, severity: 'warning' }), words: (row) => `${plural(row.warning, 'warning')} of ${row.name}` },
];

const SHOWN = 8;

/**
 * A roll-up (by owner, by folder) as a table, worst first as the server sorts it: the agent counts open
 * the agents table and the finding counts the Findings list, with the row's filter. The first rows show;
 * the rest open with a button, so a fleet with 60 teams stays one screen.
 */
export function RollupTable({ rows, nameHeading, caption, testId }: { rows: readonly RollupRow[]; nameHeading: string; caption: string; testId: string }) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <p className="muted">No agents.</p>;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <>
      <div className="table-scroll">
        <table className="rollup" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{nameHeading}</th>
              {CELLS.map((cell) => (
                <th scope="col" key={cell.key} className="numeric">
                  {cell.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.name} data-rollup-row={row.name} className={row.blocked > 0 ? 'rollup-blocked' : undefined}>
                <th scope="row">
                  <Link to={findingsHref(row.filter)}>{row.name}</Link>
                </th>
                {CELLS.map((cell) => (
                  <td key={cell.key} className="numeric" data-cell={cell.key}>
                    {row[cell.key] > 0 ? (
                      <Link to={cell.href(row)} aria-label={cell.words(row)} title={cell.words(row)}>
                        {row[cell.key]}
                      </Link>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN ? (
        <button type="button" className="button rollup-more" aria-expanded={all} onClick={() => setAll((value) => !value)}>
          {all ? `Show the first ${SHOWN}` : `Show all ${rows.length}`}
        </button>
      ) : null}
    </>
  );
}
