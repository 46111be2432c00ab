import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TRIAGE } from '../triage/default-path.js';
import type { GatePolicy } from '../gate/gate.js';
import { withoutExcludedDirs, type ChangeSet } from '../changes/change-set.js';
import type { Report } from '../report/model.js';
import type { BaselineFile } from './file.js';
import { applyScope, type ScopedReport, type ScopeOptions } from './scope.js';
import type { ScopeFlags } from './scope-flags.js';

// The flag checks live apart so the CLI can run them before loading git, baseline or report code.
export { checkScopeFlags, type ScopeFlags } from './scope-flags.js';

/** What a report run needs to narrow its gate, prepared before the audit. */
export interface PreparedScope {
  /** Where to audit: the root itself, or (--staged) the snapshot of its staged content. */
  auditRoot: string;
  changes?: ChangeSet;
  baseline?: { shown: string; file: BaselineFile };
  triage?: NonNullable<ScopeOptions['triage']>;
  /** Removes the staged snapshot, if any. */
  dispose(): Promise<void>;
}

/** Reads the baseline and the git changes (and with --staged writes the snapshot) before the audit. */
export async function prepareScope(
  root: string,
  given: string,
  flags: ScopeFlags,
  options: { cwd: string; excludeDirs: readonly string[]; now?: Date; defaultTriage: boolean },
): Promise<PreparedScope> {
  // The baseline and the triage file first: a typo in a name should fail before any git work.
  let baseline: PreparedScope['baseline'];
  if (flags.baseline !== undefined) {
    const { readBaseline } = await import('./file.js');
    baseline = { shown: flags.baseline, file: await readBaseline(path.resolve(options.cwd, flags.baseline), flags.baseline) };
  }
  const triage = await loadTriage(root, flags, options.cwd, options.now ?? new Date(), options.defaultTriage);
  const withBaseline = { ...(baseline ? { baseline } : {}), ...(triage ? { triage } : {}) };
  if (flags.staged) {
    const { stageSnapshot } = await import('../changes/staged.js');
    const snapshot = await stageSnapshot(root, given, options.excludeDirs);
    return { auditRoot: snapshot.root, changes: snapshot.changes, ...withBaseline, dispose: snapshot.dispose };
  }
  let changes: ChangeSet | undefined;
  if (flags.changedSince !== undefined) {
    const { changesSince } = await import('../changes/since.js');
    changes = withoutExcludedDirs(await changesSince(root, given, flags.changedSince), options.excludeDirs);
  }
  return { auditRoot: root, ...(changes ? { changes } : {}), ...withBaseline, dispose: async () => undefined };
}

export function scopeActive(scope: PreparedScope): boolean {
  return scope.changes !== undefined || scope.baseline !== undefined || scope.triage !== undefined;
}

/** The triage file's decisions in force and lapsed; undefined without a file (the default one is optional). */
async function loadTriage(root: string, flags: ScopeFlags, cwd: string, now: Date, defaultTriage: boolean): Promise<PreparedScope['triage']> {
  const file = flags.triage !== undefined ? path.resolve(cwd, flags.triage) : path.join(root, ...DEFAULT_TRIAGE.split('/'));
  // No file, nothing to load: the triage code (and zod) stays out of a pre-commit run with nothing staged.
  if (flags.triage === undefined && (!defaultTriage || !existsSync(file))) return undefined;
  const { readTriage } = await import('../triage/file.js');
  const shown = flags.triage ?? (path.relative(cwd, file).split(path.sep).join('/') || file);
  const triage = await readTriage(file, flags.triage !== undefined ? `--triage ${shown}` : shown, { missingOk: flags.triage === undefined });
  if (!triage) return undefined;
  const { triageInForce } = await import('../triage/decisions.js');
  return { shown, ...triageInForce(triage, now) };
}

/** Applies the scope to the audited report, each agent under its gate (`gates` holds one for every agent). */
export function finishScope(report: Report, scope: PreparedScope, gates: ReadonlyMap<string, GatePolicy>): ScopedReport {
  return applyScope(report, {
    gates,
    ...(scope.changes ? { changes: scope.changes } : {}),
    ...(scope.baseline ? { baseline: scope.baseline } : {}),
    ...(scope.triage ? { triage: scope.triage } : {}),
  });
}
