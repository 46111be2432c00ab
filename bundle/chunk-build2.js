// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { c as verdictFor, i as combineExitCodes, o as gateExitCode, s as gateWithSkips, t as DEFAULT_GATE } from "./chunk-gate.js";
import { o as joinAgentPath } from "./chunk-agent-location.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { r as summarise } from "./chunk-summary2.js";
// src/report/build.ts
function agentReport(outcome) {
	if ("failed" in outcome) return {
		id: outcome.id,
		name: outcome.name,
		path: outcome.path,
		...outcome.kind ? { kind: outcome.kind } : {},
		entrypoint: null,
		language: "unknown",
		frameworks: [],
		verdict: "failed",
		exitCode: 3,
		stats: {
			filesScanned: 0,
			bytesScanned: 0,
			filesSkipped: 0
		},
		findings: [],
		suppressed: [],
		error: outcome.error
	};
	const { audit } = outcome;
	const exitCode = gateWithSkips(gateExitCode(audit.findings, outcome.gate ?? DEFAULT_GATE), audit.skipped);
	return {
		id: audit.id,
		name: audit.name,
		path: audit.path,
		...outcome.kind ? { kind: outcome.kind } : {},
		entrypoint: audit.entrypoint,
		language: audit.language,
		frameworks: audit.frameworks,
		verdict: verdictFor(exitCode),
		exitCode,
		stats: audit.stats,
		skipped: audit.skipped.map(({ path, reason }) => ({
			path: joinAgentPath(audit.path, path),
			reason
		})),
		findings: audit.findings,
		suppressed: audit.suppressed
	};
}
/** Builds the report from agent reports (fresh, cached or read back from a lake). */
function assembleReport(root, agents, shard) {
	const sorted = [...agents].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	const exitCode = combineExitCodes(sorted.map((agent) => agent.exitCode));
	return {
		schemaVersion: 1,
		tool: {
			name: TOOL_NAME,
			version: TOOL_VERSION
		},
		root,
		exitCode,
		verdict: verdictFor(exitCode),
		summary: summarise(sorted),
		...shard ? { shard } : {},
		agents: sorted
	};
}
function buildReport(root, outcomes, shard) {
	return assembleReport(root, outcomes.map(agentReport), shard);
}
export { assembleReport as n, buildReport as r, agentReport as t };
