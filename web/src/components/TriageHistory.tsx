import { useEffect, useState } from 'react';
import type { TriageHistory as History } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { formatDateTime, plural } from '../labels.js';
import { Link } from '../router.js';
import { TRIAGE_RECORDED } from './TriageForm.js';

type Entry = History['entries'][number];

const DECISIONS = { 'accepted-risk': 'Accepted risk', 'false-positive': 'False positive' } as const;
const STATES: Record<NonNullable<Entry['state']>, string> = {
  'in-force': 'In force',
  expired: 'Expired: gates again',
  revoked: 'Revoked',
  replaced: 'Replaced',
};

function decision(entry: Entry): string {
  if (entry.action === 'revoke') return entry.status ? `Revoked (${DECISIONS[entry.status].toLowerCase()})` : 'Revoked';
  return entry.status ? DECISIONS[entry.status] : 'Decision';
}

function state(entry: Entry): string {
  if (!entry.state) return '';
  const ended = entry.endedAt ? ` ${formatDateTime(entry.endedAt)}` : '';
  return entry.state === 'revoked' || entry.state === 'replaced' ? `${STATES[entry.state]}${ended}` : STATES[entry.state];
}

/**
 * The triage decisions about one agent's findings (GET /api/triage?agent=ID): who decided what, when, why, until
 * when, and whether it still holds; revocations too. Reloads when the page records a decision.
 */
export function TriageHistory({ agentId }: { agentId: string }) {
  const [reloadKey, setReloadKey] = useState(0);
  useEffect(() => {
    const reload = () => setReloadKey((key) => key + 1);
    window.addEventListener(TRIAGE_RECORDED, reload);
    return () => window.removeEventListener(TRIAGE_RECORDED, reload);
  }, []);
  const history = useApi<History>(`/api/triage?agent=${encodeURIComponent(agentId)}`, { reloadKey, keepPrevious: true });

  return (
    <section className="panel" aria-labelledby="triage-history-heading">
      <h2 id="triage-history-heading">Triage decisions</h2>
      {history.state === 'loading' ? <p className="muted">Loading the triage history…</p> : null}
      {history.state === 'error' ? (
        <p className="error-text">Could not load the triage history: {history.message}</p>
      ) : null}
      {history.state === 'ready' && history.data.triageFile === null ? (
        <p className="muted">This server has no workspace, so no triage file to read (start it with --workspace).</p>
      ) : null}
      {history.state === 'ready' && history.data.triageFile !== null && history.data.entries.length === 0 ? (
        <p className="muted">
          No decision about this agent's findings in <code>{history.data.triageFile}</code> yet: the Triage form of a finding records one.
        </p>
      ) : null}
      {history.state === 'ready' && history.data.entries.length > 0 ? (
        <>
          <p className="muted" role="status">
            {plural(history.data.inForce, 'decision')} in force
            {history.data.expired > 0 ? `, ${history.data.expired} expired (their findings gate again)` : ''}; every decision and revocation in{' '}
            <code>{history.data.triageFile}</code>, newest first.
          </p>
          <div className="table-scroll">
            <table className="triage-history" data-testid="triage-history">
              <caption className="sr-only">Triage decisions about this agent's findings, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Finding</th>
                  <th scope="col">Who</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Until</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {history.data.entries.map((entry, index) => (
                  <tr key={`${entry.fingerprint}:${entry.decidedAt}:${index}`} data-action={entry.action} data-state={entry.state ?? ''}>
                    <td>
                      <time dateTime={entry.decidedAt}>{formatDateTime(entry.decidedAt)}</time>
                    </td>
                    <td>{decision(entry)}</td>
                    <td>
                      {entry.ruleId ? <Link to={`/rules#${encodeURIComponent(entry.ruleId)}`}>{entry.ruleId}</Link> : null}
                      {entry.file ? (
                        <>
                          {entry.ruleId ? ' at ' : ''}
                          <code>
                            {entry.file}
                            {entry.line ? `:${entry.line}` : ''}
                          </code>
                        </>
                      ) : null}{' '}
                      <code className="muted" title={entry.fingerprint}>
                        {entry.fingerprint.slice(0, 12)}
                      </code>
                    </td>
                    <td>{entry.author}</td>
                    <td>{entry.reason}</td>
                    <td>{entry.expires ?? (entry.action === 'decide' ? 'no end' : '')}</td>
                    <td data-cell="state">{state(entry)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
