import type { OpenAPIHono } from '@hono/zod-openapi';
import { historyFirstSeen, withAges, type FirstSeenLookup } from '../finding-age.js';
import { findingList } from '../fleet-views.js';
import { findingsRoute } from '../routes.js';
import type { HandlerContext } from './context.js';
import { OWNER_NEEDS_WORKSPACE, ownedRecords } from '../owner-filter.js';

/** GET /api/findings: the fleet's findings, filtered (owner too, read from the workspace), each with its age. */
export function registerFindingRoutes(app: OpenAPIHono, context: HandlerContext): void {
  const { store, now, workspaceRoot } = context;
  // First runs of findings: the store's own query (PostgreSQL), else each agent's history indexed once.
  const firstSeen: FirstSeenLookup = store.firstSeen ? (findings) => store.firstSeen!(findings) : historyFirstSeen((agentId) => store.history(agentId));

  app.openapi(findingsRoute, async (c) => {
    const { owner, ...query } = c.req.valid('query');
    if (!workspaceRoot) {
      if (owner !== undefined) return c.json({ error: OWNER_NEEDS_WORKSPACE }, 400);
      const page = store.findingPage ? await store.findingPage(query) : findingList(await store.listLatest(), query);
      return c.json({ ...page, items: await withAges(page.items, firstSeen, now()) }, 200);
    }
    const { owners, owned } = await ownedRecords(workspaceRoot, await store.listLatest(), owner);
    const page = owner === undefined && store.findingPage ? await store.findingPage(query) : findingList(owned, query);
    const items = page.items.map((row) => (owners.has(row.agentPath) ? { ...row, owners: owners.get(row.agentPath)! } : row));
    return c.json({ ...page, items: await withAges(items, firstSeen, now()) }, 200);
  });
}
