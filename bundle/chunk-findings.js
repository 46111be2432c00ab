// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as SeveritySchema, i as PersonaSchema, n as FindingSchema, r as FixabilitySchema, t as CategorySchema } from "./chunk-model.js";
import { g as AGENT_HASH, v as RunSourceSchema } from "./chunk-partitions.js";
import { i as PERSONAS, o as TRIAGE_STATUSES } from "./chunk-kinds.js";
import { a as HealTotalsSchema, c as VerdictSchema, i as HealNoteSchema, r as HealFileSchema, s as SummarySchema, t as AgentReportSchema } from "./chunk-model2.js";
import { t as TriageEntrySchema } from "./chunk-history2.js";
import { _ as normaliseFolder, f as SEVERITY_RANK, h as findingRows, s as inTransaction } from "./chunk-connection.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { s as ruleIdsOf } from "./chunk-renamed-ids.js";
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
var RollupCountsSchema = z.object({
	agents: count(),
	blocked: count().describe("agents whose verdict is not pass: a security or policy block, or a failed audit"),
	findings: count(),
	error: count(),
	warning: count(),
	note: count()
});
var FolderRollupSchema = RollupCountsSchema.extend({ folder: z.string().describe("the agent's parent folder cut to two segments (`teams/risk`, `apps`); an agent directly under the root is its own folder, the root `.`") });
var OwnerRollupSchema = RollupCountsSchema.extend({ owner: z.string().describe("as CODEOWNERS or an agent's cockpit.yaml names it") });
var FindingsBucketSchema = z.object({
	label: z.string(),
	min: count(),
	max: count().optional().describe("absent for the last bucket (and more)"),
	agents: count()
});
var FrameworkCountSchema = z.object({
	name: z.string(),
	agents: count(),
	verdicts: VerdictCountsSchema.describe("the same agents by verdict")
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
	frameworks: z.array(FrameworkCountSchema),
	trend: z.array(TrendPointSchema).describe("per day: the last record of each agent up to that day, summed"),
	folders: z.array(FolderRollupSchema).describe("agents and findings per folder, most blocked agents first"),
	owners: z.array(OwnerRollupSchema).optional().describe("agents and findings per owner (an agent with two owners counts for both), most blocked first; only when the server has the workspace to read owners from"),
	unowned: RollupCountsSchema.optional().describe("the agents nobody owns, with owners"),
	findingsPerAgent: z.array(FindingsBucketSchema).describe("how many agents have 0, 1, 2–4, 5–9 and 10 or more findings"),
	runs: z.array(RunPointSchema).optional().describe("with ?runs=N: the last N audit runs, oldest first, with new, fixed and unchanged findings")
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
var AGENT_SORTS = [
	"name",
	"path",
	"verdict",
	"findings",
	"errors",
	"warnings",
	"lastAudit"
];
/** An owner as CODEOWNERS or an agent's cockpit.yaml names it (`@org/team`, e-mail), any case; needs the server's workspace. */
var OwnerFilterSchema = z.string().min(1).max(200).optional().describe("agents this owner owns now (CODEOWNERS or the agent's cockpit.yaml `owners`), case-insensitive; needs the server's workspace");
/** Agents at this path or below it, by whole segments (`teams/risk` holds `teams/risk/fraud`, not `teams/risky`). */
var FolderFilterSchema = z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters").optional().describe("agents at this path or below it (a path prefix by whole segments), as the overview's folder roll-up names them");
/** A verdict, or `blocked`: any verdict but pass (the roll-ups' Blocked column). */
var VerdictFilterSchema = z.enum([...VerdictSchema.options, "blocked"]).optional();
var AgentQuerySchema = z.object({
	verdict: VerdictFilterSchema.describe("agents with this verdict; `blocked`: any verdict but pass (the agents that fail CI)"),
	owner: OwnerFilterSchema,
	folder: FolderFilterSchema,
	persona: PersonaSchema.optional().describe("agents with at least one finding for this persona"),
	framework: FrameworkNameSchema.optional(),
	rule: RuleIdSchema.optional().describe("agents with at least one finding of this rule"),
	q: z.string().max(200).regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters").optional().describe("name or path substring, case-insensitive"),
	sort: z.enum(AGENT_SORTS).default("path"),
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
var ExcerptMarkSchema = z.object({
	line: z.number().int().min(1),
	start: z.number().int().min(0).describe("UTF-16 offset into the shown (redacted) line"),
	end: z.number().int().min(1).describe("exclusive")
});
var ExcerptGroupSchema = z.object({
	file: z.string(),
	startLine: z.number().int().min(1),
	lines: z.array(z.string()).describe("redacted like report snippets"),
	findings: z.array(z.object({
		fingerprint: z.string(),
		marks: z.array(ExcerptMarkSchema).describe("the finding's span on each shown line it covers"),
		first: z.number().int().min(1).describe("the first line of the finding's own window (its lines with context), inside the excerpt"),
		last: z.number().int().min(1).describe("the last line of the finding's own window")
	})).describe("every active finding the excerpt is shown for, in order of position")
});
/** How long a finding has been there, by fingerprint over its agent's runs (src/server/finding-age.ts). */
var FindingAgeSchema = z.object({
	firstSeen: z.iso.datetime().describe("when the agent's first run whose findings hold this fingerprint finished"),
	firstRunId: z.string(),
	ageDays: count().describe("whole days from firstSeen to now")
});
/** A fingerprint an earlier run of the agent had and its latest run no longer has. */
var FixedFindingSchema = z.object({
	fingerprint: z.string(),
	ruleId: z.string(),
	title: z.string(),
	severity: SeveritySchema,
	file: z.string().describe("where it was when last found"),
	line: z.number().int().min(1),
	firstSeen: z.iso.datetime(),
	fixedAt: z.iso.datetime().describe("when the first run that no longer had it finished"),
	fixedRunId: z.string(),
	daysToFix: count().describe("whole days from firstSeen to fixedAt")
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
		source: RunSourceSchema.optional()
	}),
	ages: z.record(z.string(), FindingAgeSchema).describe("by finding fingerprint: when the agent's runs first had it, and its age"),
	fixed: z.array(FixedFindingSchema).describe("findings earlier runs had and the latest no longer has, newest fix first (at most 25), with the time each took to fix"),
	excerpts: z.record(z.string(), ExcerptSchema).describe("each finding's own lines, by finding fingerprint; omitted when the file cannot be read"),
	excerptGroups: z.array(ExcerptGroupSchema).describe("the active findings by excerpt, as the agent page shows them: findings whose lines overlap share one excerpt, each span marked"),
	codeLinks: z.record(z.string(), z.string()).describe("by finding fingerprint: the finding's lines on GitHub or GitLab at the audited commit, when the record names both")
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
	owner: OwnerFilterSchema,
	folder: FolderFilterSchema,
	verdict: VerdictFilterSchema.describe("findings of agents with this verdict; `blocked`: any verdict but pass (the agents that fail CI)"),
	limit: limit(100),
	offset: offset()
});
var FindingRowSchema = z.object({
	agentId: z.string(),
	agentName: z.string(),
	agentPath: z.string(),
	/** Who owns the agent now (CODEOWNERS or its cockpit.yaml), when the server has the workspace to read them. */
	owners: z.array(z.string()).optional(),
	finding: FindingSchema,
	codeUrl: z.string().optional().describe("the finding's lines on GitHub or GitLab at the audited commit, when the agent's record names both"),
	firstSeen: z.iso.datetime().optional().describe("when the agent's first run whose findings hold this fingerprint finished"),
	ageDays: count().optional().describe("whole days from firstSeen to now")
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
var RuleGroupSchema = z.object({
	category: CategorySchema,
	findings: count().describe("the fleet's active findings of the group's rules"),
	ruleIds: z.array(z.string()).describe("most findings first, then by id"),
	collapsed: z.boolean().describe("shown folded (the secret detectors: many rules, one job)")
});
var RuleListSchema = z.object({
	items: z.array(RuleDocSchema.extend({ findings: count().describe("the fleet's active findings of this rule now") })),
	groups: z.array(RuleGroupSchema).describe("by category: the agent rules first, the secret detectors last")
}).openapi("RuleList");
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
	"failed",
	"cancelled"
]);
/** Finding agents (the walk and discovery), checking which changed (digests), auditing, writing the records at the end. */
var AuditPhaseSchema = z.enum([
	"discovering",
	"checking",
	"auditing",
	"writing"
]);
var AuditStartBodySchema = z.object({}).strict().openapi("AuditStartBody");
var AuditCancelBodySchema = z.object({}).strict().openapi("AuditCancelBody");
var AuditAgentChangeSchema = z.object({
	id: z.string(),
	name: z.string(),
	path: z.string(),
	new: count(),
	fixed: count(),
	/** Absent for an agent the lake had no record of. */
	verdictBefore: VerdictSchema.optional(),
	verdict: VerdictSchema
});
/** What a finished audit changed against each agent's record before it, by finding fingerprint. */
var AuditChangesSchema = z.object({
	compared: count().describe("agents of this run the lake had a record of before it"),
	new: count().describe("findings whose fingerprint the agent's previous record did not have"),
	fixed: count().describe("findings of the previous records this run no longer has"),
	unchanged: count(),
	changedAgents: count().describe("agents with a new or fixed finding, or another verdict"),
	verdictChanges: count().describe("agents whose verdict is not the one before (new agents included)"),
	agents: z.array(AuditAgentChangeSchema).describe("the changed agents, verdict changes first, then most changed; at most 20")
}).openapi("AuditChanges");
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
	phase: AuditPhaseSchema.optional().describe("what a running audit is doing"),
	exitCode: z.number().int().min(0).max(3).optional(),
	verdict: VerdictSchema.optional(),
	error: z.string().optional(),
	changes: AuditChangesSchema.optional().describe("a finished audit: what it changed")
}).openapi("AuditState");
z.object({ total: count() });
z.object({ phase: AuditPhaseSchema });
z.object({
	done: count(),
	total: count(),
	agent: z.string(),
	verdict: VerdictSchema,
	cached: z.boolean(),
	/** Time left at the rate of the agents audited so far; given once a few were audited (not taken from the cache). */
	etaMs: count().optional()
});
z.object({
	exitCode: z.number().int().min(0).max(3),
	verdict: VerdictSchema,
	agents: count(),
	changes: AuditChangesSchema.optional()
});
z.object({
	done: count(),
	total: count()
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
/** GET /api/triage: the decisions of the workspace's triage file and what became of each. */
var TriageQuerySchema = z.object({
	agent: AgentIdSchema.optional().describe("only the decisions about this agent's findings"),
	fingerprint: z.string().regex(/^[0-9a-f]{6,32}$/, "is not a fingerprint (6 to 32 hex characters)").optional().describe("only the decisions about this fingerprint (or prefix)")
});
var TriageHistorySchema = z.object({
	triageFile: z.string().nullable().describe("the triage file, as the server shows its workspace; null when the server has no workspace (no decisions to read)"),
	inForce: count().describe("decisions that hold today"),
	expired: count().describe("decisions whose last day has passed: their findings gate again"),
	entries: z.array(TriageEntrySchema).describe("every decision and revocation that matches, newest first")
}).openapi("TriageHistory");
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
	if (query.rule) {
		values.push(ruleIdsOf(query.rule));
		conditions.push(`rule_id = ANY($${values.length}::text[])`);
	}
	if (query.agent) add("agent_id", query.agent);
	if (query.folder) {
		values.push(normaliseFolder(query.folder));
		const p = `$${values.length}`;
		conditions.push(`(agent_path = ${p} OR left(agent_path, length(${p}) + 1) = (${p} || '/'))`);
	}
	if (query.verdict === "blocked") conditions.push(`agent_id IN (SELECT agent_id FROM cockpit_agents WHERE verdict <> 'pass')`);
	else if (query.verdict) {
		values.push(query.verdict);
		conditions.push(`agent_id IN (SELECT agent_id FROM cockpit_agents WHERE verdict = $${values.length})`);
	}
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
	const { total, rows } = await inTransaction(pool, async (client) => {
		const total = (await client.query(`SELECT count(*)::int AS total FROM cockpit_findings ${where}`, values)).rows[0]?.total ?? 0;
		const take = Math.min(query.limit, Math.max(0, total - query.offset));
		if (take === 0) return {
			total,
			rows: []
		};
		const fromEnd = total - query.offset - take;
		const backward = fromEnd < query.offset;
		return {
			total,
			rows: (await client.query(pageSql(where, values.length, backward), [
				...values,
				take,
				backward ? fromEnd : query.offset
			])).rows
		};
	}, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
	return {
		total,
		items: rows.map((row) => {
			const parsed = FindingRowSchema.safeParse(row.api_row);
			if (!parsed.success) throw new CockpitError(`store finding row of agent ${row.agent_id} is not a finding (${parsed.error.issues[0]?.message ?? "invalid"})`);
			return parsed.data;
		})
	};
}
export { TriageDecisionSchema as C, TriageBodySchema as S, TriageQuerySchema as T, FleetQuerySchema as _, AgentListSchema as a, HealthSchema as b, AuditCancelBodySchema as c, AuditStartBodySchema as d, AuditStartedSchema as f, FindingsQuerySchema as g, FindingListSchema as h, AgentHistorySchema as i, AuditConflictSchema as l, ErrorSchema as m, replaceLatestFindings as n, AgentParamsSchema as o, AuditStateSchema as p, AgentDetailSchema as r, AgentQuerySchema as s, findingPage as t, AuditParamsSchema as u, FleetSchema as v, TriageHistorySchema as w, RuleListSchema as x, HealPreviewSchema as y };
