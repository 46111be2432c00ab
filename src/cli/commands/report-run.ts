import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DEFAULT_TRIAGE } from '../../triage/default-path.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { BatchResult, SourceBatch } from '../../audit/audit-agent.js';
import type { batchRunner, Shard } from '../../audit/audit-workspace.js';
import { checkScopeFlags } from '../../baseline/scope-flags.js';
import type { PreparedScope } from '../../baseline/prepare.js';
import type { BaselineState } from '../../report/model.js';
import type { DiscoveredAgent } from '../../discovery/discover.js';
import type { HealPlan, HealSource } from '../../heal/heal.js';
import { loadFleetConfig } from '../../config/root-config.js';
import { parseAgentTimeout, resolveSettings, type Settings } from '../../config/settings.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import type { AgentReport, Report } from '../../report/model.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import type { DependencyResolver } from '../../registry/audit/dependency-resolver.js';
import { failsClosed, SKIP_FIX } from '../../gate/gate.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import type { Progress } from '../progress.js';
import type { TargetPlan } from './report-targets.js';
import { DEFAULT_LAKE, displayRoot, requireDirectory } from './common.js';
import { singleAgentPolicy } from '../../config/single-agent-policy.js';

// Only what every report run needs is imported above; the audit engine, formats, PostgreSQL, the registry
// resolver and heal load when a run asks for them (docs/BENCHMARKS.md, Start-up).

export interface ReportFlags {
  config?: string;
  triage?: string;
  /** Repeatable, paired by position with --output (report-outputs.ts). */
  format?: string[];
  output?: string[];
  /** The least severe findings shown (every format); the gate is unchanged. */
  severity?: string;
  /** Exit 0 when findings block; a failed audit (3) still fails. */
  exitZero?: boolean;
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
  /** --import-sarif TOOL=FILE, repeatable (docs/COMMITTEE.md). */
  importSarif?: string[];
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CockpitError(`${flag}: '${value}' is not a positive whole number`);
  return number;
}

async function buildFromLake(lakeArgument: string, io: CliIo): Promise<Report> {
  const { assembleReport } = await import('../../report/build.js');
  if (isStoreUrl(lakeArgument)) {
    // The PostgreSQL fleet store (docs/STORE.md): the same records, named by the URL with its password masked.
    const { readStoreLatest } = await import('../../store/open.js');
    const { label, records } = await readStoreLatest(lakeArgument, io.env);
    if (records.length === 0) throw new CockpitError(`${label}: the store holds no agent records (push a lake first: ops lake push --to URL)`);
    return assembleReport(label, records.map((record) => record.agent));
  }
  const lake = path.resolve(io.cwd, lakeArgument);
  await requireDirectory(lake, lakeArgument);
  const { readAllLatest } = await import('../../lake/store.js');
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
  /** One agent of several paths (report-targets.ts): its folder relative to the folder holding them all. */
  relativePath?: string;
  /** A file given as a path: only these files' findings (relative to the report's root) are reported and gated. */
  onlyFiles?: ReadonlySet<string>;
}

