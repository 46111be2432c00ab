import { useState } from 'react';
import { ApiError, getJson } from '../api/client.js';
import type { HealPreview as HealPlan } from '../api/types.js';
import { plural } from '../labels.js';
import { DiffView } from './DiffView.js';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; plan: HealPlan } | { kind: 'unavailable'; message: string } | { kind: 'error'; message: string };

/** The dry-run heal plan for one agent: what `ops report --heal --dry-run` would change, as diffs. */
export function HealPreview({ agentId, oneClick }: { agentId: string; oneClick: number }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const plan = await getJson<HealPlan>(`/api/agents/${encodeURIComponent(agentId)}/heal`);
      setState({ kind: 'ready', plan });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState(error instanceof ApiError && error.status === 409 ? { kind: 'unavailable', message } : { kind: 'error', message });
    }
  };
  return (
    <section className="panel" aria-labelledby="heal-heading">
      <div className="audit-head">
        <h2 id="heal-heading">Heal preview</h2>
        <button type="button" className="button" onClick={() => void load()} disabled={state.kind === 'loading'}>
          {state.kind === 'ready' ? 'Refresh heal preview' : 'Preview heal'}
        </button>
      </div>
      <p className="muted">
        {plural(oneClick, 'finding')} can be fixed in one click. The preview is a dry run: nothing is written. Apply with{' '}
        <code>ops report --heal</code>.
      </p>
      <div aria-live="polite">
        {state.kind === 'loading' ? <p className="muted">Planning fixes…</p> : null}
        {state.kind === 'unavailable' ? <p className="muted">The heal preview is not available here: {state.message}</p> : null}
        {state.kind === 'error' ? (
          <p className="error-text" role="alert">
            Could not plan the fixes: {state.message}
          </p>
        ) : null}
        {state.kind === 'ready' ? <HealFiles plan={state.plan} /> : null}
      </div>
    </section>
  );
}

function HealFiles({ plan }: { plan: HealPlan }) {
  if (plan.files.length === 0) return <p>Nothing to heal: no one-click fix applies to this agent.</p>;
  return (
    <>
      <p data-testid="heal-totals">
        {plural(plan.totals.fixes, 'fix', 'fixes')} in {plural(plan.totals.files, 'file')}
        {plan.totals.dropped > 0 ? `, ${plural(plan.totals.dropped, 'overlapping fix', 'overlapping fixes')} dropped` : ''}.
      </p>
      {plan.files.map((file) => (
        <article key={file.file} className="heal-file">
          <h3>
            <code>{file.file}</code>
          </h3>
          <ul>
            {file.fixes.map((fix, index) => (
              <li key={`${fix.ruleId}-${index}`}>
                <code className="rule-id">{fix.ruleId}</code> {fix.description}
              </li>
            ))}
            {file.dropped.map((fix, index) => (
              <li key={`dropped-${fix.ruleId}-${index}`} className="muted">
                Dropped <code className="rule-id">{fix.ruleId}</code>: {fix.description}
                {fix.reason ? ` (${fix.reason})` : ''}
              </li>
            ))}
          </ul>
          {file.skipped ? <p className="muted">Left untouched: {file.skipped}</p> : null}
          {file.diff ? <DiffView diff={file.diff} label={`Diff of ${file.file}`} /> : null}
        </article>
      ))}
    </>
  );
}
