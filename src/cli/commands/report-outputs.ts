import { repositoryRoot } from '../../util/repository-root.js';
import path from 'node:path';
import { REPORT_FORMATS, type ReportFormat, type Settings } from '../../config/settings.js';
import type { Severity } from '../../findings/model.js';
import type { Report } from '../../report/model.js';
import type { ReportRun } from '../../report/reporters.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { useColor } from './common.js';

/** One rendering of the report: a format, and the file it goes to (undefined: stdout). */
export interface ReportDestination {
  format: ReportFormat;
  file?: string;
}

/**
 * `--format` and `--output`, both repeatable, paired by position: the first format goes to the first file,
 * and so on; one format more than files sends the last format to stdout. Without --format the one format is
 * the default (text, or $COCKPIT_FORMAT). Checked before anything is audited, so a mistake costs nothing.
 */
export function reportDestinations(formats: readonly string[] | undefined, outputs: readonly string[] | undefined, settings: Settings): ReportDestination[] {
  const files = outputs ?? [];
  const chosen = formats && formats.length > 0 ? formats.map((format) => parseFormat(format)) : [settings.format];
  if (files.length > chosen.length) {
    throw new CockpitError(`--output: ${files.length} files but ${chosen.length} --format; give one --format per --output, in the same order (e.g. --format sarif --output a.sarif --format json --output b.json)`);
  }
  if (chosen.length > files.length + 1) {
    throw new CockpitError(`--format: ${chosen.length - files.length} formats would go to stdout; at most one may (give the others an --output file each)`);
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) throw new CockpitError(`--output: '${file}' is given twice`);
    seen.add(file);
  }
  return chosen.map((format, index) => (index < files.length ? { format, file: files[index]! } : { format }));
}

function parseFormat(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new CockpitError(`--format: unknown format '${value}' (expected ${REPORT_FORMATS.join(', ')})`);
}

/** The audited folder's path from the root of the git work tree holding it (`.git` above it), POSIX; else the path shown. */
export function repositoryPrefix(auditedRoot: string, shown: string): string {
  const repository = repositoryRoot(auditedRoot);
  return repository === undefined ? shown : path.relative(repository, auditedRoot).split(path.sep).join('/');
}

/** `ops report --workspace examples --heal --dry-run`: the same target, previewing its fixes; shell-quoted when needed. */
export function healCommand(target: string, workspace: boolean): string {
  const quoted = /^[\w./@%+=:,-]+$/.test(target) ? target : `'${target.replace(/'/g, `'\\''`)}'`;
  return `ops report ${workspace ? '--workspace ' : ''}${quoted} --heal --dry-run`;
}

export interface WriteOutputsOptions {
  destinations: readonly ReportDestination[];
  run: Omit<ReportRun, 'report'> & { report: Report };
  severity: Severity | undefined;
  settings: Settings;
  io: CliIo;
}

/** Renders each destination's format and writes it: files atomically (as one run has always done), then stdout. */
export async function writeReportOutputs({ destinations, run, severity, settings, io }: WriteOutputsOptions): Promise<void> {
  const [{ REPORTERS }, { filterBySeverity }] = await Promise.all([import('../../report/reporters.js'), import('../../report/severity-filter.js')]);
  const shown: ReportRun = severity ? { ...run, report: filterBySeverity(run.report, severity) } : run;
  const { report } = run;
  for (const destination of destinations) {
    const toFile = destination.file !== undefined;
    const output = await REPORTERS[destination.format](shown, {
      color: useColor(settings, io, toFile),
      stdout: !toFile,
      ...(!toFile && io.stdoutIsTty && io.stdoutColumns ? { width: io.stdoutColumns } : {}),
    });
    if (destination.file === undefined) {
      io.stdout(output);
      continue;
    }
    const { describeWriteError, writeFileAtomic } = await import('../../util/atomic-write.js');
    try {
      await writeFileAtomic(path.resolve(io.cwd, destination.file), output);
    } catch (error) {
      throw new CockpitError(`${destination.file}: cannot write the report (${describeWriteError(error)})`);
    }
    io.stderr(`Report written to ${destination.file} (${destination.format}); verdict ${report.verdict}, exit ${report.exitCode}\n`);
  }
}