/** Audits one agent folder, or with --workspace/--shard the whole fleet; returns the report and the fixes found. */
export async function auditTarget(root: string, given: string, context: AuditContext): Promise<{ report: Report; heal: HealSource[] }> {
  const { settings, flags, io, shard, jobs } = context;
  const changes = context.scope?.changes;
  const { assembleReport, buildReport } = await import('../../report/build.js');
  if (context.fleet) {
    const [{ isRepositoryEntry }, { createProgress }] = await Promise.all([import('../../report/summary.js'), import('../progress.js')]);
    const progress = createProgress(io, io.stderrIsTty, flags.quiet === true);
    let result: { agents: AgentReport[]; heal: HealSource[] };
    if (changes?.mode === 'staged' && changes.files.size === 0) {
      // Nothing staged: no agent can be selected, so the fleet engine (discovery, rules, workers) is never loaded.
      progress.start(0);
      result = { agents: [], heal: [] };
    } else {
      // The repository entry is named after the folder given, also when a staged snapshot is audited.
      const rootName = path.basename(path.resolve(io.cwd, given));
      // An explicit --lake is relative to the current folder, as in every command; the default sits in the workspace.
      const lakeDir = context.lake === false ? undefined : flags.lake !== undefined ? path.resolve(io.cwd, flags.lake) : path.join(root, DEFAULT_LAKE);
      const warm = lakeDir && context.cache && !shard && !changes && !context.dependencies && !io.env['COCKPIT_FAULT_INJECT'] && !process.env['COCKPIT_FAULT_INJECT']
        ? await warmFleet(root, rootName, lakeDir, settings, io, progress)
        : undefined;
      if (warm) result = warm;
      else {
        const [{ auditWorkspace }, { selectChangedAgents }] = await Promise.all([import('../../audit/audit-workspace.js'), import('../../baseline/scope.js')]);
        result = await auditWorkspace({
          root,
          rootName,
          settings,
          ...(jobs !== undefined ? { jobs } : {}),
          ...(shard ? { shard } : {}),
          ...(lakeDir ? { lakeDir } : {}),
          ...(changes ? { selectAgents: (agents: readonly DiscoveredAgent[]) => selectChangedAgents(changes, agents) } : {}),
          cache: context.cache,
          agentTimeoutMs: context.agentTimeoutMs,
          ...(context.dependencies ? { dependencies: context.dependencies } : {}),
          onStart: (total) => progress.start(total),
          onProgress: (event) => progress.update(event),
        });
      }
    }
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
  // Gated as the fleet run of the folder above would gate it (config/single-agent-policy.ts).
  const { policy, violations, settings: agentSettings } = await singleAgentPolicy(root, settings.configFile);
  const [{ auditAgent }, { listFiles }] = await Promise.all([import('../../audit/audit-agent.js'), import('../../source/walk.js')]);
  const threads = jobs ?? availableParallelism();
  // The worker pool (and its module) loads only when the agent is large enough to start it.
  const batches = threads > 1 ? lazyBatchRunner(threads) : undefined;
  // Files done/total of a large agent, on a terminal only (progress.ts).
  const files = batches ? (await import('../progress.js')).createFileProgress(io, io.stderrIsTty, flags.quiet === true) : undefined;
  const runBatch = batches
    ? async (batch: SourceBatch): Promise<BatchResult> => {
        files!.add(batch.files.length);
        const result = await batches.run(batch);
        files!.done(batch.files.length);
        return result;
      }
    : undefined;
  const useGitignore = agentSettings.gitignore ?? settings.useGitignore;
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
      ...(violations.length > 0 ? { lockViolations: violations } : {}),
      ...(context.relativePath !== undefined ? { relativePath: context.relativePath } : {}),
      ...(runBatch ? { runBatch } : {}),
      ...(dependencyLookups ? { dependencyLookups } : {}),
    });
  } finally {
    files?.finish();
    await batches?.close();
  }
  if (context.onlyFiles) audit = (await import('./report-targets.js')).onlyTheseFiles(audit, context.onlyFiles);
  return {
    report: buildReport(displayRoot(root, io.cwd), [{ audit, gate: { blockOn: policy.blockOn, secretsGate: policy.secretsGate } }]),
    heal: [{ agentRoot: root, agentPath: context.relativePath ?? '.', fixes: audit.fixes }],
  };
}

/** The planned agents (several paths, or the agent owning a file given), else the one folder or workspace. */
function auditWith(plan: TargetPlan | undefined, root: string, given: string, context: AuditContext): Promise<{ report: Report; heal: HealSource[] }> {
  return plan ? auditPlanned(plan, context) : auditTarget(root, given, context);
}

