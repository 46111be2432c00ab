import type { BaselineState } from './model.js';
import type { ReportFormat } from '../config/settings.js';
import type { HealPlan } from '../heal/heal.js';
import type { Report } from './model.js';

/**
 * The report formats of `ops report --format`, one renderer each, all taking the same finished run. Each
 * renderer loads its modules (and SARIF the rule catalog) only when its format is asked for
 * (docs/BENCHMARKS.md, Start-up).
 */

/** A heal run (`--heal`): the plan, and what applying it did. */
interface HealOutcome {
  plan: HealPlan;
  dryRun: boolean;
  /** Findings still counted after the fixes (or that would be, on a dry run). */
  remaining: number;
  resolved?: number;
  branch?: string;
}

/** Everything a format may show about one `ops report` run. */
export interface ReportRun {
  /** Already narrowed to `--severity`. */
  report: Report;
  /** A workspace, shard or lake report: show the fleet table. */
  fleet: boolean;
  durationMs: number;
  /** `--quiet`: the text format shows only blocking findings and the verdict. */
  quiet: boolean;
  heal?: HealOutcome;
  /** With --baseline, --changed-since or --staged: each finding's state, for SARIF's `baselineState`. */
  baselineStates?: ReadonlyMap<string, BaselineState>;
  /** `--sarif-path-prefix`: the audited folder's place in the repository (`a/b/`), before every SARIF location. */
  sarifUriPrefix?: string;
  /** What finding paths are joined under for the reader: from the current folder (compact, quiet text). */
  shownPrefix: string;
  /** … and from the repository root (github annotations). */
  repositoryPrefix: string;
  /** `ops report … --heal --dry-run` for this target, hinted by the text format; absent when healing cannot apply. */
  healCommand?: string;
}

/** Where one rendering goes. */
interface Destination {
  color: boolean;
  /** stdout (true) or a file: summary lines such as compact's verdict are for people reading stdout. */
  stdout: boolean;
  /** Terminal columns to fit tables to (stdout on a TTY). */
  width?: number;
}

export type Reporter = (run: ReportRun, destination: Destination) => Promise<string>;

async function healJson(heal: HealOutcome): Promise<NonNullable<Report['heal']>> {
  const { healPlanJson } = await import('./heal-json.js');
  return { ...healPlanJson(heal.plan, heal.dryRun), ...(heal.resolved !== undefined ? { resolved: heal.resolved } : {}), ...(heal.branch ? { branch: heal.branch } : {}) };
}

async function healText(heal: HealOutcome | undefined, color: boolean, width?: number): Promise<string> {
  if (!heal) return '';
  const { formatHealPlan } = await import('./heal-text.js');
  const applied = {
    color,
    applied: !heal.dryRun,
    remaining: heal.remaining,
    ...(heal.resolved !== undefined ? { resolved: heal.resolved } : {}),
    ...(heal.branch ? { branch: heal.branch } : {}),
    ...(width !== undefined ? { width } : {}),
  };
  return `\n${formatHealPlan(heal.plan, applied)}`;
}

export const REPORTERS: Record<ReportFormat, Reporter> = {
  async text(run, destination) {
    const { formatScopeText } = await import('../baseline/text.js');
    if (run.quiet) {
      // Findings only: what blocks, as compact lines, then the scope, any heal plan and one verdict line.
      const [{ formatCompact, verdictLine }, { terminalSafe }] = await Promise.all([import('./compact.js'), import('./terminal-safe.js')]);
      const scope = formatScopeText(terminalSafe(run.report), { color: destination.color });
      const heal = (await healText(run.heal, destination.color, destination.width)).replace(/^\n/, '');
      return formatCompact(run.report, { pathPrefix: run.shownPrefix, blockingOnly: true }) + scope + heal + `${verdictLine(terminalSafe(run.report))}\n`;
    }
    const { formatText } = await import('./text.js');
    const options = {
      color: destination.color,
      durationMs: run.durationMs,
      fleet: run.fleet,
      ...(destination.width !== undefined ? { width: destination.width } : {}),
      ...(run.healCommand && !run.heal ? { healCommand: run.healCommand } : {}),
    };
    const committee = run.report.committee ? (await import('./committee-text.js')).formatCommitteeText(run.report) : '';
    return formatText(run.report, options) + formatScopeText(run.report, { color: destination.color }) + committee + (await healText(run.heal, destination.color, destination.width));
  },
  async json(run) {
    const { formatJson } = await import('./json.js');
    return formatJson(run.heal ? { ...run.report, heal: await healJson(run.heal) } : run.report);
  },
  async sarif(run) {
    const [{ RULES }, { formatSarif, sarifOptionsFor }] = await Promise.all([import('../rules/index.js'), import('./sarif.js')]);
    const options = { ...sarifOptionsFor(run.report), ...(run.sarifUriPrefix ? { uriPrefix: run.sarifUriPrefix } : {}) };
    return run.baselineStates
      ? (await import('../baseline/sarif.js')).formatScopedSarif(run.report, RULES, run.baselineStates, options)
      : formatSarif(run.report, RULES, options);
  },
  async html(run) {
    const { formatHtml } = await import('./html.js');
    // As before: the plan without the re-audit's counts.
    const heal = run.heal ? (await import('./heal-json.js')).healPlanJson(run.heal.plan, run.heal.dryRun) : undefined;
    return formatHtml(heal ? { ...run.report, heal } : run.report, { fleet: run.fleet, durationMs: run.durationMs });
  },
  async compact(run, destination) {
    const { formatCompact } = await import('./compact.js');
    return formatCompact(run.report, { pathPrefix: run.shownPrefix, verdict: destination.stdout && !run.quiet });
  },
  async github(run) {
    const { formatGithub } = await import('./github.js');
    return formatGithub(run.report, { repositoryPrefix: run.repositoryPrefix });
  },
};
