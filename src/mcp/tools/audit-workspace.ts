import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { parseShard } from '../../audit/audit-workspace.js';
import { entriesLabel } from '../../report/labels.js';
import type { AgentReport } from '../../report/model.js';
import { CockpitError } from '../../util/errors.js';
import { auditFleet } from '../engine.js';
import { resolveInsideRoot } from '../paths.js';
import { AuditWorkspaceInput, AuditWorkspaceOutput, blockingFinding } from '../schemas.js';
import { verdictLine, workspaceText } from '../text.js';
import { guarded, READ_ONLY, result, type ToolContext } from './common.js';
import { blockingFindings, securityFirst } from '../../report/blocking.js';

/** audit_workspace lists at most this many blocked or failed entries, each with at most BLOCKING_SHOWN findings. */
const WORKSPACE_ENTRIES = 25;
const BLOCKING_SHOWN = 3;

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Sends MCP progress notifications when the client asked for them (a progress token in `_meta`). */
function progressReporter(extra: Extra): ((done: number, total: number, message: string) => void) | undefined {
  const token = extra._meta?.progressToken;
  if (token === undefined) return undefined;
  return (progress, total, message) => {
    extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress, total, message } }).catch(() => undefined);
  };
}

/** `audit_workspace`: the fleet under a folder, as `ops report --workspace PATH` audits it, told briefly. */
export function registerAuditWorkspace(server: McpServer, { root, settings }: ToolContext): void {
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
          const blocking = agent.verdict === 'security-block' || agent.verdict === 'policy-block' ? securityFirst(blockingFindings(agent)) : [];
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
        const remediations = new Map(listed.flatMap((agent) => securityFirst(blockingFindings(agent)).map((finding) => [finding.ruleId, finding.remediation] as const)));
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
}
