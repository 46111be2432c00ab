// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import path from "node:path";
// src/util/agent-location.ts
/**
* An agent's path is POSIX and relative to the audited root, and the agent at the root itself (or the
* repository entry) is `.`. Every place that turns an agent path into a folder, or a path inside an
* agent into one the root names, goes through here, so the `.` case is decided once.
*/
/** The path of the agent that is the audited root itself (and of the repository entry). */
var ROOT_AGENT_PATH = ".";
function isRootAgent(agentPath) {
	return agentPath === ROOT_AGENT_PATH;
}
/** The agent's folder on disk: `root` itself for the root agent. */
function agentLocation(root, agentPath) {
	return isRootAgent(agentPath) ? root : path.join(root, ...agentPath.split("/"));
}
/**
* A path relative to the agent as the audited root names it: `support/tools.py` in agent `agents/a` is
* `agents/a/support/tools.py`; the root agent's paths stay as they are; `.` is the agent's own path.
*/
function joinAgentPath(agentPath, relative) {
	if (isRootAgent(agentPath)) return relative;
	return relative === "." ? agentPath : `${agentPath}/${relative}`;
}
/** A root-relative file as the agent names it, or undefined when it lies outside the agent's folder. */
function pathInAgent(agentPath, file) {
	if (isRootAgent(agentPath)) return file;
	return file.startsWith(`${agentPath}/`) ? file.slice(agentPath.length + 1) : void 0;
}
/** Whether a root-relative path is the agent's folder or inside it; the root agent holds everything. */
function agentContains(agentPath, file) {
	return isRootAgent(agentPath) || file === agentPath || file.startsWith(`${agentPath}/`);
}
/** How many folders below the audited root the agent sits: 0 for the root agent. */
function agentDepth(agentPath) {
	return isRootAgent(agentPath) ? 0 : agentPath.split("/").length;
}
/** What an agent's id is made from: its path, or the root folder's name for the root agent (so two roots differ). */
function agentIdSource(root, agentPath) {
	return isRootAgent(agentPath) ? path.basename(root) : agentPath;
}
export { isRootAgent as a, agentLocation as i, agentDepth as n, joinAgentPath as o, agentIdSource as r, pathInAgent as s, agentContains as t };
