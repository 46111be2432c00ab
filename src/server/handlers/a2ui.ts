import type { OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { fleetA2uiMessages } from '../a2ui.js';
import { currentFleet } from '../current-fleet.js';
import { a2uiFleetRoute } from '../routes.js';
import type { HandlerContext } from './context.js';

/** GET /api/a2ui/fleet: the fleet as A2UI messages, JSON lines or (Accept: text/event-stream) an event stream. */
export function registerA2uiRoutes(app: OpenAPIHono, context: HandlerContext): void {
  app.openapi(a2uiFleetRoute, async (c) => {
    const messages = fleetA2uiMessages(await currentFleet(context), context.lakeLabel);
    if ((c.req.header('Accept') ?? '').includes('text/event-stream')) {
      return streamSSE(c, async (stream) => {
        for (const message of messages) await stream.writeSSE({ data: JSON.stringify(message) });
      });
    }
    c.header('Content-Type', 'application/jsonl; charset=utf-8');
    return c.body(messages.map((message) => JSON.stringify(message)).join('\n') + '\n', 200);
  });
}
