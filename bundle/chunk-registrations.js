// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_BASELINE } from "./chunk-default-path.js";
import { a as LAKE_OR_STORE_HELP, i as LAKE_FOLDER_HELP, n as registerServe, o as NO_COLOR_HELP, r as CONFIG_HELP, s as SHOWN_DEFAULT_LAKE } from "./chunk-serve.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import { t as DEFAULT_TRIAGE } from "./chunk-default-path3.js";
// src/cli/commands/baseline.ts
function registerBaseline(program, io, setExitCode) {
	program.command("baseline").description("accept today's findings so the gate blocks only on new ones").command("create").description("audit PATH and write the fingerprints of its findings to a baseline file").argument("[path]", "the agent folder, or the workspace root with --workspace", ".").option("-o, --output <file>", `where to write the baseline (default: PATH/${DEFAULT_BASELINE})`).option("-w, --workspace", "discover and audit every agent under PATH").option("-j, --jobs <n>", "worker threads (default: the machine's cores)").option("-c, --config <file>", CONFIG_HELP).option("--max-file-size <size>", "skip files larger than this, e.g. 512KB or 2MB (default: 2MB)").option("--no-gitignore", "do not respect .gitignore files (.cockpitignore still applies)").option("-q, --quiet", "no progress output").addHelpText("after", `
The file holds fingerprints (rule, file, a digest of the matched content), never a secret or a snippet.
Commit it; then gate on new findings only, and see stale entries to remove:
  ops baseline create --workspace .
  ops report --workspace . --baseline .cockpit/baseline.json
Use the same PATH and --workspace for both: finding paths are relative to the audited root.`).action(async (target, flags) => {
		const { runBaselineCreate } = await import("./chunk-baseline-run.js");
		setExitCode(await runBaselineCreate(target, flags, io));
	});
}
// src/cli/commands/diagnose.ts
function registerDiagnose(program, io, setExitCode) {
	program.command("diagnose").description("check every configured package index and mirror: where it was configured, DNS, TCP/TLS, HTTP, auth, proxy and CA settings").argument("[path]", "the project whose pip, uv, npm and cockpit.yaml configuration applies", ".").option("-f, --format <format>", "text or json", "text").option("-c, --config <file>", CONFIG_HELP).option("--timeout <seconds>", "per step (default: 10)").option("--public", "check the public mirrors only").option("--index-url <url>", "PyPI index to check instead of the configured one").option("--extra-index-url <url>", "another PyPI index to check (repeatable)", (value, previous = []) => [...previous, value]).option("--npm-registry <url>", "npm registry to check instead of the configured one").option("--color", "force colour").option("--no-color", NO_COLOR_HELP).addHelpText("after", "\nA working path is the one `ops report --resolve` takes: every configured index answers (found or 404), or the first\nmirror that answers stands in for those that refuse, fail or answer a broken document; names in registries.private\nnever go to a mirror.\n\nExit codes:\n  0  every ecosystem has a working path\n  3  some ecosystem has none, or bad arguments\n").action(async (target, flags) => {
		const { runDiagnose } = await import("./chunk-diagnose-run.js");
		setExitCode(await runDiagnose(target, flags, io));
	});
}
// src/cli/commands/discover.ts
function registerDiscover(program, io, setExitCode) {
	program.command("discover").description("list the agents under a workspace: root, entry points, frameworks and why each was recognised").argument("[path]", "the workspace root", ".").option("-f, --format <format>", "text or json", "text").option("--no-gitignore", "do not respect .gitignore files").option("-c, --config <file>", CONFIG_HELP).option("--color", "force colour").option("--no-color", NO_COLOR_HELP).action(async (target, flags) => {
		const { runDiscover } = await import("./chunk-discover-run.js");
		setExitCode(await runDiscover(target, flags, io));
	});
}
// src/cli/commands/init.ts
function registerInit(program, io, setExitCode) {
	program.command("init").description("write starter files: cockpit.yaml, .cockpitignore, a pre-commit hook and a GitHub workflow (never overwrites)").argument("[path]", "the repository root", ".").addHelpText("after", `
Writes, each only when it does not exist (an existing file is left alone and named):
  cockpit.yaml                            the fleet policy, commented (docs/CONFIG.md)
  .cockpitignore                          paths never audited
  .pre-commit-config.yaml                 the staged-changes hook (when the file exists, the entry to add is printed)
  .github/workflows/agentops-cockpit.yml  the GitHub Action: SARIF to code scanning, the gate fails the job (docs/CI.md)

Example (at the repository's root):
  ops init`).action(async (target, _flags) => {
		const { runInit } = await import("./chunk-init-run.js");
		setExitCode(await runInit(target, io));
	});
}
// src/cli/commands/lake-push.ts
function registerLakePush(lake, io, setExitCode) {
	lake.command("push").description("copy the lake into a PostgreSQL fleet store (idempotent; safe from many CI jobs at once)").requiredOption("--to <url>", "the store: postgres://user@host:port/database (PG* variables fill in the rest)").option("--lake <dir>", LAKE_FOLDER_HELP).option("--repository <name>", "the repository the agents belong to (owner/name; a remote URL is cut to that); default: each record's own, then GITHUB_REPOSITORY or CI_PROJECT_PATH, then the git remote origin of the lake's checkout").option("--commit <sha>", "the commit the records were audited at, when the CI environment does not say").option("--ci-run <id>", "the CI run that produced the records, when the CI environment does not say").option("-f, --format <format>", "text or json").addHelpText("after", `
The schema is created and migrated on first use. Pushing the same lake twice changes nothing; records
already in the store are never rewritten, and each agent's latest run only moves to a newer one.
In the store an agent is (repository, agent path): two repositories' agents/planner stay two agents.
The repository is written as owner/name, without host, credentials or .git, so CI and laptops agree.
Keep the password out of the URL in CI: set PGPASSWORD (or use ~/.pgpass). TLS: ?sslmode=require or
verify-full (with sslrootcert=FILE or PGSSLROOTCERT). See docs/STORE.md.

Examples:
  ops lake push --to postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ops report --workspace . --shard 2/4 --lake shard-2 && ops lake push --lake shard-2 --to "$COCKPIT_STORE"
  ops report --from-lake "$COCKPIT_STORE" --format sarif --output fleet.sarif`).action(async (flags) => {
		const { runLakePush } = await import("./chunk-lake-push-run.js");
		setExitCode(await runLakePush(flags, io));
	});
}
// src/cli/commands/lake-remove.ts
function registerLakeRemove(lake, io, setExitCode) {
	lake.command("remove").description("remove an agent and all its runs from the lake or a postgres:// fleet store (by agent hash or path)").argument("<agent>", "agent hash or agent path").option("--lake <dir|url>", LAKE_OR_STORE_HELP).option("--repository <name>", "the repository of the agent, when agents of several repositories share its path (owner/name)").addHelpText("after", `
A removed agent is gone from reports, the API and the dashboard; auditing or pushing it again brings it back.

Examples:
  ops lake remove agents/old-planner
  ops lake remove agents/planner --lake "$COCKPIT_STORE" --repository acme/support-bots
  ops lake remove 4a444cfc357afaf3 --lake "$COCKPIT_STORE"`).action(async (agent, flags) => {
		const { runLakeRemove } = await import("./chunk-lake-remove-run.js");
		setExitCode(await runLakeRemove(agent, flags, io));
	});
}
// src/cli/commands/lake.ts
function registerLake(program, io, setExitCode) {
	const lake = program.command("lake").description("inspect and maintain the partitioned evidence lake");
	lake.command("ls").description("list the agents in the lake with their latest verdict").option("--lake <dir>", LAKE_FOLDER_HELP).option("-f, --format <format>", "text or json").action(async (flags) => {
		const { runLakeLs } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeLs(flags, io));
	});
	lake.command("show").description("print an agent's latest record (by agent hash or path), optionally with its history").argument("<agent>", "agent hash or agent path").option("--lake <dir>", LAKE_FOLDER_HELP).option("--history", "print every history entry instead of the latest").action(async (agent, flags) => {
		const { runLakeShow } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeShow(agent, flags, io));
	});
	lake.command("prune").description("keep only the newest N runs of every agent, in the lake or a postgres:// fleet store").requiredOption("--keep <n>", "runs to keep per agent (the latest run always stays)").option("--lake <dir|url>", LAKE_OR_STORE_HELP).action(async (flags) => {
		const { runLakePrune } = await import("./chunk-lake-run.js");
		setExitCode(await runLakePrune(flags, io));
	});
	lake.command("merge").description("join shard lakes into one: the union of every history, each agent's newest run as latest").argument("<dirs...>", "shard lake folders").requiredOption("--into <dir>", "the merged lake (created if missing)").action(async (dirs, flags) => {
		const { runLakeMerge } = await import("./chunk-lake-run.js");
		setExitCode(await runLakeMerge(dirs, flags, io));
	});
	registerLakePush(lake, io, setExitCode);
	registerLakeRemove(lake, io, setExitCode);
}
// src/cli/commands/mcp.ts
function registerMcp(program, io, setExitCode) {
	program.command("mcp").description("serve the audit as Model Context Protocol tools over stdio, so coding agents can check their own work").option("-c, --config <file>", CONFIG_HELP).option("--root <dir>", "the folder tools may read; every tool path is relative to it and may not leave it (default: the current folder)").addHelpText("after", `
Tools (all read-only; nothing is written, not even the evidence lake):
  audit_agent      { path }                                   verdict, exit code, counts and findings of one agent
  audit_workspace  { path?, shard? }                          fleet verdict, Persona Matrix and one verdict per agent
  list_findings    { path, severity?, rule?, persona?, limit? } an agent's findings, filtered
  explain_rule     { ruleId }                                 what a rule detects, why, and how to fix it
  preview_heal     { path, force? }                           the one-click fixes as redacted unified diffs
  list_triage      { path?, fingerprint?, limit? }            triage decisions and revocations: who, when, why, until, state

Register it in an MCP client. npx --package=agentops-cockpit@${TOOL_VERSION} runs that version from the project
it starts in when installed there, else fetches exactly that version (pinned, as security/mcp-unpinned-server
asks of every MCP server). VS Code (.vscode/mcp.json):
  { "servers": { "agentops-cockpit": { "type": "stdio", "command": "npx",
      "args": ["--package=agentops-cockpit@${TOOL_VERSION}", "--", "ops", "mcp", "--root", "\${workspaceFolder}"] } } }

Claude Desktop (claude_desktop_config.json; it starts servers outside your project, so give --root):
  { "mcpServers": { "agentops-cockpit": { "command": "npx",
      "args": ["--package=agentops-cockpit@${TOOL_VERSION}", "--", "ops", "mcp", "--root", "/absolute/path/to/repo"] } } }

With a global install (npm i -g agentops-cockpit) use "command": "ops", "args": ["mcp", "--root", "..."].
Plain \`npx ops mcp\` works only inside a project that has the cockpit installed; elsewhere npx would
look for an unrelated package named \`ops\`.

stdout carries protocol messages only; the startup line and any diagnostics go to stderr. See docs/MCP.md.`).action(async (flags) => {
		const { runMcp } = await import("./chunk-mcp-run.js");
		setExitCode(await runMcp(flags, io));
	});
}
// src/cli/commands/report.ts
/** Collects a repeatable option's values in order. */
function collect(value, previous = []) {
	return [...previous, value];
}
function registerReport(program, io, setExitCode) {
	program.command("report").description("audit an agent (or with --workspace, every agent of a monorepo) and gate on the result").argument("[path]", "the agent folder, or the workspace root with --workspace (default: .); a source file audits the agent owning it and reports only that file's findings").argument("[paths...]", "more agent folders or source files: all are audited and reported together, as a small fleet").option("-f, --format <format>", "report format: text, json, sarif, html, compact (one line per finding) or github (workflow-command annotations); repeatable, paired with --output by position (default: text, or $COCKPIT_FORMAT)", collect).option("-o, --output <file>", "write the report to a file (atomically) instead of stdout; repeatable, one per --format; a format left without one goes to stdout", collect).option("--severity <level>", "show only findings of this severity or worse: error, warning or note (default: note, all); every format; the exit code is unchanged (the gate is the policy's block_on)").option("-w, --workspace", "discover and audit every agent under PATH in parallel, keeping an evidence lake").option("-j, --jobs <n>", "worker threads: agents of a fleet, or files of one large agent (default: the machine's cores)").option("--shard <k/n>", "audit only the K-th of N deterministic slices of the fleet (CI matrices)").option("--lake <dir>", `evidence lake folder for --workspace, relative to the current folder (default: PATH/${SHOWN_DEFAULT_LAKE})`).option("--no-cache", "re-audit agents even when nothing changed since their last lake record").option("--baseline <file>", "gate only on findings this baseline does not list (make one with: ops baseline create)").option("--changed-since <ref>", "audit only agents changed since this git ref (plus uncommitted work); gate only on changed lines").option("--triage <file>", "the triage decisions to honour (default: PATH/.cockpit/triage.json when it exists; make them with: ops triage)").option("--staged", "audit what is staged for commit (the git index) and gate only on the staged changes (pre-commit)").option("--sarif-path-prefix <folder>", "put this folder (PATH's place in the repository, e.g. services/agents) before every SARIF file location, so code scanning finds the files when PATH is not the repository root").option("--import-sarif <tool=file>", "another auditor's SARIF 2.1.0 results: merged with the cockpit's findings and voted on (repeatable; docs/COMMITTEE.md)", collect).option("--from-lake <dir|url>", "build the report, SARIF and exit code from a lake (or a postgres:// fleet store) without auditing").option("--heal", "apply the one-click fixes (files with uncommitted git changes only with --force), then re-audit").option("--dry-run", "with --heal: show the exact diffs and change nothing").option("--force", "with --heal: also edit files that have uncommitted changes, or when git cannot tell (never links, FIFOs or read-only files)").option("--branch <name>", "with --heal: create this git branch and commit the fixes on it, ready for a pull request").option("--resolve", "look dependencies up in their package indexes: configured first, public mirrors when one refuses, fails or answers a broken document; exit 3 when none can answer").option("--resolve-best-effort", "with dependency lookups: a package no index can answer for is a note, not exit 3 (implies --resolve)").option("--offline", "with dependency lookups: answer from the on-disk cache only").option("--public", "skip private indexes and ask the public mirrors only (implies --resolve)").option("--index-url <url>", "PyPI index to use instead of the configured one (like pip --index-url)").option("--extra-index-url <url>", "another PyPI index to ask as well (repeatable)", (value, previous = []) => [...previous, value]).option("--npm-registry <url>", "npm registry to use instead of the configured one").option("--registry-timeout <seconds>", "give up on one index request after this long (default: 10)").option("-c, --config <file>", CONFIG_HELP).option("--cache-dir <dir>", "where index answers are cached (default: $XDG_CACHE_HOME/agentops-cockpit)").option("--agent-timeout <seconds>", "give up on one agent this long after it starts (default: 300)").option("--max-file-size <size>", "skip files larger than this, e.g. 512KB or 2MB (default: 2MB)").option("--no-gitignore", "do not respect .gitignore files (.cockpitignore still applies)").option("-q, --quiet", "findings only: no progress; the text format prints just the blocking findings (one line each) and a one-line verdict").option("--exit-zero", "exit 0 even when findings block (still exit 3 when the audit could not be done)").option("--color", "force colour in text output").option("--no-color", NO_COLOR_HELP).option("--debug", "print stack traces for internal errors").addHelpText("after", `
Exit codes:
  0  pass: no blocking findings (warnings and notes are informational)
  1  security critical: a hardcoded secret or PII was found
  2  architecture or policy violation (an error-severity finding of another category)
  3  the audit could not be done: bad arguments, missing path, invalid config, an agent that failed,
     or (--resolve) a package index and its mirrors could not answer (unless --resolve-best-effort)
  --exit-zero turns 1 and 2 into 0 (never 3); --severity and --quiet change what is shown, never the exit code

Suppress one finding with a reason on its line or the line before:
  # cockpit: ignore[secret/generic-secret-assignment] rotated test credential for the sandbox
One with an unknown rule id, ignore[*] or no reason is not honoured (a policy/invalid-suppression warning);
one that silences nothing is a policy/unused-suppression note. \`ops rules\` lists the rule ids.

Examples:
  ops report examples/travel-concierge
  ops report examples/travel-concierge examples/docs-qa      # several agents, reported as a small fleet
  ops report examples/travel-concierge/agent.py             # one file: its agent's rules, only its findings
  ops report --workspace examples
  ops report --workspace examples --heal --dry-run
  ops report --workspace . --resolve           # also check dependencies in the package indexes
  ops report --workspace . --shard 2/4 --lake shard-2 --format sarif --output cockpit.sarif
  ops report --workspace . --baseline .cockpit/baseline.json   # gate only on findings new since the baseline
  ops report --workspace . --changed-since origin/main          # a pull request: changed agents, changed lines
  ops report --staged --quiet                                   # pre-commit: only what is staged (docs/BASELINES.md)
  ops report --workspace examples --quiet                       # CI log: blocking findings and one verdict line
  ops report --workspace examples --format compact --severity warning   # path:line:col: severity rule message
  ops report --workspace examples --format github               # annotations on the pull request (a plain run: step)
  ops report --workspace examples --format sarif --output cockpit.sarif --format json --output cockpit.json`).action(async (target, more, flags) => {
		const { runReport } = await import("./chunk-report-run.js");
		setExitCode(await runReport(target === void 0 ? [] : [target, ...more], flags, io));
	});
}
// src/cli/commands/rules.ts
function registerRules(program, io, setExitCode) {
	program.command("rules").description("list every rule (id, severity, category, summary), or explain one: what it finds, why, how to fix it").argument("[id]", "a rule id, as findings show it (e.g. secret/openai-project-key)").option("-f, --format <format>", "text or json", "text").addHelpText("after", `
Examples:
  ops rules                                   # every rule, one line each
  ops rules secret/openai-project-key         # its full documentation (as docs/RULES.md shows it)
  ops rules --format json                     # the list as JSON, for scripts

An unknown id exits 3 and names the closest rule ids.`).action(async (id, flags) => {
		const { runRules } = await import("./chunk-rules-run.js");
		setExitCode(await runRules(id, flags, io));
	});
}
// src/cli/commands/triage.ts
var ROOT_HELP = "the audited root whose triage file and lake to use (default: the current folder)";
var FILE_HELP = `the triage file (default: ROOT/${DEFAULT_TRIAGE})`;
function registerTriage(program, io, setExitCode) {
	const triage = program.command("triage").description("decide about single findings: accept a risk or mark a false positive, with a reason, an author and an expiry").addHelpText("after", `
A decision takes its finding out of the gate on every later run (listed as suppressed, with the decision in
JSON and SARIF) until it expires or is revoked; then the finding gates again. Decisions and their history are
kept in ${DEFAULT_TRIAGE}: commit it, so they are reviewed like code.

Examples:
  ops report --workspace . --format json | jq -r '.agents[].findings[] | "\\(.fingerprint) \\(.ruleId) \\(.file)"'
  ops triage accept 3f9c2a1b --reason "internal host, reviewed by security" --expires 2027-03-31
  ops triage false-positive 77d01e4a --reason "test fixture key, never deployed"
  ops triage revoke 3f9c2a1b --reason "host now reachable from the internet"
  ops triage list`);
	for (const [name, status, description] of [[
		"accept",
		"accepted-risk",
		"accept the risk of one finding (by fingerprint, or a unique prefix of at least 6 characters)"
	], [
		"false-positive",
		"false-positive",
		"mark one finding as a false positive (by fingerprint, or a unique prefix of at least 6 characters)"
	]]) triage.command(name).description(description).argument("<fingerprint>", "the finding's fingerprint (see --format json), or a unique prefix found in the lake").requiredOption("-r, --reason <text>", "why: what makes this acceptable or wrong (required)").option("--expires <date>", "the last day (YYYY-MM-DD, UTC) the decision holds; then the finding gates again").option("--author <name>", "who decides (default: git config user.name and user.email, else the login name)").option("--root <dir>", ROOT_HELP).option("--file <file>", FILE_HELP).option("--lake <dir>", "the lake to find the finding in (default: ROOT/.cockpit/evidence_lake)").action(async (fingerprint, flags) => {
		const { runTriageDecide } = await import("./chunk-triage-run.js");
		setExitCode(await runTriageDecide(status, fingerprint, flags, io));
	});
	triage.command("revoke").description("withdraw the decision about one finding: it gates again").argument("<fingerprint>", "the fingerprint, or a unique prefix among the decisions").requiredOption("-r, --reason <text>", "why the decision no longer holds (required)").option("--author <name>", "who decides (default: git config user.name and user.email, else the login name)").option("--root <dir>", ROOT_HELP).option("--file <file>", FILE_HELP).action(async (fingerprint, flags) => {
		const { runTriageRevoke } = await import("./chunk-triage-run.js");
		setExitCode(await runTriageRevoke(fingerprint, flags, io));
	});
	triage.command("list").description("list the decisions in force (expired ones marked), or with --history every decision and revocation").option("--history", "every decision and revocation, oldest first").option("-f, --format <format>", "text or json", "text").option("--root <dir>", ROOT_HELP).option("--file <file>", FILE_HELP).action(async (flags) => {
		const { runTriageList } = await import("./chunk-triage-run.js");
		setExitCode(await runTriageList(flags, io));
	});
}
export { registerBaseline, registerDiagnose, registerDiscover, registerInit, registerLake, registerMcp, registerReport, registerRules, registerServe, registerTriage };
