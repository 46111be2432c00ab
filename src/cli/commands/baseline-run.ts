import path from 'node:path';
import { baselineFromReport, DEFAULT_BASELINE, writeBaseline } from '../../baseline/file.js';
import { resolveSettings } from '../../config/settings.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { displayRoot, requireDirectory } from './common.js';
import { plural } from '../../util/plural.js';

export interface BaselineCreateFlags {
  config?: string;
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
  const settings = { ...resolveSettings({ maxFileSize: flags.maxFileSize, gitignore: flags.gitignore, config: flags.config, cwd: io.cwd }, io.env), registryMode: 'off' as const };
  let jobs: number | undefined;
  if (flags.jobs !== undefined) {
    jobs = Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new CockpitError(`--jobs: '${flags.jobs}' is not a positive whole number`);
  }
  const { report } = await (await import('../../run/run-audit.js')).runAudit({
    root,
    given,
    cwd: io.cwd,
    env: io.env,
    settings,
    target: flags.workspace === true ? { kind: 'fleet' } : { kind: 'agent' },
    ...(jobs !== undefined ? { jobs } : {}),
    cache: false,
    lake: false,
    hooks: {
      ...(flags.quiet ? {} : { progress: (await import('../progress.js')).createProgress(io, io.stderrIsTty, false) }),
      notice: (line, level) => {
        if (level === 'warning' || !flags.quiet) io.stderr(`${line}\n`);
      },
    },
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
  io.stdout(`Baseline written to ${shownOutput}: ${plural(baseline.findings.length, 'finding')} in ${plural(agents, 'agent')}\n`);
  return 0;
}
