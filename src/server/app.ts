import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { HTTPException } from 'hono/http-exception';
import { auditWorkspaceIntoLake } from '../run/workspace-audit.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { redactQuoted } from '../config/shown-text.js';
import { redactedErrorLine, redactText } from '../secrets/sensitive-spans.js';
import { RULES } from '../rules/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { fleetA2uiMessages } from './a2ui.js';
import { createAuditRunner, FINAL_EVENTS, type AuditEvent, type RunWorkspaceAudit } from './audit-runner.js';
import { codeLinks } from './code-links.js';
import { agentExcerpts } from './excerpts.js';
import type { Fleet } from './api-schemas.js';
import type { FleetStore } from './fleet-store.js';
import { agentList, fleetView, findingList } from './fleet-views.js';
import { ownerRollup, rollupAgent, type RollupAgent } from './fleet-rollups.js';
import { healPreview } from './heal-preview.js';
import {
  a2uiFleetRoute,
  agentRoute,
  agentsRoute,
  auditEventsRoute,
  auditRoute,
  cancelAuditRoute,
  findingsRoute,
  fleetRoute,
  healRoute,
  healthRoute,
  historyRoute,
  rulesRoute,
  startAuditRoute,
  triageHistoryRoute,
  triageRoute,
} from './routes.js';
import { ruleCatalog, ruleFindingCounts, ruleList } from './rules-catalog.js';
import { agentRunPoints, fleetRunPoints } from './run-history.js';
import { findingTimeline, historyFirstSeen, withAges, type FirstSeenLookup } from './finding-age.js';
import { StoreFailure } from './store-failure.js';
import { loopbackOnly, requireToken, sameOriginJson, securityHeaders } from './security.js';
import { DEFAULT_WEB_DIR, staticFiles } from './static-files.js';

/** How often an idle event stream sends a comment line. */
const HEARTBEAT_MS = 15_000;
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

/** A parse failure as one line: the first issue, named by the parameter it is about. */
function validationMessage(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.map(String).join('.');
  return shownInput(where ? `${where}: ${issue.message}` : issue.message);
}

/**
 * Text that may quote what the client sent (a URL path, a parameter): secrets and personal data
 * masked by the audit's own redaction, key-shaped runs too, and cut to a readable length.
 */
function shownInput(text: string): string {
  return redactQuoted(redactText(text), 200);
}

