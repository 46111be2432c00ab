import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { auditAgent } from '../../audit/audit-agent.js';
import { auditWorkspace, batchRunner, loadRootConfig, parseShard, type Shard } from '../../audit/audit-workspace.js';
import { checkScopeFlags, finishScope, prepareScope, scopeActive, type PreparedScope } from '../../baseline/prepare.js';
import { formatScopedSarif } from '../../baseline/sarif.js';
import { selectChangedAgents, type BaselineState } from '../../baseline/scope.js';
import { formatScopeText } from '../../baseline/text.js';
import type { DiscoveredAgent } from '../../discovery/discover.js';
import { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan, type HealPlan, type HealSource } from '../../heal/heal.js';
import { formatHealPlan } from '../../report/heal-text.js';
import { healPlanJson } from '../../report/heal-json.js';
import { availableParallelism } from 'node:os';
import { rootPolicy } from '../../config/policy.js';
import { parseAgentTimeout, resolveSettings, type Settings } from '../../config/settings.js';
import { readAllLatest } from '../../lake/store.js';
import { readStoreLatest } from '../../store/open.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import { assembleReport, buildReport } from '../../report/build.js';
import { formatHtml } from '../../report/html.js';
import { formatJson } from '../../report/json.js';
import { isRepositoryEntry, type Report } from '../../report/model.js';
import { formatSarif, sarifOptionsFor } from '../../report/sarif.js';
import { formatText } from '../../report/text.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { RULES } from '../../rules/index.js';
import { DependencyResolver } from '../../registry/audit/dependency-resolver.js';
import { failsClosed, SKIP_FIX } from '../../gate/gate.js';
import { listFiles } from '../../source/walk.js';
import { describeWriteError, writeFileAtomic } from '../../util/atomic-write.js';
import { CockpitError } from '../../util/errors.js';
import { leavesBase } from '../../util/paths.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';

export interface ReportFlags {
  format?: string;
  output?: string;
  maxFileSize?: string;
  color?: boolean;
  debug?: boolean;
  gitignore?: boolean;
  workspace?: boolean;
  jobs?: string;
  shard?: string;
  lake?: string;
  cache?: boolean;
  fromLake?: string;
  agentTimeout?: string;
  quiet?: boolean;
  heal?: boolean;
  dryRun?: boolean;
  force?: boolean;
  branch?: string;
  resolve?: boolean;
  offline?: boolean;
  public?: boolean;
  resolveBestEffort?: boolean;
  registryTimeout?: string;
  cacheDir?: string;
  indexUrl?: string;
  extraIndexUrl?: string[];
  npmRegistry?: string;
  baseline?: string;
  changedSince?: string;
  staged?: boolean;
}

export const DEFAULT_LAKE = path.join('.cockpit', 'evidence_lake');

