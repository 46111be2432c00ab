import type { OpenAPIHono } from '@hono/zod-openapi';
import { codeLinks } from '../code-links.js';
import { agentExcerpts } from '../excerpts.js';
import { findingTimeline } from '../finding-age.js';
import { agentList } from '../fleet-views.js';
import { healPreview } from '../heal-preview.js';
import { agentRoute, agentsRoute, healRoute, historyRoute } from '../routes.js';
import { agentRunPoints } from '../run-history.js';
import type { HandlerContext } from './context.js';
import { OWNER_NEEDS_WORKSPACE, ownedRecords } from '../owner-filter.js';

/** GET /api/agents, /api/agents/{id}, its history and its heal preview. */
export function registerAgentRoutes(app: OpenAPIHono, context: HandlerContext): void {
  const { store, settings, now, workspaceRoot } = context;

  app.openapi(agentsRoute, async (c) => {
    const { owner, ...query } = c.req.valid('query');
    if (owner === undefined) return c.json(store.agentPage ? await store.agentPage(query) : agentList(await store.listLatest(), query), 200);
    // As /api/findings does: every store lists its records and the view keeps the owner's.
    if (!workspaceRoot) return c.json({ error: OWNER_NEEDS_WORKSPACE }, 400);
    const { owned } = await ownedRecords(workspaceRoot, await store.listLatest(), owner);
    return c.json(agentList(owned, query), 200);
  });

  app.openapi(agentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const record = await store.latest(id);
    if (!record) return c.json({ error: `no agent ${id} in the lake` }, 404);
    const { excerpts, groups } = workspaceRoot ? await agentExcerpts(workspaceRoot, record.agent, settings.maxFileBytes) : { excerpts: {}, groups: [] };
    // Ages and fixes by fingerprint over the agent's runs (what the agent page's history reads too).
    const { ages, fixed } = findingTimeline(await store.history(id), record, now());
    return c.json(
      {
        agent: record.agent,
        record: {
          runId: record.runId,
          startedAt: record.startedAt,
          finishedAt: record.finishedAt,
          tool: record.tool,
          ...(record.source ? { source: record.source } : {}),
        },
        ages,
        fixed,
        excerpts,
        excerptGroups: groups,
        codeLinks: codeLinks(record),
      },
      200,
    );
  });

  app.openapi(historyRoute, async (c) => {
    const { id } = c.req.valid('param');
    // From the records for every store: new and fixed compare fingerprints, which history columns do not hold.
    const items = agentRunPoints(await store.history(id));
    if (items.length === 0 && !(await store.latest(id))) return c.json({ error: `no agent ${id} in the lake` }, 404);
    return c.json({ items }, 200);
  });

  app.openapi(healRoute, async (c) => {
    const { id } = c.req.valid('param');
    const record = await store.latest(id);
    if (!record) return c.json({ error: `no agent ${id} in the lake` }, 404);
    if (!workspaceRoot) return c.json({ error: 'this server has no workspace: start it with --workspace to preview fixes' }, 409);
    const plan = await healPreview(workspaceRoot, record.agent.path, settings);
    if (!plan) return c.json({ error: `agent folder '${record.agent.path}' is not in the workspace on this server` }, 409);
    return c.json(plan, 200);
  });
}
