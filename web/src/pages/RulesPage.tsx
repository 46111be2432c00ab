import { useEffect, useId, useState } from 'react';
import type { Category, RuleGroup, RuleList } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { FixabilityBadge, PersonaBadge, SeverityBadge } from '../components/badges.js';
import { RichText } from '../components/RichText.js';
import { PERSONA_LABELS, PERSONAS, plural } from '../labels.js';
import { Link } from '../router.js';
import { PageHeading } from './PageHeading.js';

type CatalogRule = RuleList['items'][number];
type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rules: CatalogRule[]; groups: RuleGroup[] };

function currentAnchor(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

export function RulesPage() {
  // Fetched on every visit, not from the catalog cache: the counts follow the fleet.
  const catalog = useApi<RuleList>('/api/rules');
  const state: State =
    catalog.state === 'ready'
      ? { kind: 'ready', rules: catalog.data.items, groups: catalog.data.groups }
      : catalog.state === 'error'
        ? { kind: 'error', message: catalog.message }
        : { kind: 'loading' };
  const [query, setQuery] = useState('');
  const [persona, setPersona] = useState('');
  const [anchor, setAnchor] = useState(currentAnchor);
  const ids = { q: useId(), persona: useId() };

  useEffect(() => {
    const onHash = () => setAnchor(currentAnchor());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // A link to /rules#rule-id opens that rule and scrolls to it once the catalog is there.
  useEffect(() => {
    if (state.kind !== 'ready' || anchor === '') return;
    document.getElementById(`rule-${anchor}`)?.scrollIntoView({ block: 'start' });
  }, [state.kind, anchor]);

  const needle = query.trim().toLowerCase();
  const visible =
    state.kind === 'ready'
      ? state.rules.filter(
          (rule) =>
            (persona === '' || rule.persona === persona) &&
            (needle === '' || rule.id.toLowerCase().includes(needle) || rule.title.toLowerCase().includes(needle) || rule.description.toLowerCase().includes(needle)),
        )
      : [];

  return (
    <>
      <PageHeading title="Rules">
        <p className="subtitle">What the cockpit checks, why it matters and how to fix it. Severity is the default; <code>cockpit.yaml</code> can change it. Counts are the fleet's findings now; each opens them.</p>
      </PageHeading>
      {state.kind === 'loading' ? <p className="muted">Loading the catalog…</p> : null}
      {state.kind === 'error' ? (
        <p className="error-text" role="alert">
          Could not load the rules: {state.message}
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <section className="panel" aria-labelledby="catalog-heading">
          <h2 id="catalog-heading">Catalog</h2>
          <form className="filters" role="search" aria-label="Filter rules" onSubmit={(event) => event.preventDefault()}>
            <div className="field">
              <label htmlFor={ids.q}>Search rules</label>
              <input id={ids.q} type="search" value={query} placeholder="id, title or text" onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={ids.persona}>Persona</label>
              <select id={ids.persona} value={persona} onChange={(event) => setPersona(event.target.value)}>
                <option value="">All personas</option>
                {PERSONAS.map((key) => (
                  <option key={key} value={key}>
                    {PERSONA_LABELS[key]}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p className="muted" role="status">
            {plural(visible.length, 'rule')}
            {visible.length === state.rules.length ? '' : ` of ${state.rules.length}`}
          </p>
          {groupsOf(state.groups, visible).map(({ group, rules }) => (
            <RuleGroupSection
              key={group.category}
              group={group}
              rules={rules}
              anchor={anchor}
              // A search or filter that finds something in a folded group shows it.
              open={!group.collapsed || needle !== '' || persona !== '' || rules.some((rule) => rule.id === anchor)}
            />
          ))}
        </section>
      ) : null}
    </>
  );
}

const CATEGORY_LABELS: Record<Category, string> = {
  secret: 'Secret detectors',
  pii: 'Personal data',
  security: 'Security',
  reliability: 'Reliability',
  architecture: 'Architecture',
  policy: 'Policy and governance',
  finops: 'Cost (FinOps)',
  ux: 'User experience',
  dependency: 'Dependencies',
};

/** The server's groups in its order (agent rules first, secret detectors last), each with the rules still shown, in the group's order. */
function groupsOf(groups: readonly RuleGroup[], visible: readonly CatalogRule[]): Array<{ group: RuleGroup; rules: CatalogRule[] }> {
  const byId = new Map(visible.map((rule) => [rule.id, rule]));
  return groups
    .map((group) => ({ group, rules: group.ruleIds.flatMap((id) => byId.get(id) ?? []) }))
    .filter(({ rules }) => rules.length > 0);
}

function RuleGroupSection({ group, rules, anchor, open }: { group: RuleGroup; rules: CatalogRule[]; anchor: string; open: boolean }) {
  const headingId = `category-${group.category}`;
  const heading = (
    <h3 id={headingId}>
      {CATEGORY_LABELS[group.category]}{' '}
      <span className="rule-group-counts">
        ({plural(rules.length, 'rule')} ·{' '}
        {group.findings > 0 ? (
          <Link to={`/findings?category=${encodeURIComponent(group.category)}`} data-testid={`group-count-${group.category}`}>
            {plural(group.findings, 'finding')}
          </Link>
        ) : (
          '0 findings'
        )}{' '}
        in the fleet)
      </span>
    </h3>
  );
  const list = (
    <ul className="rule-list">
      {rules.map((rule) => (
        <li key={rule.id}>
          <RuleEntry rule={rule} open={rule.id === anchor} />
        </li>
      ))}
    </ul>
  );
  return (
    <section className="rule-group" aria-labelledby={headingId} data-category={group.category} data-findings={group.findings}>
      {group.collapsed ? (
        <details className="rule-group-fold" open={open || undefined}>
          <summary>{heading}</summary>
          {list}
        </details>
      ) : (
        <>
          {heading}
          {list}
        </>
      )}
    </section>
  );
}

/** The rule's findings in the fleet now, a link to them when there are any. */
function FindingCount({ rule }: { rule: CatalogRule }) {
  if (rule.findings === 0) return <span className="rule-count muted">0 findings</span>;
  return (
    <Link className="rule-count" to={`/findings?rule=${encodeURIComponent(rule.id)}`} data-testid={`rule-count-${rule.id}`}>
      {plural(rule.findings, 'finding')}
    </Link>
  );
}

function RuleEntry({ rule, open }: { rule: CatalogRule; open: boolean }) {
  return (
    <details className="rule" id={`rule-${rule.id}`} open={open || undefined}>
      <summary>
        <span className="rule-title">{rule.title}</span> <code className="rule-id">{rule.id}</code> <FindingCount rule={rule} />
        <span className="badges">
          <SeverityBadge severity={rule.severity} />
          <FixabilityBadge fixability={rule.fixability} />
          <PersonaBadge persona={rule.persona} />
        </span>
      </summary>
      <div className="rule-body">
        <RichText text={rule.docs} />
      </div>
    </details>
  );
}
