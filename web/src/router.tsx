import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * A tiny History API router: three routes do not need a library. Paths are real (`/agents/:id`),
 * and `ops serve` answers index.html for every non-/api path, so reloads and shared links work.
 */
const CHANGE = 'cockpit:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** `replace` is for state that should not add a history entry (filters as the user types). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  // A link to a fragment (`/?owner=x#agents`) lands on it, as a browser's own navigation would, once the page has rendered.
  const fragment = new URL(to, window.location.origin).hash.slice(1);
  if (fragment) requestAnimationFrame(() => document.getElementById(decodeURIComponent(fragment))?.scrollIntoView({ block: 'start' }));
}

export type Route = { name: 'fleet' } | { name: 'agent'; id: string } | { name: 'findings' } | { name: 'rules'; anchor?: string } | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'fleet' };
  if (pathname === '/rules' || pathname === '/rules/') return { name: 'rules' };
  if (pathname === '/findings' || pathname === '/findings/') return { name: 'findings' };
  const agent = /^\/agents\/([^/]+)\/?$/.exec(pathname);
  if (agent) return { name: 'agent', id: decodeURIComponent(agent[1]!) };
  return { name: 'not-found' };
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/** An ordinary link (middle-click and ctrl-click still open a tab) that navigates in-app on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
