// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SEVERITIES } from "./chunk-kinds.js";
import { r as summarise } from "./chunk-summary2.js";
import { t as CockpitError } from "./chunk-errors2.js";
// src/report/severity-filter.ts
/** `--severity <level>`: the levels a report shows, most severe first. */
function severitiesFrom(minimum) {
	return SEVERITIES.slice(0, SEVERITIES.indexOf(minimum) + 1);
}
function parseSeverity(value, flag) {
	if (SEVERITIES.includes(value)) return value;
	throw new CockpitError(`${flag}: unknown severity '${value}' (expected ${SEVERITIES.join(", ")})`);
}
/**
* The report with findings below `minimum` left out of every list, and the summary counted again from
* what is left. The verdict and exit code are the gate's and stay as they were: `--severity` changes what
* is shown, never what blocks (that is the policy's `block_on`).
*/
function filterBySeverity(report, minimum) {
	if (minimum === "note") return report;
	const shown = new Set(severitiesFrom(minimum));
	const keep = (findings) => findings.filter((finding) => shown.has(finding.severity));
	const agents = report.agents.map((agent) => ({
		...agent,
		findings: keep(agent.findings),
		suppressed: keep(agent.suppressed),
		...agent.baselined ? { baselined: keep(agent.baselined) } : {},
		...agent.outsideChanges ? { outsideChanges: keep(agent.outsideChanges) } : {}
	}));
	return {
		...report,
		summary: summarise(agents),
		agents
	};
}
export { filterBySeverity, parseSeverity, severitiesFrom };
