// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { i as currentRuleId } from "./chunk-renamed-ids.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as readRegularFile } from "./chunk-read-regular-file2.js";
import "./chunk-sarif2.js";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { z } from "zod";
// src/committee/sarif-import.ts
/**
* External auditors' results from SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html):
* only the fields the committee needs are read, and a file that is not SARIF stops the run with one line
* naming the file and the first thing wrong.
*/
var MAX_SARIF_BYTES = 268435456;
var MessageSchema = z.looseObject({
	text: z.string().optional(),
	markdown: z.string().optional(),
	id: z.string().optional(),
	arguments: z.array(z.string()).optional()
});
var RegionSchema = z.looseObject({
	startLine: z.number().int().min(1).optional(),
	startColumn: z.number().int().min(1).optional(),
	endLine: z.number().int().min(1).optional(),
	endColumn: z.number().int().min(1).optional()
});
var ArtifactLocationSchema = z.looseObject({
	uri: z.string().optional(),
	uriBaseId: z.string().optional(),
	index: z.number().int().min(-1).optional()
});
var PropertiesSchema = z.looseObject({ tags: z.array(z.string()).optional() });
var RuleSchema = z.looseObject({
	id: z.string(),
	name: z.string().optional(),
	shortDescription: MessageSchema.optional(),
	helpUri: z.string().optional(),
	messageStrings: z.record(z.string(), MessageSchema).optional(),
	defaultConfiguration: z.looseObject({ level: z.enum([
		"none",
		"note",
		"warning",
		"error"
	]).optional() }).optional(),
	properties: PropertiesSchema.optional()
});
var ResultSchema = z.looseObject({
	ruleId: z.string().optional(),
	ruleIndex: z.number().int().min(-1).optional(),
	rule: z.looseObject({
		id: z.string().optional(),
		index: z.number().int().min(-1).optional()
	}).optional(),
	kind: z.enum([
		"notApplicable",
		"pass",
		"fail",
		"review",
		"open",
		"informational"
	]).optional(),
	level: z.enum([
		"none",
		"note",
		"warning",
		"error"
	]).optional(),
	message: MessageSchema,
	locations: z.array(z.looseObject({ physicalLocation: z.looseObject({
		artifactLocation: ArtifactLocationSchema.optional(),
		region: RegionSchema.optional()
	}).optional() })).optional(),
	suppressions: z.array(z.looseObject({ status: z.enum([
		"accepted",
		"underReview",
		"rejected"
	]).optional() })).optional(),
	properties: PropertiesSchema.optional()
});
var RunSchema = z.looseObject({
	tool: z.looseObject({ driver: z.looseObject({
		name: z.string(),
		rules: z.array(RuleSchema).optional()
	}) }),
	originalUriBaseIds: z.record(z.string(), z.looseObject({
		uri: z.string().optional(),
		uriBaseId: z.string().optional()
	})).optional(),
	artifacts: z.array(z.looseObject({ location: ArtifactLocationSchema.optional() })).optional(),
	results: z.array(ResultSchema).nullable().optional()
});
var SarifSchema = z.looseObject({
	version: z.literal("2.1.0"),
	runs: z.array(RunSchema)
});
function issuePath(segments) {
	return segments.map((segment, index) => typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`).join("");
}
/** Reads, parses and checks one SARIF file; every problem is one CockpitError line naming the file. */
async function readSarif(request, baseDir) {
	const text = await readRegularFile(request.file, {
		shown: request.shown,
		maxBytes: MAX_SARIF_BYTES
	});
	let json;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch (error) {
		throw new CockpitError(`${request.shown}: not valid JSON (${error.message.split("\n")[0]})`);
	}
	if (typeof json !== "object" || json === null || Array.isArray(json)) throw new CockpitError(`${request.shown}: not a SARIF log (expected a JSON object)`);
	const parsed = SarifSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issuePath(issue.path);
		const what = issue.path[0] === "version" ? `expected SARIF version "2.1.0"` : issue.message;
		throw new CockpitError(`${request.shown}: not SARIF 2.1.0: ${where ? `${where}: ` : ""}${what}`);
	}
	const results = [];
	let unusable = 0;
	for (const run of parsed.data.runs) for (const result of run.results ?? []) {
		const external = toExternal(request.tool, run, result, baseDir);
		if (external) results.push(external);
		else unusable++;
	}
	return {
		tool: request.tool,
		source: request.shown,
		results,
		unusable
	};
}
function ruleOf(run, result) {
	const rules = run.tool.driver.rules ?? [];
	const index = result.ruleIndex ?? result.rule?.index;
	if (index !== void 0 && index >= 0 && rules[index]) return rules[index];
	const id = result.ruleId ?? result.rule?.id;
	return id === void 0 ? void 0 : rules.find((rule) => rule.id === id);
}
/** SARIF's message: its text, or the rule's message string with its {0} placeholders filled. */
function messageText(result, rule) {
	const own = result.message.text ?? result.message.markdown;
	if (own !== void 0) return own;
	const template = result.message.id !== void 0 ? rule?.messageStrings?.[result.message.id]?.text : void 0;
	if (template === void 0) return "";
	const args = result.message.arguments ?? [];
	return template.replace(/\{(\d+)\}/g, (whole, index) => args[Number(index)] ?? whole);
}
var SEVERITY_OF_LEVEL = {
	none: "note",
	note: "note",
	warning: "warning",
	error: "error"
};
function toExternal(tool, run, result, baseDir) {
	if (result.kind === "pass" || result.kind === "notApplicable") return void 0;
	const location = result.locations?.[0]?.physicalLocation;
	if (!location) return void 0;
	const rule = ruleOf(run, result);
	const written = result.ruleId ?? result.rule?.id ?? rule?.id ?? "unknown";
	const ruleId = run.tool.driver.name === "AgentOps Cockpit" ? currentRuleId(written) : written;
	const artifact = location.artifactLocation;
	const indexed = artifact?.index !== void 0 && artifact.index >= 0 ? run.artifacts?.[artifact.index]?.location : void 0;
	const uri = artifact?.uri ?? indexed?.uri;
	if (uri === void 0) return void 0;
	const file = localPath(uri, artifact?.uriBaseId ?? indexed?.uriBaseId, run, baseDir);
	const region = location.region ?? {};
	const startLine = region.startLine ?? 1;
	const startColumn = region.startColumn ?? 1;
	const endLine = Math.max(region.endLine ?? startLine, startLine);
	const endColumn = region.endColumn ?? (endLine === startLine ? startColumn + 1 : 1);
	const level = result.level ?? rule?.defaultConfiguration?.level ?? "warning";
	return {
		tool,
		driver: run.tool.driver.name,
		ruleId,
		title: rule?.shortDescription?.text ?? rule?.name ?? ruleId,
		message: messageText(result, rule).slice(0, 2e3),
		file,
		region: {
			startLine,
			startColumn,
			endLine,
			endColumn: endLine === startLine ? Math.max(endColumn, startColumn) : endColumn
		},
		severity: SEVERITY_OF_LEVEL[level],
		tags: [...result.properties?.tags ?? [], ...rule?.properties?.tags ?? []],
		...rule?.helpUri ? { helpUri: rule.helpUri } : {},
		suppressed: (result.suppressions ?? []).some((suppression) => suppression.status !== "rejected" && suppression.status !== "underReview")
	};
}
/**
* A result's URI as a local path. `file:` URIs are used as they are; a relative URI is resolved against
* its `uriBaseId` when the run gives that base as a `file:` URI, else against `baseDir` (the audited
* root: run the scanner there). Other schemes name no local file.
*/
function localPath(uri, baseId, run, baseDir, depth = 0) {
	if (/^file:/i.test(uri)) try {
		return fileURLToPath(uri);
	} catch {
		return;
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return void 0;
	let decoded;
	try {
		decoded = decodeURIComponent(uri);
	} catch {
		return;
	}
	const base = baseId !== void 0 && depth < 4 ? run.originalUriBaseIds?.[baseId] : void 0;
	const baseDirectory = base?.uri !== void 0 ? localPath(base.uri, base.uriBaseId, run, baseDir, depth + 1) : void 0;
	return path.resolve(baseDirectory ?? baseDir, decoded);
}
export { readSarif };
