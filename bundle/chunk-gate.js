// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/gate/gate.ts
/** The CI contract. 1 beats 3 beats 2; 3 means the audit itself could not be done. */
var EXIT_CODES = {
	pass: 0,
	security: 1,
	policy: 2,
	failure: 3
};
var SECURITY_CRITICAL = /* @__PURE__ */ new Set(["secret", "pii"]);
var DEFAULT_GATE = {
	blockOn: ["error"],
	secretsGate: true
};
/** Exit code for findings that count (suppressed ones are already removed). */
function gateExitCode(findings, gate = DEFAULT_GATE) {
	if (gate.secretsGate && findings.some((finding) => SECURITY_CRITICAL.has(finding.category))) return EXIT_CODES.security;
	return findings.some((finding) => !SECURITY_CRITICAL.has(finding.category) && gate.blockOn.includes(finding.severity)) ? EXIT_CODES.policy : EXIT_CODES.pass;
}
/**
* Skip reasons that fail closed: the file may hold a secret but was not read. Binaries, lock files,
* oversized files and excluded folders are reported too but pass; they are skipped on purpose.
*/
var FAIL_CLOSED_SKIPS = /* @__PURE__ */ new Set([
	"unreadable",
	"unreadable-folder",
	"nul-prefixed"
]);
/** What the user can do about a fail-closed skip: exclude it on purpose (or make it readable). */
var SKIP_FIX = "add it to .cockpitignore to skip it on purpose";
function failsClosed(skip) {
	return FAIL_CLOSED_SKIPS.has(skip.reason);
}
/** An agent's exit code once its skipped files count: an unread file that may hold a secret fails the audit (3); a secret found still wins (1). */
function gateWithSkips(code, skipped) {
	return code !== EXIT_CODES.security && (skipped ?? []).some(failsClosed) ? EXIT_CODES.failure : code;
}
/** The one precedence, worst first: a secret anywhere wins, then a failed audit, then a policy block. */
var WORST_FIRST = [
	EXIT_CODES.security,
	EXIT_CODES.failure,
	EXIT_CODES.policy,
	EXIT_CODES.pass
];
/** Combines agents' exit codes by that precedence. */
function combineExitCodes(codes) {
	const seen = new Set(codes);
	return WORST_FIRST.find((code) => seen.has(code)) ?? EXIT_CODES.pass;
}
var EXIT_CODE_OF = {
	pass: 0,
	"security-block": 1,
	"policy-block": 2,
	failed: 3
};
/** 0 for the worst verdict (security-block) to 3 for pass: how lists sort and the fleet store's `verdict_rank`. */
function verdictRank(verdict) {
	return WORST_FIRST.indexOf(EXIT_CODE_OF[verdict]);
}
function verdictFor(exitCode) {
	switch (exitCode) {
		case 0: return "pass";
		case 1: return "security-block";
		case 2: return "policy-block";
		default: return "failed";
	}
}
export { failsClosed as a, verdictFor as c, combineExitCodes as i, verdictRank as l, EXIT_CODES as n, gateExitCode as o, SKIP_FIX as r, gateWithSkips as s, DEFAULT_GATE as t };
