import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { auditAgent } from '../../audit/audit-agent.js';
import { resolveSettings, type Settings } from '../../config/settings.js';
import { buildReport } from '../../report/build.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatText } from '../../report/text.js';
import { RULES } from '../../rules/index.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';

interface ReportFlags {
  format?: string;
  output?: string;
  maxFileSize?: string;
  color?: boolean;
  debug?: boolean;
}

async function requireDirectory(target: string, shown: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CockpitError(code === 'ENOENT' ? `${shown}: no such file or directory` : `${shown}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (!info.isDirectory()) throw new CockpitError(`${shown}: not a directory (ops report audits an agent folder)`);
}

/** The root as shown in reports: relative to the working directory when inside it, POSIX either way. */
function displayRoot(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

function useColor(settings: Settings, io: CliIo, toFile: boolean): boolean {
  if (toFile || settings.color === 'never') return false;
  return settings.color === 'always' || io.stdoutIsTty;
}

export async function runReport(target: string | undefined, flags: ReportFlags, io: CliIo): Promise<number> {
  const settings = resolveSettings(
    { format: flags.format, maxFileSize: flags.maxFileSize, color: flags.color, debug: flags.debug },
    io.env,
  );
  const given = target ?? '.';
  const root = path.resolve(io.cwd, given);
  await requireDirectory(root, given);

  const started = performance.now();
  const audit = await auditAgent({ root, maxFileBytes: settings.maxFileBytes, excludeDirs: settings.excludeDirs });
  const report = buildReport(displayRoot(root, io.cwd), [audit]);
  const durationMs = performance.now() - started;

  const output =
    settings.format === 'json'
      ? formatJson(report)
      : settings.format === 'sarif'
        ? formatSarif(report, RULES)
        : formatText(report, { color: useColor(settings, io, flags.output !== undefined), durationMs });

  if (flags.output !== undefined) {
    const destination = path.resolve(io.cwd, flags.output);
    try {
      await writeFileAtomic(destination, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new CockpitError(`${flags.output}: cannot write the report (${code})`);
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
    .description('audit an agent folder for hardcoded secrets and PII, and gate on the result')
    .argument('[path]', 'the agent folder to audit', '.')
    .option('-f, --format <format>', 'report format: text, json or sarif (default: text, or $COCKPIT_FORMAT)')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-file-size <size>', 'skip files larger than this, e.g. 512KB or 2MB (default: 2MB)')
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
  3  the audit could not be done: bad arguments, missing path, unreadable config, internal error

Suppress one finding with a reason on its line or the line before:
  # cockpit: ignore[secret/generic-secret-assignment] rotated test credential for the sandbox

Examples:
  ops report examples/travel-concierge
  ops report . --format sarif --output cockpit.sarif`,
    )
    .action(async (target: string | undefined, flags: ReportFlags) => {
      setExitCode(await runReport(target, flags, io));
    });
}
