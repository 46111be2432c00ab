import { join } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { compareFindings } from '../findings/order.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { parseShard } from '../audit/audit-workspace.js';
import type { Settings } from '../config/settings.js';
import { redactQuoted } from '../config/shown-text.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { healPlanJson } from '../report/heal-json.js';
import { entriesLabel } from '../report/labels.js';
import { summarise } from '../report/model.js';
import { RULES, ruleById } from '../rules/index.js';
import { currentRuleId } from '../rules/renamed-ids.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { plural } from '../util/plural.js';
import { auditFleet, auditOneAgent } from './engine.js';
import { resolveInsideRoot, type RootedPath } from './paths.js';
import { closeRuleMatches, explainRule } from './rules.js';
import {
  agentIdentity,
  AuditAgentInput,
  AuditAgentOutput,
  AuditWorkspaceInput,
  AuditWorkspaceOutput,
  ExplainRuleInput,
  ExplainRuleOutput,
  blockingFinding,
  findingView,
  ListFindingsInput,
  ListFindingsOutput,
  ListTriageInput,
  ListTriageOutput,
  PreviewHealInput,
  PreviewHealOutput,
} from './schemas.js';
import { findingsText, healHint, healText, ruleText, triageText, verdictLine, workspaceText } from './text.js';
import { FindingsCache } from './findings-cache.js';
import { assembleReport } from '../report/build.js';
import type { AgentReport } from '../report/model.js';

export interface ToolContext {
  /** Absolute; every `path` argument is resolved against it and must stay inside it. */
  root: string;
  settings: Settings;
}

export const TOOL_NAMES = ['audit_agent', 'audit_workspace', 'list_findings', 'explain_rule', 'preview_heal', 'list_triage'] as const;

/** audit_agent shows this many findings; list_findings pages through the rest with filters. */
const AUDIT_AGENT_FINDINGS = 200;
const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_TRIAGE_LIMIT = 100;
/** audit_workspace lists at most this many blocked or failed entries, each with at most BLOCKING_SHOWN findings. */
const WORKSPACE_ENTRIES = 25;
const BLOCKING_SHOWN = 3;

/** Whether a report path lies in the folder (POSIX, relative to the root; `.` holds everything). */
function underFolder(file: string, folder: string): boolean {
  return folder === '.' || file === folder || file.startsWith(`${folder}/`);
}

/** The findings that make a blocked entry blocked: its errors, secrets and personal data (exit 1) first. */
function blockingOf(agent: AgentReport): AgentReport['findings'] {
  const errors = agent.findings.filter((finding) => finding.severity === 'error');
  const securityFirst = (finding: AgentReport['findings'][number]) => (finding.category === 'secret' || finding.category === 'pii' ? 0 : 1);
  return errors.length > 0 ? [...errors].sort((a, b) => securityFirst(a) - securityFirst(b)) : agent.findings;
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Every tool only reads: the hints let clients run them without asking for confirmation. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * A failed call is a tool error the model can read and act on: one line, never a stack, and run
 * through the same redaction as heal diffs, since a message may echo what the caller sent.
 */
function toolError(error: unknown): CallToolResult {
  const first = errorMessage(error).split('\n')[0]?.trim() || 'unknown error';
  const text = error instanceof CockpitError ? first : `internal error: ${first}`;
  return { isError: true, content: [{ type: 'text', text: redactText(text) }] };
}

function result(text: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

async function guarded(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    return toolError(error);
  }
}

/** `rule` is an exact id (a former id names its rule too), or a prefix ending in `/` for a whole family (`secret/`). */
function matchesRule(ruleId: string, wanted: string): boolean {
  return wanted.endsWith('/') ? ruleId.startsWith(wanted) : ruleId === currentRuleId(wanted);
}

/** Sends MCP progress notifications when the client asked for them (a progress token in `_meta`). */
function progressReporter(extra: Extra): ((done: number, total: number, message: string) => void) | undefined {
  const token = extra._meta?.progressToken;
  if (token === undefined) return undefined;
  return (progress, total, message) => {
    extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress, total, message } }).catch(() => undefined);
  };
}

