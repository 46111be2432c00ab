// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as findingInChanges, t as agentsWithChanges } from "./chunk-change-set.js";
import { c as verdictFor, i as combineExitCodes, o as gateExitCode, s as gateWithSkips, t as DEFAULT_GATE } from "./chunk-gate.js";
import { r as summarise } from "./chunk-summary2.js";
import { t as compareFindings } from "./chunk-order.js";
// src/baseline/scope.ts
/**
* Narrows what the gate counts. A finding outside the changes is moved to `outsideChanges`; one the
* baseline lists to `baselined`; the rest stay in `findings` and decide each agent's exit code under
* its own gate, and the run's exit code as before. Failed agents stay failed.
*/
function applyScope(report, options) {
	const { changes, baseline, triage } = options;
	let appliedCount = 0;
	const listed = new Set(baseline?.file.findings.map((entry) => entry.fingerprint));
	const states = /* @__PURE__ */ new Map();
	const seen = /* @__PURE__ */ new Set();
	let outsideCount = 0;
	const isOld = (finding) => changes && !findingInChanges(changes, finding) ? "outside" : listed.has(finding.fingerprint) ? "baselined" : void 0;
	const agents = report.agents.map((agent) => {
		if (agent.verdict === "failed" && agent.error !== void 0) return agent;
		const counted = [];
		const baselined = [];
		const outside = [];
		const triaged = [];
		for (const finding of agent.findings) {
			seen.add(finding.fingerprint);
			const decision = triage?.active.get(finding.fingerprint);
			if (decision) {
				triaged.push({
					...finding,
					suppression: triageSuppression(decision)
				});
				states.set(finding.fingerprint, "unchanged");
				continue;
			}
			const old = isOld(finding);
			(old === "outside" ? outside : old === "baselined" ? baselined : counted).push(finding);
			states.set(finding.fingerprint, old ? "unchanged" : "new");
		}
		for (const finding of agent.suppressed) states.set(finding.fingerprint, isOld(finding) ? "unchanged" : "new");
		outsideCount += outside.length;
		const exitCode = gateWithSkips(gateExitCode(counted, options.gates.get(agent.path) ?? DEFAULT_GATE), agent.skipped);
		appliedCount += triaged.length;
		return {
			...agent,
			verdict: verdictFor(exitCode),
			exitCode,
			findings: counted,
			...triaged.length > 0 ? { suppressed: [...agent.suppressed, ...triaged].sort(compareFindings) } : {},
			...baseline ? { baselined } : {},
			...changes ? { outsideChanges: outside } : {}
		};
	});
	const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
	const scoped = {
		...report,
		exitCode,
		verdict: verdictFor(exitCode),
		summary: summarise(agents),
		agents
	};
	if (baseline) {
		const audited = new Set(agents.filter((agent) => agent.verdict !== "failed").map((agent) => agent.path));
		const stale = baseline.file.findings.filter((entry) => audited.has(entry.agent) && !seen.has(entry.fingerprint)).map(({ fingerprint, ruleId, file, line, agent }) => ({
			fingerprint,
			ruleId,
			file,
			line,
			agent
		}));
		const matched = agents.reduce((total, agent) => total + (agent.baselined?.length ?? 0), 0);
		scoped.baseline = {
			file: baseline.shown,
			matched,
			new: scoped.summary.findings,
			stale
		};
	}
	if (changes) scoped.changes = changesRun(changes, agents, outsideCount);
	if (triage) scoped.triage = {
		file: triage.shown,
		applied: appliedCount,
		expired: triage.expired.map(({ fingerprint, ruleId, file, expires }) => ({
			fingerprint,
			expires,
			...ruleId ? { ruleId } : {},
			...file ? { file } : {}
		}))
	};
	return {
		report: scoped,
		states
	};
}
function changesRun(changes, agents, outside) {
	return {
		mode: changes.mode,
		...changes.ref !== void 0 ? { ref: changes.ref } : {},
		...changes.base !== void 0 ? { base: changes.base } : {},
		files: [...changes.files.keys()].sort(),
		agents: agents.map((agent) => agent.path),
		outside
	};
}
/** Agents to audit in a changes run, for the workspace's agent selection. */
function selectChangedAgents(changes, agents) {
	const selected = agentsWithChanges(changes, agents.map((agent) => agent.path));
	return agents.filter((agent) => selected.has(agent.path));
}
function triageSuppression(decision) {
	return {
		kind: "triage",
		status: decision.status,
		reason: decision.reason,
		author: decision.author,
		decidedAt: decision.decidedAt,
		...decision.expires ? { expires: decision.expires } : {}
	};
}
export { selectChangedAgents as n, applyScope as t };
