import path from 'node:path';
import type { Command } from 'commander';
import { baselineFromReport, DEFAULT_BASELINE, writeBaseline } from '../../baseline/file.js';
import { resolveSettings } from '../../config/settings.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { auditTarget, displayRoot, requireDirectory } from './report.js';

interface BaselineCreateFlags {
  output?: string;
  workspace?: boolean;
  jobs?: string;
  maxFileSize?: string;
  gitignore?: boolean;
  quiet?: boolean;
}

/**
 * `ops baseline create`: audit like `ops report` and write the fingerprints of today's findings, so
 * `ops report --baseline FILE` gates only on what is new. No lake is written and no cache is read:
 * a baseline is made from a fresh audit. Exit 0 after writing, whatever was found.
 */
export async function runBaselineCreate(target: string | undefined, flags: BaselineCreateFlags, io: CliIo): Promise<number> {
  const given = target ?? '.';
  const root = path.resolve(io.cwd, given);
  await requireDirectory(root, given);
  // Registry lookups stay off: a baseline is about the code, and must not depend on the network.
  const settings = { ...resolveSettings({ maxFileSize: flags.maxFileSize, gitignore: flags.gitignore }, io.env), registryMode: 'off' as const };
  let jobs: number | undefined;
  if (flags.jobs !== undefined) {
    jobs = Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new CockpitError(`--jobs: '${flags.jobs}' is not a positive whole number`);
  }
  const fleet = flags.workspace === true;
  const { report } = await auditTarget(root, given, {
    settings,
    dependencies: undefined,
    fleet,
    flags: flags.quiet ? { quiet: true } : {},
    io,
    shard: undefined,
    jobs,
    agentTimeoutMs: 300_000,
    cache: false,
    lake: false,
  });
  const failed = report.agents.filter((agent) => agent.verdict === 'failed');
  if (failed.length > 0) {
    throw new CockpitError(`${failed[0]!.path}: the audit failed (${failed[0]!.error ?? 'unknown error'}); no baseline written`);
  }
  const shownOutput = flags.output ?? path.posix.join(displayRoot(root, io.cwd), DEFAULT_BASELINE);
  const destination = flags.output !== undefined ? path.resolve(io.cwd, flags.output) : path.join(root, ...DEFAULT_BASELINE.split('/'));
  const baseline = baselineFromReport({ ...report, root: displayRoot(root, io.cwd) });
  await writeBaseline(destination, shownOutput, baseline);
  const agents = report.agents.length;
  io.stdout(`Baseline written to ${shownOutput}: ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} in ${agents} agent${agents === 1 ? '' : 's'}\n`);
  return 0;
}

export function registerBaseline(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const baseline = program.command('baseline').description('accept today\'s findings so the gate blocks only on new ones');
  baseline
    .command('create')
    .description('audit PATH and write the fingerprints of its findings to a baseline file')
    .argument('[path]', 'the agent folder, or the workspace root with --workspace', '.')
    .option('-o, --output <file>', `where to write the baseline (default: PATH/${DEFAULT_BASELINE})`)
    .option('-w, --workspace', 'discover and audit every agent under PATH')
    .option('-j, --jobs <n>', 'worker threads (default: the machine\'s cores)')
    .option('--max-file-size <size>', 'skip files larger than this, e.g. 512KB or 2MB (default: 2MB)')
    .option('--no-gitignore', 'do not respect .gitignore files (.cockpitignore still applies)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
The file holds fingerprints (rule, file, a digest of the matched content), never a secret or a snippet.
Commit it; then gate on new findings only, and see stale entries to remove:
  ops baseline create --workspace .
  ops report --workspace . --baseline .cockpit/baseline.json
Use the same PATH and --workspace for both: finding paths are relative to the audited root.`,
    )
    .action(async (target: string | undefined, flags: BaselineCreateFlags) => {
      setExitCode(await runBaselineCreate(target, flags, io));
    });
}
