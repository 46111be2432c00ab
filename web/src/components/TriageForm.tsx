import { useState, type FormEvent } from 'react';
import { postJson } from '../api/client.js';
import type { TriageDecision } from '../api/types.js';

type Status = TriageDecision['status'];
type Outcome = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; decision: TriageDecision } | { kind: 'error'; message: string };

const LABELS: Record<Status, string> = { 'accepted-risk': 'Accept the risk', 'false-positive': 'Mark a false positive' };

/** Sent on `window` after a decision is recorded, so the page's triage history reloads (TriageHistory.tsx). */
export const TRIAGE_RECORDED = 'cockpit:triage-recorded';

/**
 * Triage one finding from the page (POST /api/triage): a decision with a reason and an optional last day, written
 * to the workspace's .cockpit/triage.json, which every later `ops report` honours.
 */
export function TriageForm({ fingerprint }: { fingerprint: string }) {
  const [status, setStatus] = useState<Status>('accepted-risk');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    try {
      const { body } = await postJson<TriageDecision>('/api/triage', { fingerprint, status, reason, ...(expires ? { expires } : {}) });
      setOutcome({ kind: 'done', decision: body });
      window.dispatchEvent(new CustomEvent(TRIAGE_RECORDED));
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (outcome.kind === 'done') {
    const { decision } = outcome;
    return (
      <p className="triage-done" role="status">
        Recorded: {decision.status === 'false-positive' ? 'false positive' : 'accepted risk'}
        {decision.expires ? `, until ${decision.expires}` : ''}, in <code>{decision.triageFile}</code>. The next audit lists this finding
        as suppressed.
      </p>
    );
  }
  return (
    <details className="triage">
      <summary>Triage</summary>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Decision{' '}
          <select value={status} onChange={(event) => setStatus(event.target.value as Status)}>
            {(Object.keys(LABELS) as Status[]).map((key) => (
              <option key={key} value={key}>
                {LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reason <input type="text" required minLength={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <label>
          Until (optional) <input type="date" value={expires} onChange={(event) => setExpires(event.target.value)} />
        </label>
        <button type="submit" disabled={outcome.kind === 'saving'}>
          Record decision
        </button>
        {outcome.kind === 'error' ? (
          <p className="triage-error" role="alert">
            {outcome.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
