import type { OpenAPIHono } from '@hono/zod-openapi';
import { TOOL_VERSION } from '../../version.js';
import { currentFleet } from '../current-fleet.js';
import { fleetRoute, healthRoute } from '../routes.js';
import type { HandlerContext } from './context.js';

/** GET /api/health and /api/fleet. */
export function registerFleetRoutes(app: OpenAPIHono, context: HandlerContext): void {
  const { store } = context;
  app.openapi(healthRoute, async (c) =>
    c.json({ ok: true as const, version: TOOL_VERSION, lake: context.lakeLabel, agents: store.agentCount ? await store.agentCount() : (await store.listLatest()).length }, 200),
  );

  app.openapi(fleetRoute, async (c) => c.json(await currentFleet(context, { runs: c.req.valid('query').runs, owners: true }), 200));
}
