// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as failsClosed, r as SKIP_FIX } from "./chunk-gate.js";
import { t as redactText } from "./chunk-sensitive-spans.js";
import { n as workflowAnnotation } from "./chunk-github-annotations.js";
import { r as joinPrefix } from "./chunk-compact.js";
// src/report/github.ts
/**
* `--format github`: one GitHub Actions workflow command per finding
* (`::error file=PATH,line=L,endLine=L,col=C,title=RULE::message`, warning and notice for the lower
* severities), so a plain `run:` step annotates the pull request without uploading SARIF. Escaping is the
* runner's (github-annotations.ts; https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands):
* `%`, CR and LF in the message, and also `:` and `,` in properties. Paths are repository-relative, as
* annotations need. GitHub shows only the first 10 errors and 10 warnings of a step; SARIF has them all.
*/
var LEVELS = {
	error: "error",
	warning: "warning",
	note: "notice"
};
function githubFindingLine(finding, repositoryPrefix) {
	return workflowAnnotation(LEVELS[finding.severity], redactText(finding.message), {
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
