import { stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveSettings } from '../../config/settings.js';
import type { Report } from '../../report/model.js';
import type { AuditRun, AuditTarget } from '../../run/request.js';
import type { CliIo } from '../io.js';
import { displayRoot, requireDirectory } from './common.js';
import { checkReportFlags, type ReportFlags } from './report-flags.js';

// `ops report`: flags in, one AuditRequest to run/run-audit.ts, the outputs written. Only what every report run
// needs is imported above; the engine, formats, PostgreSQL, the resolver and heal load when a run asks for them
// (docs/BENCHMARKS.md, Start-up).

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

export async function runReport(target: string | readonly string[] | undefined, flags: ReportFlags, io: CliIo): Promise<number> {
  // Several paths, or files, as ruff and eslint take them (run/targets.ts); one folder is the usual run.
  const targets = typeof target === 'string' ? [target] : target && target.length > 0 ? [...target] : ['.'];
  const plan = targets.length > 1 || !(await isDirectory(path.resolve(io.cwd, targets[0]!))) ? await (await import('../../run/targets.js')).planTargets(targets, io.cwd) : undefined;
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
  const { shard, jobs, agentTimeoutMs, sarifUriPrefix } = await checkReportFlags(flags, settings, plan ? targets.length : undefined);

  const given = plan ? displayRoot(plan.root, io.cwd) : targets[0]!;
  let run: AuditRun;
  if (flags.fromLake !== undefined) {
    const started = performance.now();
    const report: Report = await (await import('./report-from-lake.js')).reportFromLake(flags.fromLake, io.cwd, io.env);
    run = { report, fleet: true, durationMs: performance.now() - started };
  } else {
    const root = plan ? plan.root : path.resolve(io.cwd, given);
    if (!plan) await requireDirectory(root, given);
    // --staged audits only the agents that own staged files (discovery), never a monorepo as one agent (pre-commit).
    const auditTarget: AuditTarget = plan
      ? { kind: 'planned', plan }
      : flags.workspace === true || shard !== undefined || flags.staged === true
        ? { kind: 'fleet', ...(shard ? { shard } : {}) }
        : { kind: 'agent' };
    const { createFileProgress, createProgress } = await import('../progress.js');
    const quiet = flags.quiet === true;
    run = await (await import('../../run/run-audit.js')).runAudit({
      root,
      given,
      cwd: io.cwd,
      env: io.env,
      settings,
      target: auditTarget,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(agentTimeoutMs !== undefined ? { agentTimeoutMs } : {}),
      cache: flags.cache !== false,
      // An explicit --lake is relative to the current folder, as in every command; the default sits in the workspace.
      ...(flags.lake !== undefined ? { lake: path.resolve(io.cwd, flags.lake) } : {}),
      scope: flags,
      ...(flags.heal ? { heal: { dryRun: flags.dryRun === true, force: flags.force === true, ...(flags.branch !== undefined ? { branch: flags.branch } : {}) } } : {}),
      indexes: { ...(flags.indexUrl ? { indexUrl: flags.indexUrl } : {}), ...(flags.extraIndexUrl ? { extraIndexUrls: flags.extraIndexUrl } : {}), ...(flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}) },
      importSarif: flags.importSarif ?? [],
      triage: true,
      committee: true,
      owners: true,
      hooks: {
        progress: createProgress(io, io.stderrIsTty, quiet),
        // Files done/total of a large agent, on a terminal only (progress.ts).
        files: createFileProgress(io, io.stderrIsTty, quiet),
        notice: (line, level) => {
          if (level === 'warning' || !quiet) io.stderr(`${line}\n`);
        },
      },
    });
  }
  const { report, heal } = run;
  // A pre-commit hook with nothing staged stays silent: --quiet text to stdout has nothing to say.
  if (flags.staged && flags.quiet && report.changes?.files.length === 0 && report.exitCode === 0 && destinations.every((destination) => destination.format === 'text' && destination.file === undefined)) return 0;
  const remaining = report.summary.findings - (heal?.dryRun ? heal.plan.totals.fixes : 0);
  const shownPrefix = flags.fromLake !== undefined ? '' : report.root;
  const { healCommand, repositoryPrefix, writeReportOutputs } = await import('./report-outputs.js');
  await writeReportOutputs({
    destinations,
    severity,
    settings,
    io,
    run: {
      report,
      fleet: run.fleet,
      durationMs: run.durationMs,
      quiet: flags.quiet === true,
      ...(heal ? { heal: { ...heal, remaining } } : {}),
      ...(run.baselineStates ? { baselineStates: run.baselineStates } : {}),
      ...(sarifUriPrefix ? { sarifUriPrefix } : {}),
      shownPrefix,
      repositoryPrefix: flags.fromLake !== undefined ? '' : repositoryPrefix(path.resolve(io.cwd, given), shownPrefix),
      // Healing needs the folder itself: not from a lake, nor a staged snapshot.
      ...(flags.fromLake === undefined && !flags.staged && !plan ? { healCommand: healCommand(given, flags.workspace === true) } : {}),
    },
  });
  // --exit-zero reports blocking findings without failing the step; an audit that could not be done still fails.
  return flags.exitZero && report.exitCode !== 3 ? 0 : report.exitCode;
}
