// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as auditBatch } from "./chunk-audit-agent.js";
import { n as runAgentTask } from "./chunk-agent-task.js";
import { r as warmParsers } from "./chunk-parse.js";
// src/audit/worker.ts
warmParsers();
/** The worker-thread entry for the pool. */
function auditInWorker(work) {
	if (work.kind === "batch") return auditBatch(work.batch);
	if (work.started) {
		work.started.postMessage("started");
		work.started.close();
	}
	return runAgentTask(work.task);
}
export { auditInWorker as default };
