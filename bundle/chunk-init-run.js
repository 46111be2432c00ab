// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import "./chunk-common.js";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { lstatSync } from "node:fs";
// src/init/starter-files.ts
/**
* The files `ops init` writes: a commented policy that loads as written, an ignore file, a pre-commit hook
* and a GitHub workflow using the Action. Each says where its settings are documented.
*/
var STARTER_COCKPIT_YAML = `# AgentOps Cockpit policy (docs/CONFIG.md lists every setting; docs/cockpit.schema.json validates it).
# This is the fleet policy: agent folders may add their own cockpit.yaml, but cannot loosen what is locked here.
version: 1

gate:
  # Severities that fail the run with exit 2 (secrets and personal data always exit 1).
  block_on: [error]
  # Hardcoded secrets and personal data block the gate (exit 1).
  secrets: true

# Agent folders' own cockpit.yaml files may not loosen these settings.
lock: [gate.secrets, gate.block_on]

# Per-rule severity (error, warning, note or off), by rule id or category/*. \`ops rules\` lists the ids.
# rules:
#   finops/*: warning
#   reliability/http-call-no-timeout: error

# gitignore-style patterns, relative to this file's folder, never audited (.cockpitignore works too).
# exclude:
#   - generated/

# Most files one \`ops report --heal\` run may change.
# max_fix_files: 20
`;
var STARTER_COCKPITIGNORE = `# Paths the AgentOps Cockpit never audits, in .gitignore syntax (one .cockpitignore per folder, like .gitignore).
# Dependencies, virtual environments, build output and the evidence lake are skipped already.
# Everything else is searched for secrets and personal data, so ignore only what can hold neither.
# generated/
# *.min.js
`;
/** The hook as an entry of `repos:`, for a .pre-commit-config.yaml that exists already. */
var PRE_COMMIT_REPO_ENTRY = `  - repo: https://github.com/agentops-cockpit/agentops-cockpit
    rev: v${TOOL_VERSION}
    hooks:
      - id: agentops-cockpit    # audits only the agents with staged changes; gates only the staged lines
        # args: [--baseline, .cockpit/baseline.json]
`;
var STARTER_PRE_COMMIT_CONFIG = `# pre-commit hooks (https://pre-commit.com): pre-commit install, then every git commit is audited.
repos:
${PRE_COMMIT_REPO_ENTRY}`;
var STARTER_WORKFLOW = `# AgentOps Cockpit: audit every agent, upload SARIF to code scanning, fail on the gate (docs/CI.md).
name: AgentOps Cockpit
on:
  push:
    branches: [main]
  pull_request:

jobs:
  audit:
    runs-on: ubuntu-latest
    permissions: { contents: read, security-events: write }
    steps:
      - uses: actions/checkout@v4
      - uses: agentops-cockpit/agentops-cockpit@v${TOOL_VERSION}   # pin a release tag or commit SHA
        with:
          path: .
          fail-on: policy
          # The token of a pull request from a fork cannot write code scanning alerts.
          upload-sarif: \${{ !github.event.pull_request.head.repo.fork }}
`;
// src/cli/commands/init-run.ts
var STARTER_FILES = [
	{
		path: "cockpit.yaml",
		text: STARTER_COCKPIT_YAML,
		alternatives: CONFIG_FILE_NAMES
	},
	{
		path: ".cockpitignore",
		text: STARTER_COCKPITIGNORE
	},
	{
		path: ".pre-commit-config.yaml",
		text: STARTER_PRE_COMMIT_CONFIG,
		alternatives: [".pre-commit-config.yaml", ".pre-commit-config.yml"],
		whenExists: PRE_COMMIT_REPO_ENTRY
	},
	{
		path: ".github/workflows/agentops-cockpit.yml",
		text: STARTER_WORKFLOW,
		alternatives: [".github/workflows/agentops-cockpit.yml", ".github/workflows/agentops-cockpit.yaml"]
	}
];
/** `ops init`: writes each starter file that does not exist yet; an existing one is never touched. */
async function runInit(target, io) {
	const root = path.resolve(io.cwd, target);
	await requireDirectory(root, target);
	for (const file of STARTER_FILES) {
		const existing = (file.alternatives ?? [file.path]).find((name) => exists(path.join(root, ...name.split("/"))));
		if (existing !== void 0) {
			io.stdout(`${existing}: exists, left alone\n`);
			if (file.whenExists) io.stdout(`  add this under its repos: to run the cockpit on every commit:\n${file.whenExists.replace(/^/gm, "  ")}\n`);
			continue;
		}
		const destination = path.join(root, ...file.path.split("/"));
		await mkdir(path.dirname(destination), { recursive: true });
		try {
			await writeFile(destination, file.text, { flag: "wx" });
		} catch (error) {
			const code = error.code;
			if (code === "EEXIST") {
				io.stdout(`${file.path}: exists, left alone\n`);
				continue;
			}
			throw new CockpitError(`${file.path}: cannot be written (${code ?? "unknown error"})`);
		}
		io.stdout(`${file.path}: written\n`);
	}
	io.stdout("Next: ops report --workspace .   (then commit these files; pre-commit install enables the hook)\n");
	return 0;
}
function exists(file) {
	try {
		lstatSync(file);
		return true;
	} catch {
		return false;
	}
}
export { runInit };
