/** The Findings page filters a count on the overview can stand for; each lives in the page's address. */
export interface FindingsFilter {
  severity?: string;
  persona?: string;
  category?: string;
  rule?: string;
  owner?: string;
  folder?: string;
  verdict?: string;
}

/** `/findings?…` with the given filters, in one fixed order so equal filters make equal links. */
export function findingsHref(filter: FindingsFilter): string {
  const params = new URLSearchParams();
  for (const key of ['severity', 'persona', 'category', 'rule', 'owner', 'folder', 'verdict'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/findings?${query}` : '/findings';
}

/** The agents filters a roll-up row stands for, on the overview's agents table. */
export interface AgentsFilter {
  verdict?: string;
  owner?: string;
  folder?: string;
}

/** `/?…#agents`: the overview's agents table with these filters (in AgentTable's order), scrolled into view. */
export function agentsHref(filter: AgentsFilter): string {
  const params = new URLSearchParams();
  for (const key of ['verdict', 'owner', 'folder'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/${query ? `?${query}` : ''}#agents`;
}
