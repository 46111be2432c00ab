import { useId } from 'react';
import { withQuery } from '../api/client.js';
import type { AgentList, Fleet } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { formatDateTime, PERSONA_LABELS, PERSONAS, plural, VERDICT_LABELS, VERDICTS } from '../labels.js';
import { Link, navigate, useLocation } from '../router.js';
import { VerdictBadge } from './badges.js';

const SORTS = ['name', 'path', 'verdict', 'findings', 'errors', 'lastAudit'] as const;
type Sort = (typeof SORTS)[number];
const PAGE = 50;

const COLUMNS: ReadonlyArray<{ key: Sort; label: string; numeric?: boolean }> = [
  { key: 'name', label: 'Agent' },
  { key: 'path', label: 'Path' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'findings', label: 'Findings', numeric: true },
  { key: 'errors', label: 'Errors', numeric: true },
  { key: 'lastAudit', label: 'Last audit' },
];

/** Filters and sort live in the address bar, so Back from an agent returns to the same view. */
interface TableState {
  q: string;
  verdict: string;
  persona: string;
  framework: string;
  sort: Sort;
  order: 'asc' | 'desc';
  offset: number;
}

function readState(search: URLSearchParams): TableState {
  const sort = search.get('sort');
  const offset = Number(search.get('offset') ?? '0');
  return {
    q: search.get('q') ?? '',
    verdict: search.get('verdict') ?? '',
    persona: search.get('persona') ?? '',
    framework: search.get('framework') ?? '',
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'name',
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

function writeState(state: TableState): void {
  navigate(
    withQuery('/', {
      q: state.q,
      verdict: state.verdict,
      persona: state.persona,
      framework: state.framework,
      sort: state.sort === 'name' ? undefined : state.sort,
      order: state.order === 'asc' ? undefined : state.order,
      offset: state.offset || undefined,
    }),
    { replace: true },
  );
}

export function AgentTable({ fleet, reloadKey }: { fleet: Fleet; reloadKey: number }) {
  const { search } = useLocation();
  const state = readState(search);
  const ids = { q: useId(), verdict: useId(), persona: useId(), framework: useId() };
  const list = useApi<AgentList>(
    withQuery('/api/agents', {
      q: state.q,
      verdict: state.verdict,
      persona: state.persona,
      framework: state.framework,
      sort: state.sort,
      order: state.order,
      limit: PAGE,
      offset: state.offset || undefined,
    }),
    { reloadKey, keepPrevious: true },
  );
  // Any filter change goes back to the first page.
  const update = (patch: Partial<TableState>) => writeState({ ...state, offset: 0, ...patch });
  const sortBy = (key: Sort) =>
    update({ sort: key, order: state.sort === key ? (state.order === 'asc' ? 'desc' : 'asc') : key === 'findings' || key === 'errors' || key === 'lastAudit' ? 'desc' : 'asc' });
  const filtered = state.q !== '' || state.verdict !== '' || state.persona !== '' || state.framework !== '';

  return (
    <section className="panel" aria-labelledby="agents-heading">
      <h2 id="agents-heading">Agents</h2>
      <form className="filters" role="search" aria-label="Filter agents" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.q}>Search</label>
          <input id={ids.q} type="search" placeholder="name or path" value={state.q} onChange={(event) => update({ q: event.target.value })} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={ids.verdict}>Verdict</label>
          <select id={ids.verdict} value={state.verdict} onChange={(event) => update({ verdict: event.target.value })}>
            <option value="">All verdicts</option>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {VERDICT_LABELS[verdict]} ({fleet.verdicts[verdict]})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.persona}>Persona</label>
          <select id={ids.persona} value={state.persona} onChange={(event) => update({ persona: event.target.value })}>
            <option value="">All personas</option>
            {PERSONAS.map((persona) => (
              <option key={persona} value={persona}>
                {PERSONA_LABELS[persona]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.framework}>Framework</label>
          <select id={ids.framework} value={state.framework} onChange={(event) => update({ framework: event.target.value })}>
            <option value="">All frameworks</option>
            {fleet.frameworks.map((framework) => (
              <option key={framework.name} value={framework.name}>
                {framework.name} ({framework.agents})
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button" onClick={() => update({ q: '', verdict: '', persona: '', framework: '' })}>
            Clear filters
          </button>
        ) : null}
      </form>

      {list.state === 'error' ? (
        <p className="error-text" role="alert">
          Could not load the agents: {list.message}
        </p>
      ) : null}
      {list.state === 'loading' ? <p className="muted">Loading agents…</p> : null}
      {list.state === 'ready' ? (
        <>
          <p className="muted" role="status" data-testid="agent-count">
            {list.data.total === 0
              ? 'No agent matches these filters.'
              : `Showing ${state.offset + 1}–${state.offset + list.data.items.length} of ${plural(list.data.total, 'agent')}`}
          </p>
          <div className="table-scroll" role="region" tabIndex={0} aria-label="Agents table (scrolls sideways on narrow screens)">
            <table className="agents">
              <caption className="sr-only">Agents, sorted by {COLUMNS.find((column) => column.key === state.sort)?.label} ({state.order === 'asc' ? 'ascending' : 'descending'})</caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.numeric ? 'numeric' : undefined}
                      aria-sort={state.sort === column.key ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none'}
                    >
                      <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                        {column.label}
                        <span aria-hidden="true" className="sort-mark">
                          {state.sort === column.key ? (state.order === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                  <th scope="col">Frameworks</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((agent) => (
                  <tr key={agent.id}>
                    <th scope="row">
                      <Link to={`/agents/${agent.id}`}>{agent.name}</Link>
                      {agent.kind === 'repository' ? (
                        <span className="muted" title="Files outside every agent, scanned for secrets and personal data">
                          {' '}
                          (repository)
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <code>{agent.path}</code>
                      {agent.repository ? (
                        <div className="muted" title="The repository this agent belongs to">
                          {agent.repository}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      <VerdictBadge verdict={agent.verdict} />
                    </td>
                    <td className="numeric">{agent.findings}</td>
                    <td className="numeric">{agent.bySeverity.error}</td>
                    <td>
                      <time dateTime={agent.lastAudit}>{formatDateTime(agent.lastAudit)}</time>
                    </td>
                    <td>{agent.frameworks.length > 0 ? agent.frameworks.join(', ') : <span className="muted">none</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.total > PAGE ? (
            <nav className="pager" aria-label="Agents pages">
              <button type="button" className="button" disabled={state.offset === 0} onClick={() => writeState({ ...state, offset: Math.max(0, state.offset - PAGE) })}>
                Previous
              </button>
              <button type="button" className="button" disabled={state.offset + PAGE >= list.data.total} onClick={() => writeState({ ...state, offset: state.offset + PAGE })}>
                Next
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
