import { Link, matchRoute, useLocation } from './router.js';
import { AgentPage } from './pages/AgentPage.js';
import { FindingsPage } from './pages/FindingsPage.js';
import { FleetPage } from './pages/FleetPage.js';
import { PageHeading } from './pages/PageHeading.js';
import { RulesPage } from './pages/RulesPage.js';
import { useTheme } from './theme.js';

export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const [theme, toggleTheme] = useTheme();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span>
              <span className="brand-long">AgentOps </span>Cockpit
            </span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link to="/" aria-current={route.name === 'fleet' || route.name === 'agent' ? 'page' : undefined}>
                  Fleet
                </Link>
              </li>
              <li>
                <Link to="/findings" aria-current={route.name === 'findings' ? 'page' : undefined}>
                  Findings
                </Link>
              </li>
              <li>
                <Link to="/rules" aria-current={route.name === 'rules' ? 'page' : undefined}>
                  Rules
                </Link>
              </li>
            </ul>
          </nav>
          <button type="button" className="button theme-toggle" onClick={toggleTheme} aria-pressed={theme === 'dark'}>
            Dark mode
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'fleet' ? <FleetPage /> : null}
        {route.name === 'agent' ? <AgentPage key={route.id} id={route.id} /> : null}
        {route.name === 'findings' ? <FindingsPage /> : null}
        {route.name === 'rules' ? <RulesPage /> : null}
        {route.name === 'not-found' ? (
          <>
            <PageHeading title="Page not found" />
            <p>
              There is nothing at <code>{pathname}</code>. <Link to="/">Go to the fleet</Link>.
            </p>
          </>
        ) : null}
      </main>
      <footer className="site-footer">
        <p>
          Data from the evidence lake, served by <code>ops serve</code>. Secrets and personal data are redacted before they leave the server.
        </p>
      </footer>
    </>
  );
}
