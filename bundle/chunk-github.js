// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as failsClosed, r as SKIP_FIX } from "./chunk-gate.js";
import { t as redactText } from "./chunk-sensitive-spans.js";
import { r as workflowAnnotation, t as ANNOTATION_LEVELS } from "./chunk-github-annotations.js";
import { r as joinPrefix } from "./chunk-compact2.js";
// src/report/github.ts
function githubFindingLine(finding, repositoryPrefix) {
	return workflowAnnotation(ANNOTATION_LEVELS[finding.severity], redactText(finding.message), {
		file: joinPrefix(repositoryPrefix, finding.file),
		line: finding.region.startLine,
		endLine: finding.region.endLine,
		col: finding.region.startColumn,
		title: finding.ruleId
	});
}
function formatGithub(report, options) {
	const lines = [];
	for (const agent of report.agents) {
		for (const finding of agent.findings) lines.push(githubFindingLine(finding, options.repositoryPrefix));
		if (agent.error) lines.push(workflowAnnotation("error", redactText(`audit failed: ${agent.error}`), {
			file: joinPrefix(options.repositoryPrefix, agent.path),
			title: "audit-failed"
		}));
		for (const skip of (agent.skipped ?? []).filter(failsClosed)) lines.push(workflowAnnotation("error", `not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`, {
			file: joinPrefix(options.repositoryPrefix, skip.path),
			title: `skipped/${skip.reason}`
		}));
	}
	return lines.join("");
}
export { formatGithub };
