// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as TRIAGE_STATUSES, i as SEVERITIES, n as FIXABILITIES, r as PERSONAS, t as CATEGORIES } from "./chunk-kinds.js";
import { z } from "zod";
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
	suppression: SuppressionSchema.optional()
});
export { SeveritySchema as a, PersonaSchema as i, FindingSchema as n, FixabilitySchema as r, CategorySchema as t };
