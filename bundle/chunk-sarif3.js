// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as compareFindings } from "./chunk-order.js";
import { a as toSarif } from "./chunk-sarif2.js";
// src/baseline/sarif.ts
/**
* SARIF for a narrowed report: every finding is a result (code scanning must not see baselined or
* unchanged code as fixed), each with SARIF 2.1.0's `baselineState`: `new` for the findings the gate
* counted, `unchanged` for those the baseline lists or that lie outside the changes. Once one result
* has a baselineState, all of them get one.
*/
function toScopedSarif(report, rules, states, options = {}) {
	const complete = {
		...report,
		agents: report.agents.map((agent) => ({
			...agent,
			findings: [
				...agent.findings,
				...agent.baselined ?? [],
				...agent.outsideChanges ?? []
			].sort(compareFindings)
		}))
	};
	const log = toSarif(complete, rules, options);
	return {
		...log,
		runs: log.runs.map((run) => ({
			...run,
			results: run.results.map((result) => ({
				...result,
				baselineState: states.get(result.partialFingerprints["agentopsCockpit/v1"] ?? "") ?? "new"
			}))
		}))
	};
}
function formatScopedSarif(report, rules, states, options = {}) {
	return `${JSON.stringify(toScopedSarif(report, rules, states, options), null, 2)}\n`;
}
export { formatScopedSarif };
