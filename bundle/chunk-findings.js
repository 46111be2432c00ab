// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SeveritySchema, i as PersonaSchema, n as FindingSchema, r as FixabilitySchema, t as CategorySchema } from "./chunk-model.js";
import { g as AGENT_HASH } from "./chunk-store.js";
import { i as PERSONAS, o as TRIAGE_STATUSES } from "./chunk-kinds.js";
import { a as HealTotalsSchema, c as VerdictSchema, i as HealNoteSchema, r as HealFileSchema, s as SummarySchema, t as AgentReportSchema } from "./chunk-model2.js";
import { p as findingRows, u as SEVERITY_RANK } from "./chunk-connection.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { z } from "@hono/zod-openapi";
// src/server/api-schemas.ts
/**
* Every request and response of the cockpit HTTP API (issue 7), as zod schemas: the routes validate
* with them, the OpenAPI document is generated from them, the tests parse responses with them, and
* the dashboard imports their types (`import type` only).
*/
var count = () => z.number().int().min(0);
var ErrorSchema = z.object({ error: z.string().describe("one line, never a stack") }).openapi("Error");
var HealthSchema = z.object({
	ok: z.literal(true),
	version: z.string(),
	lake: z.string().describe("the lake folder as shown to the user"),
	agents: count()
}).openapi("Health");
var SeverityCountsSchema = z.object({
	error: count(),
	warning: count(),
	note: count()
});
var VerdictCountsSchema = z.object({
	pass: count(),
	"security-block": count(),
	"policy-block": count(),
	failed: count()
});
var TrendPointSchema = z.object({
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("UTC day"),
	findings: count(),
	error: count(),
	warning: count(),
	note: count(),
	agents: count().describe("agents with a record up to that day")
});
var RunPointSchema = z.object({
	runId: z.string(),
	startedAt: z.iso.datetime(),
	finishedAt: z.iso.datetime().describe("the run's last record"),
	audited: count().describe("agents this run audited (agents whose files had not changed keep their previous record)"),
	agents: count().describe("agents with a record up to this run"),
	findings: count().describe("every agent's findings after this run: its own record, or its previous one"),
	error: count(),
	warning: count(),
	note: count(),
	new: count().describe("findings whose fingerprint the agent's previous record did not have"),
	fixed: count().describe("findings of the agent's previous record that this run no longer found"),
	unchanged: count().describe("findings after this run that were there before it")
});
var FleetSchema = z.object({
	root: z.string(),
	generatedAt: z.iso.datetime(),
	verdict: VerdictSchema,
	exitCode: z.number().int().min(0).max(3),
	summary: SummarySchema,
	verdicts: VerdictCountsSchema,
	topRules: z.array(z.object({
		ruleId: z.string(),
		title: z.string(),
		count: count()
	})).describe("at most 10, most findings first"),
	frameworks: z.array(z.object({
		name: z.string(),
		agents: count()
	})),
	trend: z.array(TrendPointSchema).describe("per day: the last record of each agent up to that day, summed"),
	runs: z.array(RunPointSchema).optional().describe("with ?runs=N: the last N audit runs, oldest first, with new, fixed and unchanged findings (not from the PostgreSQL store yet)")
}).openapi("Fleet");
var limit = (fallback) => z.coerce.number().int().min(1).max(500).default(fallback).openapi({
	type: "integer",
	minimum: 1,
	maximum: 500,
	default: fallback
});
var offset = () => z.coerce.number().int().min(0).default(0).openapi({
	type: "integer",
	minimum: 0,
	default: 0
});
var FleetQuerySchema = z.object({ runs: z.coerce.number().int().min(1).max(100).optional().openapi({
	type: "integer",
	minimum: 1,
	maximum: 100,
	description: "also list the last N audit runs (reads every agent history)"
}) });
var AgentIdSchema = z.string().regex(AGENT_HASH, "is not an agent hash (16 hex characters)").openapi({
	example: "4a444cfc357afaf3",
	description: "the agent hash"
});
var RuleIdSchema = z.string().max(200).regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, "is not a rule id (category/slug)");
var FrameworkNameSchema = z.string().max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, "is not a framework name");
var AgentQuerySchema = z.object({
	verdict: VerdictSchema.optional(),
	persona: PersonaSchema.optional().describe("agents with at least one finding for this persona"),
	framework: FrameworkNameSchema.optional(),
	rule: RuleIdSchema.optional().describe("agents with at least one finding of this rule"),
	q: z.string().max(200).regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters").optional().describe("name or path substring, case-insensitive"),
	sort: z.enum([
		"name",
		"path",
		"verdict",
		"findings",
		"errors",
		"lastAudit"
	]).default("path"),
	order: z.enum(["asc", "desc"]).default("asc"),
	limit: limit(50),
	offset: offset()
});
var AgentRowSchema = z.object({
	id: z.string(),
	name: z.string(),
	path: z.string(),
	repository: z.string().optional().describe("the repository the agent belongs to (owner/name), when its record says"),
	kind: AgentReportSchema.shape.kind,
	language: AgentReportSchema.shape.language,
	frameworks: z.array(z.string()),
	verdict: VerdictSchema,
	exitCode: z.number().int().min(0).max(3),
	findings: count(),
	bySeverity: SeverityCountsSchema,
	byPersona: z.object(Object.fromEntries(PERSONAS.map((persona) => [persona, count()]))),
	lastAudit: z.iso.datetime()
});
var AgentListSchema = z.object({
	total: count(),
	items: z.array(AgentRowSchema)
}).openapi("AgentList");
var AgentParamsSchema = z.object({ id: AgentIdSchema.openapi({ param: {
	name: "id",
	in: "path"
} }) });
var ExcerptSchema = z.object({
	startLine: z.number().int().min(1),
	lines: z.array(z.string()).describe("redacted like report snippets")
});
var AgentDetailSchema = z.object({
	agent: AgentReportSchema,
	record: z.object({
		runId: z.string(),
		startedAt: z.iso.datetime(),
		finishedAt: z.iso.datetime(),
		tool: z.object({
			name: z.string(),
			version: z.string()
		}),
		source: z.object({
			repository: z.string().optional(),
			commit: z.string().optional(),
			ciRun: z.string().optional()
		}).optional()
	}),
	excerpts: z.record(z.string(), ExcerptSchema).describe("by finding fingerprint; omitted when the file cannot be read")
}).openapi("AgentDetail");
var HistoryPointSchema = z.object({
	runId: z.string(),
	finishedAt: z.iso.datetime(),
	verdict: VerdictSchema,
	findings: count(),
	error: count(),
	warning: count(),
	note: count(),
	new: count().optional().describe("findings whose fingerprint the previous run did not have"),
	fixed: count().optional().describe("the previous run's findings this run no longer has"),
	unchanged: count().optional().describe("findings the previous run had too")
});
var AgentHistorySchema = z.object({ items: z.array(HistoryPointSchema).describe("oldest first") }).openapi("AgentHistory");
var FindingsQuerySchema = z.object({
	severity: SeveritySchema.optional(),
	persona: PersonaSchema.optional(),
	category: CategorySchema.optional(),
	rule: RuleIdSchema.optional(),
	agent: AgentIdSchema.optional(),
	/** An owner as CODEOWNERS or an agent's cockpit.yaml names it (`@org/team`, e-mail); needs the server's workspace. */
	owner: z.string().min(1).max(200).optional(),
	limit: limit(100),
	offset: offset()
});
var FindingRowSchema = z.object({
	agentId: z.string(),
	agentName: z.string(),
	agentPath: z.string(),
	/** Who owns the agent now (CODEOWNERS or its cockpit.yaml), when the server has the workspace to read them. */
	owners: z.array(z.string()).optional(),
	finding: FindingSchema
});
var FindingListSchema = z.object({
	total: count(),
	items: z.array(FindingRowSchema)
}).openapi("FindingList");
var RuleDocSchema = z.object({
	id: z.string(),
	title: z.string(),
	category: CategorySchema,
	persona: PersonaSchema,
	severity: SeveritySchema,
	fixability: FixabilitySchema,
	precision: z.enum([
		"very-high",
		"high",
		"medium",
		"low"
	]),
	description: z.string(),
	remediation: z.string(),
	tags: z.array(z.string()).describe("OWASP LLM / Agentic and CWE references"),
	frameworks: z.array(z.string()),
	securitySeverity: z.number().optional(),
	docsUrl: z.string().optional().describe("where the framework documents the safe form"),
	docs: z.string().describe("markdown: description, remediation, references")
});
var RuleListSchema = z.object({ items: z.array(RuleDocSchema) }).openapi("RuleList");
var HealPreviewSchema = z.object({
	dryRun: z.literal(true),
	totals: HealTotalsSchema,
	notes: z.array(HealNoteSchema),
	files: z.array(HealFileSchema)
}).openapi("HealPreview");
var AuditIdSchema = z.string().regex(/^[0-9a-f]{16}$/, "is not an audit id (16 hex characters)");
var AuditParamsSchema = z.object({ id: AuditIdSchema.openapi({ param: {
	name: "id",
	in: "path"
} }) });
var AuditStatusSchema = z.enum([
	"running",
	"done",
	"failed"
]);
var AuditStartBodySchema = z.object({}).strict().openapi("AuditStartBody");
var AuditStartedSchema = z.object({
	id: z.string(),
	status: z.literal("running")
}).openapi("AuditStarted");
var AuditConflictSchema = z.object({
	id: z.string().optional(),
	status: AuditStatusSchema.optional(),
	error: z.string()
}).openapi("AuditConflict");
var AuditStateSchema = z.object({
	id: z.string(),
	status: AuditStatusSchema,
	done: count(),
	total: count(),
	startedAt: z.iso.datetime(),
	finishedAt: z.iso.datetime().optional(),
	exitCode: z.number().int().min(0).max(3).optional(),
	verdict: VerdictSchema.optional(),
	error: z.string().optional()
}).openapi("AuditState");
z.object({ total: count() });
z.object({
	done: count(),
	total: count(),
	agent: z.string(),
	verdict: VerdictSchema,
	cached: z.boolean()
});
z.object({
	exitCode: z.number().int().min(0).max(3),
	verdict: VerdictSchema,
	agents: count()
});
z.object({ error: z.string() });
/** POST /api/triage: one decision about one finding (docs/BASELINES.md, Triage). */
var TriageBodySchema = z.object({
	fingerprint: z.string().regex(/^[0-9a-f]{6,32}$/).describe("the finding's fingerprint, or a prefix of at least 6 characters that names one finding in the lake"),
	status: z.enum(TRIAGE_STATUSES),
	reason: z.string().min(3).max(2e3),
	expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe("the last day (UTC) the decision holds"),
	author: z.string().min(1).max(200).optional().describe("who decides (default: dashboard)")
}).strict().openapi("TriageBody");
var TriageDecisionSchema = z.object({
	fingerprint: z.string(),
	status: z.enum(TRIAGE_STATUSES),
	reason: z.string(),
	author: z.string(),
	decidedAt: z.string(),
	expires: z.string().optional(),
	ruleId: z.string().optional(),
	agent: z.string().optional(),
	file: z.string().optional(),
	line: z.number().int().optional(),
	triageFile: z.string().describe("where the decision was written, as the server shows its workspace")
}).openapi("TriageDecision");
// src/store/postgres/findings.ts
/** The rows of one latest record, from the views' own row function. */
function findingTableRows(record) {
	return findingRows(record).map((row, ordinal) => ({
		agent_id: record.agent.id,
		ordinal,
		severity_rank: SEVERITY_RANK[row.finding.severity],
		agent_path: row.agentPath,
		file: row.finding.file,
		start_line: row.finding.region.startLine,
		start_column: row.finding.region.startColumn,
		rule_id: row.finding.ruleId,
		severity: row.finding.severity,
		persona: row.finding.persona,
		category: row.finding.category,
		api_row: row
	}));
}
var FINDING_COLUMNS = "agent_id, ordinal, severity_rank, agent_path, file, start_line, start_column, rule_id, severity, persona, category, api_row";
var INSERT_FINDINGS = `
  INSERT INTO cockpit_findings (${FINDING_COLUMNS})
  SELECT ${FINDING_COLUMNS}
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, ordinal integer, severity_rank smallint, agent_path text, file text,
       start_line integer, start_column integer, rule_id text, severity text, persona text, category text, api_row jsonb)
  ORDER BY agent_id, ordinal`;
