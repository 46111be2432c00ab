// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as resolveSettings, t as DEFAULT_SETTINGS } from "./chunk-settings.js";
import { g as AGENT_HASH, i as agentIds, n as LATEST, o as historyNames, p as readRecord, t as HISTORY } from "./chunk-partitions.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as runAudit } from "./chunk-run-audit.js";
import { n as redactedErrorLine, r as sensitiveSpans, t as redactText } from "./chunk-sensitive-spans.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { S as pushRepository, b as codeLinks, g as fleetView, m as findingList, p as agentList, t as isUnavailable, v as ownerRollup, y as rollupAgent } from "./chunk-connection.js";
import { a as withAges, c as fleetRunPoints, i as historyFirstSeen, o as agentRunPoints, r as findingTimeline, s as findingDelta, t as openPostgresFleetStore } from "./chunk-open.js";
import { C as TriageDecisionSchema, S as TriageBodySchema, T as TriageQuerySchema, _ as FleetQuerySchema, a as AgentListSchema, b as HealthSchema, c as AuditCancelBodySchema, d as AuditStartBodySchema, f as AuditStartedSchema, g as FindingsQuerySchema, h as FindingListSchema, i as AgentHistorySchema, l as AuditConflictSchema, m as ErrorSchema, o as AgentParamsSchema, p as AuditStateSchema, r as AgentDetailSchema, s as AgentQuerySchema, u as AuditParamsSchema, v as FleetSchema, w as TriageHistorySchema, x as RuleListSchema, y as HealPreviewSchema } from "./chunk-findings.js";
import { n as redactedPieces, r as snippetOf, t as redactedLine } from "./chunk-snippet.js";
import { t as decodeText } from "./chunk-decode.js";
import { n as skipByName } from "./chunk-file-kinds.js";
import { t as LineIndex } from "./chunk-line-index.js";
import { s as pathInAgent } from "./chunk-agent-location.js";
import { r as resolveInside } from "./chunk-path-containment.js";
import { t as compareText } from "./chunk-compare-text.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as healPlanJson } from "./chunk-heal-json2.js";
import { c as verdictFor, i as combineExitCodes, l as verdictRank } from "./chunk-gate.js";
import { n as RULES } from "./chunk-rules.js";
import { t as ruleDocument } from "./chunk-rule-docs.js";
import { i as currentRuleId } from "./chunk-renamed-ids.js";
import { t as DEFAULT_TRIAGE } from "./chunk-default-path3.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import { n as sourceFromEnvironment, t as pushLake } from "./chunk-push.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import "./chunk-common.js";
import { t as TOKEN_VARIABLE } from "./chunk-serve.js";
import { fileURLToPath } from "node:url";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { promisify } from "node:util";
import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { createAdaptorServer } from "@hono/node-server";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { streamSSE } from "hono/streaming";
import { brotliCompress, constants as constants$1, gzip } from "node:zlib";
// src/server/fleet-store.ts
function byPath(a, b) {
	return a.agent.path < b.agent.path ? -1 : a.agent.path > b.agent.path ? 1 : 0;
}
/**
* The lake folder the CLI writes, read on every request so new audits show without a restart.
* Parsed records are kept while their file is unchanged: `latest.json` is keyed by its stat (every
* write is a rename, so a new run is a new inode), history entries are immutable once written.
*/
function lakeFolderStore(lakeDir) {
	const latestCache = /* @__PURE__ */ new Map();
	const historyCache = /* @__PURE__ */ new Map();
	async function latest(agentId) {
		if (!AGENT_HASH.test(agentId)) return void 0;
		const file = path.join(lakeDir, agentId, LATEST);
		let key;
		try {
			const info = await stat(file);
			key = `${info.ino}:${info.mtimeMs}:${info.size}`;
		} catch (error) {
			if (error.code !== "ENOENT") throw error;
			latestCache.delete(agentId);
			return;
		}
		const cached = latestCache.get(agentId);
		if (cached?.key === key) return cached.record;
		let record;
		try {
			record = await readRecord(file);
		} catch (error) {
			if (error.code === "ENOENT") return void 0;
			throw error;
		}
		latestCache.set(agentId, {
			key,
			record
		});
		return record;
	}
	return {
		async listLatest() {
			const ids = await agentIds(lakeDir);
			for (const id of latestCache.keys()) if (!ids.includes(id)) latestCache.delete(id);
			return (await Promise.all(ids.map(latest))).filter((record) => record !== void 0).sort(byPath);
		},
		latest,
		async history(agentId) {
			if (!AGENT_HASH.test(agentId)) return [];
			const names = await historyNames(lakeDir, agentId);
			const previous = historyCache.get(agentId) ?? /* @__PURE__ */ new Map();
			const current = /* @__PURE__ */ new Map();
			for (const name of names) {
				let record = previous.get(name);
				if (!record) try {
					record = await readRecord(path.join(lakeDir, agentId, HISTORY, name));
				} catch (error) {
					if (error.code === "ENOENT") continue;
					throw error;
				}
				current.set(name, record);
			}
			historyCache.set(agentId, current);
			return [...current.values()];
		}
	};
}
// src/server/security.ts
/**
* Safe by default: the server binds a loopback address and then only answers requests addressed to a
* loopback name (so a web page cannot reach it through DNS rebinding); any other address needs a
* token that every API request must carry. State-changing requests must be JSON from the same
* origin, which a cross-site form or `no-cors` fetch cannot send.
*/
/** A host name or address that only this machine can reach. */
function isLoopbackHost(host) {
	const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
	return bare === "localhost" || bare === "::1" || /^127(?:\.\d{1,3}){3}$/.test(bare) || bare.endsWith(".localhost");
}
/**
* Constant-time comparison: both sides are hashed first, so the comparison always runs over two
* equal-length digests and neither the length nor a prefix of the token leaks through timing.
*/
function tokensMatch(given, expected) {
	const digest = (value) => createHash("sha256").update(value, "utf8").digest();
	return timingSafeEqual(digest(given), digest(expected));
}
var CONTENT_SECURITY_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'"
].join("; ");
var securityHeaders = async (c, next) => {
	await next();
	c.header("X-Content-Type-Options", "nosniff");
	c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
	c.header("Referrer-Policy", "no-referrer");
	c.header("X-Frame-Options", "DENY");
	c.header("Cross-Origin-Opener-Policy", "same-origin");
	c.header("Cross-Origin-Resource-Policy", "same-origin");
};
/** Without a token, only requests addressed to a loopback name are answered (DNS rebinding). */
function loopbackOnly() {
	return async (c, next) => {
		const host = new URL(c.req.url).hostname;
		if (!isLoopbackHost(host)) return c.json({ error: `host '${host}' is not a loopback name; open the dashboard at 127.0.0.1 or localhost` }, 403);
		return next();
	};
}
/** Every API request carries `Authorization: Bearer <token>`. */
function requireToken(token) {
	return async (c, next) => {
		const header = c.req.header("Authorization") ?? "";
		const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
		if (!match || !tokensMatch(match[1], token)) {
			c.header("WWW-Authenticate", "Bearer realm=\"cockpit\"");
			return c.json({ error: header ? "the token is not valid" : "this server needs a token: send Authorization: Bearer <OPS_SERVER_TOKEN>" }, 401);
		}
		return next();
	};
}
/** `Origin: null` (sandboxed frames, file pages) and unparsable origins count as foreign. */
function sameHost(origin, url) {
	try {
		return new URL(origin).host === new URL(url).host;
	} catch {
		return false;
	}
}
/**
* POST and friends: JSON only, and from this origin when the browser says where it comes from.
* A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
*/
function sameOriginJson() {
	return async (c, next) => {
		if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
		if ((c.req.header("Content-Type") ?? "").split(";")[0].trim().toLowerCase() !== "application/json") return c.json({ error: "send the request body as application/json" }, 415);
		const origin = c.req.header("Origin");
		if (origin !== void 0 && !sameHost(origin, c.req.url)) return c.json({ error: "cross-origin requests are not accepted" }, 403);
		return next();
	};
}
// src/run/workspace-audit.ts
/**
* `ops serve`'s "Run audit": the workspace audited as `ops report --workspace` audits it, into the server's lake.
* Never answered by the warm path: every audit started from the dashboard is a run in the lake's history.
*/
async function auditWorkspaceIntoLake(options, hooks) {
	return { agents: (await runAudit({
		root: options.root,
		given: options.root,
		cwd: options.root,
		env: process.env,
		settings: options.settings,
		target: { kind: "fleet" },
		...options.jobs !== void 0 ? { jobs: options.jobs } : {},
		lake: options.lakeDir,
		cache: true,
		warm: false,
		hooks: {
			progress: {
				start: hooks.onStart,
				update: hooks.onProgress,
				finish: () => void 0
			},
			phase: hooks.onPhase
		},
		signal: hooks.signal
	})).report.agents };
}
// src/server/a2ui.ts
/**
* The fleet summary as A2UI v0.9 messages (https://a2ui.org), so agent chat clients that render
* A2UI can show fleet status: `createSurface`, then the component tree (`updateComponents`, basic
* catalog components only, every value bound to the data model), then the numbers
* (`updateDataModel`). The envelope and components follow specification/v0_9/json of the A2UI
* repository; test/fixtures/a2ui-v0_9 holds the schemas the tests validate against.
*/
var A2UI_VERSION = "v0.9";
var BASIC_CATALOG_ID = "https://a2ui.org/specification/v0_9/basic_catalog.json";
var FLEET_SURFACE_ID = "fleet";
var VERDICT_NAMES = {
	pass: "Pass",
	"security-block": "Blocked: secrets or personal data",
	"policy-block": "Blocked: architecture or policy",
	failed: "Failed: the audit could not be done"
};
function format(value) {
	return {
		call: "formatString",
		args: { value },
		returnType: "string"
	};
}
/** The component tree: fixed, so a client can keep it and apply later data model updates alone. */
function fleetComponents() {
	return [
		{
			id: "root",
			component: "Card",
			child: "body"
		},
		{
			id: "body",
			component: "Column",
			children: [
				"title",
				"verdict",
				"totals",
				"severities",
				"divider_verdicts",
				"verdicts_heading",
				"verdicts",
				"divider_rules",
				"rules_heading",
				"rules",
				"footer"
			]
		},
		{
			id: "title",
			component: "Text",
			text: "AgentOps Cockpit: fleet status",
			variant: "h2"
		},
		{
			id: "verdict",
			component: "Text",
			text: format("**${/verdictLabel}** (exit code ${/exitCode})")
		},
		{
			id: "totals",
			component: "Text",
			text: format("${/summary/agents} agents · ${/summary/findings} findings · ${/summary/suppressed} suppressed")
		},
		{
			id: "severities",
			component: "Row",
			children: [
				"severity_error",
				"severity_warning",
				"severity_note"
			]
		},
		{
			id: "severity_error",
			component: "Text",
			text: format("Errors: ${/summary/bySeverity/error}")
		},
		{
			id: "severity_warning",
			component: "Text",
			text: format("Warnings: ${/summary/bySeverity/warning}")
		},
		{
			id: "severity_note",
			component: "Text",
			text: format("Notes: ${/summary/bySeverity/note}")
		},
		{
			id: "divider_verdicts",
			component: "Divider"
		},
		{
			id: "verdicts_heading",
			component: "Text",
			text: "Agents by verdict",
			variant: "h4"
		},
		{
			id: "verdicts",
			component: "List",
			children: {
				componentId: "verdict_item",
				path: "/verdicts"
			}
		},
		{
			id: "verdict_item",
			component: "Text",
			text: format("${label}: ${count}")
		},
		{
			id: "divider_rules",
			component: "Divider"
		},
		{
			id: "rules_heading",
			component: "Text",
			text: "Top rules",
			variant: "h4"
		},
		{
			id: "rules",
			component: "List",
			children: {
				componentId: "rule_item",
				path: "/topRules"
			}
		},
		{
			id: "rule_item",
			component: "Text",
			text: format("${count} × ${title} (`${ruleId}`)")
		},
		{
			id: "footer",
			component: "Text",
			text: format("Lake ${/lake} · generated ${/generatedAt}"),
			variant: "caption"
		}
	];
}
/** The numbers the components are bound to. */
function fleetData(fleet, lake) {
	return {
		verdict: fleet.verdict,
		verdictLabel: VERDICT_NAMES[fleet.verdict],
		exitCode: fleet.exitCode,
		summary: {
			agents: fleet.summary.agents,
			findings: fleet.summary.findings,
			suppressed: fleet.summary.suppressed,
			bySeverity: fleet.summary.bySeverity,
			byPersona: fleet.summary.byPersona
		},
		verdicts: Object.keys(VERDICT_NAMES).map((verdict) => ({
			verdict,
			label: VERDICT_NAMES[verdict],
			count: fleet.verdicts[verdict]
		})),
		topRules: fleet.topRules.map((rule) => ({
			ruleId: rule.ruleId,
			title: rule.title,
			count: rule.count
		})),
		lake,
		generatedAt: fleet.generatedAt
	};
}
function fleetA2uiMessages(fleet, lake) {
	return [
		{
			version: A2UI_VERSION,
			createSurface: {
				surfaceId: FLEET_SURFACE_ID,
				catalogId: BASIC_CATALOG_ID,
				theme: { agentDisplayName: "AgentOps Cockpit" }
			}
		},
		{
			version: A2UI_VERSION,
			updateComponents: {
				surfaceId: FLEET_SURFACE_ID,
				components: fleetComponents()
			}
		},
		{
			version: A2UI_VERSION,
			updateDataModel: {
				surfaceId: FLEET_SURFACE_ID,
				path: "/",
				value: fleetData(fleet, lake)
			}
		}
	];
}
// src/server/current-fleet.ts
/**
* The fleet view, and with `runs` its last runs: new and fixed need every agent's history, read
* once for both. A store that answers the fleet view itself (PostgreSQL) does so because reading
* every history is too slow there, and answers the runs itself too (from its run columns).
*/
async function currentFleet(source, options = {}) {
	const { store, now, rootLabel } = source;
	if (store.fleet) {
		const fleet = await store.fleet({
			root: rootLabel,
			now: now()
		});
		const withRuns = options.runs && store.runPoints ? {
			...fleet,
			runs: await store.runPoints(options.runs)
		} : fleet;
		return options.owners ? withOwnerRollup(withRuns, source.workspaceRoot, () => storeRollupAgents(store)) : withRuns;
	}
	const records = await store.listLatest();
	const histories = await Promise.all(records.map((record) => store.history(record.agent.id)));
	const fleet = fleetView({
		root: rootLabel,
		records,
		histories,
		now: now()
	});
	const withRuns = options.runs ? {
		...fleet,
		runs: fleetRunPoints(histories).slice(-options.runs)
	} : fleet;
	return options.owners ? withOwnerRollup(withRuns, source.workspaceRoot, async () => records.map((record) => rollupAgent(record.agent))) : withRuns;
}
/**
* The roll-up by owner, read now from the workspace (CODEOWNERS, agents' cockpit.yaml) as the findings
* filter reads it; a server without a workspace leaves `owners` out.
*/
async function withOwnerRollup(fleet, workspaceRoot, agents) {
	if (!workspaceRoot) return fleet;
	const rows = await agents();
	const { agentOwners } = await import("./chunk-agent-owners.js");
	return {
		...fleet,
		...ownerRollup(rows, await agentOwners(workspaceRoot, rows.map((row) => row.path)))
	};
}
/** Every agent's path, verdict and counts from a store that pages in SQL: its agent rows, not its records. */
async function storeRollupAgents(store) {
	if (!store.agentPage) return (await store.listLatest()).map((record) => rollupAgent(record.agent));
	const rows = [];
	for (;;) {
		const page = await store.agentPage({
			sort: "path",
			order: "asc",
			limit: 500,
			offset: rows.length
		});
		rows.push(...page.items);
		if (page.items.length === 0 || rows.length >= page.total) return rows;
	}
}
// src/server/routes.ts
/**
* The API's routes as OpenAPI operations: the same objects validate requests (Hono) and describe
* them (GET /api/openapi.json).
*/
var json = (schema, description) => ({
	content: { "application/json": { schema } },
	description
});
var badRequest = json(ErrorSchema, "a malformed parameter, query or body");
var notFound = json(ErrorSchema, "no such agent or audit in the lake");
var bodyTooLarge = json(ErrorSchema, "the body is over 64 KB");
var notJson = json(ErrorSchema, "the body is not application/json");
/** A required JSON request body. */
var jsonBody = (schema) => ({
	content: { "application/json": { schema } },
	required: true
});
/**
* Any input may be malformed (400: the defaultHook in app.ts), an id in the path may name nothing in the
* lake (404), and a body may be too large (413: bodyLimit in app.ts) or not JSON (415: sameOriginJson).
*/
function inputAnswers(request) {
	return {
		...request ? { 400: badRequest } : {},
		...request?.params ? { 404: notFound } : {},
		...request?.body ? {
			413: bodyTooLarge,
			415: notJson
		} : {}
	};
}
/**
* Every API route takes the bearer token (requireToken in app.ts), so each operation says so; its
* `responses` name only its own answers, the ones its inputs bring are added (inputAnswers).
*/
var route = (config) => createRoute({
	...config,
	responses: {
		...inputAnswers(config.request),
		...config.responses
	},
	security: [{ bearerAuth: [] }]
});
var healthRoute = route({
	method: "get",
	path: "/api/health",
	tags: ["fleet"],
	summary: "Server health, version and the number of agents in the lake",
	responses: {
		200: json(HealthSchema, "the server is up"),
		503: json(ErrorSchema, "the fleet store (ops serve --store) cannot be reached")
	}
});
var fleetRoute = route({
	method: "get",
	path: "/api/fleet",
	tags: ["fleet"],
	summary: "Fleet summary: verdict, counts, Persona Matrix, top rules, frameworks, trend (and with ?runs=N the last N runs)",
	request: { query: FleetQuerySchema },
	responses: { 200: json(FleetSchema, "the fleet as the lake holds it now") }
});
var agentsRoute = route({
	method: "get",
	path: "/api/agents",
	tags: ["agents"],
	summary: "Agents, filtered (AND), sorted and paginated",
	request: { query: AgentQuerySchema },
	responses: { 200: json(AgentListSchema, "one page of agents and the total that matched") }
});
var agentRoute = route({
	method: "get",
	path: "/api/agents/{id}",
	tags: ["agents"],
	summary: "One agent's latest record with redacted code excerpts around its findings",
	request: { params: AgentParamsSchema },
	responses: { 200: json(AgentDetailSchema, "the latest record") }
});
var historyRoute = route({
	method: "get",
	path: "/api/agents/{id}/history",
	tags: ["agents"],
	summary: "Every run of one agent, oldest first",
	request: { params: AgentParamsSchema },
	responses: { 200: json(AgentHistorySchema, "the runs") }
});
var healRoute = route({
	method: "get",
	path: "/api/agents/{id}/heal",
	tags: ["agents"],
	summary: "The dry-run heal plan of one agent: redacted unified diffs, nothing written",
	request: { params: AgentParamsSchema },
	responses: {
		200: json(HealPreviewSchema, "the plan"),
		409: json(ErrorSchema, "the agent's folder is not available on this server")
	}
});
var findingsRoute = route({
	method: "get",
	path: "/api/findings",
	tags: ["findings"],
	summary: "Active findings across the fleet, worst first, filtered and paginated",
	request: { query: FindingsQuerySchema },
	responses: { 200: json(FindingListSchema, "one page of findings and the total that matched") }
});
var rulesRoute = route({
	method: "get",
	path: "/api/rules",
	tags: ["rules"],
	summary: "The rules catalog with docs, each rule's finding count in the fleet now, grouped by category",
	responses: { 200: json(RuleListSchema, "every rule the audit runs") }
});
var startAuditRoute = route({
	method: "post",
	path: "/api/audits",
	tags: ["audits"],
	summary: "Audit the server's workspace now (one audit at a time); the lake the API reads is updated",
	request: { body: jsonBody(AuditStartBodySchema) },
	responses: {
		202: json(AuditStartedSchema, "the audit started; follow /api/audits/{id}/events"),
		409: json(AuditConflictSchema, "an audit is already running (its id is given), or the server has no workspace")
	}
});
var auditRoute = route({
	method: "get",
	path: "/api/audits/{id}",
	tags: ["audits"],
	summary: "The state of an audit started from the API",
	request: { params: AuditParamsSchema },
	responses: { 200: json(AuditStateSchema, "the state") }
});
var cancelAuditRoute = route({
	method: "post",
	path: "/api/audits/{id}/cancel",
	tags: ["audits"],
	summary: "Cancel a running audit: its workers are stopped and it writes nothing to the lake; answers once it has stopped",
	description: "A run keeps its records until every agent is done, so a cancelled run leaves the lake as it was. A cancel that comes while the records are being written is too late: the audit finishes and the answer says `done`.",
	request: {
		params: AuditParamsSchema,
		body: jsonBody(AuditCancelBodySchema)
	},
	responses: {
		200: json(AuditStateSchema, "the audit's state after the cancel: `cancelled`, or `done` when it was already writing its records"),
		409: json(AuditConflictSchema, "the audit is not running (it finished, failed or was cancelled)")
	}
});
var auditEventsRoute = route({
	method: "get",
	path: "/api/audits/{id}/events",
	tags: ["audits"],
	summary: "Live progress as Server-Sent Events: phase {phase}, start {total}, progress {done,total,agent,verdict,cached,etaMs?}, done {exitCode,verdict,agents,changes?}, cancelled {done,total}, error {error}",
	description: "phase says what the audit is doing besides finishing agents (discovering, checking, auditing, writing: the records are written together at the end); etaMs comes once a few agents were audited. A client that connects late first gets the state so far (start, the phase, the last progress, and the end if the audit is over). The stream ends after `done`, `cancelled` or `error`.",
	request: { params: AuditParamsSchema },
	responses: { 200: {
		content: { "text/event-stream": { schema: z.string() } },
		description: "the event stream"
	} }
});
var a2uiFleetRoute = route({
	method: "get",
	path: "/api/a2ui/fleet",
	tags: ["a2ui"],
	summary: "The fleet summary as A2UI v0.9 messages (createSurface, updateComponents, updateDataModel)",
	description: "JSON Lines (one A2UI message per line) by default; Server-Sent Events (one message per `data:`) when the request accepts text/event-stream. Components come from the A2UI v0.9 basic catalog.",
	responses: { 200: {
		content: {
			"application/jsonl": { schema: z.string() },
			"text/event-stream": { schema: z.string() }
		},
		description: "three A2UI messages"
	} }
});
var triageRoute = route({
	method: "post",
	path: "/api/triage",
	tags: ["triage"],
	summary: "Accept a finding's risk or mark it a false positive, in the workspace's .cockpit/triage.json (every later ops report honours it)",
	request: { body: jsonBody(TriageBodySchema) },
	responses: {
		201: json(TriageDecisionSchema, "the decision, in force until it expires or is revoked"),
		404: json(ErrorSchema, "no finding in the lake has that fingerprint"),
		409: json(ErrorSchema, "the server has no workspace to write to")
	}
});
var triageHistoryRoute = route({
	method: "get",
	path: "/api/triage",
	tags: ["triage"],
	summary: "The workspace's triage decisions and revocations, newest first: who, when, why, until when, and whether each still holds",
	request: { query: TriageQuerySchema },
	responses: {
		200: json(TriageHistorySchema, "the history (empty when the workspace has no triage file, or the server has no workspace)"),
		404: notFound,
		409: json(ErrorSchema, "the workspace's triage file cannot be read (not a triage file, too large, not a regular file)")
	}
});
// src/server/handlers/a2ui.ts
/** GET /api/a2ui/fleet: the fleet as A2UI messages, JSON lines or (Accept: text/event-stream) an event stream. */
function registerA2uiRoutes(app, context) {
	app.openapi(a2uiFleetRoute, async (c) => {
		const messages = fleetA2uiMessages(await currentFleet(context), context.lakeLabel);
		if ((c.req.header("Accept") ?? "").includes("text/event-stream")) return streamSSE(c, async (stream) => {
			for (const message of messages) await stream.writeSSE({ data: JSON.stringify(message) });
		});
		c.header("Content-Type", "application/jsonl; charset=utf-8");
		return c.body(messages.map((message) => JSON.stringify(message)).join("\n") + "\n", 200);
	});
}
// src/server/marked-line.ts
/** Where a raw offset of the line lands in the shown text; `edge` says whether it starts or ends a range. */
function shownOffset(pieces, raw, edge) {
	for (const piece of pieces) {
		if (raw < piece.rawStart || raw > piece.rawEnd) continue;
		if (piece.masked) {
			if (raw === piece.rawEnd && edge === "start") continue;
			if (raw === piece.rawStart && edge === "end") return piece.shownStart;
			return edge === "start" ? piece.shownStart : piece.shownEnd;
		}
		return piece.shownStart + (raw - piece.rawStart);
	}
	return pieces.at(-1)?.shownEnd ?? 0;
}
/**
* One line of code as report snippets show it (audit/snippet.ts: every sensitive span replaced by its redaction,
* long lines cut around the first range), with the raw ranges (offsets into `text`) mapped onto the shown text
* through the same pieces the snippet is built from. A range touching a secret covers its whole redaction, so a
* mark never splits one.
*/
function markedLine(text, lineStart, lineEnd, sensitive, ranges) {
	const focus = ranges.length > 0 ? Math.min(...ranges.map((range) => range.start)) : lineStart;
	const { shown, pieces } = redactedPieces(text, lineStart, lineEnd, sensitive);
	const line = snippetOf(shown, pieces, focus);
	return {
		text: line.text,
		ranges: ranges.map((range) => {
			const start = Math.max(line.floor, shownOffset(pieces, range.start, "start") + line.shift);
			const end = Math.min(line.limit, shownOffset(pieces, range.end, "end") + line.shift);
			return end > start ? {
				start,
				end
			} : void 0;
		})
	};
}
// src/server/excerpts.ts
/**
* Code around each finding, for the agent page. The file is read again from the workspace (the lake
* keeps one redacted line per finding), so every line goes through the audit's own snippet redaction:
* the secret and PII scanners run over the whole file and each of their spans is masked wherever it
* falls, exactly as report snippets are made.
*/
var CONTEXT_LINES = 3;
/** A finding spanning a long call shows its first lines only. */
var MAX_FINDING_LINES = 20;
/** Findings whose windows overlap share one excerpt, unless the merged one would grow beyond this. */
var MAX_GROUP_LINES = 40;
/** A report's file (POSIX, relative) resolved under `root`, or undefined when it would leave it (`..`, absolute paths, symlinks out). */
async function insideRoot(root, relative) {
	if (path.isAbsolute(relative)) return void 0;
	const found = await resolveInside(root, relative);
	return found.inside ? found.real : void 0;
}
async function readText(file, maxFileBytes) {
	if (skipByName(file)) return void 0;
	try {
		const info = await stat(file);
		if (!info.isFile() || info.size > maxFileBytes) return void 0;
		return decodeText(await readFile(file))?.text;
	} catch {
		return;
	}
}
/** The lines shown around one finding: CONTEXT_LINES either side of its first MAX_FINDING_LINES lines. */
function windowOf(finding, lineCount) {
	const { startLine, endLine } = finding.region;
	if (startLine > lineCount) return void 0;
	return {
		first: Math.max(1, startLine - CONTEXT_LINES),
		last: Math.min(lineCount, Math.min(Math.max(endLine, startLine), startLine + MAX_FINDING_LINES - 1) + CONTEXT_LINES)
	};
}
/** Lines of the file as an editor counts them: a final line break does not start one more. */
function shownLineCount(text, lines) {
	return text.endsWith("\n") && lines.lineCount > 1 ? lines.lineCount - 1 : lines.lineCount;
}
/**
* One file's findings as excerpts to show once each: findings whose windows overlap or touch share
* one (two findings on one line always do), as long as the merged excerpt stays within
* MAX_GROUP_LINES; a finding past the end of the file (changed since the audit) has none.
*/
function excerptWindows(findings, lineCount) {
	const placed = findings.map((finding) => ({
		finding,
		window: windowOf(finding, lineCount)
	})).filter((entry) => entry.window !== void 0).sort((a, b) => a.finding.region.startLine - b.finding.region.startLine || a.finding.region.startColumn - b.finding.region.startColumn || compareText(a.finding.ruleId, b.finding.ruleId) || compareText(a.finding.fingerprint, b.finding.fingerprint));
	const windows = [];
	for (const { finding, window } of placed) {
		const current = windows.at(-1);
		const last = current ? Math.max(current.last, window.last) : 0;
		if (current && window.first <= current.last + 1 && last - current.first + 1 <= MAX_GROUP_LINES) {
			current.last = last;
			current.findings.push(finding);
		} else windows.push({
			first: window.first,
			last: window.last,
			findings: [finding]
		});
	}
	return windows;
}
/** Raw offsets of a finding's region on one line of the window (columns are 1-based, the end column exclusive). */
function regionOnLine(lines, finding, line) {
	const { startLine, startColumn, endLine, endColumn } = finding.region;
	const last = Math.max(startLine, endLine);
	if (line < startLine || line > last) return void 0;
	const lineStart = lines.lineStart(line);
	const lineEnd = lineStart + lines.lineText(line).length;
	const start = line === startLine ? Math.min(lineEnd, lineStart + startColumn - 1) : lineStart;
	let end = line === last ? Math.min(lineEnd, lineStart + endColumn - 1) : lineEnd;
	if (end <= start && startLine === last) end = Math.min(lineEnd, start + 1);
	return end > start ? {
		start,
		end
	} : void 0;
}
function groupOf(file, text, lines, sensitive, window, lineCount) {
	const shown = [];
	const marks = new Map(window.findings.map((finding) => [finding.fingerprint, []]));
	for (let line = window.first; line <= window.last; line++) {
		const start = lines.lineStart(line);
		const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
		const onLine = window.findings.flatMap((finding) => {
			const range = regionOnLine(lines, finding, line);
			return range ? [{
				finding,
				range
			}] : [];
		});
		const marked = markedLine(text, start, end, sensitive, onLine.map((entry) => entry.range));
		shown.push(marked.text);
		onLine.forEach((entry, index) => {
			const range = marked.ranges[index];
			if (range) marks.get(entry.finding.fingerprint).push({
				line,
				...range
			});
		});
	}
	return {
		file,
		startLine: window.first,
		lines: shown,
		findings: window.findings.map((finding) => ({
			fingerprint: finding.fingerprint,
			marks: marks.get(finding.fingerprint),
			...windowOf(finding, lineCount)
		}))
	};
}
function excerptOf(text, lines, sensitive, finding) {
	const window = windowOf(finding, shownLineCount(text, lines));
	if (!window) return void 0;
	const { first, last } = window;
	const shown = [];
	for (let line = first; line <= last; line++) {
		const start = lines.lineStart(line);
		const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
		shown.push(redactedLine(text, start, end, sensitive, start));
	}
	return {
		startLine: first,
		lines: shown
	};
}
/**
* Excerpts for one agent's latest record; a finding whose file cannot be read (not on this machine,
* outside the workspace, binary, too large) simply has none.
*/
async function agentExcerpts(workspaceRoot, agent, maxFileBytes) {
	const excerpts = {};
	const groups = [];
	const active = new Set(agent.findings);
	const byFile = /* @__PURE__ */ new Map();
	for (const finding of [...agent.findings, ...agent.suppressed]) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
	for (const [file, findings] of byFile) {
		const absolute = await insideRoot(workspaceRoot, file);
		if (!absolute) continue;
		const text = await readText(absolute, maxFileBytes);
		if (text === void 0) continue;
		const sensitive = sensitiveSpans(text, pathInAgent(agent.path, file) ?? file);
		const lines = new LineIndex(text);
		for (const finding of findings) {
			const excerpt = excerptOf(text, lines, sensitive, finding);
			if (excerpt) excerpts[finding.fingerprint] = excerpt;
		}
		const lineCount = shownLineCount(text, lines);
		for (const window of excerptWindows(findings.filter((finding) => active.has(finding)), lineCount)) groups.push(groupOf(file, text, lines, sensitive, window, lineCount));
	}
	return {
		excerpts,
		groups
	};
}
// src/server/heal-preview.ts
/**
* The dry-run heal plan of one agent, as `ops report --workspace --heal --dry-run` would show it: the workspace
* is discovered again (the agent's files, entry points and effective policy), only this agent is audited, and its
* one-click fixes are planned into redacted diffs. Nothing is written. Returns undefined when the agent's folder
* is not part of the workspace on this machine.
*/
async function healPreview(workspaceRoot, agentPath, settings) {
	const run = await runAudit({
		root: workspaceRoot,
		given: workspaceRoot,
		cwd: workspaceRoot,
		env: process.env,
		settings,
		target: {
			kind: "fleet",
			onlyAgents: [agentPath]
		},
		cache: false,
		lake: false,
		heal: {
			dryRun: true,
			force: false
		}
	});
	if (run.report.agents.length === 0 || !run.heal) return void 0;
	return {
		...healPlanJson(run.heal.plan, true),
		dryRun: true
	};
}
// src/server/owner-filter.ts
/** The 400 a request with `owner=` gets from a server that has no workspace to read owners from. */
var OWNER_NEEDS_WORKSPACE = "owner: this server has no workspace to read CODEOWNERS from (start it with --workspace)";
/**
* Each agent's owners, read now from the workspace (CODEOWNERS, agents' cockpit.yaml) rather than from the records,
* and the records `owner` owns (compared in any case); every record when no owner is asked for.
*/
async function ownedRecords(workspaceRoot, records, owner) {
	const { agentOwners } = await import("./chunk-agent-owners.js");
	const owners = await agentOwners(workspaceRoot, records.map((record) => record.agent.path));
	const wanted = owner?.toLowerCase();
	return {
		owners,
		owned: wanted === void 0 ? records : records.filter((record) => (owners.get(record.agent.path) ?? []).some((name) => name.toLowerCase() === wanted))
	};
}
// src/server/handlers/agents.ts
/** GET /api/agents, /api/agents/{id}, its history and its heal preview. */
function registerAgentRoutes(app, context) {
	const { store, settings, now, workspaceRoot } = context;
	app.openapi(agentsRoute, async (c) => {
		const { owner, ...query } = c.req.valid("query");
		if (owner === void 0) return c.json(store.agentPage ? await store.agentPage(query) : agentList(await store.listLatest(), query), 200);
		if (!workspaceRoot) return c.json({ error: OWNER_NEEDS_WORKSPACE }, 400);
		const { owned } = await ownedRecords(workspaceRoot, await store.listLatest(), owner);
		return c.json(agentList(owned, query), 200);
	});
	app.openapi(agentRoute, async (c) => {
		const { id } = c.req.valid("param");
		const record = await store.latest(id);
		if (!record) return c.json({ error: `no agent ${id} in the lake` }, 404);
		const { excerpts, groups } = workspaceRoot ? await agentExcerpts(workspaceRoot, record.agent, settings.maxFileBytes) : {
			excerpts: {},
			groups: []
		};
		const { ages, fixed } = findingTimeline(await store.history(id), record, now());
		return c.json({
			agent: record.agent,
			record: {
				runId: record.runId,
				startedAt: record.startedAt,
				finishedAt: record.finishedAt,
				tool: record.tool,
				...record.source ? { source: record.source } : {}
			},
			ages,
			fixed,
			excerpts,
			excerptGroups: groups,
			codeLinks: codeLinks(record)
		}, 200);
	});
	app.openapi(historyRoute, async (c) => {
		const { id } = c.req.valid("param");
		const items = agentRunPoints(await store.history(id));
		if (items.length === 0 && !await store.latest(id)) return c.json({ error: `no agent ${id} in the lake` }, 404);
		return c.json({ items }, 200);
	});
	app.openapi(healRoute, async (c) => {
		const { id } = c.req.valid("param");
		const record = await store.latest(id);
		if (!record) return c.json({ error: `no agent ${id} in the lake` }, 404);
		if (!workspaceRoot) return c.json({ error: "this server has no workspace: start it with --workspace to preview fixes" }, 409);
		const plan = await healPreview(workspaceRoot, record.agent.path, settings);
		if (!plan) return c.json({ error: `agent folder '${record.agent.path}' is not in the workspace on this server` }, 409);
		return c.json(plan, 200);
	});
}
// src/server/audit-changes.ts
/** Changed agents a finished audit lists by name; the counts cover them all. */
var AGENTS_LISTED = 20;
/**
* What an audit started from the dashboard changed: each agent it reports against that agent's latest
* record before the run, by finding fingerprint (the Runs panel's comparison, src/server/run-history.ts).
* An agent the run took from the cache equals its record, so it adds nothing. An agent that failed this
* time has no findings to compare; only its verdict counts as changed.
*/
function auditChanges(before, after) {
	const previous = new Map(before.map((record) => [record.agent.id, record.agent]));
	const totals = {
		compared: 0,
		new: 0,
		fixed: 0,
		unchanged: 0,
		verdictChanges: 0
	};
	const changed = [];
	for (const agent of after) {
		const earlier = previous.get(agent.id);
		if (earlier) totals.compared++;
		const delta = agent.verdict === "failed" ? {
			new: 0,
			fixed: 0,
			unchanged: 0
		} : findingDelta(earlier?.findings, agent.findings);
		totals.new += delta.new;
		totals.fixed += delta.fixed;
		totals.unchanged += delta.unchanged;
		const verdictChanged = earlier?.verdict !== agent.verdict;
		if (verdictChanged) totals.verdictChanges++;
		if (!verdictChanged && delta.new === 0 && delta.fixed === 0) continue;
		changed.push({
			id: agent.id,
			name: agent.name,
			path: agent.path,
			new: delta.new,
			fixed: delta.fixed,
			...earlier ? { verdictBefore: earlier.verdict } : {},
			verdict: agent.verdict
		});
	}
	changed.sort((a, b) => Number(b.verdictBefore !== b.verdict) - Number(a.verdictBefore !== a.verdict) || verdictRank(a.verdict) - verdictRank(b.verdict) || b.new + b.fixed - (a.new + a.fixed) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return {
		...totals,
		changedAgents: changed.length,
		agents: changed.slice(0, AGENTS_LISTED)
	};
}
// src/server/audit-runner.ts
/** The events after which a stream ends. */
var FINAL_EVENTS = /* @__PURE__ */ new Set([
	"done",
	"cancelled",
	"error"
]);
/** Finished audits kept for GET /api/audits/{id}. */
var KEEP_FINISHED = 20;
/** Agents audited (not taken from the cache) before the rate is trusted for an estimate. */
var ETA_AFTER_AGENTS = 3;
/** How long a cancel request waits for the audit to stop. */
var CANCEL_WAIT_MS = 1e4;
/**
* Time left at the rate so far. Agents taken from the cache finish at once, before any audited one, so
* the rate counts only audited agents and the agents still to come are all audited ones.
*/
function estimate(progress, audited) {
	const remaining = progress.total - progress.done;
	if (audited < ETA_AFTER_AGENTS || remaining <= 0 || progress.elapsedMs <= 0) return void 0;
	return Math.round(progress.elapsedMs / audited * remaining);
}
function createAuditRunner(run, options = {}) {
	const now = options.now ?? (() => /* @__PURE__ */ new Date());
	const jobs = /* @__PURE__ */ new Map();
	let running;
	function emit(job, event) {
		if (event.event === "phase") job.phase = event.data;
		else if (event.event === "start") job.started = event.data;
		else if (event.event === "progress") job.lastProgress = event.data;
		else job.final = event;
		for (const listener of job.listeners) listener(event);
	}
	function forgetOldJobs() {
		const finished = [...jobs.values()].filter((job) => job.state.status !== "running");
		for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.state.id);
	}
	async function launch(job) {
		const { signal } = job.controller;
		let audited = 0;
		let writing = false;
		const previous = await options.previousRecords?.().catch(() => void 0);
		try {
			const { agents } = await run({
				signal,
				onPhase(phase) {
					if (phase === "writing") writing = true;
					job.state.phase = phase;
					emit(job, {
						event: "phase",
						data: { phase }
					});
				},
				onStart(total) {
					job.state.total = total;
					emit(job, {
						event: "start",
						data: { total }
					});
				},
				onProgress(progress) {
					if (!progress.cached) audited++;
					job.state.done = progress.done;
					job.state.total = progress.total;
					const etaMs = estimate(progress, audited);
					emit(job, {
						event: "progress",
						data: {
							done: progress.done,
							total: progress.total,
							agent: progress.agent,
							verdict: progress.verdict,
							cached: progress.cached,
							...etaMs !== void 0 ? { etaMs } : {}
						}
					});
				}
			});
			const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
			const changes = previous ? auditChanges(previous, agents) : void 0;
			const { phase: _phase, ...state } = job.state;
			job.state = {
				...state,
				status: "done",
				exitCode,
				verdict: verdictFor(exitCode),
				finishedAt: now().toISOString(),
				...changes ? { changes } : {}
			};
			emit(job, {
				event: "done",
				data: {
					exitCode,
					verdict: verdictFor(exitCode),
					agents: agents.length,
					...changes ? { changes } : {}
				}
			});
		} catch (error) {
			const { phase: _phase, ...state } = job.state;
			if (signal.aborted && !writing) {
				job.state = {
					...state,
					status: "cancelled",
					finishedAt: now().toISOString()
				};
				emit(job, {
					event: "cancelled",
					data: {
						done: state.done,
						total: state.total
					}
				});
				return;
			}
			const message = redactedErrorLine(error);
			job.state = {
				...state,
				status: "failed",
				error: message,
				finishedAt: now().toISOString()
			};
			emit(job, {
				event: "error",
				data: { error: message }
			});
		}
	}
	return {
		start() {
			if (running) return {
				state: { ...running.state },
				started: false
			};
			const job = {
				state: {
					id: randomBytes(8).toString("hex"),
					status: "running",
					phase: "discovering",
					done: 0,
					total: 0,
					startedAt: now().toISOString()
				},
				controller: new AbortController(),
				listeners: /* @__PURE__ */ new Set(),
				finished: Promise.resolve()
			};
			jobs.set(job.state.id, job);
			running = job;
			job.finished = launch(job).finally(() => {
				job.listeners.clear();
				if (running === job) running = void 0;
				forgetOldJobs();
			});
			return {
				state: { ...job.state },
				started: true
			};
		},
		state(id) {
			const job = jobs.get(id);
			return job ? { ...job.state } : void 0;
		},
		async cancel(id, waitMs = CANCEL_WAIT_MS) {
			const job = jobs.get(id);
			if (!job) return void 0;
			if (job.state.status !== "running") return {
				state: { ...job.state },
				cancelled: false,
				wasRunning: false
			};
			job.controller.abort();
			let timer;
			await Promise.race([job.finished, new Promise((resolve) => timer = setTimeout(resolve, waitMs))]);
			clearTimeout(timer);
			const after = { ...job.state };
			return {
				state: after,
				cancelled: after.status === "cancelled",
				wasRunning: true
			};
		},
		follow(id, listener) {
			const job = jobs.get(id);
			if (!job) return void 0;
			const replay = [];
			if (job.started) replay.push({
				event: "start",
				data: job.started
			});
			if (job.phase && !job.final) replay.push({
				event: "phase",
				data: job.phase
			});
			if (job.lastProgress) replay.push({
				event: "progress",
				data: job.lastProgress
			});
			if (job.final) replay.push(job.final);
			const finished = job.final !== void 0;
			if (!finished) job.listeners.add(listener);
			return {
				replay,
				finished,
				unsubscribe: () => job.listeners.delete(listener)
			};
		},
		async idle() {
			await running?.finished;
		}
	};
}
// src/server/handlers/audits.ts
/** How often an idle event stream sends a comment line. */
var HEARTBEAT_MS = 15e3;
/**
* POST /api/audits, its state, cancel and event stream: one workspace audit at a time. Without
* `runAudit` (no workspace) starting one is refused and every id is unknown.
*/
function registerAuditRoutes(app, context, runAudit) {
	const { store, now } = context;
	const audits = runAudit ? createAuditRunner(runAudit, {
		now,
		previousRecords: () => store.listLatest()
	}) : void 0;
	app.openapi(startAuditRoute, (c) => {
		if (!audits) return c.json({ error: "this server has no workspace to audit (start it with --workspace)" }, 409);
		const { state, started } = audits.start();
		if (!started) return c.json({
			id: state.id,
			status: state.status,
			error: "an audit is already running"
		}, 409);
		return c.json({
			id: state.id,
			status: "running"
		}, 202);
	});
	app.openapi(cancelAuditRoute, async (c) => {
		const { id } = c.req.valid("param");
		const result = await audits?.cancel(id);
		if (!result) return c.json({ error: `no audit ${id} on this server` }, 404);
		if (!result.wasRunning) return c.json({
			id,
			status: result.state.status,
			error: `the audit is not running (${result.state.status})`
		}, 409);
		return c.json(result.state, 200);
	});
	app.openapi(auditRoute, (c) => {
		const { id } = c.req.valid("param");
		const state = audits?.state(id);
		if (!state) return c.json({ error: `no audit ${id} on this server` }, 404);
		return c.json(state, 200);
	});
	app.openapi(auditEventsRoute, (c) => {
		const { id } = c.req.valid("param");
		if (!audits?.state(id)) return c.json({ error: `no audit ${id} on this server` }, 404);
		return streamSSE(c, async (stream) => {
			const pending = [];
			let wake;
			let closed = false;
			const followed = audits.follow(id, (event) => {
				pending.push(event);
				wake?.();
			});
			if (!followed) return;
			pending.push(...followed.replay);
			stream.onAbort(() => {
				closed = true;
				wake?.();
			});
			try {
				for (;;) {
					while (pending.length > 0 && !closed) {
						const event = pending.shift();
						await stream.writeSSE({
							event: event.event,
							data: JSON.stringify(event.data)
						});
						if (FINAL_EVENTS.has(event.event)) return;
					}
					if (closed) return;
					let timer;
					await new Promise((resolve) => {
						wake = resolve;
						timer = setTimeout(resolve, HEARTBEAT_MS);
					});
					clearTimeout(timer);
					wake = void 0;
					if (pending.length === 0 && !closed) await stream.write(": keep-alive\n\n");
				}
			} finally {
				followed.unsubscribe();
			}
		});
	});
}
// src/server/handlers/findings.ts
/** GET /api/findings: the fleet's findings, filtered (owner too, read from the workspace), each with its age. */
function registerFindingRoutes(app, context) {
	const { store, now, workspaceRoot } = context;
	const firstSeen = store.firstSeen ? (findings) => store.firstSeen(findings) : historyFirstSeen((agentId) => store.history(agentId));
	app.openapi(findingsRoute, async (c) => {
		const { owner, ...query } = c.req.valid("query");
		if (!workspaceRoot) {
			if (owner !== void 0) return c.json({ error: OWNER_NEEDS_WORKSPACE }, 400);
			const page = store.findingPage ? await store.findingPage(query) : findingList(await store.listLatest(), query);
			return c.json({
				...page,
				items: await withAges(page.items, firstSeen, now())
			}, 200);
		}
		const { owners, owned } = await ownedRecords(workspaceRoot, await store.listLatest(), owner);
		const page = owner === void 0 && store.findingPage ? await store.findingPage(query) : findingList(owned, query);
		const items = page.items.map((row) => owners.has(row.agentPath) ? {
			...row,
			owners: owners.get(row.agentPath)
		} : row);
		return c.json({
			...page,
			items: await withAges(items, firstSeen, now())
		}, 200);
	});
}
// src/server/handlers/fleet.ts
/** GET /api/health and /api/fleet. */
function registerFleetRoutes(app, context) {
	const { store } = context;
	app.openapi(healthRoute, async (c) => c.json({
		ok: true,
		version: TOOL_VERSION,
		lake: context.lakeLabel,
		agents: store.agentCount ? await store.agentCount() : (await store.listLatest()).length
	}, 200));
	app.openapi(fleetRoute, async (c) => c.json(await currentFleet(context, {
		runs: c.req.valid("query").runs,
		owners: true
	}), 200));
}
// src/server/rules-catalog.ts
/** The rules catalog as the dashboard shows it: metadata plus the same prose docs/RULES.md gives. */
function ruleCatalog(rules) {
	return rules.map(ruleDocument);
}
/**
* The catalog's groups in reading order: what agent code gets wrong first, personal data next, and the
* secret detectors last and folded (about ninety of them, one job: a credential in the code).
*/
var GROUP_ORDER = [
	"security",
	"reliability",
	"policy",
	"finops",
	"architecture",
	"ux",
	"dependency",
	"pii",
	"secret"
];
var COLLAPSED = /* @__PURE__ */ new Set(["secret"]);
function groupRank(category) {
	const index = GROUP_ORDER.indexOf(category);
	return index === -1 ? GROUP_ORDER.indexOf("pii") - .5 : index;
}
/** Active findings per rule id over the agents' latest records (suppressed findings are not counted). */
function ruleFindingCounts(records) {
	const counts = /* @__PURE__ */ new Map();
	for (const record of records) for (const finding of record.agent.findings) {
		const ruleId = currentRuleId(finding.ruleId);
		counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
	}
	return counts;
}
/**
* GET /api/rules: every rule in the catalog's order with its finding count, and the groups to show them in
* (by category, the agent rules first; in a group, most findings first, then by id).
*/
function ruleList(catalog, counts) {
	const items = catalog.map((rule) => ({
		...rule,
		findings: counts.get(rule.id) ?? 0
	}));
	const ordered = [...items].sort((a, b) => groupRank(a.category) - groupRank(b.category) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) || b.findings - a.findings || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const groups = [];
	for (const item of ordered) {
		let group = groups.at(-1);
		if (group?.category !== item.category) {
			group = {
				category: item.category,
				findings: 0,
				ruleIds: [],
				collapsed: COLLAPSED.has(item.category)
			};
			groups.push(group);
		}
		group.findings += item.findings;
		group.ruleIds.push(item.id);
	}
	return {
		items,
		groups
	};
}
// src/server/handlers/rules.ts
/** GET /api/rules: the catalog, built once (it never changes while the server runs), with the fleet's counts now. */
function registerRuleRoutes(app, context) {
	const rules = ruleCatalog(RULES);
	app.openapi(rulesRoute, async (c) => c.json(ruleList(rules, ruleFindingCounts(await context.store.listLatest())), 200));
}
// src/server/handlers/triage.ts
/**
* POST /api/triage (a decision into the workspace's triage file) and GET /api/triage (its history).
* `lakeShown` names the lake in the messages of a decision that finds no finding.
*/
function registerTriageRoutes(app, context, lakeShown) {
	const { store, now, workspaceRoot } = context;
	app.openapi(triageRoute, async (c) => {
		if (!workspaceRoot) return c.json({ error: "this server has no workspace to write decisions to (start it with --workspace)" }, 409);
		const body = c.req.valid("json");
		const { recordDecision } = await import("./chunk-record2.js");
		const { CockpitError } = await import("./chunk-errors.js");
		try {
			const { decision, shown } = await recordDecision({
				root: workspaceRoot,
				shown: `${context.rootLabel}/${DEFAULT_TRIAGE}`,
				lake: context.lakeDir,
				lakeShown,
				fingerprint: body.fingerprint,
				status: body.status,
				reason: body.reason,
				author: body.author ?? "dashboard",
				...body.expires !== void 0 ? { expires: body.expires } : {}
			});
			return c.json({
				...decision,
				triageFile: shown
			}, 201);
		} catch (error) {
			if (!(error instanceof CockpitError)) throw error;
			return c.json({ error: error.message }, / starts with it| no finding /.test(error.message) ? 404 : 400);
		}
	});
	app.openapi(triageHistoryRoute, async (c) => {
		if (!workspaceRoot) return c.json({
			triageFile: null,
			inForce: 0,
			expired: 0,
			entries: []
		}, 200);
		const { agent, fingerprint } = c.req.valid("query");
		const [{ shownTriageHistory }, { CockpitError }] = await Promise.all([import("./chunk-history.js"), import("./chunk-errors.js")]);
		const shown = `${context.rootLabel}/${DEFAULT_TRIAGE}`;
		let entries;
		try {
			({entries} = await shownTriageHistory({
				file: `${workspaceRoot}/${DEFAULT_TRIAGE}`,
				shown,
				root: workspaceRoot,
				now: now(),
				fingerprint
			}));
		} catch (error) {
			if (!(error instanceof CockpitError)) throw error;
			return c.json({ error: error.message }, 409);
		}
		if (agent !== void 0) {
			const record = await store.latest(agent);
			if (!record) return c.json({ error: `no agent ${agent} in the lake` }, 404);
			const { findings, suppressed, baselined, outsideChanges } = record.agent;
			const mine = new Set([
				...findings,
				...suppressed,
				...baselined ?? [],
				...outsideChanges ?? []
			].map((finding) => finding.fingerprint));
			for (const entry of entries) if (entry.agent === record.agent.path) mine.add(entry.fingerprint);
			entries = entries.filter((entry) => mine.has(entry.fingerprint));
		}
		const count = (state) => entries.filter((entry) => entry.state === state).length;
		return c.json({
			triageFile: shown,
			inForce: count("in-force"),
			expired: count("expired"),
			entries
		}, 200);
	});
}
// src/server/request-errors.ts
/**
* The API's own error messages that quote the request (a parameter, a URL path): masked by the
* audit's redaction and kept to one readable line, since they go back to whoever sent them.
*/
/** A parse failure as one line: the first issue, named by the parameter it is about. */
function validationMessage(error) {
	const issue = error.issues[0];
	if (!issue) return "invalid request";
	const where = issue.path.map(String).join(".");
	return shownInput(where ? `${where}: ${issue.message}` : issue.message);
}
/**
* Text that may quote what the client sent (a URL path, a parameter): secrets and personal data
* masked by the audit's own redaction, key-shaped runs too, and cut to a readable length.
*/
function shownInput(text) {
	return redactQuoted(redactText(text), 200);
}
/** A URL path as a 404 shows it: each segment redacted on its own, so the route around a key stays readable. */
function shownPath(pathname) {
	const shown = redactText(pathname.replace(/[\u0000-\u001f\u007f]/g, "?")).split("/").map((segment) => redactQuoted(segment)).join("/");
	return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}
