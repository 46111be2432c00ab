// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SEVERITIES, i as PERSONAS, n as CATEGORIES, r as FIXABILITIES } from "./chunk-kinds.js";
// src/report/summary.ts
/** The JSON report: a public contract (docs/report.schema.json is generated from model.ts's schema). */
var REPORT_SCHEMA_VERSION = 1;
/** The entry holding the files outside every agent (workspace runs), as opposed to an agent. */
function isRepositoryEntry(agent) {
	return agent.kind === "repository";
}
function zeroCounts(keys) {
	return Object.fromEntries(keys.map((key) => [key, 0]));
}
/** The Persona Matrix of a set of findings; a persona blocks when any of its findings is an error. */
function personaMatrix(findings) {
	const matrix = Object.fromEntries(PERSONAS.map((persona) => [persona, {
		error: 0,
		warning: 0,
		note: 0,
		oneClick: 0,
		structural: 0,
		verdict: "approved"
	}]));
	for (const finding of findings) {
		const row = matrix[finding.persona];
		row[finding.severity]++;
		if (finding.fixability === "one-click") row.oneClick++;
		else row.structural++;
	}
	for (const row of Object.values(matrix)) row.verdict = row.error > 0 ? "blocked" : row.warning > 0 ? "approved-with-warnings" : "approved";
	return matrix;
}
function summarise(agents) {
	const summary = {
		agents: agents.length,
		findings: 0,
		suppressed: 0,
		bySeverity: zeroCounts(SEVERITIES),
		byCategory: zeroCounts(CATEGORIES),
		byPersona: zeroCounts(PERSONAS),
		byFixability: zeroCounts(FIXABILITIES),
		personaMatrix: personaMatrix(agents.flatMap((agent) => agent.findings))
	};
	for (const agent of agents) {
		summary.suppressed += agent.suppressed.length;
		for (const finding of agent.findings) {
			summary.findings++;
			summary.bySeverity[finding.severity]++;
			summary.byCategory[finding.category]++;
			summary.byPersona[finding.persona]++;
			summary.byFixability[finding.fixability]++;
		}
	}
	return summary;
}
export { isRepositoryEntry as n, summarise as r, REPORT_SCHEMA_VERSION as t };
