// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/findings/kinds.ts
/**
* The vocabulary every finding, rule and report shares. Changing these is changing a public contract.
* Plain constants, apart from the zod schemas in model.ts, so reports can be rendered without loading zod.
*/
var SEVERITIES = [
	"error",
	"warning",
	"note"
];
var CATEGORIES = [
	"secret",
	"pii",
	"security",
	"reliability",
	"architecture",
	"policy",
	"finops",
	"ux",
	"dependency"
];
var PERSONAS = [
	"secops",
	"architecture",
	"sre",
	"finops",
	"governance",
	"ux"
];
var FIXABILITIES = ["one-click", "structural"];
/** What a person decided about one finding (`ops triage`, the dashboard): it no longer counts for the gate. */
var TRIAGE_STATUSES = ["accepted-risk", "false-positive"];
/** A name an auditor goes by in reports: a SARIF import's TOOL, never one of the engines' own. */
var AUDITOR_NAME = /^(?!cockpit-)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export { SEVERITIES as a, PERSONAS as i, CATEGORIES as n, TRIAGE_STATUSES as o, FIXABILITIES as r, AUDITOR_NAME as t };