/** The request's path as the client typed it: a key sent percent-encoded is still found and masked. */
function decodedPath(c) {
	const pathname = new URL(c.req.url).pathname;
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}
function isApiPath(c) {
	const pathname = new URL(c.req.url).pathname;
	return pathname === "/api" || pathname.startsWith("/api/");
}
/** The 404 of an unknown API path: the method and the path as the client typed it, redacted. */
function unknownEndpointMessage(c) {
	return `no such endpoint: ${c.req.method} ${shownPath(decodedPath(c))}`;
}
// src/server/store-failure.ts
/**
* A fleet store that could not answer a request. The server answers with `status` and this one-line
* message, never the database's own text (which may name tables, queries or the input that broke
* them); the original error stays in `cause` for whoever debugs the process.
*/
var StoreFailure = class extends Error {
	status;
	constructor(status, message, options) {
		super(message, options);
		this.status = status;
	}
};
var STORE_UNAVAILABLE = "the fleet store is unavailable (the database cannot be reached); try again shortly";
var STORE_FAILED = "internal error: the fleet store could not answer this request";
// src/server/compressed-files.ts
/** Worth compressing: text formats. Images, fonts (woff2 is already brotli) and wasm stay as they are. */
var COMPRESSIBLE = /* @__PURE__ */ new Set([
	".html",
	".js",
	".mjs",
	".css",
	".json",
	".map",
	".svg",
	".txt",
	".webmanifest"
]);
/** Below this, the headers cost more than compression saves. */
var MIN_BYTES = 1024;
var brotli = promisify(brotliCompress);
var gzipAsync = promisify(gzip);
function isCompressible(file) {
	return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}
