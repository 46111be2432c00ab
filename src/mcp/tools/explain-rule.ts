import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { redactQuoted } from '../../config/shown-text.js';
import { RULES, ruleById } from '../../rules/index.js';
import { CockpitError } from '../../util/errors.js';
import { closeRuleMatches, explainRule } from '../rules.js';
import { ExplainRuleInput, ExplainRuleOutput } from '../schemas.js';
import { ruleText } from '../text.js';
import { guarded, READ_ONLY, result } from './common.js';

/** `explain_rule`: one rule's documentation by id; an unknown id is an error naming close matches. */
export function registerExplainRule(server: McpServer): void {
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
}
