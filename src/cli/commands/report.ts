import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { ReportFlags } from './report-flags.js';
import { CONFIG_HELP, NO_COLOR_HELP, SHOWN_DEFAULT_LAKE } from './option-help.js';

/** Collects a repeatable option's values in order. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerReport(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('audit an agent (or with --workspace, every agent of a monorepo) and gate on the result')
    .argument('[path]', 'the agent folder, or the workspace root with --workspace (default: .); a source file audits the agent owning it and reports only that file\'s findings')
    .argument('[paths...]', 'more agent folders or source files: all are audited and reported together, as a small fleet')
    .option('-f, --format <format>', 'report format: text, json, sarif, html, compact (one line per finding) or github (workflow-command annotations); repeatable, paired with --output by position (default: text, or $COCKPIT_FORMAT)', collect)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout; repeatable, one per --format; a format left without one goes to stdout', collect)
    .option('--severity <level>', 'show only findings of this severity or worse: error, warning or note (default: note, all); every format; the exit code is unchanged (the gate is the policy\'s block_on)')
    .option('-w, --workspace', 'discover and audit every agent under PATH in parallel, keeping an evidence lake')
    .option('-j, --jobs <n>', 'worker threads: agents of a fleet, or files of one large agent (default: the machine\'s cores)')
    .option('--shard <k/n>', 'audit only the K-th of N deterministic slices of the fleet (CI matrices)')
    .option('--lake <dir>', `evidence lake folder for --workspace, relative to the current folder (default: PATH/${SHOWN_DEFAULT_LAKE})`)
    .option('--no-cache', 're-audit agents even when nothing changed since their last lake record')
    .option('--baseline <file>', 'gate only on findings this baseline does not list (make one with: ops baseline create)')
    .option('--changed-since <ref>', 'audit only agents changed since this git ref (plus uncommitted work); gate only on changed lines')
    .option('--triage <file>', 'the triage decisions to honour (default: PATH/.cockpit/triage.json when it exists; make them with: ops triage)')
    .option('--staged', 'audit what is staged for commit (the git index) and gate only on the staged changes (pre-commit)')
    .option('--sarif-path-prefix <folder>', 'put this folder (PATH\'s place in the repository, e.g. services/agents) before every SARIF file location, so code scanning finds the files when PATH is not the repository root')
    .option('--import-sarif <tool=file>', 'another auditor\'s SARIF 2.1.0 results: merged with the cockpit\'s findings and voted on (repeatable; docs/COMMITTEE.md)', collect)
    .option('--from-lake <dir|url>', 'build the report, SARIF and exit code from a lake (or a postgres:// fleet store) without auditing')
    .option('--heal', 'apply the one-click fixes (files with uncommitted git changes only with --force), then re-audit')
    .option('--dry-run', 'with --heal: show the exact diffs and change nothing')
    .option('--force', 'with --heal: also edit files that have uncommitted changes, or when git cannot tell (never links, FIFOs or read-only files)')
    .option('--branch <name>', 'with --heal: create this git branch and commit the fixes on it, ready for a pull request')
    .option('--resolve', 'look dependencies up in their package indexes: configured first, public mirrors when one refuses, fails or answers a broken document; exit 3 when none can answer')
    .option('--resolve-best-effort', 'with dependency lookups: a package no index can answer for is a note, not exit 3 (implies --resolve)')
    .option('--offline', 'with dependency lookups: answer from the on-disk cache only')
    .option('--public', 'skip private indexes and ask the public mirrors only (implies --resolve)')
    .option('--index-url <url>', 'PyPI index to use instead of the configured one (like pip --index-url)')
    .option('--extra-index-url <url>', 'another PyPI index to ask as well (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--npm-registry <url>', 'npm registry to use instead of the configured one')
    .option('--registry-timeout <seconds>', 'give up on one index request after this long (default: 10)')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--cache-dir <dir>', 'where index answers are cached (default: $XDG_CACHE_HOME/agentops-cockpit)')
    .option('--agent-timeout <seconds>', 'give up on one agent this long after it starts (default: 300)')
    .option('--max-file-size <size>', 'skip files larger than this, e.g. 512KB or 2MB (default: 2MB)')
    .option('--no-gitignore', 'do not respect .gitignore files (.cockpitignore still applies)')
    .option('-q, --quiet', 'findings only: no progress; the text format prints just the blocking findings (one line each) and a one-line verdict')
    .option('--exit-zero', 'exit 0 even when findings block (still exit 3 when the audit could not be done)')
    .option('--color', 'force colour in text output')
    .option('--no-color', NO_COLOR_HELP)
    .option('--debug', 'print stack traces for internal errors')
    .addHelpText(
      'after',
      `
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
  ops report --workspace examples --format sarif --output cockpit.sarif --format json --output cockpit.json`,
    )
    .action(async (target: string | undefined, more: string[], flags: ReportFlags) => {
      const { runReport } = await import('./report-run.js');
      setExitCode(await runReport(target === undefined ? [] : [target, ...more], flags, io));
    });
}
