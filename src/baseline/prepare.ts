import path from 'node:path';
import { withoutExcludedDirs, type ChangeSet } from '../changes/change-set.js';
import { changesSince } from '../changes/since.js';
import { stageSnapshot } from '../changes/staged.js';
import type { Report } from '../report/model.js';
import { CockpitError } from '../util/errors.js';
import { readBaseline, type BaselineFile } from './file.js';
import { loadAgentGates } from './gates.js';
import { applyScope, type ScopedReport } from './scope.js';

/** The report flags that narrow what the gate counts. */
export interface ScopeFlags {
  baseline?: string;
  changedSince?: string;
  staged?: boolean;
}

/** What a report run needs to narrow its gate, prepared before the audit. */
export interface PreparedScope {
  /** Where to audit: the root itself, or (--staged) the snapshot of its staged content. */
  auditRoot: string;
  changes?: ChangeSet;
  baseline?: { shown: string; file: BaselineFile };
  /** Removes the staged snapshot, if any. */
  dispose(): Promise<void>;
}

/** Flag combinations that cannot work together; checked before anything is read. */
export function checkScopeFlags(flags: ScopeFlags & { fromLake?: string; heal?: boolean; lake?: string }): void {
  const changesFlag = flags.staged ? '--staged' : flags.changedSince !== undefined ? '--changed-since' : undefined;
  if (flags.staged && flags.changedSince !== undefined) throw new CockpitError('--staged: not with --changed-since (staged changes are compared with HEAD)');
  if (flags.fromLake !== undefined) {
    const flag = changesFlag ?? (flags.baseline !== undefined ? '--baseline' : undefined);
    if (flag) throw new CockpitError(`${flag}: needs a folder to audit, not --from-lake`);
  }
  if (changesFlag && flags.heal) throw new CockpitError(`--heal: not with ${changesFlag} (heal the whole tree, then commit)`);
  if (flags.staged && flags.lake !== undefined) throw new CockpitError('--lake: not with --staged (a staged audit writes no lake)');
}

/** Reads the baseline and the git changes (and with --staged writes the snapshot) before the audit. */
export async function prepareScope(root: string, given: string, flags: ScopeFlags, options: { cwd: string; excludeDirs: readonly string[] }): Promise<PreparedScope> {
  // The baseline first: a typo in its name should fail before any git work.
  const baseline = flags.baseline !== undefined ? { shown: flags.baseline, file: await readBaseline(path.resolve(options.cwd, flags.baseline), flags.baseline) } : undefined;
  const withBaseline = baseline ? { baseline } : {};
  if (flags.staged) {
    const snapshot = await stageSnapshot(root, given, options.excludeDirs);
    return { auditRoot: snapshot.root, changes: snapshot.changes, ...withBaseline, dispose: snapshot.dispose };
  }
  const changes = flags.changedSince !== undefined ? withoutExcludedDirs(await changesSince(root, given, flags.changedSince), options.excludeDirs) : undefined;
  return { auditRoot: root, ...(changes ? { changes } : {}), ...withBaseline, dispose: async () => undefined };
}

export function scopeActive(scope: PreparedScope): boolean {
  return scope.changes !== undefined || scope.baseline !== undefined;
}

/** Applies the scope to the audited report, gating each agent under its own cockpit.yaml gate. */
export async function finishScope(report: Report, scope: PreparedScope, fleet: boolean): Promise<ScopedReport> {
  const gates = await loadAgentGates(scope.auditRoot, report.agents.map((agent) => agent.path), fleet);
  return applyScope(report, { gates, ...(scope.changes ? { changes: scope.changes } : {}), ...(scope.baseline ? { baseline: scope.baseline } : {}) });
}
