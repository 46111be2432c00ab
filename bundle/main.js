// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as reportAnnotations, r as workflowAnnotation } from "./chunk-github-annotations.js";
import "./chunk-file-schema.js";
import { t as formatHtml } from "./chunk-html.js";
import { r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { n as leavesBase } from "./chunk-path-containment.js";
import { o as ReportSchema } from "./chunk-model2.js";
import { a as SEVERITIES, i as PERSONAS } from "./chunk-kinds.js";
import "./chunk-model.js";
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { a as VERDICT_LABELS, n as PERSONA_LABELS, o as entriesLabel } from "./chunk-labels.js";
import { t as plural } from "./chunk-plural.js";
import { n as securityFirst, t as blockingFindings } from "./chunk-blocking.js";
import { r as joinPrefix } from "./chunk-compact2.js";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { appendFile, mkdir, mkdtemp, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { spawn } from "node:child_process";
import os from "node:os";
// src/action/github-files.ts
/**
* Step outputs in the runner's GITHUB_OUTPUT file. The multiline form with a random delimiter
* (what @actions/core writes) keeps a value with a newline from forging another output.
*/
async function writeOutputs(file, outputs) {
	if (!file) return;
	const text = Object.entries(outputs).map(([name, value]) => {
		const delimiter = `ghadelimiter_${randomBytes(16).toString("hex")}`;
		return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
	}).join("");
	await appendFile(file, text, "utf8");
}
/** Markdown for the job summary page (GITHUB_STEP_SUMMARY); nothing to do outside Actions. */
async function writeStepSummary(file, markdown) {
	if (!file) return;
	await appendFile(file, markdown, "utf8");
}
// src/action/inputs.ts
/**
* The action's inputs. Composite actions get no INPUT_* variables of their own, so action.yml
* passes each input to the script under the name below; test/action.test.ts checks the two agree.
*/
var INPUT_ENV = {
	path: "INPUT_PATH",
	config: "INPUT_CONFIG",
	"fail-on": "INPUT_FAIL_ON",
	shard: "INPUT_SHARD",
	"sarif-file": "INPUT_SARIF_FILE",
	"upload-sarif": "INPUT_UPLOAD_SARIF",
	"html-file": "INPUT_HTML_FILE",
	baseline: "INPUT_BASELINE",
	"changed-since": "INPUT_CHANGED_SINCE",
	lake: "INPUT_LAKE",
	annotations: "INPUT_ANNOTATIONS"
};
/** Which gate exit codes fail the job: `policy` (default) 1, 2 and 3; `security` 1 and 3; `never` none. */
var FAIL_ON = [
	"security",
	"policy",
	"never"
];
/** A problem with the action's inputs or environment: one line in the log, exit 3. */
var ActionError = class extends Error {
	name = "ActionError";
};
function input(env, name) {
	return (env[INPUT_ENV[name]] ?? "").trim();
}
/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(env, name, fallback) {
	const value = input(env, name);
	if (value === "") return fallback;
	if ([
		"true",
		"True",
		"TRUE"
	].includes(value)) return true;
	if ([
		"false",
		"False",
		"FALSE"
	].includes(value)) return false;
	throw new ActionError(`${name}: '${value}' is not true or false`);
}
function readInputs(env) {
	const failOn = input(env, "fail-on") || "policy";
	if (!FAIL_ON.includes(failOn)) throw new ActionError(`fail-on: '${failOn}' is not one of ${FAIL_ON.join(", ")}`);
	const shard = input(env, "shard");
	if (shard !== "" && !/^\d+\/\d+$/.test(shard)) throw new ActionError(`shard: '${shard}' is not K/N (e.g. 2/4)`);
	const changedSince = input(env, "changed-since");
	if (changedSince.startsWith("-")) throw new ActionError(`changed-since: '${changedSince}' is not a git ref`);
	return {
		path: input(env, "path") || ".",
		config: input(env, "config") || void 0,
		failOn,
		shard: shard || void 0,
		sarifFile: input(env, "sarif-file") || "cockpit.sarif",
		uploadSarif: booleanInput(env, "upload-sarif", true),
		htmlFile: input(env, "html-file") || void 0,
		baseline: input(env, "baseline") || void 0,
		changedSince: changedSince || void 0,
		lake: input(env, "lake") || void 0,
		annotations: booleanInput(env, "annotations", true)
	};
}
/** The job's exit code: the gate's code when `fail-on` says it fails the job, else 0. */
function jobExitCode(gateExitCode, failOn) {
	if (failOn === "never" || gateExitCode === 0) return 0;
	if (failOn === "security" && gateExitCode === 2) return 0;
	return gateExitCode;
}
// src/action/io.ts
/** A workflow-command annotation; the message is escaped the way the runner decodes it, so it stays one command. */
function annotation(kind, message) {
	return workflowAnnotation(kind, message, { title: "AgentOps Cockpit" });
}
// src/action/path-inputs.ts
/** The inputs that name files on the runner: `path` must be a folder, `config` the policy the audit reads. */
async function checkPathInputs(inputs, cwd) {
	const root = path.resolve(cwd, inputs.path);
	if (!(await stat(root).catch(() => void 0))?.isDirectory()) throw new ActionError(`path: '${inputs.path}' is not a directory`);
	if (inputs.config) await checkConfig(inputs.config, root, inputs, cwd);
}
async function isFile(file) {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}
/**
* The CLI has no --config flag: it reads cockpit.yaml (else cockpit.yml) in the audited folder. So
* `config` is a check, not a redirect: the file must exist and be the one the CLI will read, so a
* misplaced policy fails the job instead of the audit silently running on defaults.
*/
async function checkConfig(config, root, inputs, cwd) {
	const given = path.resolve(cwd, config);
	if (!await isFile(given)) throw new ActionError(`config: '${config}' does not exist or is not a file`);
	let effective;
	for (const name of CONFIG_FILE_NAMES) if (await isFile(path.join(root, name))) {
		effective = path.join(root, name);
		break;
	}
	if (!effective || await realpath(effective) !== await realpath(given)) throw new ActionError(`config: '${config}' is not the policy the audit uses: the cockpit ${effective ? `reads ${path.relative(cwd, effective) || effective}` : `would read ${inputs.path}/cockpit.yaml`} (the audited folder's cockpit.yaml, else cockpit.yml). Move the file there, or set path to its folder.`);
}
// src/action/report-files.ts
/**
* The audited folder relative to the checkout (POSIX), '' when it is the checkout or outside it: code scanning
* resolves SARIF locations against the checkout, while findings name files relative to the audited folder.
*/
function auditedFolderInCheckout(inputs, io) {
	const checkout = path.resolve(io.cwd, io.env["GITHUB_WORKSPACE"] || io.cwd);
	const rootPrefix = path.relative(checkout, path.resolve(io.cwd, inputs.path)).split(path.sep).join("/");
	if (!leavesBase(rootPrefix)) return rootPrefix;
	io.log(annotation("warning", `path '${inputs.path}' is outside the checkout; SARIF locations stay relative to it`));
	return "";
}
/** The SARIF file's folder, made before the audit writes the file there. */
async function sarifFileIn(inputs, io) {
	const sarifFile = path.resolve(io.cwd, inputs.sarifFile);
	await mkdir(path.dirname(sarifFile), { recursive: true });
	return sarifFile;
}
/** The HTML report, when asked for. */
async function writeHtmlFile(report, inputs, io) {
	if (!inputs.htmlFile) return void 0;
	const htmlFile = path.resolve(io.cwd, inputs.htmlFile);
	await mkdir(path.dirname(htmlFile), { recursive: true });
	await writeFileAtomic(htmlFile, formatHtml(report, { fleet: true }));
	return htmlFile;
}
// src/action/run-ops.ts
/** The CLI of this very checkout: the action audits with the code it was built from. */
var OPS_BIN = fileURLToPath(new URL("../../bin/ops.js", import.meta.url));
/**
* Runs `ops report --workspace` once, writing the JSON report the step reads and the SARIF log (its locations
* under `rootPrefix`, the audited folder in the checkout); HTML and the job summary are rendered from the JSON.
*/
async function runOpsReport(inputs, io, sarif) {
	const scratch = await mkdtemp(path.join(io.env["RUNNER_TEMP"] || os.tmpdir(), "agentops-cockpit-"));
	const jsonFile = path.join(scratch, "report.json");
	const lake = inputs.lake ?? path.join(scratch, "lake");
	const args = [
		"report",
		inputs.path,
		"--workspace",
		"--format",
		"json",
		"--output",
		jsonFile,
		"--format",
		"sarif",
		"--output",
		sarif.sarifFile,
		...sarif.rootPrefix ? [`--sarif-path-prefix=${sarif.rootPrefix}`] : [],
		"--quiet",
		`--lake=${lake}`,
		...inputs.shard ? ["--shard", inputs.shard] : [],
		...inputs.baseline ? [`--baseline=${inputs.baseline}`] : [],
		...inputs.changedSince ? [`--changed-since=${inputs.changedSince}`] : []
	];
	io.log(`ops ${args.join(" ")}\n`);
	const exitCode = await runCli(args, io);
	let report;
	try {
		report = ReportSchema.parse(JSON.parse(await readFile(jsonFile, "utf8")));
	} catch {
		report = void 0;
	}
	return {
		exitCode,
		jsonFile,
		report
	};
}
/** The CLI's output can quote repository content, so workflow commands are off while it is echoed. */
function runCli(args, io) {
	const resume = randomBytes(16).toString("hex");
	io.log(`::stop-commands::${resume}\n`);
	let atLineStart = true;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [io.opsBin ?? OPS_BIN, ...args], {
			cwd: io.cwd,
			env: {
				...io.env,
				NO_COLOR: "1",
				FORCE_COLOR: ""
			},
			stdio: [
				"ignore",
				"pipe",
				"pipe"
			]
		});
		const forward = (chunk) => {
			const text = chunk.toString("utf8");
			if (text) atLineStart = text.endsWith("\n");
			io.log(text);
		};
		child.stdout.on("data", forward);
		child.stderr.on("data", forward);
		child.on("error", reject);
		child.on("close", (code) => resolve(code ?? 3));
	}).finally(() => io.log(`${atLineStart ? "" : "\n"}::${resume}::\n`));
}
// src/action/summary.ts
/**
* GitHub refuses a step summary over 1 MiB, and a page of a thousand rows helps nobody: the summary lists
* blocked agents and findings up to these caps, names passing agents in a folded list, and counts the rest.
*/
var SUMMARY_LIMITS = {
	blockedAgents: 40,
	findings: 15,
	passingTableRows: 25,
	passingNamed: 200,
	failedAgents: 20
};
/**
* Text from the audited repository (paths, messages) as inert Markdown: every ASCII punctuation
* character backslash-escaped (CommonMark allows it for all of them), so nothing becomes a link,
* an image, HTML or a table break; newlines become spaces so a table row stays one row.
*/
function markdownText(value) {
	return String(value).replace(/[\r\n]+/g, " ").replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
}
function row(cells) {
	return `| ${cells.join(" | ")} |`;
}
function table(header, rows, numeric = []) {
	const align = header.map((_, column) => numeric.includes(column) ? "---:" : "---");
	return [
		row(header),
		row(align),
		...rows.map(row)
	];
}
var FLEET_VERDICTS = {
	pass: "pass",
	"security-block": "**BLOCKED** (secret/PII)",
	"policy-block": "**BLOCKED** (policy)",
	failed: "**FAILED**"
};
var MATRIX_VERDICTS = {
	approved: "approved",
	"approved-with-warnings": "approved, warnings",
	blocked: "**BLOCKED**"
};
function count(agent, severity) {
	return agent.findings.filter((finding) => finding.severity === severity).length;
}
/** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}` when the runner set all three (and they look right). */
function blobUrlBase(env) {
	const server = env["GITHUB_SERVER_URL"] ?? "";
	const repository = env["GITHUB_REPOSITORY"] ?? "";
	const sha = env["GITHUB_SHA"] ?? "";
	if (!/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha)) return void 0;
	return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}`;
}
/** `path:line`, linked to the line at the commit when the runner's variables allow; each segment percent-encoded. */
function locationCell(finding, context) {
	const shown = `${markdownText(finding.file)}:${finding.region.startLine}`;
	if (!context.blobBase) return shown;
	const encoded = joinPrefix(context.rootPrefix ?? "", finding.file).split("/").map((segment) => encodeURIComponent(segment).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
	return `[${shown}](${context.blobBase}/${encoded}#L${finding.region.startLine})`;
}
function agentLabel(agent) {
	return markdownText(agent.kind === "repository" ? `${agent.path} (repository)` : agent.path);
}
function agentRow(agent) {
	return [
		agentLabel(agent),
		markdownText(agent.frameworks.join(", ") || "–"),
		FLEET_VERDICTS[agent.verdict],
		count(agent, "error"),
		count(agent, "warning"),
		count(agent, "note")
	];
}
function blockingCell(agent, context) {
	const [first, ...rest] = securityFirst(blockingFindings(agent));
	if (!first) return markdownText(agent.error ?? "–");
	return `${markdownText(first.ruleId)} at ${locationCell(first, context)}${rest.length > 0 ? ` \\+${rest.length} more` : ""}`;
}
/** What a baseline or a changed-since run left out of the gate, in one line. */
function scopeLine(report) {
	const parts = [];
	if (report.baseline) parts.push(`baseline ${markdownText(report.baseline.file)}: ${report.baseline.new} new, ${report.baseline.matched} already listed (not gated)`);
	if (report.changes) {
		const since = report.changes.ref ? ` since ${markdownText(report.changes.ref)}` : "";
		parts.push(`changes${since}: ${plural(report.changes.agents.length, "changed agent")} audited, ${report.changes.outside} findings outside the changed lines (not gated)`);
	}
	return parts.length > 0 ? `Gated on new findings only: ${parts.join("; ")}.` : void 0;
}
/**
* The job summary: verdict and gate, counts, the blocked agents with what blocks them, the passing agents
* folded away, the Persona Matrix, then the findings that matter most. Stays short for a thousand agents.
*/
function formatJobSummary(report, context) {
	const { summary } = report;
	const failing = context.jobExitCode !== 0;
	const scope = scopeLine(report);
	const lines = [
		`## AgentOps Cockpit: ${VERDICT_LABELS[report.verdict]}`,
		"",
		`Gate exit code **${report.exitCode}**; with \`fail-on: ${context.failOn}\` the job ${failing ? `**fails** (exit ${context.jobExitCode})` : "passes"}.` + (report.shard ? ` Shard ${markdownText(report.shard)} of the fleet.` : ""),
		"",
		`${entriesLabel(report.agents)} audited under ${markdownText(report.root)} · ${plural(summary.findings, "finding")} (${SEVERITIES.map((severity) => `${summary.bySeverity[severity]} ${severity}`).join(", ")}) · ${summary.suppressed} suppressed · one-click ${summary.byFixability["one-click"]}, structural ${summary.byFixability.structural}`,
		"",
		...scope ? [scope, ""] : []
	];
	const blocked = [...report.agents.filter((agent) => agent.verdict === "security-block"), ...report.agents.filter((agent) => agent.verdict === "policy-block")];
	const failed = report.agents.filter((agent) => agent.verdict === "failed");
	const passing = report.agents.filter((agent) => agent.verdict === "pass");
	const header = [
		"Agent",
		"Frameworks",
		"Verdict",
		"error",
		"warning",
		"note"
	];
	if (blocked.length > 0) {
		const listed = blocked.slice(0, SUMMARY_LIMITS.blockedAgents);
		lines.push(`### Blocked agents (${blocked.length} of ${report.agents.length})`, "", ...table([...header, "Blocking"], listed.map((agent) => [...agentRow(agent), blockingCell(agent, context)]), [
			3,
			4,
			5
		]), "");
		if (blocked.length > listed.length) lines.push(`… and ${blocked.length - listed.length} more blocked agents, in the SARIF log and code scanning.`, "");
	}
	if (failed.length > 0) {
		const listed = failed.slice(0, SUMMARY_LIMITS.failedAgents);
		lines.push("### Agents that could not be audited", "", ...listed.map((agent) => `- ${markdownText(agent.path)}: ${markdownText(agent.error ?? "files that may hide a secret could not be read")}`));
		if (failed.length > listed.length) lines.push(`- … and ${failed.length - listed.length} more`);
		lines.push("");
	}
	if (passing.length > 0) {
		lines.push(`<details><summary>${plural(passing.length, "passing agent")}</summary>`, "");
		if (passing.length <= SUMMARY_LIMITS.passingTableRows) lines.push(...table(header, passing.map(agentRow), [
			3,
			4,
			5
		]));
		else {
			const named = passing.slice(0, SUMMARY_LIMITS.passingNamed).map(agentLabel).join(", ");
			lines.push(named + (passing.length > SUMMARY_LIMITS.passingNamed ? `, … and ${passing.length - SUMMARY_LIMITS.passingNamed} more` : ""));
		}
		lines.push("", "</details>", "");
	}
	lines.push("### Persona Matrix", "", ...table([
		"Persona",
		"error",
		"warning",
		"note",
		"one-click",
		"structural",
		"verdict"
	], PERSONAS.map((persona) => {
		const entry = summary.personaMatrix[persona];
		return [
			PERSONA_LABELS[persona],
			entry.error,
			entry.warning,
			entry.note,
			entry.oneClick,
			entry.structural,
			MATRIX_VERDICTS[entry.verdict]
		];
	}), [
		1,
		2,
		3,
		4,
		5
	]), "");
	const findings = SEVERITIES.flatMap((severity) => report.agents.flatMap((agent) => agent.findings.filter((finding) => finding.severity === severity)));
	if (findings.length > 0) {
		const listed = findings.slice(0, SUMMARY_LIMITS.findings);
		lines.push("### Findings", "", ...table([
			"Severity",
			"Rule",
			"Location",
			"Message"
		], listed.map((finding) => [
			finding.severity,
			markdownText(finding.ruleId),
			locationCell(finding, context),
			markdownText(finding.message)
		])), "");
		if (findings.length > listed.length) lines.push(`${findings.length - listed.length} more findings are in the SARIF file and in code scanning.`, "");
	}
	const files = [`SARIF: \`${context.sarifFile.replace(/`/g, "'")}\`${context.uploadSarif ? " (uploaded to code scanning after this step)" : " (not uploaded: `upload-sarif: false`)"}`];
	if (context.htmlFile) files.push(`HTML report: \`${context.htmlFile.replace(/`/g, "'")}\``);
	lines.push(...files.map((line) => `${line}  `), "");
	return `${lines.join("\n")}\n`;
}
// src/action/run.ts
/** The whole action: inputs → one audit → SARIF, HTML, job summary and outputs → the job's exit code. */
async function runAction(io) {
	const { env, cwd } = io;
	let inputs;
	try {
		inputs = readInputs(env);
		await checkPathInputs(inputs, cwd);
	} catch (error) {
		if (!(error instanceof ActionError)) throw error;
		io.log(annotation("error", error.message));
		await writeOutputs(env["GITHUB_OUTPUT"], { "exit-code": 3 });
		return 3;
	}
	const rootPrefix = auditedFolderInCheckout(inputs, io);
	const sarifFile = await sarifFileIn(inputs, io);
	const { exitCode: cliExit, jsonFile, report } = await runOpsReport(inputs, io, {
		sarifFile,
		rootPrefix
	});
	if (!report || cliExit === 3 && report.exitCode !== 3) {
		const code = cliExit === 0 ? 3 : cliExit;
		const what = report ? "could not write its outputs" : "could not be done";
		io.log(annotation("error", `the audit ${what} (ops exited ${cliExit}); see the message above`));
		await writeStepSummary(env["GITHUB_STEP_SUMMARY"], `## AgentOps Cockpit: the audit ${what}\n\n\`ops report\` exited ${cliExit}; the reason is in the step's log.\n`);
		await writeOutputs(env["GITHUB_OUTPUT"], { "exit-code": code });
		return code;
	}
	const htmlFile = await writeHtmlFile(report, inputs, io);
	if (inputs.annotations) {
		const { lines, omitted } = reportAnnotations(report, rootPrefix, { error: 9 });
		for (const line of lines) io.log(line);
		if (omitted > 0) io.log(`AgentOps Cockpit: ${omitted} more findings were not annotated (GitHub shows 10 per kind and step); they are in the job summary and the SARIF log\n`);
	}
	const jobExit = jobExitCode(report.exitCode, inputs.failOn);
	const blobBase = blobUrlBase(env);
	await writeStepSummary(env["GITHUB_STEP_SUMMARY"], formatJobSummary(report, {
		failOn: inputs.failOn,
		jobExitCode: jobExit,
		sarifFile: inputs.sarifFile,
		uploadSarif: inputs.uploadSarif,
		rootPrefix,
		...blobBase ? { blobBase } : {},
		...inputs.htmlFile ? { htmlFile: inputs.htmlFile } : {}
	}));
	await writeOutputs(env["GITHUB_OUTPUT"], {
		"exit-code": report.exitCode,
		verdict: report.verdict,
		findings: report.summary.findings,
		"sarif-file": sarifFile,
		"html-file": htmlFile ?? "",
		"json-file": jsonFile
	});
	const verdictLine = `verdict ${report.verdict}, gate exit ${report.exitCode}, fail-on ${inputs.failOn}`;
	io.log(jobExit === 0 ? `AgentOps Cockpit: ${verdictLine}: the job passes\n` : annotation("error", `${verdictLine}: the job fails (exit ${jobExit})`));
	return jobExit;
}
// src/action/main.ts
/**
* Entry point of the GitHub Action's audit step. action.yml runs the committed bundle (`bundle/main.js`,
* built from this file by `npm run bundle`); `node dist/action/main.js` runs the same code from a build.
* Either way the CLI is the `ops.js` beside this file, so the bundle needs nothing from dist/.
*/
var opsBin = fileURLToPath(new URL("./ops.js", import.meta.url));
try {
	process.exitCode = await runAction({
		env: process.env,
		cwd: process.cwd(),
		log: (text) => process.stdout.write(text),
		opsBin
	});
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	process.stdout.write(annotation("error", `internal error: ${message}`));
	if (process.env["RUNNER_DEBUG"] === "1" && error instanceof Error && error.stack) process.stdout.write(`${error.stack}\n`);
	process.exitCode = 3;
}
export {};
