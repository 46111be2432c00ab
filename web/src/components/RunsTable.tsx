import type { Verdict } from '../api/types.js';
import { formatDateTime } from '../labels.js';
import { VerdictBadge } from './badges.js';

/** One audit run: when, how many findings after it, and what changed by fingerprint. */
export interface RunRow {
  runId: string;
  finishedAt: string;
  findings: number;
  new: number;
  fixed: number;
  /** The fleet's runs: how many agents the run audited (the others kept their previous record). */
  audited?: number;
  /** An agent's runs: its verdict after the run. */
  verdict?: Verdict;
}

/**
 * Runs newest first, one row each, so several audits on one day stay apart. New and fixed are
 * computed by the server from finding fingerprints, against each agent's previous record.
 */
export function RunsTable({ runs, caption, testId }: { runs: readonly RunRow[]; caption: string; testId: string }) {
  if (runs.length === 0) return <p className="muted">No runs yet.</p>;
  const fleet = runs.some((run) => run.audited !== undefined);
  return (
    <div className="table-scroll">
      <table className="runs" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">{fleet ? 'Agents audited' : 'Verdict'}</th>
            <th scope="col" className="numeric">
              Found
            </th>
            <th scope="col" className="numeric">
              New
            </th>
            <th scope="col" className="numeric">
              Fixed
            </th>
          </tr>
        </thead>
        <tbody>
          {[...runs].reverse().map((run) => (
            <tr key={run.runId} data-run={run.runId}>
              <th scope="row">
                <time dateTime={run.finishedAt}>{formatDateTime(run.finishedAt)}</time>
              </th>
              <td>{fleet ? run.audited : run.verdict ? <VerdictBadge verdict={run.verdict} /> : null}</td>
              <td className="numeric" data-cell="findings">
                {run.findings}
              </td>
              <td className={`num${run.new > 0 ? ' delta-new' : ''}`} data-cell="new">
                {run.new > 0 ? `+${run.new}` : '0'}
              </td>
              <td className={`num${run.fixed > 0 ? ' delta-fixed' : ''}`} data-cell="fixed">
                {run.fixed > 0 ? `−${run.fixed}` : '0'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
