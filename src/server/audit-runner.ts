import { randomBytes } from 'node:crypto';
import type { ProgressEvent, WorkspacePhase } from '../audit/audit-workspace.js';
import { combineExitCodes, verdictFor } from '../gate/gate.js';
import type { LakeRecord } from '../lake/record.js';
import { redactedErrorLine } from '../secrets/sensitive-spans.js';
import type { AgentReport } from '../report/model.js';
import type {
  AuditCancelledEvent,
  AuditChanges,
  AuditDoneEvent,
  AuditErrorEvent,
  AuditPhaseEvent,
  AuditProgressEvent,
  AuditStartEvent,
  AuditState,
} from './api-schemas.js';
import { auditChanges } from './audit-changes.js';

/**
 * Workspace audits started from the API: one at a time, in this process, with their progress kept
 * so a client that connects late to the event stream first gets the state so far.
 */
export type AuditEvent =
  | { event: 'phase'; data: AuditPhaseEvent }
  | { event: 'start'; data: AuditStartEvent }
  | { event: 'progress'; data: AuditProgressEvent }
  | { event: 'done'; data: AuditDoneEvent }
  | { event: 'cancelled'; data: AuditCancelledEvent }
  | { event: 'error'; data: AuditErrorEvent };

/** The events after which a stream ends. */
export const FINAL_EVENTS: ReadonlySet<AuditEvent['event']> = new Set(['done', 'cancelled', 'error']);

/**
 * Runs the audit; the runner passes the hooks that feed the event stream and the signal Cancel aborts.
 * A run must reject once the signal aborts and, when it does, leave no record in the lake.
 */
export type RunWorkspaceAudit = (hooks: {
  onStart(total: number): void;
  onProgress(event: ProgressEvent): void;
  onPhase(phase: WorkspacePhase): void;
  signal: AbortSignal;
}) => Promise<{ agents: AgentReport[] }>;

interface AuditRunnerOptions {
  now?: () => Date;
  /** Every agent's latest record before a run, to say what the run changed; without it `changes` is left out. */
  previousRecords?: () => Promise<readonly LakeRecord[]>;
}

interface AuditJob {
  state: AuditState;
  controller: AbortController;
  phase?: AuditPhaseEvent;
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
   * Cancels a running audit and resolves once it has stopped (or `waitMs` passed): `cancelled` is false when
   * the audit was not running, or had begun writing its records and finished. Undefined for an unknown id.
   */
  cancel(id: string, waitMs?: number): Promise<{ state: AuditState; cancelled: boolean; wasRunning: boolean } | undefined>;
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
/** Agents audited (not taken from the cache) before the rate is trusted for an estimate. */
const ETA_AFTER_AGENTS = 3;
/** How long a cancel request waits for the audit to stop. */
const CANCEL_WAIT_MS = 10_000;

/**
 * Time left at the rate so far. Agents taken from the cache finish at once, before any audited one, so
 * the rate counts only audited agents and the agents still to come are all audited ones.
 */
function estimate(progress: ProgressEvent, audited: number): number | undefined {
  const remaining = progress.total - progress.done;
  if (audited < ETA_AFTER_AGENTS || remaining <= 0 || progress.elapsedMs <= 0) return undefined;
  return Math.round((progress.elapsedMs / audited) * remaining);
}

export function createAuditRunner(run: RunWorkspaceAudit, options: AuditRunnerOptions = {}): AuditRunner {
  const now = options.now ?? (() => new Date());
  const jobs = new Map<string, AuditJob>();
  let running: AuditJob | undefined;

  function emit(job: AuditJob, event: AuditEvent): void {
    if (event.event === 'phase') job.phase = event.data;
    else if (event.event === 'start') job.started = event.data;
    else if (event.event === 'progress') job.lastProgress = event.data;
    else job.final = event;
    for (const listener of job.listeners) listener(event);
  }

  function forgetOldJobs(): void {
    const finished = [...jobs.values()].filter((job) => job.state.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.state.id);
  }

  async function launch(job: AuditJob): Promise<void> {
    const { signal } = job.controller;
    let audited = 0;
    // The records before the run, read before it starts: read alongside it, a slow read could meet the run's own
    // records (written together in its `writing` phase) and had to be dropped, so `changes` came and went with timing.
    let writing = false;
    const previous = await options.previousRecords?.().catch(() => undefined);
    try {
      const { agents } = await run({
        signal,
        onPhase(phase) {
          if (phase === 'writing') writing = true;
          job.state.phase = phase;
          emit(job, { event: 'phase', data: { phase } });
        },
        onStart(total) {
          job.state.total = total;
          emit(job, { event: 'start', data: { total } });
        },
        onProgress(progress) {
          if (!progress.cached) audited++;
          job.state.done = progress.done;
          job.state.total = progress.total;
          const etaMs = estimate(progress, audited);
          emit(job, {
            event: 'progress',
            data: { done: progress.done, total: progress.total, agent: progress.agent, verdict: progress.verdict, cached: progress.cached, ...(etaMs !== undefined ? { etaMs } : {}) },
          });
        },
      });
      const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
      const changes: AuditChanges | undefined = previous ? auditChanges(previous, agents) : undefined;
      const { phase: _phase, ...state } = job.state;
      job.state = { ...state, status: 'done', exitCode, verdict: verdictFor(exitCode), finishedAt: now().toISOString(), ...(changes ? { changes } : {}) };
      emit(job, { event: 'done', data: { exitCode, verdict: verdictFor(exitCode), agents: agents.length, ...(changes ? { changes } : {}) } });
    } catch (error) {
      const { phase: _phase, ...state } = job.state;
      // Once the records are being written the run is no longer cancellable: a failure after that is a failure.
      if (signal.aborted && !writing) {
        job.state = { ...state, status: 'cancelled', finishedAt: now().toISOString() };
        emit(job, { event: 'cancelled', data: { done: state.done, total: state.total } });
        return;
      }
      const message = redactedErrorLine(error);
      job.state = { ...state, status: 'failed', error: message, finishedAt: now().toISOString() };
      emit(job, { event: 'error', data: { error: message } });
    }
  }

  return {
    start() {
      if (running) return { state: { ...running.state }, started: false };
      const job: AuditJob = {
        state: { id: randomBytes(8).toString('hex'), status: 'running', phase: 'discovering', done: 0, total: 0, startedAt: now().toISOString() },
        controller: new AbortController(),
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
    async cancel(id, waitMs = CANCEL_WAIT_MS) {
      const job = jobs.get(id);
      if (!job) return undefined;
      if (job.state.status !== 'running') return { state: { ...job.state }, cancelled: false, wasRunning: false };
      job.controller.abort();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([job.finished, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
      // Read again: the run settled meanwhile (TypeScript still sees the 'running' checked above).
      const after: AuditState = { ...job.state };
      return { state: after, cancelled: after.status === 'cancelled', wasRunning: true };
    },
    follow(id, listener) {
      const job = jobs.get(id);
      if (!job) return undefined;
      const replay: AuditEvent[] = [];
      if (job.started) replay.push({ event: 'start', data: job.started });
      if (job.phase && !job.final) replay.push({ event: 'phase', data: job.phase });
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