export function registerCockpitTools(server: McpServer, context: ToolContext): void {
  const { root, settings } = context;
  // list_findings answers from the relevant agents' audits, kept between calls (src/mcp/findings-cache.ts).
  const findingsCache = new FindingsCache(root, settings);

  server.registerTool(
    'audit_agent',
    {
      title: 'Audit an agent',
      description:
        'Audit one AI-agent folder for hardcoded secrets and personal data, risky tool code, reliability, cost and policy problems, ' +
        'exactly as `ops report PATH` does. Returns the gate verdict and exit code (0 pass, 1 secret/PII, 2 blocking policy finding), ' +
        'counts and the findings with file, line, message, remediation and whether a one-click fix exists. Read-only.',
      inputSchema: AuditAgentInput,
      outputSchema: AuditAgentOutput,
      annotations: READ_ONLY,
    },
    async ({ path }) =>
      guarded(async () => {
        const target = await resolveInsideRoot(root, path);
        const { agent } = await auditOneAgent(target, settings);
        const summary = summarise([agent]);
        const findings = agent.findings.map(findingView);
        const shown = findings.slice(0, AUDIT_AGENT_FINDINGS);
        return result(findingsText(verdictLine(target.relative, agent.verdict, agent.exitCode, summary), shown, findings.length, undefined, healHint(target.relative, findings)), {
          path: target.relative,
          agent: agentIdentity(agent),
          verdict: agent.verdict,
          exitCode: agent.exitCode,
          summary,
          filesScanned: agent.stats.filesScanned,
          filesSkipped: agent.stats.filesSkipped,
          findings: shown,
          truncated: shown.length < findings.length,
        });
      }),
  );

  server.registerTool(
    'audit_workspace',
    {
      title: 'Audit a workspace (fleet)',
      description:
        'Discover every AI agent under a folder (a monorepo) and audit each, as `ops report --workspace PATH` does: the fleet verdict ' +
        'and exit code, the summary with the Persona Matrix, the blocked and failed agents (secrets first, at most 25) with their first blocking ' +
        'findings and the fix advice of each rule, and the passing agents as a count (includePassing: true lists every agent). Files outside every agent form one more entry ' +
        '(`kind: repository`, path of the workspace folder) that is scanned for secrets and personal data only. Writes no evidence lake (no side effects). ' +
        'Use audit_agent or list_findings on an agent path for its findings. Sends progress notifications when asked.',
      inputSchema: AuditWorkspaceInput,
      outputSchema: AuditWorkspaceOutput,
      annotations: READ_ONLY,
    },
    async ({ path, shard, includePassing }, extra) =>
      guarded(async () => {
        const parsedShard = shard !== undefined ? parseShard(shard) : undefined;
        if (shard !== undefined && !parsedShard) throw new CockpitError(`shard: '${shard}' is not K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
        const target = await resolveInsideRoot(root, path);
        const progress = progressReporter(extra);
        const report = await auditFleet(target, settings, {
          ...(parsedShard ? { shard: parsedShard } : {}),
          ...(progress ? { onProgress: (event) => progress(event.done, event.total, `${event.agent}: ${event.verdict}`) } : {}),
        });
        const entry = (agent: AgentReport) => {
          const blocking = agent.verdict === 'security-block' || agent.verdict === 'policy-block' ? blockingOf(agent) : [];
          return {
            path: agent.path,
            name: agent.name,
            ...(agent.kind ? { kind: agent.kind } : {}),
            verdict: agent.verdict,
            exitCode: agent.exitCode,
            findings: agent.findings.length,
            errors: agent.findings.filter((finding) => finding.severity === 'error').length,
            warnings: agent.findings.filter((finding) => finding.severity === 'warning').length,
            notes: agent.findings.filter((finding) => finding.severity === 'note').length,
            ...(agent.error !== undefined ? { error: agent.error } : {}),
            ...(blocking.length > 0 ? { blocking: blocking.slice(0, BLOCKING_SHOWN).map(blockingFinding) } : {}),
            ...(blocking.length > BLOCKING_SHOWN ? { moreBlocking: blocking.length - BLOCKING_SHOWN } : {}),
          };
        };
        // A fleet of a thousand agents is a short answer: the entries that need someone, and the rest counted.
        const passing = report.agents.filter((agent) => agent.verdict === 'pass').length;
        // Secrets first, then audits that failed, then policy blocks: what must not wait comes before the cap.
        const urgency = { 'security-block': 0, failed: 1, 'policy-block': 2, pass: 3 } as const;
        const needing = report.agents.filter((agent) => agent.verdict !== 'pass').sort((a, b) => urgency[a.verdict] - urgency[b.verdict]);
        const listed = includePassing === true ? report.agents : needing.slice(0, WORKSPACE_ENTRIES);
        const truncated = includePassing !== true && needing.length > listed.length;
        const agents = listed.map(entry);
        // The fix advice once per rule, not once per finding: a fleet repeats the same few rules.
        const remediations = new Map(listed.flatMap((agent) => blockingOf(agent).map((finding) => [finding.ruleId, finding.remediation] as const)));
        const fixes = [...new Set(agents.flatMap((agent) => (agent.blocking ?? []).map((finding) => finding.ruleId)))].map((ruleId) => ({ ruleId, remediation: remediations.get(ruleId) ?? '' }));
        const subject = `${target.relative} (${entriesLabel(report.agents)}${report.shard ? `, shard ${report.shard}` : ''})`;
        return result(workspaceText(verdictLine(subject, report.verdict, report.exitCode, report.summary), agents, { total: report.agents.length, passing, truncated, fixes }), {
          path: target.relative,
          ...(report.shard ? { shard: report.shard } : {}),
          verdict: report.verdict,
          exitCode: report.exitCode,
          summary: report.summary,
          passing,
          truncated,
          fixes,
          agents,
        });
      }),
  );

  /**
   * The findings of a folder as one report entry: the agents that cover it, from the cache (discovered and
   * audited as the fleet run of the root would, each only when it changed); a folder no agent covers is
   * audited as one agent, as `ops report PATH` would.
   */
  async function findingsOf(target: RootedPath): Promise<Pick<AgentReport, 'findings' | 'verdict' | 'exitCode'>> {
    const found = await findingsCache.findingsFor(target);
    if (!found) return (await auditOneAgent(target, settings)).agent;
    const { within } = found;
    const entries = within === undefined ? found.agents : found.agents.map((agent) => ({ ...agent, findings: agent.findings.filter((finding) => underFolder(finding.file, within)) }));
    // The loose files' entry speaks for the folder only when it has findings there; an agent always does.
    const covering = entries.filter((agent) => agent.kind !== 'repository' || within === undefined || agent.findings.length > 0);
    if (covering.length === 1) return covering[0]!;
    const combined = assembleReport(target.relative, covering);
    // In report order whichever way the agents came (a fleet audit finishes them in any order; the cache in its own).
    return { findings: covering.flatMap((agent) => agent.findings).sort(compareFindings), verdict: combined.verdict, exitCode: combined.exitCode };
  }

  server.registerTool(
    'list_findings',
    {
      title: 'List findings',
      description:
        'List the findings of an agent folder (or of the agents in a folder), optionally only one severity (error, warning, note), one rule id or family ' +
        '(`secret/`), or one persona (secops, architecture, sre, finops, governance, ux). Each finding has file, line, message, ' +
        'remediation and fixability. Only the agents that cover the folder are audited, each again only when one of its files changed. Read-only.',
      inputSchema: ListFindingsInput,
      outputSchema: ListFindingsOutput,
      annotations: READ_ONLY,
    },
    async ({ path, severity, rule, persona, limit }) =>
      guarded(async () => {
        const target = await resolveInsideRoot(root, path);
        const agent = await findingsOf(target);
        const matched = agent.findings
          .filter((finding) => severity === undefined || finding.severity === severity)
          .filter((finding) => persona === undefined || finding.persona === persona)
          .filter((finding) => rule === undefined || matchesRule(finding.ruleId, rule))
          .map(findingView);
        const shown = matched.slice(0, limit ?? DEFAULT_LIST_LIMIT);
        const filters = [severity, rule, persona].filter((value) => value !== undefined).join(', ');
        const header = `${target.relative}: ${matched.length} of ${plural(agent.findings.length, 'finding')} match${filters ? ` (${filters})` : ''}; verdict ${agent.verdict} (exit ${agent.exitCode})`;
        return result(findingsText(header, shown, matched.length, shown.length, healHint(target.relative, matched)), {
          path: target.relative,
          verdict: agent.verdict,
          exitCode: agent.exitCode,
          total: agent.findings.length,
          matched: matched.length,
          truncated: shown.length < matched.length,
          findings: shown,
        });
      }),
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a rule',
      description:
        'Explain one cockpit rule by id (as findings show it): what it detects and why it matters, persona, severity, fixability, ' +
        'remediation, OWASP LLM / Agentic / CWE tags and the framework docs link. An unknown id returns an error listing close matches.',
      inputSchema: ExplainRuleInput,
      outputSchema: ExplainRuleOutput,
      annotations: READ_ONLY,
    },
    async ({ ruleId }) =>
      guarded(async () => {
        const rule = ruleById(ruleId.trim());
        if (!rule) {
          const close = closeRuleMatches(ruleId, RULES);
          throw new CockpitError(
            `unknown rule '${redactQuoted(ruleId)}'; ${close.length > 0 ? `did you mean ${close.join(', ')}?` : `no close match among the ${RULES.length} rules`} (docs/RULES.md lists them all)`,
          );
        }
        const explanation = explainRule(rule);
        return result(ruleText(explanation), { ...explanation });
      }),
  );

  server.registerTool(
    'preview_heal',
    {
      title: 'Preview the one-click fixes',
      description:
        'Show what `ops report PATH --heal` would change in an agent folder, without changing anything: per file the unified diff ' +
        '(secrets redacted) and the fixes it applies, plus files left alone and why (uncommitted git changes, max_fix_files, a fix ' +
        'that would break parsing). Never writes.',
      inputSchema: PreviewHealInput,
      outputSchema: PreviewHealOutput,
      annotations: READ_ONLY,
    },
    async ({ path, force }) =>
      guarded(async () => {
        const target = await resolveInsideRoot(root, path);
        const audit = await auditOneAgent(target, settings, { heal: { force: force === true } });
        const plan = audit.heal!;
        const json = healPlanJson(plan, true);
        return result(healText(target.relative, plan), {
          path: target.relative,
          dryRun: true,
          findings: audit.agent.findings.length,
          totals: json.totals,
          notes: json.notes,
          files: json.files,
        });
      }),
  );
  server.registerTool(
    'list_triage',
    {
      title: 'List triage decisions',
      description:
        'The triage history of an audited folder (`.cockpit/triage.json`, written by `ops triage` and the dashboard): every decision ' +
        '(accepted risk or false positive) and revocation, newest first, with the finding (rule, file, line, fingerprint), who decided, ' +
        'when, why, the last day it holds, and whether it is in force, expired (the finding gates again), revoked or replaced. ' +
        'A decided finding does not count for the gate while its decision is in force. Read-only; decisions are made with `ops triage`.',
      inputSchema: ListTriageInput,
      outputSchema: ListTriageOutput,
      annotations: READ_ONLY,
    },
    async ({ path: folder, fingerprint, limit }) =>
      guarded(async () => {
        const target = await resolveInsideRoot(root, folder);
        const [{ DEFAULT_TRIAGE }, { readTriage }, { triageHistory }] = await Promise.all([
          import('../triage/default-path.js'),
          import('../triage/file.js'),
          import('../triage/history.js'),
        ]);
        const triageFile = target.relative === '.' ? DEFAULT_TRIAGE : `${target.relative}/${DEFAULT_TRIAGE}`;
        // Inside the root after symbolic links, like every path a tool reads.
        const triage = await readTriage(join(target.absolute, ...DEFAULT_TRIAGE.split('/')), triageFile, { missingOk: true, root });
        const history = triage ? triageHistory(triage, new Date()) : { entries: [], inForce: 0, expired: 0 };
        const wanted = fingerprint?.trim().toLowerCase();
        // Reasons are free text people typed: masked like every other text a tool returns.
        const matched = history.entries
          .filter((entry) => wanted === undefined || entry.fingerprint.startsWith(wanted))
          .map((entry) => ({ ...entry, reason: redactText(entry.reason) }));
        const entries = matched.slice(0, limit ?? DEFAULT_TRIAGE_LIMIT);
        const header = triage
          ? `${triageFile}: ${plural(history.inForce, 'decision')} in force, ${history.expired} expired; ${plural(matched.length, 'entry', 'entries')}${wanted ? ` for ${wanted}` : ''}, newest first`
          : `${triageFile}: no triage file; record a decision with: ops triage accept FINGERPRINT --reason TEXT`;
        return result(triageText(header, entries, matched.length), {
          path: target.relative,
          triageFile,
          exists: triage !== undefined,
          inForce: history.inForce,
          expired: history.expired,
          matched: matched.length,
          truncated: entries.length < matched.length,
          entries,
        });
      }),
  );
}
