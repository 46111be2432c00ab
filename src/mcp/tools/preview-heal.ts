import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { healPlanJson } from '../../report/heal-json.js';
import { auditOneAgent } from '../engine.js';
import { resolveInsideRoot } from '../paths.js';
import { PreviewHealInput, PreviewHealOutput } from '../schemas.js';
import { healText } from '../text.js';
import { guarded, READ_ONLY, result, type ToolContext } from './common.js';

/** `preview_heal`: what `ops report PATH --heal` would change, as redacted diffs; never writes. */
export function registerPreviewHeal(server: McpServer, { root, settings }: ToolContext): void {
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
}
