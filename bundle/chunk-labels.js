// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as plural } from "./chunk-plural.js";
// src/report/labels.ts
var PERSONA_LABELS = {
	secops: "SecOps",
	architecture: "Architecture",
	sre: "SRE / Reliability",
	finops: "FinOps",
	governance: "Governance / Compliance",
	ux: "UX"
};
var SEVERITY_LABELS = {
	error: "ERROR",
	warning: "WARNING",
	note: "NOTE"
};
var VERDICT_LABELS = {
	pass: "PASS",
	"security-block": "BLOCKED: security critical (secrets or PII)",
	"policy-block": "BLOCKED: architecture or policy violation",
	failed: "FAILED: the audit could not be completed"
};
/** The short form, one per row of a fleet table. */
var FLEET_VERDICT_LABELS = {
	pass: "pass",
	"security-block": "BLOCKED (secret/PII)",
	"policy-block": "BLOCKED (policy)",
	failed: "FAILED"
};
/** How the repository entry describes itself where an agent shows its language and frameworks. */
var REPOSITORY_LABEL = "files outside every agent, scanned for secrets and personal data";
/** `4 agents + repository`: how many agents a fleet holds, and whether the repository entry is among them. */
function entriesLabel(agents) {
	const repository = agents.some((agent) => agent.kind === "repository");
	const count = agents.length - (repository ? 1 : 0);
	return `${plural(count, "agent")}${repository ? " + repository" : ""}`;
}
export { VERDICT_LABELS as a, SEVERITY_LABELS as i, PERSONA_LABELS as n, entriesLabel as o, REPOSITORY_LABEL as r, FLEET_VERDICT_LABELS as t };