/** Each planned agent audited as one agent under its own policy, reported together (a small fleet when several). */
async function auditPlanned(plan: TargetPlan, context: AuditContext): Promise<{ report: Report; heal: HealSource[] }> {
  const { assembleReport } = await import('../../report/build.js');
  const results: Array<{ report: Report; heal: HealSource[] }> = [];
  for (const agent of plan.agents) {
    results.push(await auditTarget(agent.root, agent.relativePath, { ...context, fleet: false, relativePath: agent.relativePath, ...(agent.onlyFiles ? { onlyFiles: agent.onlyFiles } : {}) }));
  }
  return { report: assembleReport(displayRoot(plan.root, context.io.cwd), results.flatMap((result) => result.report.agents)), heal: results.flatMap((result) => result.heal) };
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A fleet whose tree did not change since the last full run (audit/warm-cache.ts): its reports from the lake,
 * found by stats alone, without loading the audit engine; undefined when anything changed.
 */
async function warmFleet(root: string, rootName: string, lakeDir: string, settings: Settings, io: CliIo, progress: Progress): Promise<{ agents: AgentReport[]; heal: HealSource[] } | undefined> {
  const started = performance.now();
  const { warmFleetReports } = await import('../../audit/warm-cache.js');
  const warm = warmFleetReports({
    root,
    rootName,
    lakeDir,
    maxFileBytes: settings.maxFileBytes,
    excludeDirs: settings.excludeDirs,
    useGitignore: settings.useGitignore,
    configFile: settings.configFile?.path,
  });
  if (!warm) return undefined;
  progress.start(warm.reports.length);
  warm.reports.forEach((agent, index) => progress.update({ done: index + 1, total: warm.reports.length, agent: agent.path, verdict: agent.verdict, cached: true, elapsedMs: performance.now() - started }));
  if (settings.debug) io.stderr(`ops: warm path: ${warm.reports.length} agents from the lake; ${warm.files} files and ${warm.dirs} folders statted, none read\n`);
  return { agents: warm.reports, heal: [] };
}

/** batchRunner without loading the fleet engine (piscina, the lake) until the first batch is sent. */
function lazyBatchRunner(threads: number): { run: (batch: SourceBatch) => Promise<BatchResult>; close: () => Promise<void> } {
  let runner: Promise<ReturnType<typeof batchRunner>> | undefined;
  return {
    run: async (batch) => {
      runner ??= import('../../audit/audit-workspace.js').then((module) => module.batchRunner(threads));
      return (await runner).run(batch);
    },
    close: async () => {
      await (await runner)?.close();
    },
  };
}

async function createDependencyResolver(root: string, settings: Settings, flags: ReportFlags, io: CliIo): Promise<DependencyResolver | undefined> {
  if (settings.registryMode === 'off') return undefined;
  const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
  const { DependencyResolver } = await import('../../registry/audit/dependency-resolver.js');
  const discoverFlags = {
    ...(flags.indexUrl ? { indexUrl: flags.indexUrl } : {}),
    ...(flags.extraIndexUrl?.length ? { extraIndexUrls: flags.extraIndexUrl } : {}),
    ...(flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}),
  };
  return new DependencyResolver({ cwd: root, env: io.env, settings, flags: discoverFlags, ...(registries ? { cockpitRegistries: registries } : {}) });
}

