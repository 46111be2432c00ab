import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { MAX_TIMER_MS } from '../config/settings.js';
import { CockpitError } from '../util/errors.js';
import { runAgentTask, type AgentTask, type AgentTaskResult } from './agent-task.js';
import type { WorkerTask } from './worker.js';

/** An agent that ran past its limit; the message is what the report shows. */
class AgentTimeoutError extends Error {
  override name = 'AgentTimeoutError';
  constructor(timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
  }
}

/** A limit Node's timers cannot hold (over 2^31 - 1 ms) would fire at once and fail every agent. */
export function checkAgentTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs === undefined) return;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMER_MS) {
    throw new CockpitError(`agent timeout: ${timeoutMs} ms is not a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`);
  }
}

/**
 * One agent on the pool. Its clock starts when a worker takes it up (the worker says so on `started`), not
 * when it is queued; at the limit piscina stops that worker and starts a fresh one, so queued agents go on.
 */
export async function runOnPool(pool: Piscina<WorkerTask, unknown>, task: AgentTask, timeoutMs: number | undefined, signal?: AbortSignal): Promise<AgentTaskResult> {
  if (timeoutMs === undefined) return (await pool.run({ kind: 'agent', task }, signal ? { signal } : {})) as AgentTaskResult;
  const controller = new AbortController();
  // A cancelled run stops this agent too: piscina drops it from the queue, or stops the worker running it.
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  if (signal?.aborted) controller.abort();
  const { port1, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  port1.once('message', () => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  });
  try {
    return (await pool.run({ kind: 'agent', task, started: port2 }, { signal: controller.signal, transferList: [port2] })) as AgentTaskResult;
  } catch (error) {
    throw timedOut ? new AgentTimeoutError(timeoutMs) : error;
  } finally {
    clearTimeout(timer);
    port1.close();
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * One agent in this thread (`--jobs 1`): agents run one at a time, each clock starting at its turn. The deadline
 * abandons an agent that waits (a read that never ends, a promise that never settles); a loop that never yields
 * cannot be interrupted in this thread, only on a worker (`--jobs 2` or more).
 */
export function inThreadRunner(timeoutMs: number | undefined, signal?: AbortSignal): (task: AgentTask) => Promise<AgentTaskResult> {
  let turn: Promise<unknown> = Promise.resolve();
  return (task) => {
    // After a cancel, the agents still queued are not started; the one running is abandoned like a late one.
    const run = turn.then(() => {
      signal?.throwIfAborted();
      return withDeadline(runAgentTask(task), timeoutMs, signal);
    });
    turn = run.catch(() => undefined);
    return run;
  };
}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number | undefined, signal?: AbortSignal): Promise<T> {
  if (timeoutMs === undefined && !signal) return work;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => reject(new AgentTimeoutError(timeoutMs)), timeoutMs);
    onAbort = () => reject(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
