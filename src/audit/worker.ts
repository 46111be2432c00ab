import type { MessagePort } from 'node:worker_threads';
import { auditBatch, type BatchResult, type SourceBatch } from './audit-agent.js';
import { runAgentTask, type AgentTask, type AgentTaskResult } from './agent-task.js';
import { warmParsers } from '../source/parse.js';

// Workers start before their first task (a cold fleet starts them during discovery): load the grammars meanwhile.
warmParsers();

/**
 * A unit of work for the pool: a whole agent (fleet audits) or a batch of one agent's files. `started`
 * hears when a worker takes the agent up, so its time limit counts from then, not from when it was queued.
 */
export type WorkerTask = { kind: 'agent'; task: AgentTask; started?: MessagePort } | { kind: 'batch'; batch: SourceBatch };

/** The worker-thread entry for the pool. */
export default function auditInWorker(work: WorkerTask): Promise<AgentTaskResult | BatchResult> {
  if (work.kind === 'batch') return auditBatch(work.batch);
  if (work.started) {
    work.started.postMessage('started');
    work.started.close();
  }
  return runAgentTask(work.task);
}
