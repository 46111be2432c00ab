import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerAuditAgent } from './tools/audit-agent.js';
import { registerAuditWorkspace } from './tools/audit-workspace.js';
import type { ToolContext } from './tools/common.js';
import { registerExplainRule } from './tools/explain-rule.js';
import { registerListFindings } from './tools/list-findings.js';
import { registerListTriage } from './tools/list-triage.js';
import { registerPreviewHeal } from './tools/preview-heal.js';

export type { ToolContext } from './tools/common.js';

export const TOOL_NAMES = ['audit_agent', 'audit_workspace', 'list_findings', 'explain_rule', 'preview_heal', 'list_triage'] as const;

/** Every cockpit tool, one module each under src/mcp/tools/, registered in TOOL_NAMES order (the order `tools/list` shows). */
export function registerCockpitTools(server: McpServer, context: ToolContext): void {
  registerAuditAgent(server, context);
  registerAuditWorkspace(server, context);
  registerListFindings(server, context);
  registerExplainRule(server);
  registerPreviewHeal(server, context);
  registerListTriage(server, context);
}
