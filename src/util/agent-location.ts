import path from 'node:path';

/**
 * An agent's path is POSIX and relative to the audited root, and the agent at the root itself (or the
 * repository entry) is `.`. Every place that turns an agent path into a folder, or a path inside an
 * agent into one the root names, goes through here, so the `.` case is decided once.
 */

/** The path of the agent that is the audited root itself (and of the repository entry). */
const ROOT_AGENT_PATH = '.';

export function isRootAgent(agentPath: string): boolean {
  return agentPath === ROOT_AGENT_PATH;
}

/** The agent's folder on disk: `root` itself for the root agent. */
export function agentLocation(root: string, agentPath: string): string {
  return isRootAgent(agentPath) ? root : path.join(root, ...agentPath.split('/'));
}

/**
 * A path relative to the agent as the audited root names it: `support/tools.py` in agent `agents/a` is
 * `agents/a/support/tools.py`; the root agent's paths stay as they are; `.` is the agent's own path.
 */
export function joinAgentPath(agentPath: string, relative: string): string {
  if (isRootAgent(agentPath)) return relative;
  return relative === '.' ? agentPath : `${agentPath}/${relative}`;
}

/** A root-relative file as the agent names it, or undefined when it lies outside the agent's folder. */
export function pathInAgent(agentPath: string, file: string): string | undefined {
  if (isRootAgent(agentPath)) return file;
  return file.startsWith(`${agentPath}/`) ? file.slice(agentPath.length + 1) : undefined;
}

/** Whether a root-relative path is the agent's folder or inside it; the root agent holds everything. */
export function agentContains(agentPath: string, file: string): boolean {
  return isRootAgent(agentPath) || file === agentPath || file.startsWith(`${agentPath}/`);
}

/** How many folders below the audited root the agent sits: 0 for the root agent. */
export function agentDepth(agentPath: string): number {
  return isRootAgent(agentPath) ? 0 : agentPath.split('/').length;
}

/** What an agent's id is made from: its path, or the root folder's name for the root agent (so two roots differ). */
export function agentIdSource(root: string, agentPath: string): string {
  return isRootAgent(agentPath) ? path.basename(root) : agentPath;
}
