import { useEffect, useRef, useState } from 'react';
import { getJson, postJson } from '../api/client.js';
import { readEventStream, type SseMessage } from '../api/sse.js';
import type { AuditChanges, AuditState, Verdict } from '../api/types.js';
import { plural } from '../labels.js';
import { Link } from '../router.js';
import { VerdictBadge } from './badges.js';

type AuditPhase = NonNullable<AuditState['phase']>;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; id: string; phase: AuditPhase; done: number; total: number; agent?: string; etaMs?: number; cancelling?: boolean; note?: string }
  | { kind: 'done'; id: string; total: number; exitCode: number; verdict: Verdict; changes?: AuditChanges }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; error: string };

interface StartBody {
  id?: string;
  status?: string;
  error?: string;
}

function parseData(message: SseMessage): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(message.data);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const PHASES: readonly AuditPhase[] = ['discovering', 'checking', 'auditing', 'writing'];
const isPhase = (value: unknown): value is AuditPhase => typeof value === 'string' && (PHASES as readonly string[]).includes(value);
/** The server's summary, taken as sent (it is built from the same schema). */
const changesOf = (value: unknown): AuditChanges | undefined => (value && typeof value === 'object' ? (value as AuditChanges) : undefined);

/** "about 40 s left", "about 3 min left", "about 1 h 10 min left". */
function formatEta(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `about ${seconds} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

function runningText(phase: Extract<Phase, { kind: 'running' }>): string {
  if (phase.cancelling) return 'Cancelling the audit…';
  if (phase.phase === 'discovering' || phase.total === 0) return 'Finding agents…';
  if (phase.phase === 'checking') return `Found ${plural(phase.total, 'agent')}; checking which changed…`;
  if (phase.phase === 'writing') return `Audited ${phase.done} of ${plural(phase.total, 'agent')}; writing the results…`;
  return `Audited ${phase.done} of ${plural(phase.total, 'agent')}`;
}

/**
 * "Run audit" as a one-line bar: POST /api/audits, then follow its Server-Sent Events (or poll the
 * audit's state if the stream drops). While it runs the bar shows what it does, the count and an
 * estimate of the time left, and a Cancel button (POST /api/audits/{id}/cancel: the server stops the
 * audit and writes nothing). When it is done it says what changed, and the page refetches.
 */
export function AuditPanel({ onFinished }: { onFinished: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);
  useEffect(() => () => controller.current?.abort(), []);

  const follow = async (id: string, signal: AbortSignal) => {
    let ended = false;
    const update = (change: (running: Extract<Phase, { kind: 'running' }>) => Phase) =>
      setPhase((previous) => (previous.kind === 'running' && previous.id === id ? change(previous) : previous));
    const onMessage = (message: SseMessage) => {
      const data = parseData(message);
      if (message.event === 'phase') {
        update((previous) => (isPhase(data['phase']) ? { ...previous, phase: data['phase'] } : previous));
      } else if (message.event === 'start') {
        update((previous) => ({ ...previous, total: num(data['total'], previous.total) }));
      } else if (message.event === 'progress') {
        update((previous) => {
          const { etaMs: _old, ...rest } = previous;
          const etaMs = num(data['etaMs'], -1);
          return {
            ...rest,
            phase: previous.phase === 'writing' ? 'writing' : 'auditing',
            done: num(data['done'], previous.done),
            total: num(data['total'], previous.total),
            ...(typeof data['agent'] === 'string' ? { agent: data['agent'] } : {}),
            ...(etaMs >= 0 ? { etaMs } : {}),
          };
        });
      } else if (message.event === 'done') {
        ended = true;
        const changes = changesOf(data['changes']);
        setPhase((previous) => ({
          kind: 'done',
          id,
          total: num(data['agents'], previous.kind === 'running' ? previous.total : 0),
          exitCode: num(data['exitCode'], 0),
          verdict: (typeof data['verdict'] === 'string' ? data['verdict'] : 'failed') as Verdict,
          ...(changes ? { changes } : {}),
        }));
        finished.current();
      } else if (message.event === 'cancelled') {
        ended = true;
        setPhase({ kind: 'cancelled', done: num(data['done'], 0), total: num(data['total'], 0) });
      } else if (message.event === 'error') {
        ended = true;
        setPhase({ kind: 'failed', error: typeof data['error'] === 'string' ? data['error'] : 'the audit failed' });
      }
    };
    try {
      await readEventStream(`/api/audits/${encodeURIComponent(id)}/events`, onMessage, signal);
    } catch {
      if (signal.aborted) return;
      // The stream dropped (a proxy, a restart): fall back to polling the audit's state below.
    }
    while (!ended && !signal.aborted) {
      const state = await getJson<AuditState>(`/api/audits/${encodeURIComponent(id)}`, signal);
      if (state.status === 'running') {
        update((previous) => ({ ...previous, phase: state.phase ?? previous.phase, done: state.done, total: state.total }));
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      ended = true;
      if (state.status === 'done') {
        setPhase({ kind: 'done', id, total: state.total, exitCode: state.exitCode ?? 0, verdict: state.verdict ?? 'failed', ...(state.changes ? { changes: state.changes } : {}) });
        finished.current();
      } else if (state.status === 'cancelled') {
        setPhase({ kind: 'cancelled', done: state.done, total: state.total });
      } else {
        setPhase({ kind: 'failed', error: state.error ?? 'the audit failed' });
      }
    }
  };

  const start = async () => {
    controller.current?.abort();
    const next = new AbortController();
    controller.current = next;
    try {
      const { body } = await postJson<StartBody>('/api/audits', {});
      if (!body.id) throw new Error(body.error ?? 'the server did not start an audit');
      setPhase({ kind: 'running', id: body.id, phase: 'discovering', done: 0, total: 0 });
      await follow(body.id, next.signal);
    } catch (error) {
      if (next.signal.aborted) return;
      setPhase({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const cancel = async () => {
    if (phase.kind !== 'running') return;
    const { id } = phase;
    setPhase((previous) => (previous.kind === 'running' && previous.id === id ? { ...previous, cancelling: true } : previous));
    try {
      // The answer comes once the audit has stopped; the event stream says so too, whichever is first.
      const { body } = await postJson<AuditState & { error?: string }>(`/api/audits/${encodeURIComponent(id)}/cancel`, {});
      if (body.status === 'cancelled') setPhase((previous) => (previous.kind === 'running' && previous.id === id ? { kind: 'cancelled', done: body.done, total: body.total } : previous));
    } catch (error) {
      // The audit goes on (the stream still follows it); say why the cancel did not happen.
      const note = `Could not cancel: ${error instanceof Error ? error.message : String(error)}`;
      setPhase((previous) => (previous.kind === 'running' && previous.id === id ? { ...previous, cancelling: false, note } : previous));
    }
  };

  const running = phase.kind === 'running';
  return (
    <section className="panel audit-panel" aria-labelledby="audit-heading" data-state={phase.kind}>
      <div className="audit-line">
        <h2 id="audit-heading">Audit</h2>
        <button type="button" className="button primary" onClick={() => void start()} disabled={running} aria-describedby="audit-status">
          {running ? 'Auditing…' : 'Run audit'}
        </button>
        {running ? (
          <button type="button" className="button" onClick={() => void cancel()} disabled={phase.cancelling === true}>
            Cancel audit
          </button>
        ) : null}
        <p id="audit-status" className="audit-status" role="status" aria-live="polite">
          {phase.kind === 'idle' ? 'Audits every agent of the workspace and records the results in the lake.' : null}
          {phase.kind === 'running' ? (
            <>
              <span data-testid="audit-count">{runningText(phase)}</span>
              {phase.etaMs !== undefined && phase.phase === 'auditing' && !phase.cancelling ? <span data-testid="audit-eta"> · {formatEta(phase.etaMs)}</span> : null}
              {phase.agent && phase.phase === 'auditing' ? <span className="audit-last"> · last: {phase.agent}</span> : null}
              {phase.note ? <span className="error-text"> · {phase.note}</span> : null}
            </>
          ) : null}
          {phase.kind === 'done' ? (
            <span data-testid="audit-result">
              Audit finished: {plural(phase.total, 'agent')}, exit code {phase.exitCode}, verdict <VerdictBadge verdict={phase.verdict} />
            </span>
          ) : null}
          {phase.kind === 'cancelled' ? (
            <span data-testid="audit-cancelled">
              Audit cancelled after {phase.done} of {plural(phase.total, 'agent')}; nothing was written to the lake.
            </span>
          ) : null}
          {phase.kind === 'failed' ? <span className="error-text">The audit failed: {phase.error}</span> : null}
        </p>
      </div>
      {phase.kind === 'running' ? <AuditProgress done={phase.done} total={phase.total} known={phase.total > 0 && phase.phase !== 'discovering' && phase.phase !== 'checking'} /> : null}
      {phase.kind === 'done' ? <AuditProgress done={Math.max(phase.total, 1)} total={Math.max(phase.total, 1)} known /> : null}
      {phase.kind === 'done' && phase.changes ? <ChangesSummary changes={phase.changes} /> : null}
    </section>
  );
}

/** A thin bar; before the count is known (finding agents, checking which changed) it is indeterminate. */
function AuditProgress({ done, total, known }: { done: number; total: number; known: boolean }) {
  if (!known) {
    return (
      <div className="progress progress-thin indeterminate" role="progressbar" aria-label="Audit progress" aria-valuetext="preparing">
        <div className="progress-fill" />
      </div>
    );
  }
  return (
    <div
      className="progress progress-thin"
      role="progressbar"
      aria-label="Audit progress"
      aria-valuemin={0}
      aria-valuemax={Math.max(total, 1)}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} agents`}
    >
      <div className="progress-fill" style={{ width: `${total > 0 ? (done / total) * 100 : 0}%` }} />
    </div>
  );
}