/**
* Replaces the rows of these agents with their new latest records' findings. Called inside the
* push's transaction after the agents' rows were upserted: the transaction holds those rows' locks,
* and every writer of an agent's findings takes that lock first, so two pushes never interleave here.
*/
async function replaceLatestFindings(client, latest) {
	if (latest.length === 0) return;
	await client.query("DELETE FROM cockpit_findings WHERE agent_id = ANY($1::text[])", [latest.map((record) => record.agent.id)]);
	const rows = latest.flatMap(findingTableRows);
	if (rows.length > 0) await client.query(INSERT_FINDINGS, [JSON.stringify(rows)]);
}
/** Must match findingList's comparison (see above); the indexes of migration 3 follow this order. */
var ORDER_COLUMNS = [
	"severity_rank",
	"agent_path",
	"file",
	"start_line",
	"start_column",
	"rule_id",
	"agent_id",
	"ordinal"
];
var FINDING_ORDER = ORDER_COLUMNS.join(", ");
/** Only the conditions asked for, so the planner picks the index that starts with the filtered column. */
function findingFilter(query) {
	const conditions = [];
	const values = [];
	const add = (column, value) => {
		values.push(value);
		conditions.push(`${column} = $${values.length}`);
	};
	if (query.severity) add("severity_rank", SEVERITY_RANK[query.severity]);
	if (query.persona) add("persona", query.persona);
	if (query.category) add("category", query.category);
	if (query.rule) add("rule_id", query.rule);
	if (query.agent) add("agent_id", query.agent);
	return {
		where: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "",
		values
	};
}
/**
* One page in the given direction: its keys first, from the index alone (an index-only scan: skipped
* entries cost an index entry each, not a table row), then only the page's rows are read, sorted
* ascending again (at most 500). Backwards, every column is DESC: the exact reverse of the order.
*/
function pageSql(where, parameters, backward) {
	return `
    SELECT f.agent_id, f.api_row
    FROM (SELECT ${FINDING_ORDER} FROM cockpit_findings ${where} ORDER BY ${backward ? ORDER_COLUMNS.map((column) => `${column} DESC`).join(", ") : FINDING_ORDER} LIMIT $${parameters + 1} OFFSET $${parameters + 2}) AS page
    JOIN cockpit_findings f ON f.agent_id = page.agent_id AND f.ordinal = page.ordinal
    ORDER BY ${ORDER_COLUMNS.map((column) => `page.${column}`).join(", ")}`;
}
/**
* The `/api/findings` body: filtered, sorted and paginated in the database. The total and the page
* come from one snapshot (so they agree while pushes land). A page in the back half is read from the
* end of the index, so no page skips more than half the matches: a deep offset costs what a shallow
* one from the other end does, and the planner has no reason to sort the whole table instead.
*/
async function findingPage(pool, query) {
	const { where, values } = findingFilter(query);
	const client = await pool.connect();
	let total;
	let rows = [];
	try {
		await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
		total = (await client.query(`SELECT count(*)::int AS total FROM cockpit_findings ${where}`, values)).rows[0]?.total ?? 0;
		const take = Math.min(query.limit, Math.max(0, total - query.offset));
		if (take > 0) {
			const fromEnd = total - query.offset - take;
			const backward = fromEnd < query.offset;
			rows = (await client.query(pageSql(where, values.length, backward), [
				...values,
				take,
				backward ? fromEnd : query.offset
			])).rows;
		}
		await client.query("COMMIT");
	} catch (error) {
		await client.query("ROLLBACK").catch(() => void 0);
		throw error;
	} finally {
		client.release();
	}
	const items = rows.map((row) => {
		const parsed = FindingRowSchema.safeParse(row.api_row);
		if (!parsed.success) throw new CockpitError(`store finding row of agent ${row.agent_id} is not a finding (${parsed.error.issues[0]?.message ?? "invalid"})`);
		return parsed.data;
	});
	return {
		total,
		items
	};
}
export { TriageDecisionSchema as S, FleetSchema as _, AgentListSchema as a, RuleListSchema as b, AuditConflictSchema as c, AuditStartedSchema as d, AuditStateSchema as f, FleetQuerySchema as g, FindingsQuerySchema as h, AgentHistorySchema as i, AuditParamsSchema as l, FindingListSchema as m, replaceLatestFindings as n, AgentParamsSchema as o, ErrorSchema as p, AgentDetailSchema as r, AgentQuerySchema as s, findingPage as t, AuditStartBodySchema as u, HealPreviewSchema as v, TriageBodySchema as x, HealthSchema as y };
