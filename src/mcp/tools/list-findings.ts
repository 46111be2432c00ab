import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { compareFindings } from '../../findings/order.js';
import { assembleReport } from '../../report/build.js';
import type { AgentReport } from '../../report/model.js';
import { coversRule } from '../../rules/renamed-ids.js';
import { plural } from '../../util/plural.js';
import { auditOneAgent } from '../engine.js';
import { FindingsCache } from '../findings-cache.js';
import { resolveInsideRoot, type RootedPath } from '../paths.js';
import { findingView, ListFindingsInput, ListFindingsOutput } from '../schemas.js';
import { findingsText, healHint } from '../text.js';
import { guarded, READ_ONLY, result, type ToolContext } from './common.js';
import { agentContains } from '../../util/agent-location.js';

const DEFAULT_LIST_LIMIT = 100;

/** `rule` is an exact id (a former id names its rule too), or a prefix ending in `/` for a whole family (`secret/`). */
function matchesRule(ruleId: string, wanted: string): boolean {
  return coversRule(wanted.endsWith('/') ? `${wanted}*` : wanted, ruleId);
}

/** `list_findings`: a folder's findings, filtered, from the audits of the agents that cover it. */
export function registerListFindings(server: McpServer, { root, settings }: ToolContext): void {
  // list_findings answers from the relevant agents' audits, kept between calls (src/mcp/findings-cache.ts).
  const findingsCache = new FindingsCache(root, settings);

  /**
   * The findings of a folder as one report entry: the agents that cover it, from the cache (discovered and
   * audited as the fleet run of the root would, each only when it changed); a folder no agent covers is
   * audited as one agent, as `ops report PATH` would.
   */
  async function findingsOf(target: RootedPath): Promise<Pick<AgentReport, 'findings' | 'verdict' | 'exitCode'>> {
    const found = await findingsCache.findingsFor(target);
    if (!found) return (await auditOneAgent(target, settings)).agent;
    const { within } = found;
    const entries = within === undefined ? found.agents : found.agents.map((agent) => ({ ...agent, findings: agent.findings.filter((finding) => agentContains(within, finding.file)) }));
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
}
