import { useCallback, useState } from 'react';
import type { Fleet, Health, RunPoint } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { AgentTable } from '../components/AgentTable.js';
import { AuditPanel } from '../components/AuditPanel.js';
import { VerdictBadge } from '../components/badges.js';
import { EmptyState } from '../components/EmptyState.js';
import { HeatMap } from '../components/HeatMap.js';
import { RunsTable } from '../components/RunsTable.js';
import { StackedBars, type BarPoint } from '../components/StackedBars.js';
import { findingsHref } from '../findings-href.js';
import { formatDateTime, plural, SEVERITIES, SEVERITY_LABELS, VERDICT_DESCRIPTIONS, VERDICT_LABELS, VERDICTS } from '../labels.js';
import { Link } from '../router.js';
import { FleetCharts, FolderRollupPanel, OwnerRollupPanel } from './FleetRollups.js';
import { PageHeading } from './PageHeading.js';

function Stat({ id, label, value, detail, tone, href }: { id: string; label: string; value: number; detail?: string; tone?: string; href?: string }) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} data-testid={`stat-${id}`}>
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{href && value > 0 ? <Link to={href}>{value}</Link> : value}</span>
        {detail ? <span className="stat-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** A count as a link to the findings it counts; zero stays plain text (a link to an empty list helps nobody). */
function countLink(count: number, filter: Parameters<typeof findingsHref>[0]) {
  return count > 0 ? <Link to={findingsHref(filter)}>{count}</Link> : count;
}

function SeverityBreakdown({ fleet }: { fleet: Fleet }) {
  const total = Math.max(1, fleet.summary.findings);
  const categories = Object.entries(fleet.summary.byCategory)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a);
  return (
    <section className="panel" aria-labelledby="severity-heading">
      <h2 id="severity-heading">Findings by severity</h2>
      <div className="meter" aria-hidden="true">
        {SEVERITIES.map((severity) => (
          <span key={severity} className={`meter-part bar-${severity}`} style={{ width: `${(fleet.summary.bySeverity[severity] / total) * 100}%` }} />
        ))}
      </div>
      <ul className="legend-list">
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <span className={`swatch bar-${severity}`} aria-hidden="true" /> {SEVERITY_LABELS[severity]}: <strong>{countLink(fleet.summary.bySeverity[severity], { severity })}</strong>
          </li>
        ))}
        <li>
          One-click fixable: <strong>{fleet.summary.byFixability['one-click']}</strong>
        </li>
        <li>
          Structural: <strong>{fleet.summary.byFixability.structural}</strong>
        </li>
      </ul>
      <h3 className="minor-heading">By category</h3>
      <ul className="chips" aria-label="Findings by category">
        {categories.length === 0 ? <li className="muted">none</li> : null}
        {categories.map(([category, count]) => (
          <li key={category} className="chip">
            {count > 0 ? (
              <Link to={findingsHref({ category })} aria-label={`${category}: ${plural(count, 'finding')}`}>
                {category}: <strong>{count}</strong>
              </Link>
            ) : (
              <>
                {category}: <strong>{count}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TopRules({ fleet }: { fleet: Fleet }) {
  return (
    <section className="panel" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Top rules</h2>
      {fleet.topRules.length === 0 ? (
        <p className="muted">No findings.</p>
      ) : (
        <ol className="top-rules">
          {fleet.topRules.map((rule) => (
            <li key={rule.ruleId}>
              <div className="top-rule">
                <span className="top-rule-name">
                  <Link to={findingsHref({ rule: rule.ruleId })}>{rule.title}</Link> <code className="rule-id">{rule.ruleId}</code>{' '}
                  <Link to={`/rules#${encodeURIComponent(rule.ruleId)}`} className="secondary-link" aria-label={`Rule docs: ${rule.title}`}>
                    docs
                  </Link>
                </span>
                <span className="count">
                  <Link to={findingsHref({ rule: rule.ruleId })} aria-label={`${plural(rule.count, 'finding')} of ${rule.ruleId}`}>
                    {plural(rule.count, 'finding')}
                  </Link>
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const localDay = (iso: string) => new Date(iso).toDateString();

/**
 * One bar per audit run: its time under the bar (with the day when the runs span several), the date,
 * time and what changed in the detail; and how wide a label is, for the axis to space them.
 */
function runBars(runs: readonly RunPoint[]): { points: BarPoint[]; labelWidth: number } {
  const oneDay = runs.every((run) => localDay(run.finishedAt) === localDay(runs[0]!.finishedAt));
  const points = runs.map((run) => ({
    label: (oneDay ? timeOfDay : dayAndTime).format(new Date(run.finishedAt)),
    detail: `${formatDateTime(run.finishedAt)}: +${run.new} new, −${run.fixed} fixed (${run.audited} of ${plural(run.agents, 'agent')} audited)`,
    error: run.error,
    warning: run.warning,
    note: run.note,
  }));
  return { points, labelWidth: oneDay ? 56 : 92 };
}

/**
 * Findings after every audit run, from the run history. Both stores list runs; `runs` is still optional in
 * /api/fleet (a FleetStore that answers the fleet without runPoints leaves it out): one point per day then.
 */
function Trend({ fleet }: { fleet: Fleet }) {
  const runs = fleet.runs ? runBars(fleet.runs) : undefined;
  return (
    <section className="panel" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Findings over time</h2>
      {runs ? (
        <StackedBars title="Findings after each audit run" points={runs.points} labelWidth={runs.labelWidth} testId="trend-runs" />
      ) : (
        <StackedBars
          title="Findings per day"
          testId="trend-days"
          points={fleet.trend.map((point) => ({
            label: point.date.slice(5),
            detail: `${point.date} (${point.agents} agents)`,
            error: point.error,
            warning: point.warning,
            note: point.note,
          }))}
        />
      )}
      {runs && runs.points.length > 0 ? (
        <p className="muted chart-note">One bar per audit run (the last {runs.points.length}); each bar's tooltip gives its new and fixed findings.</p>
      ) : null}
      {!runs ? <p className="muted chart-note">One bar per day: this server did not list the fleet's runs.</p> : null}
    </section>
  );
}

const RUNS_SHOWN = 10;
/** Runs on the trend plot: about a week of a few audits a day, still one readable bar each at 1,200 px. */
const RUNS_PLOTTED = 60;

function Runs({ fleet }: { fleet: Fleet }) {
  return (
    <section className="panel" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Runs</h2>
      {fleet.runs ? (
        <>
          <p className="muted">The last {RUNS_SHOWN} audits, newest first: findings after each, and what it found new or no longer found.</p>
          <RunsTable runs={fleet.runs.slice(-RUNS_SHOWN)} caption="Audit runs of the fleet, newest first" testId="fleet-runs" />
        </>
      ) : (
        <p className="muted">This server did not list the fleet's runs; each agent's page shows its own.</p>
      )}
    </section>
  );
}

export function FleetPage() {
  const [reloadKey, setReloadKey] = useState(0);
  // The last runs too: each a point of the trend with its new and fixed findings (server: src/server/run-history.ts).
  const fleet = useApi<Fleet>(`/api/fleet?runs=${RUNS_PLOTTED}`, { reloadKey, keepPrevious: true });
  const health = useApi<Health>('/api/health', { reloadKey, keepPrevious: true });
  const reload = useCallback(() => setReloadKey((key) => key + 1), []);

  const empty = (fleet.state === 'ready' && fleet.data.summary.agents === 0) || (fleet.state === 'error' && fleet.status === 404);
  return (
    <>
      <PageHeading title="Fleet">
        {fleet.state === 'ready' && !empty ? (
          <p className="subtitle">
            <code>{fleet.data.root}</code> · {fleet.data.summary.agents} agents · generated {formatDateTime(fleet.data.generatedAt)} · fleet verdict{' '}
            <VerdictBadge verdict={fleet.data.verdict} /> (exit {fleet.data.exitCode})
          </p>
        ) : null}
      </PageHeading>
      <AuditPanel onFinished={reload} />
      {fleet.state === 'loading' ? <p className="muted">Loading the fleet…</p> : null}
      {fleet.state === 'error' && !empty ? (
        <p className="error-text" role="alert">
          Could not load the fleet: {fleet.message}
        </p>
      ) : null}
      {empty ? <EmptyState {...(health.state === 'ready' ? { lake: health.data.lake } : {})} /> : null}
      {fleet.state === 'ready' && !empty ? <FleetBody fleet={fleet.data} reloadKey={reloadKey} /> : null}
    </>
  );
}

function FleetBody({ fleet, reloadKey }: { fleet: Fleet; reloadKey: number }) {
  const { summary } = fleet;
  return (
    <>
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading" className="sr-only">
          Totals
        </h2>
        <dl className="stats">
          <Stat id="agents" label="Agents" value={summary.agents} />
          <Stat id="findings" label="Findings" value={summary.findings} detail={`${summary.suppressed} suppressed`} href={findingsHref({})} />
          {VERDICTS.map((verdict) => (
            <Stat
              key={verdict}
              id={verdict}
              label={VERDICT_LABELS[verdict]}
              value={fleet.verdicts[verdict]}
              detail={VERDICT_DESCRIPTIONS[verdict]}
              tone={verdict}
              href={findingsHref({ verdict })}
            />
          ))}
        </dl>
      </section>
      {/* The agents table comes right after the totals: it is what most visits are for (issue 19). */}
      <AgentTable fleet={fleet} reloadKey={reloadKey} />
      <div className="grid-2">
        <SeverityBreakdown fleet={fleet} />
        <Trend fleet={fleet} />
      </div>
      <div className="grid-2">
        <OwnerRollupPanel fleet={fleet} />
        <FolderRollupPanel fleet={fleet} />
      </div>
      <FleetCharts fleet={fleet} />
      <div className="grid-wide">
        <section className="panel" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">Persona Matrix</h2>
          <p className="muted">What each persona would say about shipping the fleet: findings by severity and by who can fix them. Each count opens its findings.</p>
          <HeatMap
            matrix={summary.personaMatrix}
            // Severity cells only: the Findings list has no fixability filter.
            cellHref={(persona, column) => (column === 'error' || column === 'warning' || column === 'note' ? findingsHref({ persona, severity: column }) : undefined)}
          />
        </section>
        <TopRules fleet={fleet} />
      </div>
      <Runs fleet={fleet} />
    </>
  );
}
