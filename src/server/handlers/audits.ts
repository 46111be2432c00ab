import type { OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { createAuditRunner, FINAL_EVENTS, type AuditEvent, type RunWorkspaceAudit } from '../audit-runner.js';
import { auditEventsRoute, auditRoute, cancelAuditRoute, startAuditRoute } from '../routes.js';
import type { HandlerContext } from './context.js';

/** How often an idle event stream sends a comment line. */
const HEARTBEAT_MS = 15_000;

/**
 * POST /api/audits, its state, cancel and event stream: one workspace audit at a time. Without
 * `runAudit` (no workspace) starting one is refused and every id is unknown.
 */
export function registerAuditRoutes(app: OpenAPIHono, context: HandlerContext, runAudit: RunWorkspaceAudit | undefined): void {
  const { store, now } = context;
  // Each agent's record before a run, so a finished audit can say what it changed.
  const audits = runAudit ? createAuditRunner(runAudit, { now, previousRecords: () => store.listLatest() }) : undefined;

  app.openapi(startAuditRoute, (c) => {
    if (!audits) return c.json({ error: 'this server has no workspace to audit (start it with --workspace)' }, 409);
    const { state, started } = audits.start();
    if (!started) return c.json({ id: state.id, status: state.status, error: 'an audit is already running' }, 409);
    return c.json({ id: state.id, status: 'running' as const }, 202);
  });

  app.openapi(cancelAuditRoute, async (c) => {
    const { id } = c.req.valid('param');
    const result = await audits?.cancel(id);
    if (!result) return c.json({ error: `no audit ${id} on this server` }, 404);
    if (!result.wasRunning) return c.json({ id, status: result.state.status, error: `the audit is not running (${result.state.status})` }, 409);
    return c.json(result.state, 200);
  });

  app.openapi(auditRoute, (c) => {
    const { id } = c.req.valid('param');
    const state = audits?.state(id);
    if (!state) return c.json({ error: `no audit ${id} on this server` }, 404);
    return c.json(state, 200);
  });

  app.openapi(auditEventsRoute, (c) => {
    const { id } = c.req.valid('param');
    if (!audits?.state(id)) return c.json({ error: `no audit ${id} on this server` }, 404);
    return streamSSE(c, async (stream) => {
      const pending: AuditEvent[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      const followed = audits.follow(id, (event) => {
        pending.push(event);
        wake?.();
      });
      if (!followed) return;
      pending.push(...followed.replay);
      stream.onAbort(() => {
        closed = true;
        wake?.();
      });
      try {
        for (;;) {
          while (pending.length > 0 && !closed) {
            const event = pending.shift()!;
            await stream.writeSSE({ event: event.event, data: JSON.stringify(event.data) });
            if (FINAL_EVENTS.has(event.event)) return;
          }
          if (closed) return;
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, HEARTBEAT_MS);
          });
          clearTimeout(timer);
          wake = undefined;
          // A comment line keeps proxies from closing a stream that waits on one slow agent.
          if (pending.length === 0 && !closed) await stream.write(': keep-alive\n\n');
        }
      } finally {
        followed.unsubscribe();
      }
    });
  });
}
