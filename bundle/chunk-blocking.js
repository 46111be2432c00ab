// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/report/blocking.ts
var SECURITY_CRITICAL = /* @__PURE__ */ new Set(["secret", "pii"]);
/**
* The findings that made an agent's verdict a block, read back from the verdict (a report does not carry
* each agent's `block_on`): secret and PII findings when the agent is a security block (exit 1), and the
* other findings of the most severe level present when it blocks at all. With `block_on: [error, warning]`
* and both levels present this lists the errors only; the verdict is the gate's either way.
*/
function blockingFindings(agent) {
	if (agent.exitCode === 0) return [];
	const secrets = agent.exitCode === 1 ? agent.findings.filter((finding) => SECURITY_CRITICAL.has(finding.category)) : [];
	const others = agent.findings.filter((finding) => !SECURITY_CRITICAL.has(finding.category));
	const worst = [
		"error",
		"warning",
		"note"
	].find((severity) => others.some((finding) => finding.severity === severity));
	const level = agent.exitCode === 2 ? worst : "error";
	const policy = level ? others.filter((finding) => finding.severity === level) : [];
	const blocking = /* @__PURE__ */ new Set([...secrets, ...policy]);
	return agent.findings.filter((finding) => blocking.has(finding));
}
/** Secrets and personal data (exit 1) before the rest: the reason a security block is one; otherwise in order. */
function securityFirst(findings) {
	const rank = (finding) => SECURITY_CRITICAL.has(finding.category) ? 0 : 1;
	return [...findings].sort((a, b) => rank(a) - rank(b));
}
export { securityFirst as n, blockingFindings as t };
