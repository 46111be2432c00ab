// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import { t as plural } from "./chunk-plural.js";
// src/report/committee-text.ts
/** The committee in the text report: one agreement line per finding, and a section that lists what a human should look at. */
/** `2 votes, quorum 1 (cockpit-secrets, secretlint)`; a missing quorum said first, disputes last. */
function agreementLine(finding) {
	const committee = finding.committee;
	if (!committee) return void 0;
	const disputers = [...new Set(committee.votes.filter((vote) => vote.decision === "disputed").map((vote) => vote.auditor))];
	const status = committee.status === "below-quorum" ? "below quorum: " : "";
	const disputed = disputers.length > 0 ? `; disputed by ${disputers.join(", ")}` : "";
	return `${status}${plural(committee.auditors.length, "vote")}, quorum ${committee.quorum} (${committee.auditors.join(", ") || "none"})${disputed}`;
}
function formatCommitteeText(report) {
	const committee = report.committee;
	if (!committee) return "";
	const external = committee.auditors.filter((auditor) => auditor.kind !== "engine");
	const lines = ["", `Committee: ${plural(committee.findings, "finding")} voted on by ${committee.auditors.filter((auditor) => auditor.kind === "engine").length} cockpit engines${external.length > 0 ? ` and ${external.map((auditor) => terminalSafe(auditor.name)).join(", ")}` : ""}; ${committee.agreed} agreed by several auditors, ${committee.belowQuorum} below quorum, ${committee.disputed} disputed`];
	for (const auditor of external) {
		const review = auditor.review;
		if (review) {
			lines.push(`  ${terminalSafe(auditor.name)} (model ${terminalSafe(auditor.source ?? "")}): ${plural(auditor.results, "vote")}; ${plural(review.requests, "request")}, ${review.cached} cached, ${plural(review.tokens, "token")}, ${review.unreviewed} unreviewed${review.error ? ` (${terminalSafe(review.error)})` : ""}`);
			continue;
		}
		lines.push(`  ${terminalSafe(auditor.name)} (${terminalSafe(auditor.source ?? "")}): ${plural(auditor.results, "result")}, ${auditor.merged} merged, ${auditor.added} added, ${auditor.skipped} skipped`);
	}
	const review = report.agents.flatMap((agent) => [...agent.belowQuorum ?? [], ...agent.findings.filter((finding) => finding.committee?.votes.some((vote) => vote.decision === "disputed"))]);
	if (review.length > 0) {
		lines.push("  For a human to decide (below quorum: shown, not gating; disputed: an auditor disagrees):");
		for (const finding of review) lines.push(`    ${terminalSafe(finding.file)}:${finding.region.startLine}  ${terminalSafe(finding.ruleId)}: ${terminalSafe(agreementLine(finding) ?? "")}`);
	}
	return `${lines.join("\n")}\n`;
}
export { formatCommitteeText as n, agreementLine as t };
