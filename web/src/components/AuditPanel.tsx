import { useEffect, useRef, useState } from 'react';
import { getJson, postJson } from '../api/client.js';
import { readEventStream, type SseMessage } from '../api/sse.js';
import type { AuditState, Verdict } from '../api/types.js';
import { plural } from '../labels.js';
import { VerdictBadge } from './badges.js';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; id: string; done: number; total: number; agent?: string }
  | { kind: 'done'; id: string; total: number; exitCode: number; verdict: Verdict }
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

/**
 * "Run audit": POST /api/audits, then follow its Server-Sent Events until `done` (or poll the
 * audit's state if the stream drops), and tell the page to refetch once the lake has new records.
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
    const onMessage = (message: SseMessage) => {
      const data = parseData(message);
      if (message.event === 'start') {
        setPhase((previous) => (previous.kind === 'running' ? { ...previous, total: num(data['total'], previous.total) } : previous));
      } else if (message.event === 'progress') {
        setPhase((previous) =>
          previous.kind === 'running'
            ? { ...previous, done: num(data['done'], previous.done), total: num(data['total'], previous.total), ...(typeof data['agent'] === 'string' ? { agent: data['agent'] } : {}) }
            : previous,
        );
      } else if (message.event === 'done') {
        ended = true;
        setPhase((previous) => ({
          kind: 'done',
          id,
          total: num(data['agents'], previous.kind === 'running' ? previous.total : 0),
          exitCode: num(data['exitCode'], 0),
          verdict: (typeof data['verdict'] === 'string' ? data['verdict'] : 'failed') as Verdict,
        }));
        finished.current();
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
        setPhase({ kind: 'running', id, done: state.done, total: state.total });
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      ended = true;
      if (state.status === 'done') {
        setPhase({ kind: 'done', id, total: state.total, exitCode: state.exitCode ?? 0, verdict: state.verdict ?? 'failed' });
        finished.current();
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
      setPhase({ kind: 'running', id: body.id, done: 0, total: 0 });
      await follow(body.id, next.signal);
    } catch (error) {
      if (next.signal.aborted) return;
      setPhase({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const running = phase.kind === 'running';
  return (
    <section className="panel audit-panel" aria-labelledby="audit-heading">
      <div className="audit-head">
        <h2 id="audit-heading">Audit</h2>
        <button type="button" className="button primary" onClick={() => void start()} disabled={running} aria-describedby="audit-status">
          {running ? 'Auditing…' : 'Run audit'}
        </button>
      </div>
      {phase.kind === 'running' ? (
        <div
          className="progress"
          role="progressbar"
          aria-label="Audit progress"
          aria-valuemin={0}
          aria-valuemax={Math.max(phase.total, 1)}
          aria-valuenow={phase.done}
          aria-valuetext={phase.total > 0 ? `${phase.done} of ${phase.total} agents` : 'starting'}
        >
          <div className="progress-fill" style={{ width: `${phase.total > 0 ? (phase.done / phase.total) * 100 : 0}%` }} />
        </div>
      ) : null}
      {phase.kind === 'done' ? (
        <div className="progress" role="progressbar" aria-label="Audit progress" aria-valuemin={0} aria-valuemax={Math.max(phase.total, 1)} aria-valuenow={Math.max(phase.total, 1)} aria-valuetext="done">
          <div className="progress-fill" style={{ width: '100%' }} />
        </div>
      ) : null}
      <p id="audit-status" className="audit-status" role="status" aria-live="polite">
        {phase.kind === 'idle' ? 'Audits every agent of the workspace the server was started on and records the results in the lake.' : null}
        {phase.kind === 'running'
          ? phase.total > 0
            ? `Audited ${phase.done} of ${plural(phase.total, 'agent')}${phase.agent ? ` (last: ${phase.agent})` : ''}`
            : 'Starting the audit…'
          : null}
        {phase.kind === 'done' ? (
          <span data-testid="audit-result">
            Audit finished: {plural(phase.total, 'agent')}, exit code {phase.exitCode}, verdict <VerdictBadge verdict={phase.verdict} />
          </span>
        ) : null}
        {phase.kind === 'failed' ? <span className="error-text">The audit failed: {phase.error}</span> : null}
      </p>
    </section>
  );
}
