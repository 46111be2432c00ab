import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import {
  AgentDetailSchema,
  AgentHistorySchema,
  AgentListSchema,
  AgentParamsSchema,
  AgentQuerySchema,
  AuditCancelBodySchema,
  AuditConflictSchema,
  AuditParamsSchema,
  AuditStartBodySchema,
  AuditStartedSchema,
  AuditStateSchema,
  ErrorSchema,
  FindingListSchema,
  FindingsQuerySchema,
  FleetQuerySchema,
  FleetSchema,
  HealPreviewSchema,
  HealthSchema,
  RuleListSchema,
  TriageBodySchema,
  TriageDecisionSchema,
  TriageHistorySchema,
  TriageQuerySchema,
} from './api-schemas.js';

/**
 * The API's routes as OpenAPI operations: the same objects validate requests (Hono) and describe
 * them (GET /api/openapi.json).
 */

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const badRequest = json(ErrorSchema, 'a malformed parameter, query or body');
const notFound = json(ErrorSchema, 'no such agent or audit in the lake');
const bodyTooLarge = json(ErrorSchema, 'the body is over 64 KB');
const notJson = json(ErrorSchema, 'the body is not application/json');
/** A required JSON request body. */
const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

type RouteRequest = NonNullable<RouteConfig['request']>;

/** The answers that follow from what a route reads; `route` adds them, so no route forgets one. */
type InputAnswers<Q extends RouteRequest | undefined> = (Q extends RouteRequest ? { 400: typeof badRequest } : unknown) &
  (Q extends { params: z.ZodType } ? { 404: typeof notFound } : unknown) &
  (Q extends { body: object } ? { 413: typeof bodyTooLarge; 415: typeof notJson } : unknown);

/**
 * Any input may be malformed (400: the defaultHook in app.ts), an id in the path may name nothing in the
 * lake (404), and a body may be too large (413: bodyLimit in app.ts) or not JSON (415: sameOriginJson).
 */
function inputAnswers(request: RouteRequest | undefined): RouteConfig['responses'] {
  return {
    ...(request ? { 400: badRequest } : {}),
    ...(request?.params ? { 404: notFound } : {}),
    ...(request?.body ? { 413: bodyTooLarge, 415: notJson } : {}),
  };
}

/**
 * Every API route takes the bearer token (requireToken in app.ts), so each operation says so; its
 * `responses` name only its own answers, the ones its inputs bring are added (inputAnswers).
 */
const route = <R extends Omit<RouteConfig, 'security'>>(config: R) =>
  createRoute({
    ...config,
    // Typed with the answers added, so each handler is checked against every status its route declares.
    responses: { ...inputAnswers(config.request), ...config.responses } as R['responses'] & InputAnswers<R['request']>,
    security: [{ bearerAuth: [] }],
  });

export const healthRoute = route({
  method: 'get',
  path: '/api/health',
  tags: ['fleet'],
  summary: 'Server health, version and the number of agents in the lake',
  responses: { 200: json(HealthSchema, 'the server is up'), 503: json(ErrorSchema, 'the fleet store (ops serve --store) cannot be reached') },
});

export const fleetRoute = route({
  method: 'get',
  path: '/api/fleet',
  tags: ['fleet'],
  summary: 'Fleet summary: verdict, counts, Persona Matrix, top rules, frameworks, trend (and with ?runs=N the last N runs)',
  request: { query: FleetQuerySchema },
  responses: { 200: json(FleetSchema, 'the fleet as the lake holds it now') },
});

export const agentsRoute = route({
  method: 'get',
  path: '/api/agents',
  tags: ['agents'],
  summary: 'Agents, filtered (AND), sorted and paginated',
  request: { query: AgentQuerySchema },
  responses: { 200: json(AgentListSchema, 'one page of agents and the total that matched') },
});

export const agentRoute = route({
  method: 'get',
  path: '/api/agents/{id}',
  tags: ['agents'],
  summary: "One agent's latest record with redacted code excerpts around its findings",
  request: { params: AgentParamsSchema },
  responses: { 200: json(AgentDetailSchema, 'the latest record') },
});

export const historyRoute = route({
  method: 'get',
  path: '/api/agents/{id}/history',
  tags: ['agents'],
  summary: "Every run of one agent, oldest first",
  request: { params: AgentParamsSchema },
  responses: { 200: json(AgentHistorySchema, 'the runs') },
});

export const healRoute = route({
  method: 'get',
  path: '/api/agents/{id}/heal',
  tags: ['agents'],
  summary: 'The dry-run heal plan of one agent: redacted unified diffs, nothing written',
  request: { params: AgentParamsSchema },
  responses: {
    200: json(HealPreviewSchema, 'the plan'),
    409: json(ErrorSchema, "the agent's folder is not available on this server"),
  },
});