/**
* The encoding to answer with, from the request's Accept-Encoding: brotli when accepted, else gzip,
* else none. `q=0` refuses an encoding; `*` stands for any encoding not named.
*/
function chooseEncoding(acceptEncoding) {
	if (!acceptEncoding) return void 0;
	const weights = /* @__PURE__ */ new Map();
	for (const part of acceptEncoding.split(",")) {
		const [name, ...params] = part.trim().toLowerCase().split(";");
		if (!name) continue;
		const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== void 0);
		weights.set(name.trim(), q === void 0 ? 1 : Number(q));
	}
	const accepts = (encoding) => (weights.get(encoding) ?? weights.get("*") ?? 0) > 0;
	if (accepts("br")) return "br";
	if (accepts("gzip")) return "gzip";
}
/** The in-memory cache of one server's static files. */
var CompressedFiles = class {
	entries = /* @__PURE__ */ new Map();
	/** The file's bytes in the best encoding the client accepts. */
	async get(file, accept) {
		const entry = await this.entry(file);
		const compressed = accept === "br" ? entry.br ?? entry.gzip : accept === "gzip" ? entry.gzip : void 0;
		if (!compressed) return { body: entry.identity };
		return {
			body: compressed,
			encoding: compressed === entry.br ? "br" : "gzip"
		};
	}
	async entry(file) {
		const info = await stat(file);
		const cached = this.entries.get(file);
		if (cached) {
			const entry = await cached.catch(() => void 0);
			if (entry && entry.size === info.size && entry.mtimeMs === info.mtimeMs) return entry;
		}
		const pending = load(file, info.size, info.mtimeMs);
		this.entries.set(file, pending);
		pending.catch(() => this.entries.delete(file));
		return pending;
	}
};
async function load(file, size, mtimeMs) {
	const identity = await readFile(file);
	const entry = {
		size,
		mtimeMs,
		identity
	};
	if (!isCompressible(file) || identity.length < MIN_BYTES) return entry;
	const [br, gz] = await Promise.all([brotli(identity, { params: {
		[constants$1.BROTLI_PARAM_QUALITY]: constants$1.BROTLI_MAX_QUALITY,
		[constants$1.BROTLI_PARAM_SIZE_HINT]: identity.length,
		[constants$1.BROTLI_PARAM_MODE]: constants$1.BROTLI_MODE_TEXT
	} }), gzipAsync(identity, { level: 9 })]);
	if (br.length < identity.length) entry.br = br;
	if (gz.length < identity.length) entry.gzip = gz;
	return entry;
}
// src/server/static-files.ts
/**
* The dashboard's files (the Vite build in dist/web). Request paths are decoded and checked segment
* by segment before any file system call, and the resolved file must still lie inside the folder
* after symlinks are followed. Unknown paths without an extension are the dashboard's own routes and
* get index.html.
*/
/**
* dist/web in the built package: this file is dist/server/static-files.js, or part of a chunk directly in
* dist/ when bin/ops.js runs the bundle (scripts/bundle.mjs --runtime).
*/
var DEFAULT_WEB_DIR = [new URL("./web/", import.meta.url), new URL("../web/", import.meta.url)].map((url) => fileURLToPath(url)).find((dir) => existsSync(dir)) ?? fileURLToPath(new URL("../web/", import.meta.url));
var CONTENT_TYPES = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".mjs": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".map": "application/json; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".jpg": "image/jpeg",
	".jpeg": "image/jpeg",
	".gif": "image/gif",
	".webp": "image/webp",
	".avif": "image/avif",
	".ico": "image/x-icon",
	".woff": "font/woff",
	".woff2": "font/woff2",
	".ttf": "font/ttf",
	".txt": "text/plain; charset=utf-8",
	".webmanifest": "application/manifest+json",
	".wasm": "application/wasm"
};
var NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>AgentOps Cockpit</title></head>
<body>
<h1>AgentOps Cockpit</h1>
<p>The dashboard is not built. Build it with <code>npm run build</code> (it writes <code>dist/web</code>), then restart <code>ops serve</code>.</p>
<p>The API works without it: <a href="/api/health">/api/health</a>, <a href="/api/fleet">/api/fleet</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;
function contentTypeOf(file) {
	return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}
