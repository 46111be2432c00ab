import type { OpenAPIHono } from '@hono/zod-openapi';
import { triageHistoryRoute, triageRoute } from '../routes.js';
import type { HandlerContext } from './context.js';
import { DEFAULT_TRIAGE } from '../../triage/default-path.js';

/**
 * POST /api/triage (a decision into the workspace's triage file) and GET /api/triage (its history).
 * `lakeShown` names the lake in the messages of a decision that finds no finding.
 */
export function registerTriageRoutes(app: OpenAPIHono, context: HandlerContext, lakeShown: string): void {
  const { store, now, workspaceRoot } = context;

  app.openapi(triageRoute, async (c) => {
    if (!workspaceRoot) return c.json({ error: 'this server has no workspace to write decisions to (start it with --workspace)' }, 409);
    const body = c.req.valid('json');
    const { recordDecision } = await import('../../triage/record.js');
    const { CockpitError } = await import('../../util/errors.js');
    try {
      const { decision, shown } = await recordDecision({
        root: workspaceRoot,
        shown: `${context.rootLabel}/${DEFAULT_TRIAGE}`,
        lake: context.lakeDir,
        lakeShown,
        fingerprint: body.fingerprint,
        status: body.status,
        reason: body.reason,
        author: body.author ?? 'dashboard',
        ...(body.expires !== undefined ? { expires: body.expires } : {}),
      });
      return c.json({ ...decision, triageFile: shown }, 201);
    } catch (error) {
      if (!(error instanceof CockpitError)) throw error;
      return c.json({ error: error.message }, / starts with it| no finding /.test(error.message) ? 404 : 400);
    }
  });

  app.openapi(triageHistoryRoute, async (c) => {
    // No workspace, no triage file: an empty history, so the agent page shows its section without a failed request.
    if (!workspaceRoot) return c.json({ triageFile: null, inForce: 0, expired: 0, entries: [] }, 200);
    const { agent, fingerprint } = c.req.valid('query');
    const [{ shownTriageHistory }, { CockpitError }] = await Promise.all([import('../../triage/history.js'), import('../../util/errors.js')]);
    const shown = `${context.rootLabel}/${DEFAULT_TRIAGE}`;
    let entries;
    try {
      // Inside the workspace after symbolic links are followed, as MCP list_triage reads it.
      ({ entries } = await shownTriageHistory({ file: `${workspaceRoot}/${DEFAULT_TRIAGE}`, shown, root: workspaceRoot, now: now(), fingerprint }));
    } catch (error) {
      if (!(error instanceof CockpitError)) throw error;
      return c.json({ error: error.message }, 409);
    }
    if (agent !== undefined) {
      const record = await store.latest(agent);
      if (!record) return c.json({ error: `no agent ${agent} in the lake` }, 404);
      // The agent's findings of any kind now, and whatever a decision said was in the agent when it was made.
      const { findings, suppressed, baselined, outsideChanges } = record.agent;
      const mine = new Set([...findings, ...suppressed, ...(baselined ?? []), ...(outsideChanges ?? [])].map((finding) => finding.fingerprint));
      for (const entry of entries) if (entry.agent === record.agent.path) mine.add(entry.fingerprint);
      entries = entries.filter((entry) => mine.has(entry.fingerprint));
    }
    const count = (state: string) => entries.filter((entry) => entry.state === state).length;
    return c.json({ triageFile: shown, inForce: count('in-force'), expired: count('expired'), entries }, 200);
  });
}
