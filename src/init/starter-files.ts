import { TOOL_VERSION } from '../version.js';

/**
 * The files `ops init` writes: a commented policy that loads as written, an ignore file, a pre-commit hook
 * and a GitHub workflow using the Action. Each says where its settings are documented.
 */

export const STARTER_COCKPIT_YAML = `# AgentOps Cockpit policy (docs/CONFIG.md lists every setting; docs/cockpit.schema.json validates it).
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

export const STARTER_COCKPITIGNORE = `# Paths the AgentOps Cockpit never audits, in .gitignore syntax (one .cockpitignore per folder, like .gitignore).
# Dependencies, virtual environments, build output and the evidence lake are skipped already.
# Everything else is searched for secrets and personal data, so ignore only what can hold neither.
# generated/
# *.min.js
`;

const HOOK_REPOSITORY = 'https://github.com/agentops-cockpit/agentops-cockpit';

/** The hook as an entry of `repos:`, for a .pre-commit-config.yaml that exists already. */
export const PRE_COMMIT_REPO_ENTRY = `  - repo: ${HOOK_REPOSITORY}
    rev: v${TOOL_VERSION}
    hooks:
      - id: agentops-cockpit    # audits only the agents with staged changes; gates only the staged lines
        # args: [--baseline, .cockpit/baseline.json]
`;

export const STARTER_PRE_COMMIT_CONFIG = `# pre-commit hooks (https://pre-commit.com): pre-commit install, then every git commit is audited.
repos:
${PRE_COMMIT_REPO_ENTRY}`;

export const STARTER_WORKFLOW = `# AgentOps Cockpit: audit every agent, upload SARIF to code scanning, fail on the gate (docs/CI.md).
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
