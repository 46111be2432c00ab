import type { Shard } from '../../audit/audit-workspace.js';
import { checkScopeFlags } from '../../baseline/scope-flags.js';
import { parseAgentTimeout, type Settings } from '../../config/settings.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import { CockpitError } from '../../util/errors.js';

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
  /** The audited folder's place in the repository, for SARIF locations. */
  sarifPathPrefix?: string;
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CockpitError(`${flag}: '${value}' is not a positive whole number`);
  return number;
}

/**
 * Every flag of `ops report` checked before anything is read or audited; a bad one is one line and exit 3.
 * `plannedPaths`: how many paths were given when they are several paths or a file (run/targets.ts).
 */
export async function checkReportFlags(
  flags: ReportFlags,
  settings: Settings,
  plannedPaths: number | undefined,
): Promise<{ shard: Shard | undefined; jobs: number | undefined; agentTimeoutMs: number | undefined; sarifUriPrefix: string }> {
  const shard = flags.shard !== undefined ? (await import('../../audit/audit-workspace.js')).parseShard(flags.shard) : undefined;
  if (flags.shard !== undefined && !shard) throw new CockpitError(`--shard: '${flags.shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
  const jobs = flags.jobs !== undefined ? positiveInteger(flags.jobs, '--jobs') : undefined;
  const agentTimeoutMs = flags.agentTimeout !== undefined ? parseAgentTimeout(flags.agentTimeout, '--agent-timeout') : undefined;
  if (flags.heal && flags.fromLake !== undefined) throw new CockpitError('--heal: needs a folder to audit, not --from-lake');
  if (flags.dryRun && !flags.heal) throw new CockpitError('--dry-run: only with --heal (ops report --heal --dry-run)');
  checkScopeFlags(flags);
  if (flags.lake !== undefined && isStoreUrl(flags.lake)) {
    throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; audit into a lake folder, then ops lake push --to URL`);
  }
  if (flags.branch !== undefined && (!flags.heal || flags.dryRun)) throw new CockpitError('--branch: only with --heal (and not with --dry-run)');
  if (flags.fromLake !== undefined && settings.registryMode !== 'off') throw new CockpitError('--resolve/--offline/--public: need a folder to audit, not --from-lake');
  if (flags.fromLake !== undefined && flags.importSarif?.length) throw new CockpitError('--import-sarif: needs a folder to audit, not --from-lake');
  if (plannedPaths !== undefined) {
    const refused = flags.fromLake !== undefined ? '--from-lake' : flags.workspace ? '--workspace' : shard ? '--shard' : flags.staged ? '--staged' : flags.changedSince !== undefined ? '--changed-since' : flags.baseline !== undefined ? '--baseline' : flags.heal ? '--heal' : undefined;
    if (refused) throw new CockpitError(`${refused}: takes one folder, not ${plannedPaths > 1 ? 'several paths' : 'a file'}`);
  }

  const sarifUriPrefix = flags.sarifPathPrefix !== undefined ? sarifUriPrefixOf(flags.sarifPathPrefix) : '';
  return { shard, jobs, agentTimeoutMs, sarifUriPrefix };
}

/**
 * `--sarif-path-prefix`: a folder inside the repository, written the way SARIF locations are (`a/b/`; '' for the
 * root). Any folder name is taken (SARIF percent-encodes it); only a path that leaves the repository is refused.
 */
function sarifUriPrefixOf(value: string): string {
  const segments = value.split('/').filter((segment, index, all) => segment !== '.' && (segment !== '' || (index > 0 && index < all.length - 1)));
  if (value.startsWith('/') || segments.some((segment) => segment === '..' || segment === '')) {
    throw new CockpitError(`--sarif-path-prefix: '${value.replace(/[\u0000-\u001f]/g, '?')}' is not a folder inside the repository, written relative to it with / (e.g. services/agents)`);
  }
  return segments.length === 0 ? '' : `${segments.join('/')}/`;
}
