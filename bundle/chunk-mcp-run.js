// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as resolveSettings } from "./chunk-settings.js";
import { a as HealTotalsSchema, c as VerdictSchema, i as HealNoteSchema, n as EntryKindSchema, r as HealFileSchema, s as SummarySchema } from "./chunk-model2.js";
import { n as assembleReport } from "./chunk-build2.js";
import { t as runAudit } from "./chunk-run-audit.js";
import { a as isRootAgent, o as joinAgentPath, t as agentContains } from "./chunk-agent-location.js";
import { t as redactText } from "./chunk-sensitive-spans.js";
import { n as errorMessage, t as CockpitError } from "./chunk-errors2.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { r as summarise } from "./chunk-summary2.js";
import { r as resolveInside } from "./chunk-path-containment.js";
import { a as SeveritySchema, i as PersonaSchema, r as FixabilitySchema, t as CategorySchema } from "./chunk-model.js";
import { n as RULES, r as ruleById } from "./chunk-rules.js";
import { t as TriageEntrySchema } from "./chunk-history2.js";
import { t as TRIAGE_STATUS_LABELS } from "./chunk-labels2.js";
import { t as plural } from "./chunk-plural.js";
import { a as parseShard, t as auditWorkspace } from "./chunk-audit-workspace.js";
import { o as entriesLabel } from "./chunk-labels.js";
import { n as securityFirst, t as blockingFindings } from "./chunk-blocking.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import { n as explainRule, t as closeRuleMatches } from "./chunk-rules3.js";
import { t as compareFindings } from "./chunk-order.js";
import { r as coversRule } from "./chunk-renamed-ids.js";
import { r as rootPolicy } from "./chunk-policy.js";
import { t as loadFleetConfig } from "./chunk-root-config2.js";
import { t as discoverAgents } from "./chunk-discover.js";
import { i as codeKindsOf } from "./chunk-file-kinds.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as listFiles } from "./chunk-walk2.js";
import { f as warmFleetReports, s as signatureOf } from "./chunk-warm-cache2.js";
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { t as healPlanJson } from "./chunk-heal-json2.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import "./chunk-common.js";
import { stat } from "node:fs/promises";
import path, { join } from "node:path";
import { z } from "zod";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { deserializeMessage, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import { isJSONRPCResultResponse } from "@modelcontextprotocol/sdk/types.js";
// src/mcp/engine.ts
/**
* The MCP tools' requests to the one audit pipeline (run/run-audit.ts): one agent is audited as `ops report PATH`
* audits it, a workspace as `ops report --workspace PATH`, and a heal preview is `--heal --dry-run`. A tool call has
* no side effects on the tree it inspects: no lake is written or read. Paths in the results are relative to the
* server's root, so a client can open the files it is shown.
*/
function request(target, settings, rest) {
	return {
		root: target.absolute,
		given: target.relative,
		cwd: target.absolute,
		env: process.env,
		settings,
		cache: false,
		lake: false,
		...rest
	};
}
/** Audits one folder as a single agent, in this process; with `heal`, also the plan `--heal --dry-run` shows. */
async function auditOneAgent(target, settings, options = {}) {
	const run = await runAudit(request(target, settings, {
		target: {
			kind: "agent",
			relativePath: target.relative
		},
		...options.heal ? { heal: {
			dryRun: true,
			force: options.heal.force
		} } : {}
	}));
	return {
		agent: run.report.agents[0],
		...run.heal ? { heal: run.heal.plan } : {}
	};
}
/** Re-roots an agent's report paths from the workspace to the server's root. */
function underPrefix(agent, prefix) {
	if (isRootAgent(prefix)) return agent;
	const move = (finding) => ({
		...finding,
		file: joinAgentPath(prefix, finding.file)
	});
	return {
		...agent,
		path: joinAgentPath(prefix, agent.path),
		findings: agent.findings.map(move),
		suppressed: agent.suppressed.map(move)
	};
}
/** The fleet audit of a workspace folder. */
async function auditFleet(target, settings, options = {}) {
	const { onProgress } = options;
	const agents = (await runAudit(request(target, settings, {
		target: {
			kind: "fleet",
			...options.shard ? { shard: options.shard } : {}
		},
		...onProgress ? { hooks: { progress: {
			start: () => void 0,
			update: onProgress,
			finish: () => void 0
		} } } : {}
	}))).report.agents.map((agent) => underPrefix(agent, target.relative));
	return assembleReport(target.relative, agents, options.shard ? `${options.shard.index}/${options.shard.count}` : void 0);
}
// src/mcp/paths.ts
var SHOWN_PATH_CHARS = 120;
/** A caller's path as error messages echo it: secrets in it redacted first, then cut to a readable length. */
function echoed(given) {
	const redacted = redactText(given).replace(/[\u0000-\u001f\u007f]/g, "?");
	return redacted.length > SHOWN_PATH_CHARS ? `${redacted.slice(0, 119)}…` : redacted;
}
/**
* Resolves a tool's `path` argument against the server's root. Anything outside the root is refused,
* including a symlink inside it that points out: a client may only look at what `--root` exposes.
*/
async function resolveInsideRoot(root, given) {
	const wanted = given === void 0 || given === "" ? "." : given;
	if (wanted.includes("\0")) throw new CockpitError("path: must not contain NUL characters");
	const shown = echoed(wanted);
	const found = await resolveInside(root, wanted, { allowRoot: true });
	if (!found.inside) {
		if (found.why === "outside") throw new CockpitError(`${shown}: outside the server's root; give a path relative to it`);
		if (found.why === "link-outside") throw new CockpitError(`${shown}: resolves outside the server's root (a symbolic link); refused`);
		throw new CockpitError(found.code === "ENOENT" ? `${shown}: no such file or directory under the server's root` : `${shown}: cannot be read (${found.code ?? "unknown error"})`);
	}
	if (!(await stat(found.real)).isDirectory()) throw new CockpitError(`${shown}: not a directory; give an agent or workspace folder`);
	return {
		absolute: found.absolute,
		relative: toPosixRelative(root, found.absolute)
	};
}
// src/mcp/schemas.ts
/**
* Rule ids the input descriptions show as examples: taken from the registry, so a renamed or removed rule
* cannot leave a schema pointing a client at an id that does not exist (src/mcp/schemas.test.ts).
*/
var EXAMPLE_RULE_ID = (RULES.find((rule) => rule.id.startsWith("reliability/") && rule.id.includes("timeout")) ?? RULES[0]).id;
var EXAMPLE_SECRET_RULE_ID = (RULES.find((rule) => rule.id.startsWith("secret/")) ?? RULES[0]).id;
/**
* Input and output schemas of the MCP tools (zod raw shapes, as `registerTool` takes them). Outputs
* reuse the report's own schemas where they exist, so a tool result and `ops report --format json`
* describe the same things the same way.
*/
var pathInput = z.string().max(4096).describe("folder relative to the server's root (ops mcp --root), e.g. `agents/support-bot`; `.` is the root itself");
var AuditAgentInput = { path: pathInput };
var AuditWorkspaceInput = {
	path: pathInput.optional().describe("workspace folder relative to the server's root; default: the root"),
	shard: z.string().max(32).optional().describe("audit only the K-th of N deterministic slices of the fleet, e.g. `2/4`"),
	includePassing: z.boolean().optional().describe("also list every passing agent in `agents` (default: passing agents are only counted, in `passing`)")
};
var ListFindingsInput = {
	path: pathInput,
	severity: SeveritySchema.optional().describe("only findings of this severity"),
	rule: z.string().max(200).optional().describe(`a rule id (\`${EXAMPLE_SECRET_RULE_ID}\`) or an id prefix ending in \`/\` (\`secret/\`)`),
	persona: PersonaSchema.optional().describe("only findings for this persona"),
	limit: z.number().int().min(1).max(1e3).optional().describe("at most this many findings (default 100)")
};
var ExplainRuleInput = { ruleId: z.string().min(1).max(200).describe(`the rule id as findings show it, e.g. \`${EXAMPLE_RULE_ID}\``) };
var ListTriageInput = {
	path: pathInput.optional().describe("the audited folder whose `.cockpit/triage.json` to read, relative to the server's root; default: the root"),
	fingerprint: z.string().max(64).optional().describe("only the decisions about this fingerprint, or a prefix of it"),
	limit: z.number().int().min(1).max(1e3).optional().describe("at most this many entries, newest first (default 100)")
};
var PreviewHealInput = {
	path: pathInput,
	force: z.boolean().optional().describe("plan files with uncommitted git changes too (as `--heal --force` would); still writes nothing")
};
/** One finding as a coding agent needs it: where, what, why, and how to fix it. */
var FindingViewSchema = z.object({
	ruleId: z.string(),
	title: z.string(),
	severity: SeveritySchema,
	persona: PersonaSchema,
	category: CategorySchema,
	file: z.string().describe("POSIX, relative to the server's root"),
	line: z.number().int().min(1),
	column: z.number().int().min(1),
	endLine: z.number().int().min(1),
	message: z.string(),
	remediation: z.string(),
	fixability: FixabilitySchema,
	fix: z.string().optional().describe("what the one-click fix changes (see preview_heal)"),
	snippet: z.string().optional().describe("the matched line, secrets and personal data redacted"),
	fingerprint: z.string()
});
var AgentIdentitySchema = z.object({
	id: z.string(),
	name: z.string(),
	language: z.string(),
	frameworks: z.array(z.string()),
	entrypoint: z.string().nullable()
});
var AuditAgentOutput = {
	path: z.string(),
	agent: AgentIdentitySchema,
	verdict: VerdictSchema,
	exitCode: z.number().int().min(0).max(3).describe("0 pass, 1 secret/PII, 2 blocking policy finding, 3 audit failed"),
	summary: SummarySchema,
	filesScanned: z.number().int().min(0),
	filesSkipped: z.number().int().min(0),
	findings: z.array(FindingViewSchema),
	truncated: z.boolean().describe("more findings exist than shown; use list_findings with filters")
};
/** A finding that blocks an agent, as the fleet answer names it: where and what (the fix is in `fixes`, once per rule). */
var BlockingFindingSchema = z.object({
	ruleId: z.string(),
	severity: SeveritySchema,
	file: z.string(),
	line: z.number().int().min(1),
	message: z.string(),
	fixability: FixabilitySchema
});
var AuditWorkspaceOutput = {
	path: z.string(),
	shard: z.string().optional(),
	verdict: VerdictSchema,
	exitCode: z.number().int().min(0).max(3),
	summary: SummarySchema,
	passing: z.number().int().min(0).describe("entries that pass (listed in `agents` only with includePassing)"),
	truncated: z.boolean().describe("more blocked or failed entries exist than `agents` lists; audit_agent or list_findings on a path for the rest"),
	fixes: z.array(z.object({
		ruleId: z.string(),
		remediation: z.string()
	})).describe("how to fix each rule that appears in a `blocking` list, once per rule"),
	agents: z.array(z.object({
		path: z.string(),
		name: z.string(),
		kind: EntryKindSchema.optional(),
		verdict: VerdictSchema,
		exitCode: z.number().int().min(0).max(3),
		findings: z.number().int().min(0),
		errors: z.number().int().min(0),
		warnings: z.number().int().min(0),
		notes: z.number().int().min(0),
		error: z.string().optional().describe("why the audit of this agent failed"),
		blocking: z.array(BlockingFindingSchema).optional().describe("a blocked entry's first blocking findings (errors first), with the fix advice"),
		moreBlocking: z.number().int().min(0).optional().describe("blocking findings not listed in `blocking`")
	})).describe("the blocked and failed entries (at most 25), and with includePassing every entry")
};
var ListFindingsOutput = {
	path: z.string(),
	verdict: VerdictSchema,
	exitCode: z.number().int().min(0).max(3),
	total: z.number().int().min(0).describe("findings of the audit before filtering"),
	matched: z.number().int().min(0),
	truncated: z.boolean(),
	findings: z.array(FindingViewSchema)
};
var ExplainRuleOutput = {
	id: z.string(),
	title: z.string(),
	persona: PersonaSchema,
	category: CategorySchema,
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
	tags: z.array(z.string()),
	frameworks: z.array(z.string()),
	docsUrl: z.string().optional(),
	securitySeverity: z.number().optional(),
	docs: z.string().describe("Markdown, as docs/RULES.md shows the rule")
};
var ListTriageOutput = {
	path: z.string(),
	triageFile: z.string().describe("the triage file, relative to the server's root"),
	exists: z.boolean().describe("false: no decisions were ever recorded here"),
	inForce: z.number().int().min(0).describe("decisions that hold today: their findings do not count for the gate"),
	expired: z.number().int().min(0).describe("decisions whose last day has passed: their findings gate again"),
	matched: z.number().int().min(0),
	truncated: z.boolean(),
	entries: z.array(TriageEntrySchema).describe("decisions (with their state: in-force, expired, revoked, replaced) and revocations, newest first")
};
var PreviewHealOutput = {
	path: z.string(),
	dryRun: z.literal(true),
	findings: z.number().int().min(0).describe("findings of the audit the plan was made from"),
	totals: HealTotalsSchema,
	notes: z.array(HealNoteSchema).describe("keys to rotate, packages to declare by hand"),
	files: z.array(HealFileSchema)
};
function findingView(finding) {
	return {
		ruleId: finding.ruleId,
		title: finding.title,
		severity: finding.severity,
		persona: finding.persona,
		category: finding.category,
		file: finding.file,
		line: finding.region.startLine,
		column: finding.region.startColumn,
		endLine: finding.region.endLine,
		message: finding.message,
		remediation: finding.remediation,
		fixability: finding.fixability,
		...finding.fix ? { fix: finding.fix } : {},
		...finding.snippet !== void 0 ? { snippet: finding.snippet } : {},
		fingerprint: finding.fingerprint
	};
}
function blockingFinding(finding) {
	return {
		ruleId: finding.ruleId,
		severity: finding.severity,
		file: finding.file,
		line: finding.region.startLine,
		message: finding.message,
		fixability: finding.fixability
	};
}
function agentIdentity(agent) {
	return {
		id: agent.id,
		name: agent.name,
		language: agent.language,
		frameworks: agent.frameworks,
		entrypoint: agent.entrypoint
	};
}
// src/mcp/text.ts
/**
* The text content of each tool result. Many clients hand the model only the text, so it carries
* the essentials in a few lines; the full data is in `structuredContent`.
*/
/** One finding in two lines: where and what, then what to do about it (the model acts on the text). */
function findingLine(finding) {
	const head = `${finding.file}:${finding.line} ${finding.severity} ${finding.ruleId}: ${finding.message}${finding.fixability === "one-click" ? " [one-click fix]" : ""}`;
	return finding.remediation ? `${head}\n  fix: ${finding.remediation}` : head;
}
/** What to run next when some findings have a one-click fix; empty when none has. */
function healHint(subject, findings) {
	const oneClick = findings.filter((finding) => finding.fixability === "one-click").length;
	if (oneClick === 0) return [];
	const shell = /^[\w./-]+$/.test(subject) ? subject : `'${subject.replace(/'/g, `'\\''`)}'`;
	return [`${plural(oneClick, "finding has", "findings have")} a one-click fix: preview_heal {"path": ${JSON.stringify(subject)}} shows the diffs without writing; \`ops report ${shell} --heal\` applies them.`];
}
function counts(summary) {
	const { error, warning, note } = summary.bySeverity;
	return `${plural(summary.findings, "finding")} (${error} error, ${warning} warning, ${note} note)`;
}
function verdictLine(subject, verdict, exitCode, summary) {
	return `${subject}: ${verdict} (exit ${exitCode}); ${counts(summary)}${summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : ""}`;
}
/** The verdict, then up to `shown` findings with their fix advice, then a pointer to the rest and the heal hint. */
function findingsText(header, findings, total, shown = 20, hint = []) {
	const advised = /* @__PURE__ */ new Set();
	const lines = [header];
	for (const finding of findings.slice(0, shown)) {
		lines.push(advised.has(finding.ruleId) ? `${findingLine({
			...finding,
			remediation: ""
		})} (fix: as above)` : findingLine(finding));
		advised.add(finding.ruleId);
	}
	if (total > Math.min(shown, findings.length)) lines.push(`… ${total - Math.min(shown, findings.length)} more; list_findings filters by severity, rule and persona.`);
	lines.push(...hint);
	return lines.join("\n");
}
function entryLine(agent) {
	return `${agent.path}${agent.kind === "repository" ? " (repository: files outside every agent)" : ""}: ${agent.verdict} (exit ${agent.exitCode}), ${plural(agent.findings, "finding")}${agent.error ? ` (${agent.error})` : ""}`;
}
/**
* The fleet answer: the verdict, each listed entry (blocked and failed ones by default) with its blocking
* findings and their fixes, and the passing entries as a count. Short at a thousand agents.
*/
function workspaceText(header, agents, options) {
	if (options.total === 0) return `${header}\nNo agents were found: nothing was audited.`;
	const lines = [header];
	for (const agent of agents) {
		lines.push(entryLine(agent));
		const [first, ...rest] = agent.blocking ?? [];
		const more = rest.length + (agent.moreBlocking ?? 0);
		if (first) lines.push(`  ${findingLine({
			...first,
			remediation: ""
		})}${more > 0 ? ` (+${more} more: list_findings {"path": ${JSON.stringify(agent.path)}})` : ""}`);
	}
	const listedPassing = agents.filter((agent) => agent.verdict === "pass").length;
	if (options.truncated) lines.push("… more blocked or failed entries: audit_agent or list_findings on a path gives the rest.");
	if (options.passing > listedPassing) lines.push(`${plural(options.passing, "entry passes", "entries pass")} (includePassing: true lists them).`);
	if (options.fixes.length > 0) lines.push("How to fix:", ...options.fixes.map((fix) => `  ${fix.ruleId}: ${fix.remediation}`));
	if (agents.some((agent) => agent.blocking?.some((finding) => finding.fixability === "one-click"))) lines.push("Some blocking findings have a one-click fix: preview_heal on the agent path shows the diffs without writing.");
	return lines.join("\n");
}
function ruleText(rule) {
	return `${rule.id}\n${rule.docs}`;
}
function healText(subject, plan) {
	const { fixes, files, dropped, skippedFiles } = plan.totals;
	const lines = [`${subject}: dry run, nothing was written. ${plural(fixes, "fix", "fixes")} in ${plural(files, "file")}${dropped > 0 ? `, ${dropped} dropped (overlapping)` : ""}${skippedFiles > 0 ? `, ${plural(skippedFiles, "file")} skipped` : ""}.`];
	if (plan.files.length === 0) lines.push("No one-click fixes apply; the remaining findings need a person (structural).");
	for (const change of plan.files) {
		if (change.skipped) lines.push("", `${change.file}: skipped, ${change.skipped}`);
		if (change.diff !== "") lines.push("", change.diff.trimEnd());
	}
	for (const note of plan.notes) lines.push("", `${note.kind === "rotate-secret" ? "Rotate" : "Declare"}: ${note.text}`);
	return lines.join("\n");
}
/** What became of a decision, in words; a revocation has none. */
function entryState(entry) {
	if (entry.state === "in-force") return `in force${entry.expires ? ` until ${entry.expires}` : ""}`;
	if (entry.state === "expired") return `expired after ${entry.expires ?? "?"}: the finding gates again`;
	if (entry.state === "revoked") return `revoked${entry.endedAt ? ` ${entry.endedAt.slice(0, 10)}` : ""}`;
	if (entry.state === "replaced") return `replaced${entry.endedAt ? ` ${entry.endedAt.slice(0, 10)}` : ""}`;
	return "";
}
/** One line per decision or revocation: when, what, which finding, who and why, and what became of it. */
function triageText(header, entries, matched) {
	const lines = [header];
	for (const entry of entries) {
		const what = entry.action === "revoke" ? `revoked ${entry.status ? TRIAGE_STATUS_LABELS[entry.status] : "decision"}` : TRIAGE_STATUS_LABELS[entry.status ?? "accepted-risk"];
		const where = entry.ruleId ? `${entry.ruleId}${entry.file ? ` at ${entry.file}${entry.line ? `:${entry.line}` : ""}` : ""} (${entry.fingerprint.slice(0, 12)})` : entry.fingerprint;
		const state = entryState(entry);
		lines.push(`${entry.decidedAt.slice(0, 10)} ${what}: ${where} by ${entry.author}: ${entry.reason}${state ? ` [${state}]` : ""}`);
	}
	if (matched > entries.length) lines.push(`… ${matched - entries.length} older entries; raise limit to see them.`);
	return lines.join("\n");
}
// src/mcp/tools/common.ts
/** Every tool only reads: the hints let clients run them without asking for confirmation. */
var READ_ONLY = {
	readOnlyHint: true,
	destructiveHint: false,
	idempotentHint: true,
	openWorldHint: false
};
/**
* A failed call is a tool error the model can read and act on: one line, never a stack, and run
* through the same redaction as heal diffs, since a message may echo what the caller sent.
*/
function toolError(error) {
	const first = errorMessage(error).split("\n")[0]?.trim() || "unknown error";
	const text = error instanceof CockpitError ? first : `internal error: ${first}`;
	return {
		isError: true,
		content: [{
			type: "text",
			text: redactText(text)
		}]
	};
}
/** A tool's answer: the text a model reads, and the same facts as structured content for its output schema. */
function result(text, structured) {
	return {
		content: [{
			type: "text",
			text
		}],
		structuredContent: structured
	};
}
/** Runs a tool's body, turning anything it throws into a one-line tool error. */
async function guarded(run) {
	try {
		return await run();
	} catch (error) {
		return toolError(error);
	}
}
// src/mcp/tools/audit-agent.ts
/** audit_agent shows this many findings; list_findings pages through the rest with filters. */
var AUDIT_AGENT_FINDINGS = 200;
/** `audit_agent`: one agent folder audited as `ops report PATH` does. */
function registerAuditAgent(server, { root, settings }) {
	server.registerTool("audit_agent", {
		title: "Audit an agent",
		description: "Audit one AI-agent folder for hardcoded secrets and personal data, risky tool code, reliability, cost and policy problems, exactly as `ops report PATH` does. Returns the gate verdict and exit code (0 pass, 1 secret/PII, 2 blocking policy finding), counts and the findings with file, line, message, remediation and whether a one-click fix exists. Read-only.",
		inputSchema: AuditAgentInput,
		outputSchema: AuditAgentOutput,
		annotations: READ_ONLY
	}, async ({ path }) => guarded(async () => {
		const target = await resolveInsideRoot(root, path);
		const { agent } = await auditOneAgent(target, settings);
		const summary = summarise([agent]);
		const findings = agent.findings.map(findingView);
		const shown = findings.slice(0, AUDIT_AGENT_FINDINGS);
		return result(findingsText(verdictLine(target.relative, agent.verdict, agent.exitCode, summary), shown, findings.length, void 0, healHint(target.relative, findings)), {
			path: target.relative,
			agent: agentIdentity(agent),
			verdict: agent.verdict,
			exitCode: agent.exitCode,
			summary,
			filesScanned: agent.stats.filesScanned,
			filesSkipped: agent.stats.filesSkipped,
			findings: shown,
			truncated: shown.length < findings.length
		});
	}));
}
// src/mcp/tools/audit-workspace.ts
/** audit_workspace lists at most this many blocked or failed entries, each with at most BLOCKING_SHOWN findings. */
var WORKSPACE_ENTRIES = 25;
var BLOCKING_SHOWN = 3;
/** Sends MCP progress notifications when the client asked for them (a progress token in `_meta`). */
function progressReporter(extra) {
	const token = extra._meta?.progressToken;
	if (token === void 0) return void 0;
	return (progress, total, message) => {
		extra.sendNotification({
			method: "notifications/progress",
			params: {
				progressToken: token,
				progress,
				total,
				message
			}
		}).catch(() => void 0);
	};
}
/** `audit_workspace`: the fleet under a folder, as `ops report --workspace PATH` audits it, told briefly. */
function registerAuditWorkspace(server, { root, settings }) {
	server.registerTool("audit_workspace", {
		title: "Audit a workspace (fleet)",
		description: "Discover every AI agent under a folder (a monorepo) and audit each, as `ops report --workspace PATH` does: the fleet verdict and exit code, the summary with the Persona Matrix, the blocked and failed agents (secrets first, at most 25) with their first blocking findings and the fix advice of each rule, and the passing agents as a count (includePassing: true lists every agent). Files outside every agent form one more entry (`kind: repository`, path of the workspace folder) that is scanned for secrets and personal data only. Writes no evidence lake (no side effects). Use audit_agent or list_findings on an agent path for its findings. Sends progress notifications when asked.",
		inputSchema: AuditWorkspaceInput,
		outputSchema: AuditWorkspaceOutput,
		annotations: READ_ONLY
	}, async ({ path, shard, includePassing }, extra) => guarded(async () => {
		const parsedShard = shard !== void 0 ? parseShard(shard) : void 0;
		if (shard !== void 0 && !parsedShard) throw new CockpitError(`shard: '${shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
		const target = await resolveInsideRoot(root, path);
		const progress = progressReporter(extra);
		const report = await auditFleet(target, settings, {
			...parsedShard ? { shard: parsedShard } : {},
			...progress ? { onProgress: (event) => progress(event.done, event.total, `${event.agent}: ${event.verdict}`) } : {}
		});
		const entry = (agent) => {
			const blocking = agent.verdict === "security-block" || agent.verdict === "policy-block" ? securityFirst(blockingFindings(agent)) : [];
			return {
				path: agent.path,
				name: agent.name,
				...agent.kind ? { kind: agent.kind } : {},
				verdict: agent.verdict,
				exitCode: agent.exitCode,
				findings: agent.findings.length,
				errors: agent.findings.filter((finding) => finding.severity === "error").length,
				warnings: agent.findings.filter((finding) => finding.severity === "warning").length,
				notes: agent.findings.filter((finding) => finding.severity === "note").length,
				...agent.error !== void 0 ? { error: agent.error } : {},
				...blocking.length > 0 ? { blocking: blocking.slice(0, BLOCKING_SHOWN).map(blockingFinding) } : {},
				...blocking.length > BLOCKING_SHOWN ? { moreBlocking: blocking.length - BLOCKING_SHOWN } : {}
			};
		};
		const passing = report.agents.filter((agent) => agent.verdict === "pass").length;
		const urgency = {
			"security-block": 0,
			failed: 1,
			"policy-block": 2,
			pass: 3
		};
		const needing = report.agents.filter((agent) => agent.verdict !== "pass").sort((a, b) => urgency[a.verdict] - urgency[b.verdict]);
		const listed = includePassing === true ? report.agents : needing.slice(0, WORKSPACE_ENTRIES);
		const truncated = includePassing !== true && needing.length > listed.length;
		const agents = listed.map(entry);
		const remediations = new Map(listed.flatMap((agent) => securityFirst(blockingFindings(agent)).map((finding) => [finding.ruleId, finding.remediation])));
		const fixes = [...new Set(agents.flatMap((agent) => (agent.blocking ?? []).map((finding) => finding.ruleId)))].map((ruleId) => ({
			ruleId,
			remediation: remediations.get(ruleId) ?? ""
		}));
		return result(workspaceText(verdictLine(`${target.relative} (${entriesLabel(report.agents)}${report.shard ? `, shard ${report.shard}` : ""})`, report.verdict, report.exitCode, report.summary), agents, {
			total: report.agents.length,
			passing,
			truncated,
			fixes
		}), {
			path: target.relative,
			...report.shard ? { shard: report.shard } : {},
			verdict: report.verdict,
			exitCode: report.exitCode,
			summary: report.summary,
			passing,
			truncated,
			fixes,
			agents
		});
	}));
}
// src/mcp/tools/explain-rule.ts
/** `explain_rule`: one rule's documentation by id; an unknown id is an error naming close matches. */
function registerExplainRule(server) {
	server.registerTool("explain_rule", {
		title: "Explain a rule",
		description: "Explain one cockpit rule by id (as findings show it): what it detects and why it matters, persona, severity, fixability, remediation, OWASP LLM / Agentic / CWE tags and the framework docs link. An unknown id returns an error listing close matches.",
		inputSchema: ExplainRuleInput,
		outputSchema: ExplainRuleOutput,
		annotations: READ_ONLY
	}, async ({ ruleId }) => guarded(async () => {
		const rule = ruleById(ruleId.trim());
		if (!rule) {
			const close = closeRuleMatches(ruleId, RULES);
			throw new CockpitError(`unknown rule '${redactQuoted(ruleId)}'; ${close.length > 0 ? `did you mean ${close.join(", ")}?` : `no close match among the ${RULES.length} rules`} (docs/RULES.md lists them all)`);
		}
		const explanation = explainRule(rule);
		return result(ruleText(explanation), { ...explanation });
	}));
}
// src/mcp/findings-cache.ts
/** Whether an entry's folder holds the target (the root entry holds everything). */
function contains(entryPath, target) {
	return isRootAgent(entryPath) || target.startsWith(`${entryPath}/`);
}
/**
* The entries a folder's findings come from: for the root, all of them; else the agents inside it plus the
* repository entry (its loose files under the folder count), else the deepest agent around it, narrowed to
* the folder. Empty when only the repository entry covers it (a folder in no agent): the caller audits such
* a folder as one agent, as before.
*/
function relevantEntries(entries, target, isRepository) {
	if (target === ".") return { entries: [...entries] };
	const agentsInside = entries.filter((entry) => !isRootAgent(entry.path) && agentContains(target, entry.path));
	if (agentsInside.length > 0) {
		const repository = entries.find(isRepository);
		return repository ? {
			entries: [repository, ...agentsInside],
			within: target
		} : { entries: agentsInside };
	}
	const around = entries.filter((entry) => !isRepository(entry) && contains(entry.path, target)).sort((a, b) => b.path.length - a.path.length)[0];
	return around ? {
		entries: [around],
		within: target
	} : { entries: [] };
}
/** The repository entry of loose files, as discovery hands it over: the root entry with no framework and no entry point. */
function isRepositoryEntry(entry) {
	return isRootAgent(entry.path) && entry.frameworks.length === 0 && entry.entrypoints.length === 0;
}
var FindingsCache = class {
	root;
	settings;
	jobs;
	lakeDir;
	memos = /* @__PURE__ */ new Map();
	constructor(root, settings, jobs) {
		this.root = root;
		this.settings = settings;
		this.jobs = jobs;
	}
	lake() {
		if (!this.lakeDir) {
			const dir = mkdtempSync(path.join(os.tmpdir(), "agentops-cockpit-mcp-"));
			this.lakeDir = dir;
			process.once("exit", () => rmSync(dir, {
				recursive: true,
				force: true
			}));
		}
		return this.lakeDir;
	}
	/** Removes the private lake now (tests, and a server that closes before its process exits). */
	dispose() {
		if (this.lakeDir) rmSync(this.lakeDir, {
			recursive: true,
			force: true
		});
		this.lakeDir = void 0;
		this.memos.clear();
	}
	rootConfigFiles() {
		return this.settings.configFile ? [this.settings.configFile.path] : CONFIG_FILE_NAMES.map((name) => path.join(this.root, name));
	}
	/** The findings' sources for a folder, or undefined when no agent covers it (the caller audits it as one agent). */
	async findingsFor(target) {
		const memo = this.memos.get(target.relative);
		if (memo && memo.checks.every(([file, signature]) => signature !== "racy" && signatureOf(file, memo.walkedAtMs) === signature)) return {
			...memo.result,
			source: "memo"
		};
		if (target.relative !== ".") {
			const single = await this.singleAgent(target);
			if (single) return single;
		}
		const lakeDir = this.lake();
		const rootName = path.basename(this.root);
		const warm = warmFleetReports({
			root: this.root,
			rootName,
			lakeDir,
			maxFileBytes: this.settings.maxFileBytes,
			excludeDirs: this.settings.excludeDirs,
			useGitignore: this.settings.useGitignore,
			configFile: this.settings.configFile?.path
		});
		if (warm) {
			const picked = relevantEntries(warm.reports, target.relative, (agent) => agent.kind === "repository");
			if (picked.entries.length > 0) return {
				agents: picked.entries,
				...picked.within ? { within: picked.within } : {},
				source: "warm"
			};
		}
		const walkedAtMs = Date.now();
		let picked = { entries: [] };
		const result = await auditWorkspace({
			root: this.root,
			rootName,
			settings: this.settings,
			lakeDir,
			cache: true,
			agentTimeoutMs: 3e5,
			...this.jobs !== void 0 ? { jobs: this.jobs } : {},
			...target.relative === "." ? {} : { selectAgents: (discovered) => {
				picked = relevantEntries(discovered, target.relative, isRepositoryEntry);
				return picked.entries;
			} }
		});
		if (result.agents.length === 0 || result.agents.every((agent) => agent.kind === "repository")) return void 0;
		const answer = {
			agents: result.agents,
			...picked.within ? { within: picked.within } : {}
		};
		this.memos.set(target.relative, {
			checks: this.checksFor(result.discovered, target, walkedAtMs),
			walkedAtMs,
			result: answer
		});
		return {
			...answer,
			source: "audit"
		};
	}
	/**
	* A folder that is one agent (no agent nested in it), audited as audit_agent audits it; undefined otherwise.
	* Discovery sees the folder's own files only, placed under its parent: its manifest then makes it an agent
	* the way it does in a fleet run (discovery never takes the manifest of its root for an agent's), without
	* walking and reading the rest of the tree.
	*/
	async singleAgent(target) {
		const walkedAtMs = Date.now();
		const fleetConfig = (await loadFleetConfig(this.root, this.settings.configFile))?.config;
		const files = await listFiles(target.absolute, {
			excludeDirs: this.settings.excludeDirs,
			useGitignore: fleetConfig?.gitignore ?? this.settings.useGitignore
		});
		const agents = await discoverAgents({
			root: path.dirname(target.absolute),
			files,
			codeKinds: codeKindsOf(rootPolicy(fleetConfig).codeKinds)
		});
		const [only] = agents;
		if (agents.length !== 1 || !only || only.path !== path.basename(target.absolute)) return void 0;
		const { agent } = await auditOneAgent(target, this.settings);
		const result = { agents: [agent] };
		this.memos.set(target.relative, {
			checks: this.checksFor([only], target, walkedAtMs),
			walkedAtMs,
			result
		});
		return {
			...result,
			source: "audit"
		};
	}
	/** The paths whose stats must hold for a folder's answer to stand: its agents' files and every folder above them. */
	checksFor(entries, target, walkedAtMs) {
		const paths = new Set(this.rootConfigFiles());
		const addFolders = (from) => {
			for (let dir = from;; dir = path.dirname(dir)) {
				paths.add(dir);
				for (const name of [
					".gitignore",
					".cockpitignore",
					...CONFIG_FILE_NAMES
				]) paths.add(path.join(dir, name));
				if (toPosixRelative(this.root, dir) === "." || dir === path.dirname(dir)) break;
			}
		};
		addFolders(target.absolute);
		for (const entry of entries) for (const file of entry.files) {
			paths.add(file);
			addFolders(path.dirname(file));
		}
		return [...paths].map((file) => [file, signatureOf(file, walkedAtMs)]);
	}
};
// src/mcp/tools/list-findings.ts
var DEFAULT_LIST_LIMIT = 100;
/** `rule` is an exact id (a former id names its rule too), or a prefix ending in `/` for a whole family (`secret/`). */
function matchesRule(ruleId, wanted) {
	return coversRule(wanted.endsWith("/") ? `${wanted}*` : wanted, ruleId);
}
/** `list_findings`: a folder's findings, filtered, from the audits of the agents that cover it. */
function registerListFindings(server, { root, settings }) {
	const findingsCache = new FindingsCache(root, settings);
	/**
	* The findings of a folder as one report entry: the agents that cover it, from the cache (discovered and
	* audited as the fleet run of the root would, each only when it changed); a folder no agent covers is
	* audited as one agent, as `ops report PATH` would.
	*/
	async function findingsOf(target) {
		const found = await findingsCache.findingsFor(target);
		if (!found) return (await auditOneAgent(target, settings)).agent;
		const { within } = found;
		const covering = (within === void 0 ? found.agents : found.agents.map((agent) => ({
			...agent,
			findings: agent.findings.filter((finding) => agentContains(within, finding.file))
		}))).filter((agent) => agent.kind !== "repository" || within === void 0 || agent.findings.length > 0);
		if (covering.length === 1) return covering[0];
		const combined = assembleReport(target.relative, covering);
		return {
			findings: covering.flatMap((agent) => agent.findings).sort(compareFindings),
			verdict: combined.verdict,
			exitCode: combined.exitCode
		};
	}
	server.registerTool("list_findings", {
		title: "List findings",
		description: "List the findings of an agent folder (or of the agents in a folder), optionally only one severity (error, warning, note), one rule id or family (`secret/`), or one persona (secops, architecture, sre, finops, governance, ux). Each finding has file, line, message, remediation and fixability. Only the agents that cover the folder are audited, each again only when one of its files changed. Read-only.",
		inputSchema: ListFindingsInput,
		outputSchema: ListFindingsOutput,
		annotations: READ_ONLY
	}, async ({ path, severity, rule, persona, limit }) => guarded(async () => {
		const target = await resolveInsideRoot(root, path);
		const agent = await findingsOf(target);
		const matched = agent.findings.filter((finding) => severity === void 0 || finding.severity === severity).filter((finding) => persona === void 0 || finding.persona === persona).filter((finding) => rule === void 0 || matchesRule(finding.ruleId, rule)).map(findingView);
		const shown = matched.slice(0, limit ?? DEFAULT_LIST_LIMIT);
		const filters = [
			severity,
			rule,
			persona
		].filter((value) => value !== void 0).join(", ");
		return result(findingsText(`${target.relative}: ${matched.length} of ${plural(agent.findings.length, "finding")} match${filters ? ` (${filters})` : ""}; verdict ${agent.verdict} (exit ${agent.exitCode})`, shown, matched.length, shown.length, healHint(target.relative, matched)), {
			path: target.relative,
			verdict: agent.verdict,
			exitCode: agent.exitCode,
			total: agent.findings.length,
			matched: matched.length,
			truncated: shown.length < matched.length,
			findings: shown
		});
	}));
}
// src/mcp/tools/list-triage.ts
var DEFAULT_TRIAGE_LIMIT = 100;
/** `list_triage`: a folder's triage history (`.cockpit/triage.json`), each decision with its state today. */
function registerListTriage(server, { root }) {
	server.registerTool("list_triage", {
		title: "List triage decisions",
		description: "The triage history of an audited folder (`.cockpit/triage.json`, written by `ops triage` and the dashboard): every decision (accepted risk or false positive) and revocation, newest first, with the finding (rule, file, line, fingerprint), who decided, when, why, the last day it holds, and whether it is in force, expired (the finding gates again), revoked or replaced. A decided finding does not count for the gate while its decision is in force. Read-only; decisions are made with `ops triage`.",
		inputSchema: ListTriageInput,
		outputSchema: ListTriageOutput,
		annotations: READ_ONLY
	}, async ({ path: folder, fingerprint, limit }) => guarded(async () => {
		const target = await resolveInsideRoot(root, folder);
		const [{ DEFAULT_TRIAGE }, { shownTriageHistory }] = await Promise.all([import("./chunk-default-path2.js"), import("./chunk-history.js")]);
		const triageFile = target.relative === "." ? DEFAULT_TRIAGE : `${target.relative}/${DEFAULT_TRIAGE}`;
		const history = await shownTriageHistory({
			file: join(target.absolute, ...DEFAULT_TRIAGE.split("/")),
			shown: triageFile,
			root,
			now: /* @__PURE__ */ new Date(),
			fingerprint
		});
		const wanted = fingerprint?.trim().toLowerCase();
		const matched = history.entries;
		const entries = matched.slice(0, limit ?? DEFAULT_TRIAGE_LIMIT);
		return result(triageText(history.exists ? `${triageFile}: ${plural(history.inForce, "decision")} in force, ${history.expired} expired; ${plural(matched.length, "entry", "entries")}${wanted ? ` for ${wanted}` : ""}, newest first` : `${triageFile}: no triage file; record a decision with: ops triage accept FINGERPRINT --reason TEXT`, entries, matched.length), {
			path: target.relative,
			triageFile,
			exists: history.exists,
			inForce: history.inForce,
			expired: history.expired,
			matched: matched.length,
			truncated: entries.length < matched.length,
			entries
		});
	}));
}
// src/mcp/tools/preview-heal.ts
/** `preview_heal`: what `ops report PATH --heal` would change, as redacted diffs; never writes. */
function registerPreviewHeal(server, { root, settings }) {
	server.registerTool("preview_heal", {
		title: "Preview the one-click fixes",
		description: "Show what `ops report PATH --heal` would change in an agent folder, without changing anything: per file the unified diff (secrets redacted) and the fixes it applies, plus files left alone and why (uncommitted git changes, max_fix_files, a fix that would break parsing). Never writes.",
		inputSchema: PreviewHealInput,
		outputSchema: PreviewHealOutput,
		annotations: READ_ONLY
	}, async ({ path, force }) => guarded(async () => {
		const target = await resolveInsideRoot(root, path);
		const audit = await auditOneAgent(target, settings, { heal: { force: force === true } });
		const plan = audit.heal;
		const json = healPlanJson(plan, true);
		return result(healText(target.relative, plan), {
			path: target.relative,
			dryRun: true,
			findings: audit.agent.findings.length,
			totals: json.totals,
			notes: json.notes,
			files: json.files
		});
	}));
}
// src/mcp/tools.ts
var TOOL_NAMES = [
	"audit_agent",
	"audit_workspace",
	"list_findings",
	"explain_rule",
	"preview_heal",
	"list_triage"
];
/** Every cockpit tool, one module each under src/mcp/tools/, registered in TOOL_NAMES order (the order `tools/list` shows). */
function registerCockpitTools(server, context) {
	registerAuditAgent(server, context);
	registerAuditWorkspace(server, context);
	registerListFindings(server, context);
	registerExplainRule(server);
	registerPreviewHeal(server, context);
	registerListTriage(server, context);
}
// src/mcp/lines.ts
/** How much of an oversized line is kept to find its request id. */
var EDGE_BYTES = 1024;
/**
* Splits a byte stream into lines and never holds more than `maxLineBytes` of one: a longer line is
* dropped as it streams in (only its first and last KB are kept) and reported once its newline comes.
*/
var LineReader = class {
	maxLineBytes;
	pending = [];
	pendingBytes = 0;
	/** Set while skipping the rest of an oversized line. */
	skipping;
	constructor(maxLineBytes) {
		this.maxLineBytes = maxLineBytes;
	}
	push(chunk) {
		const events = [];
		let start = 0;
		while (start < chunk.length) {
			const newline = chunk.indexOf(10, start);
			const end = newline === -1 ? chunk.length : newline;
			this.take(chunk.subarray(start, end));
			if (newline === -1) break;
			events.push(this.finishLine());
			start = newline + 1;
		}
		return events;
	}
	take(piece) {
		if (piece.length === 0) return;
		if (this.skipping) {
			this.skipping.bytes += piece.length;
			this.skipping.tail = lastBytes(Buffer.concat([this.skipping.tail, piece]));
			return;
		}
		if (this.pendingBytes + piece.length <= this.maxLineBytes) {
			this.pending.push(piece);
			this.pendingBytes += piece.length;
			return;
		}
		const parts = [...this.pending, piece];
		const head = Buffer.concat(parts.slice(0, firstCovering(parts))).subarray(0, EDGE_BYTES);
		const tail = lastBytes(Buffer.concat([...piece.length < EDGE_BYTES ? this.pending.slice(-1) : [], piece]));
		this.skipping = {
			bytes: this.pendingBytes + piece.length,
			head: Buffer.from(head),
			tail
		};
		this.pending = [];
		this.pendingBytes = 0;
	}
	finishLine() {
		if (this.skipping) {
			const { bytes, head, tail } = this.skipping;
			this.skipping = void 0;
			return {
				kind: "oversized",
				bytes,
				head: head.toString("utf8"),
				tail: tail.toString("utf8").replace(/\r$/, "")
			};
		}
		const text = Buffer.concat(this.pending).toString("utf8").replace(/\r$/, "");
		this.pending = [];
		this.pendingBytes = 0;
		return {
			kind: "line",
			text
		};
	}
};
/** How many leading parts it takes to hold the first EDGE_BYTES. */
function firstCovering(parts) {
	let bytes = 0;
	for (let index = 0; index < parts.length; index++) {
		bytes += parts[index].length;
		if (bytes >= EDGE_BYTES) return index + 1;
	}
	return parts.length;
}
function lastBytes(buffer) {
	return Buffer.from(buffer.subarray(Math.max(0, buffer.length - EDGE_BYTES)));
}
// src/mcp/transport.ts
/**
* The largest JSON-RPC message `ops mcp` reads. The tools take a path, a rule id and a few filters,
* so a real call is a few hundred bytes; the SDK's own stdio transport closes the whole session on
* a message of 10 MB, so a larger one is skipped here and answered with an error instead.
*/
var MAX_MESSAGE_BYTES = 4194304;
/** One line, redacted: how a model best reads an error, whoever wrote it. */
function oneLine(text) {
	const joined = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "").join("; ");
	return redactText(joined);
}
/**
* Tool errors the SDK writes itself (argument validation lists one issue per line) get the same
* one-line form as the cockpit's own; every other message passes through untouched.
*/
function oneLineToolErrors(message) {
	if (!isJSONRPCResultResponse(message) || message.result["isError"] !== true) return message;
	const content = message.result["content"];
	if (!Array.isArray(content)) return message;
	const flattened = content.map((part) => typeof part === "object" && part !== null && part.type === "text" && typeof part.text === "string" ? {
		...part,
		text: oneLine(part.text)
	} : part);
	return {
		...message,
		result: {
			...message.result,
			content: flattened
		}
	};
}
var ID_VALUE = String.raw`(-?\d{1,15}|"[^"\\]{0,200}")`;
/** `{"jsonrpc":"2.0","id":7,…`: the id among the first keys of the object. */
var ID_AT_HEAD = new RegExp(String.raw`^\s*\{(?:\s*"(?:jsonrpc|method)"\s*:\s*"[^"\\]{0,100}"\s*,)*\s*"id"\s*:\s*${ID_VALUE}`);
/** `…,"id":7}`: the id as the last key (the SDK's client writes it there); one brace, so not a nested object's. */
var ID_AT_TAIL = new RegExp(String.raw`[,{]\s*"id"\s*:\s*${ID_VALUE}\s*\}\s*$`);
/** The request id of a message that was not read whole, when its first or last bytes show it. */
function guessRequestId(head, tail) {
	const found = ID_AT_HEAD.exec(head)?.[1] ?? ID_AT_TAIL.exec(tail)?.[1];
	if (found === void 0) return void 0;
	return found.startsWith("\"") ? found.slice(1, -1) : Number(found);
}
function errorResponse(id, code, message) {
	return {
		jsonrpc: "2.0",
		...id !== void 0 ? { id } : {},
		error: {
			code,
			message
		}
	};
}
/**
* The MCP stdio transport (newline-delimited JSON-RPC) with the cockpit's limits: a message over
* `maxMessageBytes` is skipped without being buffered and answered with a JSON-RPC error, and a
* line that is not JSON-RPC gets an error too; neither ends the session. Error texts never quote
* the message, which may hold a secret. Tool errors are kept to one line.
*/
var CockpitStdioTransport = class {
	stdin;
	stdout;
	log;
	onclose;
	onerror;
	onmessage;
	reader;
	started = false;
	closed = false;
	constructor(stdin, stdout, log = (line) => process.stderr.write(`${line}\n`), maxMessageBytes = MAX_MESSAGE_BYTES) {
		this.stdin = stdin;
		this.stdout = stdout;
		this.log = log;
		this.reader = new LineReader(maxMessageBytes);
	}
	onData = (chunk) => {
		for (const event of this.reader.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk)) if (event.kind === "line") this.receive(event.text);
		else this.refuseOversized(event.bytes, event.head, event.tail);
	};
	onStreamError = (error) => {
		this.onerror?.(error);
	};
	receive(line) {
		if (line.trim() === "") return;
		let message;
		try {
			message = deserializeMessage(line);
		} catch (error) {
			const isJson = !(error instanceof SyntaxError) && parsesAsJson(line);
			const id = isJson ? guessRequestId(line.slice(0, 1024), "") : void 0;
			const [code, text] = isJson ? [-32600, "Invalid Request: not a JSON-RPC 2.0 message"] : [-32700, "Parse error: the line is not JSON"];
			this.log(`ops mcp: ${text.toLowerCase()}; skipped`);
			this.send(errorResponse(id, code, text));
			return;
		}
		this.onmessage?.(message);
	}
	refuseOversized(bytes, head, tail) {
		const limit = `${this.reader.maxLineBytes / 1048576} MB`;
		const text = `Invalid Request: the message is over the ${limit} limit of ops mcp (${bytes} bytes); it was not read`;
		this.log(`ops mcp: skipped a message of ${bytes} bytes, over the ${limit} limit`);
		this.send(errorResponse(guessRequestId(head, tail), -32600, text));
	}
	async start() {
		if (this.started) throw new Error("CockpitStdioTransport already started");
		this.started = true;
		this.stdin.on("data", this.onData);
		this.stdin.on("error", this.onStreamError);
	}
	send(message) {
		return new Promise((resolve) => {
			if (this.stdout.write(serializeMessage(oneLineToolErrors(message)))) resolve();
			else this.stdout.once("drain", resolve);
		});
	}
	async close() {
		if (this.closed) return;
		this.closed = true;
		this.stdin.off("data", this.onData);
		this.stdin.off("error", this.onStreamError);
		if (this.stdin.listenerCount("data") === 0) this.stdin.pause();
		this.onclose?.();
	}
};
function parsesAsJson(line) {
	try {
		JSON.parse(line);
		return true;
	} catch {
		return false;
	}
}
// src/mcp/server.ts
var INSTRUCTIONS = "AgentOps Cockpit audits AI-agent code. Call audit_agent on the folder you changed to get the gate verdict (exit 0 pass, 1 hardcoded secret or personal data, 2 blocking policy finding) and the findings; list_findings filters them; explain_rule explains a rule id; preview_heal shows the one-click fixes as diffs without writing; audit_workspace gives the fleet view of a monorepo; list_triage lists the accepted risks and false positives people decided (and which still hold). Paths are relative to the server's root.";
/** The cockpit's MCP server with its tools registered, not yet connected to a transport. */
function createCockpitMcpServer(context) {
	const server = new McpServer({
		name: TOOL_NAME,
		version: TOOL_VERSION
	}, { instructions: INSTRUCTIONS });
	registerCockpitTools(server, context);
	return server;
}
/**
* Serves the tools over stdio until the client closes stdin (or the output pipe breaks). stdout
* carries protocol messages only: anything that would print there is sent to stderr instead.
*/
async function serveStdio(options) {
	const stdin = options.stdin ?? process.stdin;
	const stdout = options.stdout ?? process.stdout;
	const restoreConsole = routeConsoleToStderr();
	const server = createCockpitMcpServer(options);
	const transport = new CockpitStdioTransport(stdin, stdout, options.log);
	const closed = new Promise((resolve) => {
		server.server.onclose = () => resolve();
	});
	const close = () => {
		server.close();
	};
	stdin.once("end", close);
	stdin.once("close", close);
	stdout.once("error", close);
	try {
		await server.connect(transport);
		await closed;
	} finally {
		stdin.off("end", close);
		stdin.off("close", close);
		restoreConsole();
	}
}
/** A stray console.log from any library would corrupt the JSON-RPC stream on stdout. */
function routeConsoleToStderr() {
	const saved = {
		log: console.log,
		info: console.info,
		debug: console.debug
	};
	console.log = console.info = console.debug = (...args) => console.error(...args);
	return () => {
		console.log = saved.log;
		console.info = saved.info;
		console.debug = saved.debug;
	};
}
// src/cli/commands/mcp-run.ts
/** `ops mcp`: the MCP server over stdio; returns 0 when the client disconnects. */
async function runMcp(flags, io, streams = {}) {
	const given = flags.root ?? ".";
	const root = path.resolve(io.cwd, given);
	await requireDirectory(root, given);
	const settings = resolveSettings({
		config: flags.config,
		cwd: io.cwd
	}, io.env);
	io.stderr(`ops mcp: serving ${TOOL_NAMES.join(", ")} over stdio (root: ${displayRoot(root, io.cwd)})\n`);
	await serveStdio({
		root,
		settings,
		...streams
	});
	return 0;
}
export { runMcp };
