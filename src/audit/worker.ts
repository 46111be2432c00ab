import { auditBatch, type BatchResult, type SourceBatch } from './audit-agent.js';
import { runAgentTask, type AgentTask, type AgentTaskResult } from './agent-task.js';

/** A unit of work for the pool: a whole agent (fleet audits) or a batch of one agent's files. */
export type WorkerTask = { kind: 'agent'; task: AgentTask } | { kind: 'batch'; batch: SourceBatch };

/** The worker-thread entry for the pool. */
export default function auditInWorker(work: WorkerTask): Promise<AgentTaskResult | BatchResult> {
  return work.kind === 'agent' ? runAgentTask(work.task) : auditBatch(work.batch);
}