/** What the finished audit changed against each agent's record before it (by fingerprint). */
function ChangesSummary({ changes }: { changes: AuditChanges }) {
  const firstAudit = changes.compared === 0 && changes.changedAgents > 0;
  return (
    <div className="audit-changes" data-testid="audit-changes">
      <p className="audit-changes-line">
        <strong>What changed:</strong>{' '}
        {changes.changedAgents === 0 ? (
          'nothing since the previous audit.'
        ) : (
          <>
            {firstAudit ? 'first audit of these agents: ' : null}
            <span className="delta-new" data-testid="changes-new">
              +{changes.new} new
            </span>
            {' · '}
            <span className="delta-fixed" data-testid="changes-fixed">
              −{changes.fixed} fixed
            </span>
            {' · '}
            <span data-testid="changes-verdicts">{plural(changes.verdictChanges, 'agent')} with a new verdict</span>
          </>
        )}
      </p>
      {changes.agents.length > 0 ? (
        <details className="audit-changes-agents">
          <summary>
            {plural(changes.changedAgents, 'changed agent')}
            {changes.changedAgents > changes.agents.length ? ` (the first ${changes.agents.length})` : ''}
          </summary>
          <ul>
            {changes.agents.map((agent) => (
              <li key={agent.id} data-agent={agent.path}>
                <Link to={`/agents/${encodeURIComponent(agent.id)}`}>{agent.path}</Link>{' '}
                {agent.verdictBefore && agent.verdictBefore !== agent.verdict ? (
                  <>
                    <VerdictBadge verdict={agent.verdictBefore} /> to <VerdictBadge verdict={agent.verdict} />
                  </>
                ) : (
                  <VerdictBadge verdict={agent.verdict} />
                )}{' '}
                <span className="delta-new">+{agent.new}</span> <span className="delta-fixed">−{agent.fixed}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