export const findingsRoute = route({
  method: 'get',
  path: '/api/findings',
  tags: ['findings'],
  summary: 'Active findings across the fleet, worst first, filtered and paginated',
  request: { query: FindingsQuerySchema },
  responses: { 200: json(FindingListSchema, 'one page of findings and the total that matched') },
});

export const rulesRoute = route({
  method: 'get',
  path: '/api/rules',
  tags: ['rules'],
  summary: "The rules catalog with docs, each rule's finding count in the fleet now, grouped by category",
  responses: { 200: json(RuleListSchema, 'every rule the audit runs') },
});

export const startAuditRoute = route({
  method: 'post',
  path: '/api/audits',
  tags: ['audits'],
  summary: "Audit the server's workspace now (one audit at a time); the lake the API reads is updated",
  request: { body: jsonBody(AuditStartBodySchema) },
  responses: {
    202: json(AuditStartedSchema, 'the audit started; follow /api/audits/{id}/events'),
    409: json(AuditConflictSchema, 'an audit is already running (its id is given), or the server has no workspace'),
  },
});

export const auditRoute = route({
  method: 'get',
  path: '/api/audits/{id}',
  tags: ['audits'],
  summary: 'The state of an audit started from the API',
  request: { params: AuditParamsSchema },
  responses: { 200: json(AuditStateSchema, 'the state') },
});

export const cancelAuditRoute = route({
  method: 'post',
  path: '/api/audits/{id}/cancel',
  tags: ['audits'],
  summary: 'Cancel a running audit: its workers are stopped and it writes nothing to the lake; answers once it has stopped',
  description:
    'A run keeps its records until every agent is done, so a cancelled run leaves the lake as it was. A cancel that comes while the records are being written is too late: the audit finishes and the answer says `done`.',
  request: { params: AuditParamsSchema, body: jsonBody(AuditCancelBodySchema) },
  responses: {
    200: json(AuditStateSchema, "the audit's state after the cancel: `cancelled`, or `done` when it was already writing its records"),
    409: json(AuditConflictSchema, 'the audit is not running (it finished, failed or was cancelled)'),
  },
});

export const auditEventsRoute = route({
  method: 'get',
  path: '/api/audits/{id}/events',
  tags: ['audits'],
  summary:
    'Live progress as Server-Sent Events: phase {phase}, start {total}, progress {done,total,agent,verdict,cached,etaMs?}, done {exitCode,verdict,agents,changes?}, cancelled {done,total}, error {error}',
  description:
    'phase says what the audit is doing besides finishing agents (discovering, checking, auditing, writing: the records are written together at the end); etaMs comes once a few agents were audited. A client that connects late first gets the state so far (start, the phase, the last progress, and the end if the audit is over). The stream ends after `done`, `cancelled` or `error`.',
  request: { params: AuditParamsSchema },
  responses: {
    200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'the event stream' },
  },
});

export const a2uiFleetRoute = route({
  method: 'get',
  path: '/api/a2ui/fleet',
  tags: ['a2ui'],
  summary: 'The fleet summary as A2UI v0.9 messages (createSurface, updateComponents, updateDataModel)',
  description:
    'JSON Lines (one A2UI message per line) by default; Server-Sent Events (one message per `data:`) when the request accepts text/event-stream. Components come from the A2UI v0.9 basic catalog.',
  responses: {
    200: {
      content: { 'application/jsonl': { schema: z.string() }, 'text/event-stream': { schema: z.string() } },
      description: 'three A2UI messages',
    },
  },
});

export const triageRoute = route({
  method: 'post',
  path: '/api/triage',
  tags: ['triage'],
  summary: "Accept a finding's risk or mark it a false positive, in the workspace's .cockpit/triage.json (every later ops report honours it)",
  request: { body: jsonBody(TriageBodySchema) },
  responses: {
    201: json(TriageDecisionSchema, 'the decision, in force until it expires or is revoked'),
    404: json(ErrorSchema, 'no finding in the lake has that fingerprint'),
    409: json(ErrorSchema, 'the server has no workspace to write to'),
  },
});

export const triageHistoryRoute = route({
  method: 'get',
  path: '/api/triage',
  tags: ['triage'],
  summary: "The workspace's triage decisions and revocations, newest first: who, when, why, until when, and whether each still holds",
  request: { query: TriageQuerySchema },
  responses: {
    200: json(TriageHistorySchema, 'the history (empty when the workspace has no triage file, or the server has no workspace)'),
    404: notFound,
    409: json(ErrorSchema, "the workspace's triage file cannot be read (not a triage file, too large, not a regular file)"),
  },
});
