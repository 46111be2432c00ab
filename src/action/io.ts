import { workflowAnnotation } from '../report/github-annotations.js';

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Log lines (the step's log); the CLI's own stdout and stderr are forwarded here too. */
  log: (text: string) => void;
  /** The CLI script to run (default bin/ops.js); the action's bundle runs its own copy beside it. */
  opsBin?: string;
}

/** A workflow-command annotation; the message is escaped the way the runner decodes it, so it stays one command. */
export function annotation(kind: 'error' | 'warning', message: string): string {
  return workflowAnnotation(kind, message, { title: 'AgentOps Cockpit' });
}
