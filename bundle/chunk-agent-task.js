// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as readerFor } from "./chunk-manifests.js";
import { a as REPOSITORY_CHECKS, i as readAgentSources, t as auditAgent } from "./chunk-audit-agent.js";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
// src/audit/agent-task.ts
/** Test-only fault injection: `COCKPIT_FAULT_INJECT=crash:PATH` or `hang:PATH` (agent path), comma-separated for several. */
function injectFault(relativePath) {
	const faults = process.env["COCKPIT_FAULT_INJECT"]?.split(",").map((fault) => fault.trim());
	if (!faults) return void 0;
	if (faults.includes(`crash:${relativePath}`)) throw new Error(`injected crash while auditing ${relativePath}`);
	if (faults.includes(`hang:${relativePath}`)) return new Promise(() => void 0);
}
function auditOptions(task) {
	return {
		root: task.root,
		relativePath: task.relativePath,
		files: task.files,
		entrypoints: task.entrypoints,
		frameworks: task.frameworks,
		maxFileBytes: task.maxFileBytes,
		excludeDirs: [],
		useGitignore: false,
		policy: task.policy,
		lockViolations: task.lockViolations,
		...task.dependencyLookups ? { dependencyLookups: task.dependencyLookups } : {}
	};
}
/**
* Reads the agent's files and digests them with everything else that decides the result. Manifests skipped as
* sources (lock files) count too; their texts are returned so the audit does not read them again.
*/
async function hashAgent(task) {
	const sources = await readAgentSources(auditOptions(task));
	const manifestTexts = /* @__PURE__ */ new Map();
	const hash = createHash("sha256").update(task.configDigest).update("\0");
	for (const file of sources.files) hash.update(file.path).update("\0").update(file.text).update("\0");
	for (const skipped of sources.skipped) {
		hash.update(`skipped2:${skipped.path}:${skipped.reason}\0`);
		if (!readerFor(skipped.path)) continue;
		const absolutePath = path.join(task.root, ...skipped.path.split("/"));
		const text = await readFile(absolutePath, "utf8").catch(() => void 0);
		if (text !== void 0) manifestTexts.set(absolutePath, text);
		hash.update(text ?? "").update("\0");
	}
	return {
		contentHash: hash.digest("hex"),
		sources,
		manifestTexts
	};
}
async function runAgentTask(task) {
	await injectFault(task.relativePath);
	const { contentHash, sources, manifestTexts } = await hashAgent(task);
	if (task.repository) return {
		contentHash,
		audit: {
			...await auditAgent({
				...auditOptions(task),
				sources,
				checks: REPOSITORY_CHECKS
			}),
			id: task.repository.id,
			name: task.repository.name,
			entrypoint: null,
			frameworks: []
		}
	};
	return {
		contentHash,
		audit: await auditAgent({
			...auditOptions(task),
			sources,
			manifestTexts
		})
	};
}
export { runAgentTask as n, hashAgent as t };
