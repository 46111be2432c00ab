import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { auditWorkspaceIntoLake } from '../run/workspace-audit.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { redactedErrorLine } from '../secrets/sensitive-spans.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { RunWorkspaceAudit } from './audit-runner.js';
import type { FleetStore } from './fleet-store.js';
import { registerA2uiRoutes } from './handlers/a2ui.js';
import { registerAgentRoutes } from './handlers/agents.js';
import { registerAuditRoutes } from './handlers/audits.js';
import type { HandlerContext } from './handlers/context.js';
import { registerFindingRoutes } from './handlers/findings.js';
import { registerFleetRoutes } from './handlers/fleet.js';
import { registerRuleRoutes } from './handlers/rules.js';
import { registerTriageRoutes } from './handlers/triage.js';
import { isApiPath, unknownEndpointMessage, validationMessage } from './request-errors.js';
import { StoreFailure } from './store-failure.js';
import { loopbackOnly, requireToken, sameOriginJson, securityHeaders } from './security.js';
import { DEFAULT_WEB_DIR, staticFiles } from './static-files.js';

/** API bodies are a few small JSON fields; anything larger is refused before it is read into memory. */
export const MAX_API_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  /** Where records are read from. */
  store: FleetStore;
  /** The lake audits started from the API write to (the one the store reads). */
  lakeDir: string;
  /** How the lake and the workspace are shown in responses (default: the paths as given). */
  lakeLabel?: string;
  rootLabel?: string;
  /** The workspace on this machine: code excerpts, heal previews and audits need it. */
  workspaceRoot?: string;
  /** When set, every /api request needs `Authorization: Bearer <token>`; when not, only loopback host names are served. */
  token?: string;
  /** The built dashboard (default: dist/web of this package). */
  webDir?: string;
  settings?: Settings;
  /** Worker threads for audits started from the API (default: the machine's parallelism). */
  auditJobs?: number;
  /** Replaces the workspace audit (tests). */
  runAudit?: RunWorkspaceAudit;
  now?: () => Date;
}

/** The cockpit's HTTP API and dashboard as a Hono app: `app.request()` in tests, `startServer` for a socket. */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const now = options.now ?? (() => new Date());
  const lakeLabel = options.lakeLabel ?? options.lakeDir;
  const rootLabel = options.rootLabel ?? options.workspaceRoot ?? lakeLabel;
  const workspaceRoot = options.workspaceRoot;
  const runAudit: RunWorkspaceAudit | undefined =
    options.runAudit ??
    (workspaceRoot === undefined
      ? undefined
      : (hooks) => auditWorkspaceIntoLake({ root: workspaceRoot, settings, lakeDir: options.lakeDir, ...(options.auditJobs !== undefined ? { jobs: options.auditJobs } : {}) }, hooks));

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: validationMessage(result.error) }, 400);
      return undefined;
    },
  });

  app.use('*', securityHeaders);
  if (options.token !== undefined) app.use('/api/*', requireToken(options.token));
  else app.use('*', loopbackOnly());
  app.use('/api/*', sameOriginJson());
  app.use(
    '/api/*',
    bodyLimit({ maxSize: MAX_API_BODY_BYTES, onError: (c) => c.json({ error: `the request body is over ${MAX_API_BODY_BYTES / 1024} KB` }, 413) }),
  );

  app.onError((error, c) => {
    // A database that is down is 503; its own error text is never shown (it may quote the query or the input).
    if (error instanceof StoreFailure) return c.json({ error: error.message }, error.status);
    if (error instanceof HTTPException) return c.json({ error: redactedErrorLine(error) }, error.status);
    return c.json({ error: `internal error: ${redactedErrorLine(error)}` }, 500);
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'OPS_SERVER_TOKEN; required when the server binds a non-loopback address',
  });

  const context: HandlerContext = { store, settings, now, workspaceRoot, lakeDir: options.lakeDir, rootLabel, lakeLabel };
  // In this order: it is the order of the OpenAPI document's paths.
  registerFleetRoutes(app, context);
  registerAgentRoutes(app, context);
  registerFindingRoutes(app, context);
  registerRuleRoutes(app, context);
  registerTriageRoutes(app, context, options.lakeLabel ?? 'the lake');
  registerAuditRoutes(app, context, runAudit);
  registerA2uiRoutes(app, context);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'AgentOps Cockpit API',
      version: TOOL_VERSION,
      description: `The HTTP API of \`ops serve\` (${TOOL_NAME}): the evidence lake, the rules, heal previews and audits. See docs/SERVER.md.`,
    },
  });

  app.all('/api/*', (c) => c.json({ error: unknownEndpointMessage(c) }, 404));
  app.get('*', staticFiles(options.webDir ?? DEFAULT_WEB_DIR));
  app.notFound((c) => (isApiPath(c) ? c.json({ error: 'no such endpoint' }, 404) : c.text('Not found\n', 404)));
  return app;
}
