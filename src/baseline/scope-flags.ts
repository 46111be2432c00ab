import { CockpitError } from '../util/errors.js';

/** The report flags that narrow what the gate counts. */
export interface ScopeFlags {
  baseline?: string;
  changedSince?: string;
  staged?: boolean;
  /** The triage file (default: ROOT/.cockpit/triage.json when it exists). */
  triage?: string;
}

/** Flag combinations that cannot work together; checked before anything is read. */
export function checkScopeFlags(flags: ScopeFlags & { fromLake?: string; heal?: boolean; lake?: string }): void {
  const changesFlag = flags.staged ? '--staged' : flags.changedSince !== undefined ? '--changed-since' : undefined;
  if (flags.staged && flags.changedSince !== undefined) throw new CockpitError('--staged: not with --changed-since (staged changes are compared with HEAD)');
  if (flags.fromLake !== undefined) {
    const flag = changesFlag ?? (flags.baseline !== undefined ? '--baseline' : flags.triage !== undefined ? '--triage' : undefined);
    if (flag) throw new CockpitError(`${flag}: needs a folder to audit, not --from-lake`);
  }
  if (changesFlag && flags.heal) throw new CockpitError(`--heal: not with ${changesFlag} (heal the whole tree, then commit)`);
  if (flags.staged && flags.lake !== undefined) throw new CockpitError('--lake: not with --staged (a staged audit writes no lake)');
}

