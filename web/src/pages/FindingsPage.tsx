import { useId } from 'react';
import { withQuery } from '../api/client.js';
import type { FindingList, Persona, Severity } from '../api/types.js';
import { SeverityBadge } from '../components/badges.js';
import { CodeLink } from '../components/CodeLink.js';
import { useApi } from '../api/use-api.js';
import { CATEGORIES } from '../../../src/findings/kinds.js';
import { formatAge, formatDateTime, PERSONA_LABELS, PERSONAS, plural, VERDICT_LABELS, VERDICTS } from '../labels.js';
import { Link, navigate, useLocation } from '../router.js';
import { PageHeading } from './PageHeading.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];
const FILTERS = ['severity', 'persona', 'category', 'rule', 'owner', 'folder', 'verdict'] as const;
type Filter = (typeof FILTERS)[number];
/** `?sort=oldest|newest` orders the rows shown by age (the server's order, errors first, otherwise). */
type AgeSort = 'oldest' | 'newest';

/** Rows by first seen, stable; a row whose age the runs do not give goes last. */
function byAge(items: FindingList['items'], sort: AgeSort | undefined): FindingList['items'] {
  if (!sort) return items;
  const direction = sort === 'oldest' ? 1 : -1;
  return items
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const [x, y] = [a.row.firstSeen, b.row.firstSeen];
      if (x === undefined || y === undefined) return x === y ? a.index - b.index : x === undefined ? 1 : -1;
      return (x < y ? -direction : x > y ? direction : 0) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * Every active finding of the fleet (GET /api/findings), filtered by severity, persona, category, rule, owner
 * (CODEOWNERS or an agent's cockpit.yaml), folder (an agent path prefix) and the agent's verdict. The filters live
 * in the URL, so a filtered list is a link to share; every count on the overview links here.
 */
export function FindingsPage() {
  const { search } = useLocation();
  const ids = { severity: useId(), persona: useId(), category: useId(), rule: useId(), owner: useId(), folder: useId(), verdict: useId() };
  const value = (key: Filter) => search.get(key) ?? '';
  const set = (key: Filter, next: string) => {
    const params = new URLSearchParams(search);
    if (next) params.set(key, next);
    else params.delete(key);
    const query = params.toString();
    navigate(`/findings${query ? `?${query}` : ''}`, { replace: true });
  };
  const ageSort: AgeSort | undefined = search.get('sort') === 'oldest' ? 'oldest' : search.get('sort') === 'newest' ? 'newest' : undefined;
  const sortByAge = () => {
    const params = new URLSearchParams(search);
    params.set('sort', ageSort === 'oldest' ? 'newest' : 'oldest');
    navigate(`/findings?${params.toString()}`, { replace: true });
  };
  const page = useApi<FindingList>(withQuery('/api/findings', { ...Object.fromEntries(FILTERS.map((key) => [key, value(key) || undefined])), limit: 200 }), { keepPrevious: true });

  return (
    <>
      <PageHeading title="Findings" />
      <form className="findings-filters" role="search" aria-label="Filter findings" onSubmit={(event) => event.preventDefault()}>
        <div className="filter-field">
          <label htmlFor={ids.severity}>Severity</label>
          <select id={ids.severity} value={value('severity')} onChange={(event) => set('severity', event.target.value)}>
            <option value="">All</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {severity}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.persona}>Persona</label>
          <select id={ids.persona} value={value('persona')} onChange={(event) => set('persona', event.target.value)}>
            <option value="">All</option>
            {PERSONAS.map((persona: Persona) => (
              <option key={persona} value={persona}>
                {PERSONA_LABELS[persona]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} value={value('category')} onChange={(event) => set('category', event.target.value)}>
            <option value="">All</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.rule}>Rule</label>
          <input id={ids.rule} type="text" placeholder="secret/openai-project-key" value={value('rule')} onChange={(event) => set('rule', event.target.value.trim())} />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.owner}>Owner</label>
          <input id={ids.owner} type="text" placeholder="@org/team" value={value('owner')} onChange={(event) => set('owner', event.target.value.trim())} />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.folder}>Folder</label>
          <input id={ids.folder} type="text" placeholder="teams/risk" value={value('folder')} onChange={(event) => set('folder', event.target.value.trim())} />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.verdict}>Agent verdict</label>
          <select id={ids.verdict} value={value('verdict')} onChange={(event) => set('verdict', event.target.value)}>
            <option value="">All</option>
            <option value="blocked">Blocked or failed</option>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {VERDICT_LABELS[verdict]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {page.state === 'error' ? <p role="alert">{page.message}</p> : null}
      {page.state === 'loading' ? <p>Loading findings…</p> : null}
      {page.state === 'ready' ? (
        <section className="panel">
          <p role="status">
            {plural(page.data.total, 'finding')}
            {page.data.total > page.data.items.length ? `, the first ${page.data.items.length} shown` : ''}
            {ageSort && page.data.total > page.data.items.length ? '; sorted by age among those shown' : ''}
          </p>
          <div className="table-scroll">
            <table>
              <caption className="sr-only">Findings</caption>
              <thead>
                <tr>
                  <th scope="col">Severity</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Where</th>
                  <th scope="col">Owners</th>
                  <th scope="col" aria-sort={ageSort === 'oldest' ? 'descending' : ageSort === 'newest' ? 'ascending' : 'none'}>
                    <button type="button" className="sort" onClick={sortByAge}>
                      Age{' '}
                      <span aria-hidden="true" className="sort-mark">
                        {ageSort === 'oldest' ? '▼' : ageSort === 'newest' ? '▲' : '↕'}
                      </span>
                    </button>
                  </th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {byAge(page.data.items, ageSort).map((row) => (
                  <tr key={`${row.agentId}:${row.finding.fingerprint}`}>
                    <td>
                      <SeverityBadge severity={row.finding.severity} />
                    </td>
                    <td>
                      <Link to={`/rules#${encodeURIComponent(row.finding.ruleId)}`}>{row.finding.ruleId}</Link>
                    </td>
                    <td>
                      <Link to={`/agents/${encodeURIComponent(row.agentId)}`}>
                        <code>
                          {row.finding.file}:{row.finding.region.startLine}
                        </code>
                      </Link>{' '}
                      <CodeLink url={row.codeUrl} where={`${row.finding.file}:${row.finding.region.startLine}`} compact />
                    </td>
                    <td>{row.owners && row.owners.length > 0 ? row.owners.join(', ') : <span className="muted">none</span>}</td>
                    <td data-cell="age">
                      {row.firstSeen !== undefined && row.ageDays !== undefined ? (
                        <time dateTime={row.firstSeen} title={`first seen ${formatDateTime(row.firstSeen)}`}>
                          {formatAge(row.ageDays)}
                        </time>
                      ) : (
                        <span className="muted">unknown</span>
                      )}
                    </td>
                    <td>{row.finding.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