export async function requireDirectory(target: string, shown: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CockpitError(code === 'ENOENT' ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (!info.isDirectory()) throw new CockpitError(`${shown}: not a directory`);
  // An unlistable folder is named as such, not blamed on the first file read from it (cockpit.yaml).
  try {
    await access(target, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new CockpitError(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
export function displayRoot(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : leavesBase(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** Colour on a TTY unless turned off; never in a file. */
export function useColor(settings: Settings, io: CliIo, toFile = false): boolean {
  if (toFile || settings.color === 'never') return false;
  return settings.color === 'always' || io.stdoutIsTty;
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CockpitError(`${flag}: '${value}' is not a positive whole number`);
  return number;
}

async function buildFromLake(lakeArgument: string, io: CliIo): Promise<Report> {
  if (isStoreUrl(lakeArgument)) {
    // The PostgreSQL fleet store (docs/STORE.md): the same records, named by the URL with its password masked.
    const { label, records } = await readStoreLatest(lakeArgument, io.env);
    if (records.length === 0) throw new CockpitError(`${label}: the store holds no agent records (push a lake first: ops lake push --to URL)`);
    return assembleReport(label, records.map((record) => record.agent));
  }
  const lake = path.resolve(io.cwd, lakeArgument);
  await requireDirectory(lake, lakeArgument);
  const records = await readAllLatest(lake);
  if (records.length === 0) throw new CockpitError(`${lakeArgument}: the lake holds no agent records`);
  return assembleReport(displayRoot(lake, io.cwd), records.map((record) => record.agent));
}

export interface AuditContext {
  settings: Settings;
  dependencies: DependencyResolver | undefined;
  fleet: boolean;
  flags: ReportFlags;
  io: CliIo;
  shard: Shard | undefined;
  jobs: number | undefined;
  agentTimeoutMs: number;
  cache: boolean;
  /** false: write no evidence lake (and so reuse no record) for this run. */
  lake?: boolean;
  /** --baseline/--changed-since/--staged: which agents to audit. */
  scope?: PreparedScope;
}

/** Audits one agent folder, or with --workspace/--shard the whole fleet; returns the report and the fixes found. */
export async function auditTarget(root: string, given: string, context: AuditContext): Promise<{ report: Report; heal: HealSource[] }> {
  const { settings, flags, io, shard, jobs } = context;
  const changes = context.scope?.changes;
  if (context.fleet) {
    const progress = createProgress(io, io.stderrIsTty, flags.quiet === true);
    const result = await auditWorkspace({
      root,
      // The repository entry is named after the folder given, also when a staged snapshot is audited.
      rootName: path.basename(path.resolve(io.cwd, given)),
      settings,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(shard ? { shard } : {}),
      // An explicit --lake is relative to the current folder, as in every command; the default sits in the workspace.
      ...(context.lake === false ? {} : { lakeDir: flags.lake !== undefined ? path.resolve(io.cwd, flags.lake) : path.join(root, DEFAULT_LAKE) }),
      ...(changes ? { selectAgents: (agents: readonly DiscoveredAgent[]) => selectChangedAgents(changes, agents) } : {}),
      cache: context.cache,
      agentTimeoutMs: context.agentTimeoutMs,
      ...(context.dependencies ? { dependencies: context.dependencies } : {}),
      onStart: (total) => progress.start(total),
      onProgress: (event) => progress.update(event),
    });
    progress.finish();
    if (result.agents.length === 0 && changes && flags.quiet !== true) io.stderr(`No agent under ${given} has ${changes.mode === 'staged' ? 'staged changes' : `changes since ${changes.ref ?? ''}`}: nothing was audited.\n`);
    else if (result.agents.length === 0 && !changes) io.stderr(`No agents found under ${given}: nothing was audited (see \`ops discover ${given}\`).\n`);
    else if (!changes && !shard && flags.quiet !== true && result.agents.every(isRepositoryEntry)) {
      io.stderr(`No agents found under ${given}: its files were scanned for secrets and personal data only (see \`ops discover ${given}\`).\n`);
    }
    return {
      report: assembleReport(displayRoot(root, io.cwd), result.agents, shard ? `${shard.index}/${shard.count}` : undefined),
      heal: result.heal,
    };
  }
  // One agent without changes: nothing to audit or gate.
  if (changes && changes.files.size === 0) return { report: assembleReport(displayRoot(root, io.cwd), []), heal: [] };
  const loaded = await loadRootConfig(root);
  const policy = rootPolicy(loaded?.config);
  const threads = jobs ?? availableParallelism();
  const batches = threads > 1 ? batchRunner(threads) : undefined;
  const useGitignore = loaded?.config.gitignore ?? settings.useGitignore;
  const dependencyLookups = context.dependencies
    ? await context.dependencies.lookupsFor(root, await listFiles(root, { excludeDirs: settings.excludeDirs, useGitignore }))
    : undefined;
  let audit;
  try {
    audit = await auditAgent({
      root,
      maxFileBytes: settings.maxFileBytes,
      excludeDirs: settings.excludeDirs,
      useGitignore,
      policy,
      ...(batches ? { runBatch: batches.run } : {}),
      ...(dependencyLookups ? { dependencyLookups } : {}),
    });
  } finally {
    await batches?.close();
  }
  return {
    report: buildReport(displayRoot(root, io.cwd), [{ audit, gate: { blockOn: policy.blockOn, secretsGate: policy.secretsGate } }]),
    heal: [{ agentRoot: root, agentPath: '.', fixes: audit.fixes }],
  };
}

async function createDependencyResolver(root: string, settings: Settings, flags: ReportFlags, io: CliIo): Promise<DependencyResolver | undefined> {
  if (settings.registryMode === 'off') return undefined;
  const registries = (await loadRootConfig(root))?.config.registries;
  const discoverFlags = {
    ...(flags.indexUrl ? { indexUrl: flags.indexUrl } : {}),
    ...(flags.extraIndexUrl?.length ? { extraIndexUrls: flags.extraIndexUrl } : {}),
    ...(flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}),
  };
  return new DependencyResolver({ cwd: root, env: io.env, settings, flags: discoverFlags, ...(registries ? { cockpitRegistries: registries } : {}) });
}

export async function runReport(target: string | undefined, flags: ReportFlags, io: CliIo): Promise<number> {
  const settings = resolveSettings(
    {
      format: flags.format,
      maxFileSize: flags.maxFileSize,
      color: flags.color,
      debug: flags.debug,
      gitignore: flags.gitignore,
      resolve: flags.resolve,
      offline: flags.offline,
      public: flags.public,
      resolveBestEffort: flags.resolveBestEffort,
      registryTimeout: flags.registryTimeout,
      cacheDir: flags.cacheDir,
    },
    io.env,
  );
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : undefined;
  if (flags.shard !== undefined && !shard) throw new CockpitError(`--shard: '${flags.shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
  const jobs = flags.jobs !== undefined ? positiveInteger(flags.jobs, '--jobs') : undefined;
  const agentTimeoutMs = flags.agentTimeout !== undefined ? parseAgentTimeout(flags.agentTimeout, '--agent-timeout') : 300_000;
  const started = performance.now();
  let fleet = flags.fromLake !== undefined || flags.workspace === true || shard !== undefined;
  if (flags.heal && flags.fromLake !== undefined) throw new CockpitError('--heal: needs a folder to audit, not --from-lake');
  if (flags.dryRun && !flags.heal) throw new CockpitError('--dry-run: only with --heal (ops report --heal --dry-run)');
  checkScopeFlags(flags);
  if (flags.lake !== undefined && isStoreUrl(flags.lake)) {
    throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; audit into a lake folder, then ops lake push --to URL`);
  }

  let report: Report;
  let healPlan: HealPlan | undefined;
  let resolved: number | undefined;
  let healBranch: string | undefined;
  if (flags.branch !== undefined && (!flags.heal || flags.dryRun)) throw new CockpitError('--branch: only with --heal (and not with --dry-run)');
  if (flags.fromLake !== undefined && settings.registryMode !== 'off') throw new CockpitError('--resolve/--offline/--public: need a folder to audit, not --from-lake');
  let dependencies: DependencyResolver | undefined;
  let baselineStates: Map<string, BaselineState> | undefined;
  if (flags.fromLake !== undefined) {
    report = await buildFromLake(flags.fromLake, io);
  } else {
    const given = target ?? '.';
    const root = path.resolve(io.cwd, given);
    await requireDirectory(root, given);
    const scope = await prepareScope(root, given, flags, { cwd: io.cwd, excludeDirs: settings.excludeDirs });
    try {
      dependencies = await createDependencyResolver(root, settings, flags, io);
      // --staged audits the snapshot: one thread unless told otherwise, so a pre-commit hook starts no pool.
      const scopeJobs = jobs ?? (flags.staged ? 1 : undefined);
      const audit = () =>
        auditTarget(scope.auditRoot, given, {
          settings,
          dependencies,
          fleet,
          flags,
          io,
          shard,
          jobs: scopeJobs,
          agentTimeoutMs,
          cache: flags.cache !== false && !flags.heal,
          // A staged run audits a throwaway snapshot: nothing of it belongs in the lake.
          lake: !flags.staged,
          scope,
        });
      let result = await audit();
      report = result.report;
      if (flags.heal) {
        const maxFixFiles = (await loadRootConfig(root))?.config.max_fix_files;
        healPlan = await limitHealPlan(await buildHealPlan(result.heal), { force: flags.force === true, ...(maxFixFiles !== undefined ? { maxFixFiles } : {}) });
        if (!flags.dryRun) {
          const before = new Set(report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
          await applyHealPlan(healPlan);
          if (flags.branch !== undefined) healBranch = await commitHealBranch(root, flags.branch, healPlan);
          // The verdict after healing is the gate's verdict on the healed tree.
          result = await audit();
          report = result.report;
          const after = new Set(report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
          resolved = [...before].filter((fingerprint) => !after.has(fingerprint)).length;
        }
      }
      if (scopeActive(scope)) {
        const scoped = await finishScope(report, scope, fleet);
        report = scoped.report;
        baselineStates = scoped.states;
      }
      // The snapshot's temporary folder is no place to name in a report.
      if (flags.staged) report = { ...report, root: displayRoot(root, io.cwd) };
    } catch (error) {
      // A run that failed (closed, on an index that could not answer) does not wait for lookups still in flight.
      await dependencies?.abort();
      throw error;
    } finally {
      await scope.dispose();
    }
  }
  if (dependencies) {
    report = { ...report, registry: dependencies.summary() };
    await dependencies.close();
  }
  const durationMs = performance.now() - started;
  const unread = report.agents.flatMap((agent) => (agent.skipped ?? []).filter(failsClosed));
  if (unread.length > 0) {
    const [first] = unread;
    const more = unread.length > 1 ? ` (and ${unread.length - 1} more, listed in the report)` : '';
    io.stderr(`ops: error: ${terminalSafe(first!.path)}: not scanned (${first!.reason})${more}; it may hold a secret: make it readable, or ${SKIP_FIX}\n`);
  }

  const remaining = report.summary.findings - (healPlan && flags.dryRun ? healPlan.totals.fixes : 0);
  const color = useColor(settings, io, flags.output !== undefined);
  const output =
    settings.format === 'json'
      ? formatJson(healPlan ? { ...report, heal: { ...healPlanJson(healPlan, flags.dryRun === true), ...(resolved !== undefined ? { resolved } : {}), ...(healBranch ? { branch: healBranch } : {}) } } : report)
      : settings.format === 'sarif'
        ? baselineStates
          ? formatScopedSarif(report, RULES, baselineStates, sarifOptionsFor(report))
          : formatSarif(report, RULES, sarifOptionsFor(report))
        : settings.format === 'html'
          ? formatHtml(healPlan ? { ...report, heal: healPlanJson(healPlan, flags.dryRun === true) } : report, { fleet, durationMs })
          : formatText(report, { color, durationMs, fleet }) +
          formatScopeText(report, { color }) +
          (healPlan ? `\n${formatHealPlan(healPlan, { color, applied: !flags.dryRun, remaining, ...(resolved !== undefined ? { resolved } : {}), ...(healBranch ? { branch: healBranch } : {}) })}` : '');

  if (flags.output !== undefined) {
    const destination = path.resolve(io.cwd, flags.output);
    try {
      await writeFileAtomic(destination, output);
    } catch (error) {
      throw new CockpitError(`${flags.output}: cannot write the report (${describeWriteError(error)})`);
    }
    io.stderr(`Report written to ${flags.output} (${settings.format}); verdict ${report.verdict}, exit ${report.exitCode}\n`);
  } else {
    io.stdout(output);
  }
  return report.exitCode;
}

export function registerReport(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('audit an agent (or with --workspace, every agent of a monorepo) and gate on the result')
    .argument('[path]', 'the agent folder, or the workspace root with --workspace', '.')
    .option('-f, --format <format>', 'report format: text, json, sarif or html (default: text, or $COCKPIT_FORMAT)')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-w, --workspace', 'discover and audit every agent under PATH in parallel, keeping an evidence lake')
    .option('-j, --jobs <n>', 'worker threads: agents of a fleet, or files of one large agent (default: the machine\'s cores)')
    .option('--shard <k/n>', 'audit only the K-th of N deterministic slices of the fleet (CI matrices)')
    .option('--lake <dir>', `evidence lake folder for --workspace, relative to the current folder (default: PATH/${DEFAULT_LAKE.split(path.sep).join('/')})`)
    .option('--no-cache', 're-audit agents even when nothing changed since their last lake record')
    .option('--baseline <file>', 'gate only on findings this baseline does not list (make one with: ops baseline create)')
    .option('--changed-since <ref>', 'audit only agents changed since this git ref (plus uncommitted work); gate only on changed lines')
    .option('--staged', 'audit what is staged for commit (the git index) and gate only on the staged changes (pre-commit)')
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
    .option('--cache-dir <dir>', 'where index answers are cached (default: $XDG_CACHE_HOME/agentops-cockpit)')
    .option('--agent-timeout <seconds>', 'give up on one agent this long after it starts (default: 300)')
    .option('--max-file-size <size>', 'skip files larger than this, e.g. 512KB or 2MB (default: 2MB)')
    .option('--no-gitignore', 'do not respect .gitignore files (.cockpitignore still applies)')
    .option('-q, --quiet', 'no progress output')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
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

Suppress one finding with a reason on its line or the line before:
  # cockpit: ignore[secret/generic-secret-assignment] rotated test credential for the sandbox

Examples:
  ops report examples/travel-concierge
  ops report --workspace examples
  ops report --workspace examples --heal --dry-run
  ops report --workspace . --resolve           # also check dependencies in the package indexes
  ops report --workspace . --shard 2/4 --lake shard-2 --format sarif --output cockpit.sarif
  ops report --workspace . --baseline .cockpit/baseline.json   # gate only on findings new since the baseline
  ops report --workspace . --changed-since origin/main          # a pull request: changed agents, changed lines
  ops report --staged --quiet                                   # pre-commit: only what is staged (docs/BASELINES.md)`,
    )
    .action(async (target: string | undefined, flags: ReportFlags) => {
      setExitCode(await runReport(target, flags, io));
    });
}
