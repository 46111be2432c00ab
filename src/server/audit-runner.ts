import { randomBytes } from 'node:crypto';
import type { ProgressEvent } from '../audit/audit-workspace.js';
import { combineExitCodes, verdictFor } from '../gate/gate.js';
import { redactedErrorLine } from '../secrets/sensitive-spans.js';
import type { AgentReport } from '../report/model.js';
import type { AuditDoneEvent, AuditErrorEvent, AuditProgressEvent, AuditStartEvent, AuditState } from './api-schemas.js';

/**
 * Workspace audits started from the API: one at a time, in this process, with their progress kept
 * so a client that connects late to the event stream first gets the state so far.
 */
export type AuditEvent =
  | { event: 'start'; data: AuditStartEvent }
  | { event: 'progress'; data: AuditProgressEvent }
  | { event: 'done'; data: AuditDoneEvent }
  | { event: 'error'; data: AuditErrorEvent };

/** Runs the audit; the runner passes the hooks that feed the event stream. */
export type RunWorkspaceAudit = (hooks: { onStart(total: number): void; onProgress(event: ProgressEvent): void }) => Promise<{ agents: AgentReport[] }>;

interface AuditJob {
  state: AuditState;
  started?: AuditStartEvent;
  lastProgress?: AuditProgressEvent;
  final?: AuditEvent;
  listeners: Set<(event: AuditEvent) => void>;
  finished: Promise<void>;
}

export interface AuditRunner {
  /** Starts an audit unless one is running; returns the running one's state with `started: false` then. */
  start(): { state: AuditState; started: boolean };
  state(id: string): AuditState | undefined;
  /**
   * The events so far (for a late client), and a subscription to the rest. `unsubscribe` must be
   * called when the client goes away; after a final event there is nothing more to wait for.
   */
  follow(id: string, listener: (event: AuditEvent) => void): { replay: AuditEvent[]; finished: boolean; unsubscribe(): void } | undefined;
  /** Resolves when no audit is running (shutdown, tests). */
  idle(): Promise<void>;
}

/** Finished audits kept for GET /api/audits/{id}. */
const KEEP_FINISHED = 20;

export function createAuditRunner(run: RunWorkspaceAudit, now: () => Date = () => new Date()): AuditRunner {
  const jobs = new Map<string, AuditJob>();
  let running: AuditJob | undefined;

  function emit(job: AuditJob, event: AuditEvent): void {
    if (event.event === 'start') job.started = event.data;
    else if (event.event === 'progress') job.lastProgress = event.data;
    else job.final = event;
    for (const listener of job.listeners) listener(event);
  }

  function forgetOldJobs(): void {
    const finished = [...jobs.values()].filter((job) => job.state.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.state.id);
  }

  function launch(job: AuditJob): Promise<void> {
    return run({
      onStart(total) {
        job.state.total = total;
        emit(job, { event: 'start', data: { total } });
      },
      onProgress(progress) {
        job.state.done = progress.done;
        job.state.total = progress.total;
        emit(job, { event: 'progress', data: { done: progress.done, total: progress.total, agent: progress.agent, verdict: progress.verdict, cached: progress.cached } });
      },
    }).then(
      ({ agents }) => {
        const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
        Object.assign(job.state, { status: 'done', exitCode, verdict: verdictFor(exitCode), finishedAt: now().toISOString() });
        emit(job, { event: 'done', data: { exitCode, verdict: verdictFor(exitCode), agents: agents.length } });
      },
      (error: unknown) => {
        const message = redactedErrorLine(error);
        Object.assign(job.state, { status: 'failed', error: message, finishedAt: now().toISOString() });
        emit(job, { event: 'error', data: { error: message } });
      },
    );
  }

  return {
    start() {
      if (running) return { state: { ...running.state }, started: false };
      const job: AuditJob = {
        state: { id: randomBytes(8).toString('hex'), status: 'running', done: 0, total: 0, startedAt: now().toISOString() },
        listeners: new Set(),
        finished: Promise.resolve(),
      };
      jobs.set(job.state.id, job);
      running = job;
      job.finished = launch(job).finally(() => {
        job.listeners.clear();
        if (running === job) running = undefined;
        forgetOldJobs();
      });
      return { state: { ...job.state }, started: true };
    },
    state(id) {
      const job = jobs.get(id);
      return job ? { ...job.state } : undefined;
    },
    follow(id, listener) {
      const job = jobs.get(id);
      if (!job) return undefined;
      const replay: AuditEvent[] = [];
      if (job.started) replay.push({ event: 'start', data: job.started });
      if (job.lastProgress) replay.push({ event: 'progress', data: job.lastProgress });
      if (job.final) replay.push(job.final);
      const finished = job.final !== undefined;
      if (!finished) job.listeners.add(listener);
      return { replay, finished, unsubscribe: () => job.listeners.delete(listener) };
    },
    async idle() {
      await running?.finished;
    },
  };
}