/**
* The path's segments, decoded, or undefined when the path is malformed or tries to leave the
* folder: `..` and `.` segments (also percent-encoded), encoded slashes or backslashes, NUL bytes,
* and dot-files (never part of a build).
*/
function safeSegments(pathname) {
	const segments = [];
	for (const raw of pathname.split("/")) {
		if (raw === "") continue;
		let segment;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return;
		}
		if (segment.startsWith(".") || /[/\\\0:]/.test(segment)) return void 0;
		segments.push(segment);
	}
	return segments;
}
async function fileIn(root, segments) {
	const found = await resolveInside(root, path.join(...segments));
	if (!found.inside) return void 0;
	try {
		return (await stat(found.real)).isFile() ? found.real : void 0;
	} catch {
		return;
	}
}
/** The file in the best encoding the client accepts (brotli, gzip), compressed once per server (compressed-files.ts). */
async function fileResponse(c, files, file, immutable) {
	const { body, encoding } = await files.get(file, chooseEncoding(c.req.header("Accept-Encoding")));
	c.header("Content-Type", contentTypeOf(file));
	c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
	if (isCompressible(file)) c.header("Vary", "Accept-Encoding");
	if (encoding) c.header("Content-Encoding", encoding);
	return c.body(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), 200);
}
/** The GET handler for everything outside /api. */
function staticFiles(webDir) {
	const root = path.resolve(webDir);
	const files = new CompressedFiles();
	return async (c) => {
		const segments = safeSegments(new URL(c.req.url).pathname);
		if (!segments) return c.text("Bad request path\n", 400);
		const index = await fileIn(root, ["index.html"]);
		if (!index) {
			c.header("Cache-Control", "no-cache");
			return segments.length === 0 ? c.html(NOT_BUILT_PAGE, 200) : c.text("Not found: the dashboard is not built (npm run build)\n", 404);
		}
		if (segments.length > 0) {
			const file = await fileIn(root, segments);
			if (file) return fileResponse(c, files, file, segments[0] === "assets");
			if (path.extname(segments.at(-1)) !== "") return c.text("Not found\n", 404);
		}
		return fileResponse(c, files, index, false);
	};
}
// src/server/app.ts
/** API bodies are a few small JSON fields; anything larger is refused before it is read into memory. */
var MAX_API_BODY_BYTES = 65536;
/** The cockpit's HTTP API and dashboard as a Hono app: `app.request()` in tests, `startServer` for a socket. */
function createApp(options) {
	const { store } = options;
	const settings = options.settings ?? DEFAULT_SETTINGS;
	const now = options.now ?? (() => /* @__PURE__ */ new Date());
	const lakeLabel = options.lakeLabel ?? options.lakeDir;
	const rootLabel = options.rootLabel ?? options.workspaceRoot ?? lakeLabel;
	const workspaceRoot = options.workspaceRoot;
	const runAudit = options.runAudit ?? (workspaceRoot === void 0 ? void 0 : (hooks) => auditWorkspaceIntoLake({
		root: workspaceRoot,
		settings,
		lakeDir: options.lakeDir,
		...options.auditJobs !== void 0 ? { jobs: options.auditJobs } : {}
	}, hooks));
	const app = new OpenAPIHono({ defaultHook: (result, c) => {
		if (!result.success) return c.json({ error: validationMessage(result.error) }, 400);
	} });
	app.use("*", securityHeaders);
	if (options.token !== void 0) app.use("/api/*", requireToken(options.token));
	else app.use("*", loopbackOnly());
	app.use("/api/*", sameOriginJson());
	app.use("/api/*", bodyLimit({
		maxSize: MAX_API_BODY_BYTES,
		onError: (c) => c.json({ error: `the request body is over ${MAX_API_BODY_BYTES / 1024} KB` }, 413)
	}));
	app.onError((error, c) => {
		if (error instanceof StoreFailure) return c.json({ error: error.message }, error.status);
		if (error instanceof HTTPException) return c.json({ error: redactedErrorLine(error) }, error.status);
		return c.json({ error: `internal error: ${redactedErrorLine(error)}` }, 500);
	});
	app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
		type: "http",
		scheme: "bearer",
		description: "OPS_SERVER_TOKEN; required when the server binds a non-loopback address"
	});
	const context = {
		store,
		settings,
		now,
		workspaceRoot,
		lakeDir: options.lakeDir,
		rootLabel,
		lakeLabel
	};
	registerFleetRoutes(app, context);
	registerAgentRoutes(app, context);
	registerFindingRoutes(app, context);
	registerRuleRoutes(app, context);
	registerTriageRoutes(app, context, options.lakeLabel ?? "the lake");
	registerAuditRoutes(app, context, runAudit);
	registerA2uiRoutes(app, context);
	app.doc31("/api/openapi.json", {
		openapi: "3.1.0",
		info: {
			title: "AgentOps Cockpit API",
			version: TOOL_VERSION,
			description: `The HTTP API of \`ops serve\` (${TOOL_NAME}): the evidence lake, the rules, heal previews and audits. See docs/SERVER.md.`
		}
	});
	app.all("/api/*", (c) => c.json({ error: unknownEndpointMessage(c) }, 404));
	app.get("*", staticFiles(options.webDir ?? DEFAULT_WEB_DIR));
	app.notFound((c) => isApiPath(c) ? c.json({ error: "no such endpoint" }, 404) : c.text("Not found\n", 404));
	return app;
}
// src/server/server.ts
/** `http://127.0.0.1:8080/`, `http://[::1]:8080/`. */
function serverUrl(host, port) {
	return `http://${host.includes(":") ? `[${host}]` : host}:${port}/`;
}
function listenError(error, host, port) {
	if (error.code === "EADDRINUSE") return new CockpitError(`--port ${port}: the address is already in use on ${host}`);
	if (error.code === "EACCES") return new CockpitError(`--port ${port}: not allowed to listen on ${host}:${port} (try a port above 1023)`);
	if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new CockpitError(`--host ${host}: not an address of this machine`);
	return new CockpitError(`cannot listen on ${host}:${port} (${error.code ?? error.message})`);
}
async function startServer(options) {
	const app = createApp(options);
	const server = createAdaptorServer({
		fetch: app.fetch,
		hostname: options.host
	});
	await new Promise((resolve, reject) => {
		const onError = (error) => reject(listenError(error, options.host, options.port));
		server.once("error", onError);
		server.listen(options.port, options.host, () => {
			server.off("error", onError);
			resolve();
		});
	});
	const port = server.address().port;
	return {
		url: serverUrl(options.host, port),
		port,
		close: () => new Promise((resolve, reject) => {
			server.close((error) => error ? reject(error) : resolve());
			server.closeAllConnections();
		})
	};
}
// src/store/serve-store.ts
/** A database error as the server may show it: 503 while the database is away, else 500; never the database's text. */
function storeFailure(error) {
	if (error instanceof StoreFailure) return error;
	return isUnavailable(error) ? new StoreFailure(503, STORE_UNAVAILABLE, { cause: error }) : new StoreFailure(500, STORE_FAILED, { cause: error });
}
/** Every method of the store, with its failures turned into StoreFailures (whatever methods the store grows). */
function guardStoreErrors(store) {
	const guarded = { ...store };
	for (const [key, value] of Object.entries(store)) {
		if (typeof value !== "function") continue;
		guarded[key] = async (...args) => {
			try {
				return await value.apply(store, args);
			} catch (error) {
				throw storeFailure(error);
			}
		};
	}
	return guarded;
}
/** What `ops serve --store postgres://…` hands the server instead of the lake folder store. */
async function serveFromStore(url, env, options) {
	const opened = await openPostgresFleetStore(url, env);
	const runAudit = async (hooks) => {
		const result = await auditWorkspaceIntoLake({
			root: options.workspaceRoot,
			settings: options.settings,
			lakeDir: options.lakeDir
		}, hooks);
		const { fallback } = await pushRepository({
			env,
			lakeDir: options.lakeDir
		});
		try {
			await pushLake(opened.pool, options.lakeDir, {
				source: sourceFromEnvironment(env),
				repository: { fallback: fallback?.name }
			});
		} catch (error) {
			throw new CockpitError(`the audit is in the lake, but pushing it to the fleet store failed: ${storeFailure(error).message}`);
		}
		return result;
	};
	return {
		store: guardStoreErrors(opened.store),
		label: opened.label,
		runAudit,
		close: opened.close
	};
}
// src/cli/commands/serve-run.ts
function parsePort(value) {
	const port = Number(value);
	if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) throw new CockpitError(`--port: '${value}' is not a port number (0-65535; 0 picks a free one)`);
	return port;
}
/** The token for a non-loopback address (required there), and for loopback when the user set one. */
function serverToken(host, env) {
	const token = env[TOKEN_VARIABLE];
	if (token === void 0 || token === "") {
		if (isLoopbackHost(host)) return void 0;
		throw new CockpitError(`--host ${host}: serving beyond this machine needs a token; set ${TOKEN_VARIABLE} (clients send Authorization: Bearer <token>)`);
	}
	if (token.length < 16 || /\s/.test(token)) throw new CockpitError(`${TOKEN_VARIABLE}: use at least 16 characters without spaces (e.g. openssl rand -hex 32)`);
	return token;
}
/** Opens the dashboard in the desktop's browser; a headless machine simply has none. */
function openBrowser(url) {
	const [command, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", [
		"/c",
		"start",
		"\"\"",
		url
	]] : ["xdg-open", [url]];
	try {
		const child = spawn(command, args, {
			stdio: "ignore",
			detached: true
		});
		child.on("error", () => void 0);
		child.unref();
	} catch {}
}
/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal() {
	return new Promise((resolve) => {
		const stop = () => {
			process.off("SIGINT", stop);
			process.off("SIGTERM", stop);
			resolve();
		};
		process.on("SIGINT", stop);
		process.on("SIGTERM", stop);
	});
}
async function runServe(flags, io, stopped = untilSignal) {
	const host = flags.host ?? "127.0.0.1";
	const port = parsePort(flags.port ?? "8080");
	const token = serverToken(host, io.env);
	const workspaceGiven = flags.workspace ?? ".";
	const workspaceRoot = path.resolve(io.cwd, workspaceGiven);
	await requireDirectory(workspaceRoot, workspaceGiven);
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; serve it with --store URL`);
	const lakeDir = flags.lake !== void 0 ? path.resolve(io.cwd, flags.lake) : path.join(workspaceRoot, DEFAULT_LAKE);
	const settings = resolveSettings({
		config: flags.config,
		cwd: io.cwd
	}, io.env);
	const database = flags.store !== void 0 ? await serveFromStore(flags.store, io.env, {
		workspaceRoot,
		lakeDir,
		settings
	}) : void 0;
	const lakeLabel = database?.label ?? displayRoot(lakeDir, io.cwd);
	const server = await startServer({
		host,
		port,
		store: database?.store ?? lakeFolderStore(lakeDir),
		lakeDir,
		lakeLabel,
		...database ? { runAudit: database.runAudit } : {},
		rootLabel: displayRoot(workspaceRoot, io.cwd),
		workspaceRoot,
		settings,
		...token !== void 0 ? { token } : {}
	}).catch(async (error) => {
		await database?.close();
		throw error;
	});
	io.stderr(`Serving the cockpit dashboard at ${server.url} (${database ? "store" : "lake"}: ${lakeLabel})\n`);
	if (flags.open !== false && io.stderrIsTty && !io.env["CI"]) openBrowser(server.url);
	await stopped();
	await server.close();
	await database?.close();
	return 0;
}
export { runServe };