/** A URL path as a 404 shows it: each segment redacted on its own, so the route around a key stays readable. */
function shownPath(pathname: string): string {
  // Decoding may turn `%0a` into a line break: control characters would break the one-line message.
  const shown = redactText(pathname.replace(/[\u0000-\u001f\u007f]/g, '?'))
    .split('/')
    .map((segment) => redactQuoted(segment))
    .join('/');
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

/** The request's path as the client typed it: a key sent percent-encoded is still found and masked. */
function decodedPath(c: Context): string {
  const pathname = new URL(c.req.url).pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function isApiPath(c: Context): boolean {
  const pathname = new URL(c.req.url).pathname;
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** The cockpit's HTTP API and dashboard as a Hono app: `app.request()` in tests, `startServer` for a socket. */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const now = options.now ?? (() => new Date());
  const lakeLabel = options.lakeLabel ?? options.lakeDir;
  const rootLabel = options.rootLabel ?? options.workspaceRoot ?? lakeLabel;
  const rules = ruleCatalog(RULES);
  const workspaceRoot = options.workspaceRoot;
  const runAudit: RunWorkspaceAudit | undefined =
    options.runAudit ??
    (workspaceRoot === undefined
      ? undefined
      : (hooks) => auditWorkspaceIntoLake({ root: workspaceRoot, settings, lakeDir: options.lakeDir, ...(options.auditJobs !== undefined ? { jobs: options.auditJobs } : {}) }, hooks));
  // First runs of findings for /api/findings: the store's own query (PostgreSQL), else each agent's history indexed once.
  const firstSeen: FirstSeenLookup = store.firstSeen ? (findings) => store.firstSeen!(findings) : historyFirstSeen((agentId) => store.history(agentId));
  // Each agent's record before a run, so a finished audit can say what it changed.
  const audits = runAudit ? createAuditRunner(runAudit, { now, previousRecords: () => store.listLatest() }) : undefined;

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

  app.openapi(healthRoute, async (c) =>
    c.json({ ok: true as const, version: TOOL_VERSION, lake: lakeLabel, agents: store.agentCount ? await store.agentCount() : (await store.listLatest()).length }, 200),
  );

  /**
   * The fleet view, and with `runs` its last runs: new and fixed need every agent's history, read
   * once for both. A store that answers the fleet view itself (PostgreSQL) does so because reading
   * every history is too slow there, and answers the runs itself too (from its run columns).
   */
  async function currentFleet(options: { runs?: number | undefined; owners?: boolean } = {}): Promise<Fleet> {
    if (store.fleet) {
      const fleet = await store.fleet({ root: rootLabel, now: now() });
      const withRuns = options.runs && store.runPoints ? { ...fleet, runs: await store.runPoints(options.runs) } : fleet;
      return options.owners ? withOwnerRollup(withRuns, storeRollupAgents) : withRuns;
    }
    const records = await store.listLatest();
    const histories = await Promise.all(records.map((record) => store.history(record.agent.id)));
    const fleet = fleetView({ root: rootLabel, records, histories, now: now() });
    const withRuns = options.runs ? { ...fleet, runs: fleetRunPoints(histories).slice(-options.runs) } : fleet;
    return options.owners ? withOwnerRollup(withRuns, async () => records.map((record) => rollupAgent(record.agent))) : withRuns;
  }

  /**
   * The roll-up by owner, read now from the workspace (CODEOWNERS, agents' cockpit.yaml) as the findings
   * filter reads it; a server without a workspace leaves `owners` out.
   */
  async function withOwnerRollup(fleet: Fleet, agents: () => Promise<RollupAgent[]>): Promise<Fleet> {
    if (!workspaceRoot) return fleet;
    const rows = await agents();
    const { agentOwners } = await import('../owners/agent-owners.js');
    return { ...fleet, ...ownerRollup(rows, await agentOwners(workspaceRoot, rows.map((row) => row.path))) };
  }

  /** Every agent's path, verdict and counts from a store that pages in SQL: its agent rows, not its records. */
  async function storeRollupAgents(): Promise<RollupAgent[]> {
    if (!store.agentPage) return (await store.listLatest()).map((record) => rollupAgent(record.agent));
    const rows: RollupAgent[] = [];
    for (;;) {
      const page = await store.agentPage({ sort: 'path', order: 'asc', limit: 500, offset: rows.length });
      rows.push(...page.items);
      if (page.items.length === 0 || rows.length >= page.total) return rows;
    }
  }

  app.openapi(fleetRoute, async (c) => c.json(await currentFleet({ runs: c.req.valid('query').runs, owners: true }), 200));

  app.openapi(agentsRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(store.agentPage ? await store.agentPage(query) : agentList(await store.listLatest(), query), 200);
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

  app.openapi(findingsRoute, async (c) => {
    const { owner, ...query } = c.req.valid('query');
    if (!options.workspaceRoot) {
      if (owner !== undefined) return c.json({ error: 'owner: this server has no workspace to read CODEOWNERS from (start it with --workspace)' }, 400);
      const page = store.findingPage ? await store.findingPage(query) : findingList(await store.listLatest(), query);
      return c.json({ ...page, items: await withAges(page.items, firstSeen, now()) }, 200);
    }
    // Ownership is read now from the workspace (CODEOWNERS, agents' cockpit.yaml), not from the records.
    const { agentOwners } = await import('../owners/agent-owners.js');
    const records = await store.listLatest();
    const owners = await agentOwners(options.workspaceRoot, records.map((record) => record.agent.path));
    const wanted = owner?.toLowerCase();
    const owned = wanted === undefined ? records : records.filter((record) => (owners.get(record.agent.path) ?? []).some((name) => name.toLowerCase() === wanted));
    const page = wanted === undefined && store.findingPage ? await store.findingPage(query) : findingList(owned, query);
    const items = page.items.map((row) => (owners.has(row.agentPath) ? { ...row, owners: owners.get(row.agentPath)! } : row));
    return c.json({ ...page, items: await withAges(items, firstSeen, now()) }, 200);
  });

  // Counts from the fleet as it is now; the catalog itself never changes while the server runs.
  app.openapi(rulesRoute, async (c) => c.json(ruleList(rules, ruleFindingCounts(await store.listLatest())), 200));

  app.openapi(triageRoute, async (c) => {
    if (!options.workspaceRoot) return c.json({ error: 'this server has no workspace to write decisions to (start it with --workspace)' }, 409);
    const body = c.req.valid('json');
    const { recordDecision } = await import('../triage/record.js');
    const { CockpitError } = await import('../util/errors.js');
    try {
      const { decision, shown } = await recordDecision({
        root: options.workspaceRoot,
        shown: `${options.rootLabel ?? options.workspaceRoot}/.cockpit/triage.json`,
        lake: options.lakeDir,
        lakeShown: options.lakeLabel ?? 'the lake',
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
    const [{ readTriage, EMPTY_TRIAGE }, { triageHistory }, { DEFAULT_TRIAGE }, { CockpitError }] = await Promise.all([
      import('../triage/file.js'),
      import('../triage/history.js'),
      import('../triage/default-path.js'),
      import('../util/errors.js'),
    ]);
    const shown = `${options.rootLabel ?? workspaceRoot}/${DEFAULT_TRIAGE}`;
    let triage;
    try {
      triage = (await readTriage(`${workspaceRoot}/${DEFAULT_TRIAGE}`, shown, { missingOk: true })) ?? EMPTY_TRIAGE;
    } catch (error) {
      if (!(error instanceof CockpitError)) throw error;
      return c.json({ error: error.message }, 409);
    }
    let { entries } = triageHistory(triage, now());
    if (agent !== undefined) {
      const record = await store.latest(agent);
      if (!record) return c.json({ error: `no agent ${agent} in the lake` }, 404);
      // The agent's findings of any kind now, and whatever a decision said was in the agent when it was made.
      const { findings, suppressed, baselined, outsideChanges } = record.agent;
      const mine = new Set([...findings, ...suppressed, ...(baselined ?? []), ...(outsideChanges ?? [])].map((finding) => finding.fingerprint));
      for (const entry of entries) if (entry.agent === record.agent.path) mine.add(entry.fingerprint);
      entries = entries.filter((entry) => mine.has(entry.fingerprint));
    }
    if (fingerprint !== undefined) entries = entries.filter((entry) => entry.fingerprint.startsWith(fingerprint));
    // Reasons are free text people typed: masked like every text the API returns.
    entries = entries.map((entry) => ({ ...entry, reason: redactText(entry.reason) }));
    const count = (state: string) => entries.filter((entry) => entry.state === state).length;
    return c.json({ triageFile: shown, inForce: count('in-force'), expired: count('expired'), entries }, 200);
  });

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

  app.openapi(a2uiFleetRoute, async (c) => {
    const messages = fleetA2uiMessages(await currentFleet(), lakeLabel);
    if ((c.req.header('Accept') ?? '').includes('text/event-stream')) {
      return streamSSE(c, async (stream) => {
        for (const message of messages) await stream.writeSSE({ data: JSON.stringify(message) });
      });
    }
    c.header('Content-Type', 'application/jsonl; charset=utf-8');
    return c.body(messages.map((message) => JSON.stringify(message)).join('\n') + '\n', 200);
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'AgentOps Cockpit API',
      version: TOOL_VERSION,
      description: `The HTTP API of \`ops serve\` (${TOOL_NAME}): the evidence lake, the rules, heal previews and audits. See docs/SERVER.md.`,
    },
  });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${shownPath(decodedPath(c))}` }, 404));
  app.get('*', staticFiles(options.webDir ?? DEFAULT_WEB_DIR));
  app.notFound((c) => (isApiPath(c) ? c.json({ error: 'no such endpoint' }, 404) : c.text('Not found\n', 404)));
  return app;
}
