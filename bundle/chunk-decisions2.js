// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/triage/decisions.ts
/** The decisions that hold on `now` (an expiry is the last day, UTC, it holds) and those that have lapsed. */
function triageInForce(triage, now) {
	const today = now.toISOString().slice(0, 10);
	const active = /* @__PURE__ */ new Map();
	const expired = [];
	for (const decision of triage.decisions) if (decision.expires !== void 0 && decision.expires < today) expired.push(decision);
	else active.set(decision.fingerprint, decision);
	return {
		active,
		expired
	};
}
/** The file with `decision` in force for its fingerprint (replacing an earlier one) and recorded in the history. */
function withDecision(triage, decision) {
	return {
		...triage,
		decisions: [...triage.decisions.filter((entry) => entry.fingerprint !== decision.fingerprint), decision].sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
		history: [...triage.history, {
			action: "decide",
			...decision
		}]
	};
}
/** The file without a decision for `fingerprint`, the revocation recorded; undefined when none is in force. */
function withoutDecision(triage, revocation) {
	if (!triage.decisions.some((entry) => entry.fingerprint === revocation.fingerprint)) return void 0;
	return {
		...triage,
		decisions: triage.decisions.filter((entry) => entry.fingerprint !== revocation.fingerprint),
		history: [...triage.history, {
			action: "revoke",
			...revocation
		}]
	};
}
export { withDecision as n, withoutDecision as r, triageInForce as t };
