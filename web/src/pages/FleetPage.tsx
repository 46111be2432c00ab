import { useCallback, useState } from 'react';
import type { Fleet, Health } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { AgentTable } from '../components/AgentTable.js';
import { AuditPanel } from '../components/AuditPanel.js';
import { VerdictBadge } from '../components/badges.js';
import { EmptyState } from '../components/EmptyState.js';
import { HeatMap } from '../components/HeatMap.js';
import { RunsTable } from '../components/RunsTable.js';
import { StackedBars } from '../components/StackedBars.js';
import { formatDateTime, plural, SEVERITIES, SEVERITY_LABELS, VERDICT_DESCRIPTIONS, VERDICT_LABELS, VERDICTS } from '../labels.js';
import { Link } from '../router.js';
import { PageHeading } from './PageHeading.js';

function Stat({ id, label, value, detail, tone }: { id: string; label: string; value: number; detail?: string; tone?: string }) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} data-testid={`stat-${id}`}>
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{value}</span>
        {detail ? <span className="stat-detail">{detail}</span> : null}
      </dd>
    </div>
  );
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
            <span className={`swatch bar-${severity}`} aria-hidden="true" /> {SEVERITY_LABELS[severity]}: <strong>{fleet.summary.bySeverity[severity]}</strong>
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
            {category}: <strong>{count}</strong>
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
                  <Link to={`/rules#${encodeURIComponent(rule.ruleId)}`}>{rule.title}</Link> <code className="rule-id">{rule.ruleId}</code>
                </span>
                <span className="count">{plural(rule.count, 'finding')}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const RUNS_SHOWN = 10;

function Runs({ fleet }: { fleet: Fleet }) {
  return (
    <section className="panel" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Runs</h2>
      {fleet.runs ? (
        <>
          <p className="muted">The last {RUNS_SHOWN} audits, newest first: findings after each, and what it found new or no longer found.</p>
          <RunsTable runs={fleet.runs} caption="Audit runs of the fleet, newest first" testId="fleet-runs" />
        </>
      ) : (
        <p className="muted">This server's store does not list runs yet (the PostgreSQL store); each agent's page shows its own.</p>
      )}
    </section>
  );
}

export function FleetPage() {
  const [reloadKey, setReloadKey] = useState(0);
  // The last runs too: each a point with its new and fixed findings (server: src/server/run-history.ts).
  const fleet = useApi<Fleet>(`/api/fleet?runs=${RUNS_SHOWN}`, { reloadKey, keepPrevious: true });
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
          <Stat id="findings" label="Findings" value={summary.findings} detail={`${summary.suppressed} suppressed`} />
          {VERDICTS.map((verdict) => (
            <Stat key={verdict} id={verdict} label={VERDICT_LABELS[verdict]} value={fleet.verdicts[verdict]} detail={VERDICT_DESCRIPTIONS[verdict]} tone={verdict} />
          ))}
        </dl>
      </section>
      <div className="grid-2">
        <SeverityBreakdown fleet={fleet} />
        <section className="panel" aria-labelledby="trend-heading">
          <h2 id="trend-heading">Findings over time</h2>
          <StackedBars
            title="Findings per day"
            points={fleet.trend.map((point) => ({
              label: point.date.slice(5),
              detail: `${point.date} (${point.agents} agents)`,
              error: point.error,
              warning: point.warning,
              note: point.note,
            }))}
          />
        </section>
      </div>
      <div className="grid-wide">
        <section className="panel" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">Persona Matrix</h2>
          <p className="muted">What each persona would say about shipping the fleet: findings by severity and by who can fix them.</p>
          <HeatMap matrix={summary.personaMatrix} />
        </section>
        <TopRules fleet={fleet} />
      </div>
      <Runs fleet={fleet} />
      <AgentTable fleet={fleet} reloadKey={reloadKey} />
    </>
  );
}
