// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as resolveSettings, t as DEFAULT_SETTINGS } from "./chunk-settings.js";
import { g as AGENT_HASH, i as agentIds, n as LATEST, o as historyNames, p as readRecord, t as HISTORY } from "./chunk-store.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { r as discoverWorkspace, t as auditWorkspace } from "./chunk-audit-workspace.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import { n as redactedErrorLine, r as sensitiveSpans, t as redactText } from "./chunk-sensitive-spans.js";
import { n as RULES } from "./chunk-rules.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { c as verdictFor, i as combineExitCodes } from "./chunk-gate.js";
import { a as REPOSITORY_CHECKS, l as redactedLine, s as repositoryEntry, t as auditAgent, u as LineIndex } from "./chunk-audit-agent.js";
import { t as decodeText } from "./chunk-decode.js";
import { n as skipByName } from "./chunk-file-kinds.js";
import { a as isRootAgent, i as agentLocation, s as pathInAgent } from "./chunk-agent-location.js";
import { r as resolveInside } from "./chunk-path-containment.js";
import { d as agentList, f as findingList, g as pushRepository, m as fleetView, t as isUnavailable } from "./chunk-connection.js";
import { t as DEFAULT_LAKE } from "./chunk-defaults.js";
import { t as healPlanJson } from "./chunk-heal-json2.js";
import { n as agentPolicy, r as rootPolicy } from "./chunk-policy.js";
import { i as limitHealPlan, n as buildHealPlan } from "./chunk-heal.js";
import { S as TriageDecisionSchema, _ as FleetSchema, a as AgentListSchema, b as RuleListSchema, c as AuditConflictSchema, d as AuditStartedSchema, f as AuditStateSchema, g as FleetQuerySchema, h as FindingsQuerySchema, i as AgentHistorySchema, l as AuditParamsSchema, m as FindingListSchema, o as AgentParamsSchema, p as ErrorSchema, r as AgentDetailSchema, s as AgentQuerySchema, u as AuditStartBodySchema, v as HealPreviewSchema, x as TriageBodySchema, y as HealthSchema } from "./chunk-findings.js";
import { t as ruleDocument } from "./chunk-rule-docs.js";
import { t as openPostgresFleetStore } from "./chunk-open.js";
import { n as sourceFromEnvironment, t as pushLake } from "./chunk-push.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import { n as requireDirectory, t as displayRoot } from "./chunk-common.js";
import { t as TOKEN_VARIABLE } from "./chunk-serve.js";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { createAdaptorServer } from "@hono/node-server";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { HTTPException } from "hono/http-exception";
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
// src/server/audit-runner.ts
/** Finished audits kept for GET /api/audits/{id}. */
var KEEP_FINISHED = 20;
function createAuditRunner(run, now = () => /* @__PURE__ */ new Date()) {
	const jobs = /* @__PURE__ */ new Map();
	let running;
	function emit(job, event) {
		if (event.event === "start") job.started = event.data;
		else if (event.event === "progress") job.lastProgress = event.data;
		else job.final = event;
		for (const listener of job.listeners) listener(event);
	}
	function forgetOldJobs() {
		const finished = [...jobs.values()].filter((job) => job.state.status !== "running");
		for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.state.id);
	}
	function launch(job) {
		return run({
			onStart(total) {
				job.state.total = total;
				emit(job, {
					event: "start",
					data: { total }
				});
			},
			onProgress(progress) {
				job.state.done = progress.done;
				job.state.total = progress.total;
				emit(job, {
					event: "progress",
					data: {
						done: progress.done,
						total: progress.total,
						agent: progress.agent,
						verdict: progress.verdict,
						cached: progress.cached
					}
				});
			}
		}).then(({ agents }) => {
			const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
			Object.assign(job.state, {
				status: "done",
				exitCode,
				verdict: verdictFor(exitCode),
				finishedAt: now().toISOString()
			});
			emit(job, {
				event: "done",
				data: {
					exitCode,
					verdict: verdictFor(exitCode),
					agents: agents.length
				}
			});
		}, (error) => {
			const message = redactedErrorLine(error);
			Object.assign(job.state, {
				status: "failed",
				error: message,
				finishedAt: now().toISOString()
			});
			emit(job, {
				event: "error",
				data: { error: message }
			});
		});
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
					done: 0,
					total: 0,
					startedAt: now().toISOString()
				},
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
		follow(id, listener) {
			const job = jobs.get(id);
			if (!job) return void 0;
			const replay = [];
			if (job.started) replay.push({
				event: "start",
				data: job.started
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
function excerptOf(text, lines, sensitive, finding) {
	const { startLine, endLine } = finding.region;
	if (startLine > lines.lineCount) return void 0;
	const first = Math.max(1, startLine - CONTEXT_LINES);
	const last = Math.min(lines.lineCount, Math.min(endLine, startLine + MAX_FINDING_LINES - 1) + CONTEXT_LINES);
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
* Excerpts by finding fingerprint for one agent's latest record; a finding whose file cannot be read
* (not on this machine, outside the workspace, binary, too large) simply has none.
*/
async function agentExcerpts(workspaceRoot, agent, maxFileBytes) {
	const excerpts = {};
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
	}
	return excerpts;
}
// src/server/heal-preview.ts
/**
* The dry-run heal plan of one agent, as `ops report --workspace --heal --dry-run` would show it:
* the agent is found again by discovery (its files, entry points and effective policy), audited in
* this process, and its one-click fixes planned into redacted diffs. Nothing is written.
* Returns undefined when the agent's folder is not part of the workspace on this machine.
*/
async function healPreview(workspaceRoot, agentPath, settings) {
	const { rootConfig, agentConfigs, agents, files } = await discoverWorkspace(workspaceRoot, settings);
	const repository = agentPath === "." ? repositoryEntry(workspaceRoot, files, agents) : void 0;
	const discovered = agents.find((agent) => agent.path === agentPath) ?? repository;
	if (!discovered) return void 0;
	const { policy, violations } = isRootAgent(agentPath) ? {
		policy: rootPolicy(rootConfig),
		violations: []
	} : agentPolicy(rootConfig, agentConfigs.get(agentPath));
	const agentRoot = agentLocation(workspaceRoot, agentPath);
	const audit = await auditAgent({
		root: agentRoot,
		relativePath: agentPath,
		files: discovered.files,
		entrypoints: discovered.entrypoints,
		frameworks: discovered.frameworks,
		maxFileBytes: settings.maxFileBytes,
		excludeDirs: settings.excludeDirs,
		useGitignore: rootConfig?.gitignore ?? settings.useGitignore,
		policy,
		lockViolations: violations,
		...discovered === repository ? { checks: REPOSITORY_CHECKS } : {}
	});
	const plan = await limitHealPlan(await buildHealPlan([{
		agentRoot,
		agentPath,
		fixes: audit.fixes
	}]), {
		force: false,
		...rootConfig?.max_fix_files !== void 0 ? { maxFixFiles: rootConfig.max_fix_files } : {}
	});
	return {
		...healPlanJson(plan, true),
		dryRun: true
	};
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
var security = [{ bearerAuth: [] }];
var healthRoute = createRoute({
	method: "get",
	path: "/api/health",
	tags: ["fleet"],
	summary: "Server health, version and the number of agents in the lake",
	security,
	responses: {
		200: json(HealthSchema, "the server is up"),
		503: json(ErrorSchema, "the fleet store (ops serve --store) cannot be reached")
	}
});
var fleetRoute = createRoute({
	method: "get",
	path: "/api/fleet",
	tags: ["fleet"],
	summary: "Fleet summary: verdict, counts, Persona Matrix, top rules, frameworks, trend (and with ?runs=N the last N runs)",
	security,
	request: { query: FleetQuerySchema },
	responses: {
		200: json(FleetSchema, "the fleet as the lake holds it now"),
		400: badRequest
	}
});
var agentsRoute = createRoute({
	method: "get",
	path: "/api/agents",
	tags: ["agents"],
	summary: "Agents, filtered (AND), sorted and paginated",
	security,
	request: { query: AgentQuerySchema },
	responses: {
		200: json(AgentListSchema, "one page of agents and the total that matched"),
		400: badRequest
	}
});
var agentRoute = createRoute({
	method: "get",
	path: "/api/agents/{id}",
	tags: ["agents"],
	summary: "One agent's latest record with redacted code excerpts around its findings",
	security,
	request: { params: AgentParamsSchema },
	responses: {
		200: json(AgentDetailSchema, "the latest record"),
		400: badRequest,
		404: notFound
	}
});
var historyRoute = createRoute({
	method: "get",
	path: "/api/agents/{id}/history",
	tags: ["agents"],
	summary: "Every run of one agent, oldest first",
	security,
	request: { params: AgentParamsSchema },
	responses: {
		200: json(AgentHistorySchema, "the runs"),
		400: badRequest,
		404: notFound
	}
});
var healRoute = createRoute({
	method: "get",
	path: "/api/agents/{id}/heal",
	tags: ["agents"],
	summary: "The dry-run heal plan of one agent: redacted unified diffs, nothing written",
	security,
	request: { params: AgentParamsSchema },
	responses: {
		200: json(HealPreviewSchema, "the plan"),
		400: badRequest,
		404: notFound,
		409: json(ErrorSchema, "the agent's folder is not available on this server")
	}
});
var findingsRoute = createRoute({
	method: "get",
	path: "/api/findings",
	tags: ["findings"],
	summary: "Active findings across the fleet, worst first, filtered and paginated",
	security,
	request: { query: FindingsQuerySchema },
	responses: {
		200: json(FindingListSchema, "one page of findings and the total that matched"),
		400: badRequest
	}
});
var rulesRoute = createRoute({
	method: "get",
	path: "/api/rules",
	tags: ["rules"],
	summary: "The rules catalog with docs",
	security,
	responses: { 200: json(RuleListSchema, "every rule the audit runs") }
});
var startAuditRoute = createRoute({
	method: "post",
	path: "/api/audits",
	tags: ["audits"],
	summary: "Audit the server's workspace now (one audit at a time); the lake the API reads is updated",
	security,
	request: { body: {
		content: { "application/json": { schema: AuditStartBodySchema } },
		required: true
	} },
	responses: {
		202: json(AuditStartedSchema, "the audit started; follow /api/audits/{id}/events"),
		400: badRequest,
		409: json(AuditConflictSchema, "an audit is already running (its id is given), or the server has no workspace"),
		413: json(ErrorSchema, "the body is over 64 KB"),
		415: json(ErrorSchema, "the body is not application/json")
	}
});
var auditRoute = createRoute({
	method: "get",
	path: "/api/audits/{id}",
	tags: ["audits"],
	summary: "The state of an audit started from the API",
	security,
	request: { params: AuditParamsSchema },
	responses: {
		200: json(AuditStateSchema, "the state"),
		400: badRequest,
		404: notFound
	}
});
var auditEventsRoute = createRoute({
	method: "get",
	path: "/api/audits/{id}/events",
	tags: ["audits"],
	summary: "Live progress as Server-Sent Events: start {total}, progress {done,total,agent,verdict,cached}, done {exitCode,verdict,agents}, error {error}",
	description: "A client that connects late first gets the state so far (start, the last progress, and the end if the audit is over). The stream ends after `done` or `error`.",
	security,
	request: { params: AuditParamsSchema },
	responses: {
		200: {
			content: { "text/event-stream": { schema: z.string() } },
			description: "the event stream"
		},
		400: badRequest,
		404: notFound
	}
});
var a2uiFleetRoute = createRoute({
	method: "get",
	path: "/api/a2ui/fleet",
	tags: ["a2ui"],
	summary: "The fleet summary as A2UI v0.9 messages (createSurface, updateComponents, updateDataModel)",
	description: "JSON Lines (one A2UI message per line) by default; Server-Sent Events (one message per `data:`) when the request accepts text/event-stream. Components come from the A2UI v0.9 basic catalog.",
	security,
	responses: { 200: {
		content: {
			"application/jsonl": { schema: z.string() },
			"text/event-stream": { schema: z.string() }
		},
		description: "three A2UI messages"
	} }
});
var triageRoute = createRoute({
	method: "post",
	path: "/api/triage",
	tags: ["triage"],
	summary: "Accept a finding's risk or mark it a false positive, in the workspace's .cockpit/triage.json (every later ops report honours it)",
	security,
	request: { body: {
		content: { "application/json": { schema: TriageBodySchema } },
		required: true
	} },
	responses: {
		201: json(TriageDecisionSchema, "the decision, in force until it expires or is revoked"),
		400: badRequest,
		404: json(ErrorSchema, "no finding in the lake has that fingerprint"),
		409: json(ErrorSchema, "the server has no workspace to write to"),
		413: json(ErrorSchema, "the body is over 64 KB"),
		415: json(ErrorSchema, "the body is not application/json")
	}
});
// src/server/rules-catalog.ts
/** The rules catalog as the dashboard shows it: metadata plus the same prose docs/RULES.md gives. */
function ruleCatalog(rules) {
	return rules.map(ruleDocument);
}
// src/server/run-history.ts
function fingerprintCounts(findings) {
	const counts = /* @__PURE__ */ new Map();
	for (const finding of findings) counts.set(finding.fingerprint, (counts.get(finding.fingerprint) ?? 0) + 1);
	return counts;
}
/** A multiset comparison: two findings with one fingerprint (the same line twice) count twice. */
function findingDelta(previous, current) {
	if (!previous) return {
		new: current.length,
		fixed: 0,
		unchanged: 0
	};
	const before = fingerprintCounts(previous);
	const after = fingerprintCounts(current);
	let unchanged = 0;
	for (const [fingerprint, count] of after) unchanged += Math.min(count, before.get(fingerprint) ?? 0);
	return {
		new: current.length - unchanged,
		fixed: previous.length - unchanged,
		unchanged
	};
}
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
function byFinish(a, b) {
	return compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId);
}
/** One agent's runs, oldest first, each with its new, fixed and unchanged findings against the run before. */
function agentRunPoints(runs) {
	const ordered = [...runs].sort(byFinish);
	return ordered.map((run, index) => {
		const { findings } = run.agent;
		const counts = {
			error: 0,
			warning: 0,
			note: 0
		};
		for (const finding of findings) counts[finding.severity]++;
		return {
			runId: run.runId,
			finishedAt: run.finishedAt,
			verdict: run.agent.verdict,
			findings: findings.length,
			...counts,
			...findingDelta(ordered[index - 1]?.agent.findings, findings)
		};
	});
}
/**
* The fleet's runs, oldest first: every run id in any agent's history is one point. A run's totals
* are every agent's last record up to and including it; new and fixed compare each agent the run
* audited with that agent's previous record.
*/
function fleetRunPoints(histories) {
	const runs = /* @__PURE__ */ new Map();
	histories.forEach((history, agent) => {
		const ordered = [...history].sort(byFinish);
		ordered.forEach((record, index) => {
			const run = runs.get(record.runId) ?? {
				runId: record.runId,
				startedAt: record.startedAt,
				finishedAt: record.finishedAt,
				records: []
			};
			if (record.startedAt < run.startedAt) run.startedAt = record.startedAt;
			if (record.finishedAt > run.finishedAt) run.finishedAt = record.finishedAt;
			run.records.push({
				agent,
				record,
				previous: ordered[index - 1]
			});
			runs.set(record.runId, run);
		});
	});
	const ordered = [...runs.values()].sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.finishedAt, b.finishedAt) || compareText(a.runId, b.runId));
	const current = /* @__PURE__ */ new Map();
	return ordered.map((run) => {
		const delta = {
			new: 0,
			fixed: 0,
			unchanged: 0
		};
		for (const { agent, record, previous } of run.records) {
			const change = findingDelta(previous?.agent.findings, record.agent.findings);
			delta.new += change.new;
			delta.fixed += change.fixed;
			current.set(agent, record);
		}
		const totals = {
			findings: 0,
			error: 0,
			warning: 0,
			note: 0
		};
		for (const record of current.values()) {
			for (const finding of record.agent.findings) totals[finding.severity]++;
			totals.findings += record.agent.findings.length;
		}
		return {
			runId: run.runId,
			startedAt: run.startedAt,
			finishedAt: run.finishedAt,
			audited: run.records.length,
			agents: current.size,
			...totals,
			new: delta.new,
			fixed: delta.fixed,
			unchanged: totals.findings - delta.new
		};
	});
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
/** How often an idle event stream sends a comment line. */
var HEARTBEAT_MS = 15e3;
/** API bodies are a few small JSON fields; anything larger is refused before it is read into memory. */
var MAX_API_BODY_BYTES = 65536;
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
/** The cockpit's HTTP API and dashboard as a Hono app: `app.request()` in tests, `startServer` for a socket. */
function createApp(options) {
	const { store } = options;
	const settings = options.settings ?? DEFAULT_SETTINGS;
	const now = options.now ?? (() => /* @__PURE__ */ new Date());
	const lakeLabel = options.lakeLabel ?? options.lakeDir;
	const rootLabel = options.rootLabel ?? options.workspaceRoot ?? lakeLabel;
	const rules = ruleCatalog(RULES);
	const workspaceRoot = options.workspaceRoot;
	const runAudit = options.runAudit ?? (workspaceRoot === void 0 ? void 0 : (hooks) => auditWorkspace({
		root: workspaceRoot,
		settings,
		...options.auditJobs !== void 0 ? { jobs: options.auditJobs } : {},
		lakeDir: options.lakeDir,
		cache: true,
		agentTimeoutMs: 3e5,
		onStart: hooks.onStart,
		onProgress: hooks.onProgress
	}));
	const audits = runAudit ? createAuditRunner(runAudit, now) : void 0;
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
	app.openapi(healthRoute, async (c) => c.json({
		ok: true,
		version: TOOL_VERSION,
		lake: lakeLabel,
		agents: store.agentCount ? await store.agentCount() : (await store.listLatest()).length
	}, 200));
	/**
	* The fleet view, and with `runs` its last runs: new and fixed need every agent's history, read
	* once for both. A store that answers the fleet view itself (PostgreSQL) does so because reading
	* every history is too slow there, so it lists no runs (yet): the response leaves `runs` out.
	*/
	async function currentFleet(runs) {
		if (store.fleet) return store.fleet({
			root: rootLabel,
			now: now()
		});
		const records = await store.listLatest();
		const histories = await Promise.all(records.map((record) => store.history(record.agent.id)));
		const fleet = fleetView({
			root: rootLabel,
			records,
			histories,
			now: now()
		});
		return runs ? {
			...fleet,
			runs: fleetRunPoints(histories).slice(-runs)
		} : fleet;
	}
	app.openapi(fleetRoute, async (c) => c.json(await currentFleet(c.req.valid("query").runs), 200));
	app.openapi(agentsRoute, async (c) => {
		const query = c.req.valid("query");
		return c.json(store.agentPage ? await store.agentPage(query) : agentList(await store.listLatest(), query), 200);
	});
	app.openapi(agentRoute, async (c) => {
		const { id } = c.req.valid("param");
		const record = await store.latest(id);
		if (!record) return c.json({ error: `no agent ${id} in the lake` }, 404);
		const excerpts = workspaceRoot ? await agentExcerpts(workspaceRoot, record.agent, settings.maxFileBytes) : {};
		return c.json({
			agent: record.agent,
			record: {
				runId: record.runId,
				startedAt: record.startedAt,
				finishedAt: record.finishedAt,
				tool: record.tool,
				...record.source ? { source: record.source } : {}
			},
			excerpts
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
	app.openapi(findingsRoute, async (c) => {
		const { owner, ...query } = c.req.valid("query");
		if (!options.workspaceRoot) {
			if (owner !== void 0) return c.json({ error: "owner: this server has no workspace to read CODEOWNERS from (start it with --workspace)" }, 400);
			return c.json(store.findingPage ? await store.findingPage(query) : findingList(await store.listLatest(), query), 200);
		}
		const { agentOwners } = await import("./chunk-agent-owners.js");
		const records = await store.listLatest();
		const owners = await agentOwners(options.workspaceRoot, records.map((record) => record.agent.path));
		const wanted = owner?.toLowerCase();
		const owned = wanted === void 0 ? records : records.filter((record) => (owners.get(record.agent.path) ?? []).some((name) => name.toLowerCase() === wanted));
		const page = wanted === void 0 && store.findingPage ? await store.findingPage(query) : findingList(owned, query);
		return c.json({
			...page,
			items: page.items.map((row) => owners.has(row.agentPath) ? {
				...row,
				owners: owners.get(row.agentPath)
			} : row)
		}, 200);
	});
	app.openapi(rulesRoute, (c) => c.json({ items: rules }, 200));
	app.openapi(triageRoute, async (c) => {
		if (!options.workspaceRoot) return c.json({ error: "this server has no workspace to write decisions to (start it with --workspace)" }, 409);
		const body = c.req.valid("json");
		const { recordDecision } = await import("./chunk-record2.js");
		const { CockpitError } = await import("./chunk-errors.js");
		try {
			const { decision, shown } = await recordDecision({
				root: options.workspaceRoot,
				shown: `${options.rootLabel ?? options.workspaceRoot}/.cockpit/triage.json`,
				lake: options.lakeDir,
				lakeShown: options.lakeLabel ?? "the lake",
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
						if (event.event === "done" || event.event === "error") return;
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
	app.openapi(a2uiFleetRoute, async (c) => {
		const messages = fleetA2uiMessages(await currentFleet(), lakeLabel);
		if ((c.req.header("Accept") ?? "").includes("text/event-stream")) return streamSSE(c, async (stream) => {
			for (const message of messages) await stream.writeSSE({ data: JSON.stringify(message) });
		});
		c.header("Content-Type", "application/jsonl; charset=utf-8");
		return c.body(messages.map((message) => JSON.stringify(message)).join("\n") + "\n", 200);
	});
	app.doc31("/api/openapi.json", {
		openapi: "3.1.0",
		info: {
			title: "AgentOps Cockpit API",
			version: TOOL_VERSION,
			description: `The HTTP API of \`ops serve\` (${TOOL_NAME}): the evidence lake, the rules, heal previews and audits. See docs/SERVER.md.`
		}
	});
	app.all("/api/*", (c) => c.json({ error: `no such endpoint: ${c.req.method} ${shownPath(decodedPath(c))}` }, 404));
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
		const result = await auditWorkspace({
			root: options.workspaceRoot,
			settings: options.settings,
			lakeDir: options.lakeDir,
			cache: true,
			agentTimeoutMs: 3e5,
			onStart: hooks.onStart,
			onProgress: hooks.onProgress
		});
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
