import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { summarise } from '../../report/model.js';
import { auditOneAgent } from '../engine.js';
import { resolveInsideRoot } from '../paths.js';
import { agentIdentity, AuditAgentInput, AuditAgentOutput, findingView } from '../schemas.js';
import { findingsText, healHint, verdictLine } from '../text.js';
import { guarded, READ_ONLY, result, type ToolContext } from './common.js';

/** audit_agent shows this many findings; list_findings pages through the rest with filters. */
const AUDIT_AGENT_FINDINGS = 200;

/** `audit_agent`: one agent folder audited as `ops report PATH` does. */
export function registerAuditAgent(server: McpServer, { root, settings }: ToolContext): void {
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
}
