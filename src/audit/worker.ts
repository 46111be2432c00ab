import { runAgentTask, type AgentTask, type AgentTaskResult } from './agent-task.js';

/** The worker-thread entry for the pool: one agent per task. */
export default function auditInWorker(task: AgentTask): Promise<AgentTaskResult> {
  return runAgentTask(task);
}
