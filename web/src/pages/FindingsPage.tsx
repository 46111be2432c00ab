import { useId } from 'react';
import { withQuery } from '../api/client.js';
import type { FindingList, Persona, Severity } from '../api/types.js';
import { SeverityBadge } from '../components/badges.js';
import { useApi } from '../api/use-api.js';
import { PERSONA_LABELS, PERSONAS, plural } from '../labels.js';
import { Link, navigate, useLocation } from '../router.js';
import { PageHeading } from './PageHeading.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];
const FILTERS = ['severity', 'persona', 'rule', 'owner'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * Every active finding of the fleet (GET /api/findings), filtered by severity, persona, rule and owner (CODEOWNERS or
 * an agent's cockpit.yaml). The filters live in the URL, so a filtered list is a link to share.
 */
export function FindingsPage() {
  const { search } = useLocation();
  const ids = { severity: useId(), persona: useId(), rule: useId(), owner: useId() };
  const value = (key: Filter) => search.get(key) ?? '';
  const set = (key: Filter, next: string) => {
    const params = new URLSearchParams(search);
    if (next) params.set(key, next);
    else params.delete(key);
    const query = params.toString();
    navigate(`/findings${query ? `?${query}` : ''}`, { replace: true });
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
          <label htmlFor={ids.rule}>Rule</label>
          <input id={ids.rule} type="text" placeholder="secret/openai-project-key" value={value('rule')} onChange={(event) => set('rule', event.target.value.trim())} />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.owner}>Owner</label>
          <input id={ids.owner} type="text" placeholder="@org/team" value={value('owner')} onChange={(event) => set('owner', event.target.value.trim())} />
        </div>
      </form>
      {page.state === 'error' ? <p role="alert">{page.message}</p> : null}
      {page.state === 'loading' ? <p>Loading findings…</p> : null}
      {page.state === 'ready' ? (
        <section className="panel">
          <p role="status">
            {plural(page.data.total, 'finding')}
            {page.data.total > page.data.items.length ? `, the first ${page.data.items.length} shown` : ''}
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
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((row) => (
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
                      </Link>
                    </td>
                    <td>{row.owners && row.owners.length > 0 ? row.owners.join(', ') : <span className="muted">none</span>}</td>
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