export async function runReport(target: string | readonly string[] | undefined, flags: ReportFlags, io: CliIo): Promise<number> {
  // Several paths, or files, as ruff and eslint take them (report-targets.ts); one folder is the usual run.
  const targets = typeof target === 'string' ? [target] : target && target.length > 0 ? [...target] : ['.'];
  const plan = targets.length > 1 || !(await isDirectory(path.resolve(io.cwd, targets[0]!))) ? await (await import('./report-targets.js')).planTargets(targets, io.cwd) : undefined;
  const settings = resolveSettings(
    {
      format: flags.format?.[0],
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
      config: flags.config,
      cwd: io.cwd,
    },
    io.env,
  );
  // Bad --format/--output pairs and --severity fail before anything is audited.
  const { reportDestinations } = await import('./report-outputs.js');
  const destinations = reportDestinations(flags.format, flags.output, settings);
  const severity = flags.severity !== undefined ? (await import('../../report/severity-filter.js')).parseSeverity(flags.severity, '--severity') : undefined;
  // The text format's modules load while the audit runs rather than after it (docs/BENCHMARKS.md, Start-up).
  if (destinations.some((destination) => destination.format === 'text') && flags.quiet !== true) import('../../report/text.js').catch(() => undefined);
  const shard = flags.shard !== undefined ? (await import('../../audit/audit-workspace.js')).parseShard(flags.shard) : undefined;
  if (flags.shard !== undefined && !shard) throw new CockpitError(`--shard: '${flags.shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
  const jobs = flags.jobs !== undefined ? positiveInteger(flags.jobs, '--jobs') : undefined;
  const agentTimeoutMs = flags.agentTimeout !== undefined ? parseAgentTimeout(flags.agentTimeout, '--agent-timeout') : 300_000;
  const started = performance.now();
  // --staged audits only the agents that own staged files (discovery), never a monorepo as one agent (pre-commit).
  let fleet = flags.fromLake !== undefined || flags.workspace === true || shard !== undefined || flags.staged === true;
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
  if (flags.fromLake !== undefined && flags.importSarif?.length) throw new CockpitError('--import-sarif: needs a folder to audit, not --from-lake');
  if (plan) {
    const refused = flags.fromLake !== undefined ? '--from-lake' : flags.workspace ? '--workspace' : shard ? '--shard' : flags.staged ? '--staged' : flags.changedSince !== undefined ? '--changed-since' : flags.baseline !== undefined ? '--baseline' : flags.heal ? '--heal' : undefined;
    if (refused) throw new CockpitError(`${refused}: takes one folder, not ${targets.length > 1 ? 'several paths' : 'a file'}`);
    // Several agents are reported as a small fleet; one file's agent as one agent.
    fleet = plan.agents.length > 1;
  }
  if (flags.fromLake !== undefined) {
    report = await buildFromLake(flags.fromLake, io);
  } else {
    const given = plan ? displayRoot(plan.root, io.cwd) : targets[0]!;
    const root = plan ? plan.root : path.resolve(io.cwd, given);
    if (!plan) await requireDirectory(root, given);
    // Audit by committee (docs/COMMITTEE.md): its SARIF files are read before the audit, so a bad one fails at once.
    const committee = await (await import('../../committee/run.js')).prepareCommittee({
      root,
      fleet,
      importFlags: flags.importSarif ?? [],
      configFile: settings.configFile,
      cwd: io.cwd,
      maxFileBytes: settings.maxFileBytes,
      env: io.env,
      cacheDir: settings.cacheDir,
    });
    // A triage file in the root applies to every run (a stat here: no triage code loads without one).
    const triaged = flags.triage !== undefined || existsSync(path.join(root, ...DEFAULT_TRIAGE.split('/')));
    const scoped = flags.baseline !== undefined || flags.changedSince !== undefined || flags.staged === true || triaged;
    const scopeModule = scoped ? await import('../../baseline/prepare.js') : undefined;
    const scope: PreparedScope = scopeModule
      ? await scopeModule.prepareScope(root, given, flags, { cwd: io.cwd, excludeDirs: settings.excludeDirs })
      : { auditRoot: root, dispose: async () => undefined };
    try {
      dependencies = await createDependencyResolver(root, settings, flags, io);
      // --staged audits the snapshot: one thread unless told otherwise, so a pre-commit hook starts no pool.
      const scopeJobs = jobs ?? (flags.staged ? 1 : undefined);
      const { withAgentOwners } = await import('../../owners/agent-owners.js');
      // Owners are read from the real root: a staged run audits a snapshot of it.
      const audit = async () =>
        withAgentOwners(await auditWith(plan, scope.auditRoot, given, {
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
        }), root);
      let result = await audit();
      report = result.report;
      if (flags.heal) {
        const { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan } = await import('../../heal/heal.js');
        // The same file the audit's policy came from: the root's for a fleet, the agent's or the fleet file above it for one agent.
        const maxFixFiles = fleet
          ? (await loadFleetConfig(root, settings.configFile))?.config.max_fix_files
          : (await singleAgentPolicy(root, settings.configFile)).settings.max_fix_files;
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
      // Votes and quorum decide what the gate counts; baselines and changes then narrow it as before.
      if (committee) report = await committee.apply(report, scope.auditRoot);
      if (scopeModule?.scopeActive(scope)) {
        const narrowed = await scopeModule.finishScope(report, scope, fleet, settings.configFile);
        report = narrowed.report;
        baselineStates = narrowed.states;
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

  // A pre-commit hook with nothing staged stays silent: --quiet text to stdout has nothing to say.
  if (flags.staged && flags.quiet && report.changes?.files.length === 0 && report.exitCode === 0 && destinations.every((destination) => destination.format === 'text' && destination.file === undefined)) return 0;
  const remaining = report.summary.findings - (healPlan && flags.dryRun ? healPlan.totals.fixes : 0);
  const given = plan ? displayRoot(plan.root, io.cwd) : targets[0]!;
  const shownPrefix = flags.fromLake !== undefined ? '' : report.root;
  const { healCommand, repositoryPrefix, writeReportOutputs } = await import('./report-outputs.js');
  await writeReportOutputs({
    destinations,
    severity,
    settings,
    io,
    run: {
      report,
      fleet,
      durationMs,
      quiet: flags.quiet === true,
      ...(healPlan ? { heal: { plan: healPlan, dryRun: flags.dryRun === true, remaining, ...(resolved !== undefined ? { resolved } : {}), ...(healBranch ? { branch: healBranch } : {}) } } : {}),
      ...(baselineStates ? { baselineStates } : {}),
      shownPrefix,
      repositoryPrefix: flags.fromLake !== undefined ? '' : repositoryPrefix(path.resolve(io.cwd, given), shownPrefix),
      // Healing needs the folder itself: not from a lake, nor a staged snapshot.
      ...(flags.fromLake === undefined && !flags.staged && !plan ? { healCommand: healCommand(given, flags.workspace === true) } : {}),
    },
  });
  // --exit-zero reports blocking findings without failing the step; an audit that could not be done still fails.
  return flags.exitZero && report.exitCode !== 3 ? 0 : report.exitCode;
}

