import { useEffect, useId, useState } from 'react';
import { loadRules } from '../api/rules-cache.js';
import type { Category, RuleDoc } from '../api/types.js';
import { FixabilityBadge, PersonaBadge, SeverityBadge } from '../components/badges.js';
import { RichText } from '../components/RichText.js';
import { PERSONA_LABELS, PERSONAS, plural } from '../labels.js';
import { PageHeading } from './PageHeading.js';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rules: RuleDoc[] };

function currentAnchor(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

export function RulesPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const [persona, setPersona] = useState('');
  const [anchor, setAnchor] = useState(currentAnchor);
  const ids = { q: useId(), persona: useId() };

  useEffect(() => {
    let live = true;
    loadRules().then(
      (rules) => live && setState({ kind: 'ready', rules }),
      (error: unknown) => live && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    const onHash = () => setAnchor(currentAnchor());
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
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
        <p className="subtitle">What the cockpit checks, why it matters and how to fix it. Severity is the default; <code>cockpit.yaml</code> can change it.</p>
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
          {groupByCategory(visible).map(([category, rules]) => (
            <section key={category} className="rule-group" aria-labelledby={`category-${category}`}>
              <h3 id={`category-${category}`}>
                {CATEGORY_LABELS[category]} ({rules.length})
              </h3>
              <ul className="rule-list">
                {rules.map((rule) => (
                  <li key={rule.id}>
                    <RuleEntry rule={rule} open={rule.id === anchor} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}

const CATEGORY_LABELS: Record<Category, string> = {
  secret: 'Secrets',
  pii: 'Personal data',
  security: 'Security',
  reliability: 'Reliability',
  architecture: 'Architecture',
  policy: 'Policy',
  finops: 'Cost (FinOps)',
  ux: 'User experience',
  dependency: 'Dependencies',
};

/** Categories in the order the first rule of each appears (the catalog's own order). */
function groupByCategory(rules: readonly RuleDoc[]): Array<[Category, RuleDoc[]]> {
  const groups = new Map<Category, RuleDoc[]>();
  for (const rule of rules) {
    const group = groups.get(rule.category);
    if (group) group.push(rule);
    else groups.set(rule.category, [rule]);
  }
  return [...groups];
}

function RuleEntry({ rule, open }: { rule: RuleDoc; open: boolean }) {
  return (
    <details className="rule" id={`rule-${rule.id}`} open={open || undefined}>
      <summary>
        <span className="rule-title">{rule.title}</span> <code className="rule-id">{rule.id}</code>
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
