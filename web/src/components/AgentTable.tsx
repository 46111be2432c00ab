import { useEffect, useId, useState } from 'react';
import { withQuery } from '../api/client.js';
import { loadRules } from '../api/rules-cache.js';
import type { AgentList, Fleet, RuleDoc } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { formatDateTime, PERSONA_LABELS, PERSONAS, plural, VERDICT_LABELS, VERDICTS } from '../labels.js';
import { Link, navigate, useLocation } from '../router.js';
import { VerdictBadge } from './badges.js';
import { OwnerFolderFilters } from './OwnerFolderFilters.js';
import { Pager } from './Pager.js';
import { SeverityBar } from './SeverityBar.js';

const SORTS = ['name', 'path', 'verdict', 'findings', 'errors', 'warnings', 'lastAudit'] as const;
type Sort = (typeof SORTS)[number];
/** Rows per page the table offers; the first choice beyond the default is remembered in the address bar (`size=`). */
const PAGE_SIZES = [25, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;
/** What the server accepts as a rule id (api-schemas.ts RuleIdSchema): anything else would be a 400. */
const RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

const COLUMNS: ReadonlyArray<{ key: Sort; label: string; numeric?: boolean }> = [
  { key: 'name', label: 'Agent' },
  { key: 'path', label: 'Path' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'findings', label: 'Findings', numeric: true },
  { key: 'errors', label: 'Errors', numeric: true },
  { key: 'warnings', label: 'Warnings', numeric: true },
  { key: 'lastAudit', label: 'Last audit' },
];
/** Sorting by a count or a date starts with the largest. */
const DESCENDING_FIRST: ReadonlySet<Sort> = new Set(['findings', 'errors', 'warnings', 'lastAudit']);

/** Filters and sort live in the address bar, so Back from an agent returns to the same view. */
interface TableState {
  q: string;
  verdict: string;
  persona: string;
  framework: string;
  rule: string;
  owner: string;
  folder: string;
  sort: Sort;
  order: 'asc' | 'desc';
  offset: number;
  size: number;
}

function readState(search: URLSearchParams): TableState {
  const sort = search.get('sort');
  const offset = Number(search.get('offset') ?? '0');
  const size = Number(search.get('size'));
  return {
    q: search.get('q') ?? '',
    verdict: search.get('verdict') ?? '',
    persona: search.get('persona') ?? '',
    framework: search.get('framework') ?? '',
    rule: search.get('rule') ?? '',
    owner: search.get('owner') ?? '',
    folder: search.get('folder') ?? '',
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'name',
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

function writeState(state: TableState): void {
  navigate(
    withQuery('/', {
      q: state.q,
      verdict: state.verdict,
      persona: state.persona,
      framework: state.framework,
      rule: state.rule,
      owner: state.owner,
      folder: state.folder,
      sort: state.sort === 'name' ? undefined : state.sort,
      order: state.order === 'asc' ? undefined : state.order,
      size: state.size === DEFAULT_PAGE_SIZE ? undefined : state.size,
      offset: state.offset || undefined,
    }),
    { replace: true },
  );
}

/** The rule catalog for the rule filter's suggestions; without it, any well-formed rule id is taken. */
function useRuleCatalog(): RuleDoc[] | undefined {
  const [rules, setRules] = useState<RuleDoc[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadRules().then(
      (items) => live && setRules(items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return rules;
}

/**
 * Agents with a finding of one rule (`rule=` of /api/agents). What is typed applies once it names a
 * rule (picked from the suggestions, or typed in full), so a half-typed id never empties the table.
 */
function RuleFilter({ id, value, onChange }: { id: string; value: string; onChange: (rule: string) => void }) {
  const rules = useRuleCatalog();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const known = (candidate: string) => RULE_ID.test(candidate) && (rules === undefined || rules.some((rule) => rule.id === candidate));
  const pending = text.trim() !== value && text.trim() !== '' && !known(text.trim());
  return (
    <div className="field">
      <label htmlFor={id}>Rule</label>
      <input
        id={id}
        type="search"
        list={listId}
        placeholder="category/rule"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={pending ? hintId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = event.target.value.trim();
          if (next === '' || known(next)) onChange(next);
        }}
      />
      <datalist id={listId}>
        {(rules ?? []).map((rule) => (
          <option key={rule.id} value={rule.id}>
            {rule.title}
          </option>
        ))}
      </datalist>
      {pending ? (
        <span id={hintId} className="field-hint">
          Pick a rule id from the list
        </span>
      ) : null}
    </div>
  );
}

export function AgentTable({ fleet, reloadKey }: { fleet: Fleet; reloadKey: number }) {
  const { search } = useLocation();
  const state = readState(search);
  const ids = { q: useId(), verdict: useId(), persona: useId(), framework: useId(), rule: useId(), size: useId() };
  const list = useApi<AgentList>(
    withQuery('/api/agents', {
      q: state.q,
      verdict: state.verdict,
      persona: state.persona,
      framework: state.framework,
      rule: state.rule,
      owner: state.owner,
      folder: state.folder,
      sort: state.sort,
      order: state.order,
      limit: state.size,
      offset: state.offset || undefined,
    }),
    { reloadKey, keepPrevious: true },
  );
  // Any filter change goes back to the first page.
  const update = (patch: Partial<TableState>) => writeState({ ...state, offset: 0, ...patch });
  const sortBy = (key: Sort) => update({ sort: key, order: state.sort === key ? (state.order === 'asc' ? 'desc' : 'asc') : DESCENDING_FIRST.has(key) ? 'desc' : 'asc' });
  const filtered = [state.q, state.verdict, state.persona, state.framework, state.rule, state.owner, state.folder].some((value) => value !== '');
  const total = list.state === 'ready' ? list.data.total : undefined;
  // An offset past the end (the fleet shrank, or an edited address) shows the last page instead of nothing.
  useEffect(() => {
    if (total !== undefined && total > 0 && state.offset >= total) writeState({ ...state, offset: Math.floor((total - 1) / state.size) * state.size });
  });
  // A shared or reloaded `/?owner=…#agents` (a roll-up's count): the browser looked for the table before it was drawn.
  useEffect(() => {
    if (window.location.hash === '#agents') document.getElementById('agents')?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <section className="panel" id="agents" aria-labelledby="agents-heading">
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
            {/* The roll-ups' Blocked: any verdict but pass, the agents that fail CI. */}
            <option value="blocked">Blocked: any but pass ({fleet.summary.agents - fleet.verdicts.pass})</option>
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
        <RuleFilter id={ids.rule} value={state.rule} onChange={(rule) => update({ rule })} />
        <OwnerFolderFilters fleet={fleet} owner={state.owner} folder={state.folder} onChange={update} />
        <div className="field field-narrow">
          <label htmlFor={ids.size}>Rows per page</label>
          <select
            id={ids.size}
            value={state.size}
            // The first row on screen stays on the new page.
            onChange={(event) => {
              const size = Number(event.target.value);
              writeState({ ...state, size, offset: Math.floor(state.offset / size) * size });
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button" onClick={() => update({ q: '', verdict: '', persona: '', framework: '', rule: '', owner: '', folder: '' })}>
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
                  <th scope="col" className="frameworks-cell">
                    Frameworks
                  </th>
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
                    <td className="path-cell">
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
                    <td className="numeric">
                      <span className="findings-count">
                        <SeverityBar counts={agent.bySeverity} />
                        {agent.findings}
                      </span>
                    </td>
                    <td className="numeric">{agent.bySeverity.error}</td>
                    <td className="numeric">{agent.bySeverity.warning}</td>
                    <td>
                      <time dateTime={agent.lastAudit}>{formatDateTime(agent.lastAudit)}</time>
                    </td>
                    <td className="frameworks-cell">
                      {agent.frameworks.length > 0 ? (
                        <ul className="framework-chips" aria-label={`Frameworks: ${agent.frameworks.join(', ')}`}>
                          {agent.frameworks.map((framework) => (
                            <li key={framework} className="framework-chip" title={framework}>
                              {framework}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">none</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.total > state.size ? (
            <Pager label="Agents pages" total={list.data.total} offset={state.offset} size={state.size} onOffset={(offset) => writeState({ ...state, offset })} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
