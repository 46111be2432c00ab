// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SEVERITIES, i as PERSONAS, n as CATEGORIES, o as TRIAGE_STATUSES, r as FIXABILITIES } from "./chunk-kinds.js";
import { z } from "zod";
// src/findings/committee.ts
var VoteSchema = z.object({
	auditor: z.string().describe("`cockpit-secrets`, `cockpit-pii`, `cockpit-security`, `cockpit-dependencies`, `cockpit-rules`, or the name given to an imported SARIF file"),
	decision: z.enum([
		"raised",
		"confirmed",
		"disputed"
	]).describe("`raised`: the first auditor to report it; `confirmed`: another auditor reported the same problem; `disputed`: an auditor marked it as not a problem (a SARIF suppression)"),
	ruleId: z.string().describe("the auditor's own rule id"),
	rationale: z.string().describe("the auditor's message, redacted: never a full secret")
});
var FindingCommitteeSchema = z.object({
	auditors: z.array(z.string()).describe("distinct auditors that raised or confirmed the finding"),
	quorum: z.number().int().min(1).describe("votes the finding needs to count for the gate (cockpit.yaml `committee.quorum`)"),
	status: z.enum(["met", "below-quorum"]).describe("`below-quorum`: shown, not counted for the gate"),
	votes: z.array(VoteSchema)
});
var AuditorRunSchema = z.object({
	name: z.string(),
	kind: z.enum([
		"engine",
		"sarif",
		"model"
	]),
	source: z.string().optional().describe("the SARIF file as given; for a model reviewer, its model"),
	review: z.object({
		requests: z.number().int().min(0).describe("requests sent this run"),
		cached: z.number().int().min(0).describe("answers reused from the cache (same finding, same excerpt, same brief)"),
		tokens: z.number().int().min(0).describe("tokens the server reported for this run's requests"),
		unreviewed: z.number().int().min(0).describe("findings left without its vote: budget spent, no answer, or an answer that failed the schema"),
		error: z.string().optional().describe("why it could not answer, redacted")
	}).optional(),
	results: z.number().int().min(0).describe("results read (engines: findings raised)"),
	merged: z.number().int().min(0).describe("results merged into a finding another auditor raised"),
	added: z.number().int().min(0).describe("results that became findings of their own"),
	skipped: z.number().int().min(0).describe("results not used: outside the audited root or every entry, without a location, or suppressed with nothing to dispute")
});
var CommitteeRunSchema = z.object({
	auditors: z.array(AuditorRunSchema),
	quorum: z.record(z.string(), z.number().int().min(1)).describe("the quorum settings in force: by category, by severity, `default`"),
	findings: z.number().int().min(0).describe("findings the committee voted on (below-quorum ones included)"),
	agreed: z.number().int().min(0).describe("findings raised or confirmed by two auditors or more"),
	belowQuorum: z.number().int().min(0),
	disputed: z.number().int().min(0).describe("findings at least one auditor disputed: listed for a human")
});
// src/findings/model.ts
var SeveritySchema = z.enum(SEVERITIES);
var CategorySchema = z.enum(CATEGORIES);
var PersonaSchema = z.enum(PERSONAS);
var FixabilitySchema = z.enum(FIXABILITIES);
/** 1-based lines and columns, end inclusive of the last character's line, end column exclusive. */
var RegionSchema = z.object({
	startLine: z.number().int().min(1),
	startColumn: z.number().int().min(1),
	endLine: z.number().int().min(1),
	endColumn: z.number().int().min(1)
});
var SuppressionSchema = z.discriminatedUnion("kind", [z.object({
	kind: z.literal("inline"),
	reason: z.string()
}), z.object({
	kind: z.literal("triage"),
	status: z.enum(TRIAGE_STATUSES),
	reason: z.string(),
	author: z.string(),
	decidedAt: z.string(),
	expires: z.string().optional()
})]);
var FindingSchema = z.object({
	ruleId: z.string(),
	title: z.string(),
	message: z.string(),
	/** POSIX path relative to the audited root. */
	file: z.string(),
	region: RegionSchema,
	severity: SeveritySchema,
	category: CategorySchema,
	persona: PersonaSchema,
	fixability: FixabilitySchema,
	remediation: z.string(),
	/** Stable across line moves: rule + path + normalised matched content (never the raw secret). */
	fingerprint: z.string(),
	/** The matched line with any secret redacted. */
	snippet: z.string().optional(),
	tags: z.array(z.string()).default([]),
	/** What the one-click fix changes, when the cockpit can heal this finding itself. */
	fix: z.string().optional(),
	suppression: SuppressionSchema.optional(),
	/** With a committee (--import-sarif, cockpit.yaml `committee:`): every auditor's vote and the quorum (docs/COMMITTEE.md). */
	committee: FindingCommitteeSchema.optional()
});
export { SeveritySchema as a, PersonaSchema as i, FindingSchema as n, CommitteeRunSchema as o, FixabilitySchema as r, CategorySchema as t };
