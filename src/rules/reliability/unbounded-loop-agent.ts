import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { replaceNode } from '../../heal/edits.js';
import type { HealValues } from '../../heal/defaults.js';
import type { Fix, TextEdit } from '../../heal/types.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import { addObjectProperty } from '../../heal/ts-edits.js';
import { RELIABILITY_BASE, isPython, isScript, isYaml } from './shared.js';
import { spanOf } from '../ast/span.js';

const MESSAGE =
  'has no max_iterations, and ADK runs a LoopAgent until a sub-agent escalates (exit_loop / escalate=True); a sub-agent that never escalates loops forever.';

function fixOf(description: string, edits: TextEdit[] | TextEdit | undefined): Fix | undefined {
  if (!edits) return undefined;
  return { description, edits: Array.isArray(edits) ? edits : [edits] };
}

/**
 * YAML agent config: `max_iterations: 10` as a line of its own right after `agent_class: LoopAgent`
 * (both top-level keys). Structural when `max_iterations:` is there already with another value.
 */
function yamlFix(text: string, lineEndOffset: number, heal: HealValues): Fix | undefined {
  if (/^max_iterations[ \t]*:/m.test(text)) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lineText = `max_iterations: ${heal.loopAgentMaxIterations}`;
  const atEnd = lineEndOffset >= text.length;
  // After the line and its newline; at the very end of a file without a final newline, add one first.
  const insertAt = atEnd ? text.length : text.indexOf('\n', lineEndOffset) + 1;
  return fixOf(`${lineText} on the LoopAgent config`, { start: insertAt, end: insertAt, text: atEnd ? `${newline}${lineText}` : `${lineText}${newline}` });
}

export const unboundedLoopAgentCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/unbounded-loop-agent',
    title: 'ADK LoopAgent without max_iterations',
    description:
      'A Google ADK `LoopAgent` is built without `max_iterations` (Python, TypeScript `maxIterations`, or a YAML agent config). Its default is None: the loop ends only when ' +
      'a sub-agent escalates, which is a model decision. A critic that is never satisfied, a failing tool or an injected instruction keeps every sub-agent running, and paying, forever.',
    severity: 'error',
    fixability: 'one-click',
    tags: ['LLM10:2025', 'ASI08', 'CWE-835'],
    remediation: 'Set `max_iterations` to the most refinement rounds you accept (e.g. `LoopAgent(..., max_iterations=5)`) and keep the exit_loop tool as the early exit.',
    docs: 'https://google.github.io/adk-docs/agents/workflow-agents/loop-agents/',
    frameworks: ['google-adk'],
    knows: [
      'google-adk (Python) `LoopAgent(max_iterations=...)`, default None; YAML agent config `agent_class: LoopAgent`',
      '@google/adk (TypeScript) `new LoopAgent({ maxIterations })`',
    ],
    precision: 'very-high',
  },
  {
    appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
    textHas: [/LoopAgent/],
    async run(context) {
      const { file } = context;
      if (isYaml(file)) {
        const match = /^agent_class[ \t]*:[ \t]*["']?LoopAgent["']?[ \t]*$/m.exec(file.text);
        if (!match || /^max_iterations[ \t]*:[ \t]*\d+/m.test(file.text)) return;
        const fix = yamlFix(file.text, match.index + match[0].length, context.heal);
        context.report({
          start: match.index,
          end: match.index + match[0].length,
          message: `agent_class: LoopAgent ${MESSAGE}`,
          fingerprintContent: 'yaml:LoopAgent',
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
        return;
      }
      const tree = await context.tree();
      if (!tree) return;
      if (isPython(file)) {
        const imports = pythonImportMap(tree);
        for (const call of calls(tree)) {
          const name = qualifiedCallee(call, imports);
          if (!/^google\.adk\.agents(\.loop_agent)?\.LoopAgent$/.test(name) || hasDictSplat(call)) continue;
          const value = keywordArgument(call, 'max_iterations');
          if (value && value.type !== 'none') continue;
          const fix = fixOf(
            `max_iterations=${context.heal.loopAgentMaxIterations} on LoopAgent(...)`,
            value ? replaceNode(value, String(context.heal.loopAgentMaxIterations)) : addKeywordArgument(call, file.text, 'max_iterations', String(context.heal.loopAgentMaxIterations)),
          );
          context.report({
            ...spanOf(call),
            message: `LoopAgent(...) ${MESSAGE}`,
            fingerprintContent: 'LoopAgent:no-max',
            ...(fix ? { fix } : { fixability: 'structural' as const }),
          });
        }
        return;
      }
      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        if (imports.get(tsCalleeText(call)) !== '@google/adk#LoopAgent') continue;
        const options = tsArguments(call)[0];
        if (!options || options.type !== 'object' || hasSpread(options)) continue;
        const value = objectProperty(options, 'maxIterations');
        if (value && value.type !== 'undefined' && value.type !== 'null') continue;
        // `maxIterations: undefined` / `null` is replaced in place, else the property is added.
        const fix = fixOf(
          `maxIterations: ${context.heal.loopAgentMaxIterations} on new LoopAgent(...)`,
          value ? replaceNode(value, String(context.heal.loopAgentMaxIterations)) : addObjectProperty(options, file.text, 'maxIterations', String(context.heal.loopAgentMaxIterations)),
        );
        context.report({
          ...spanOf(call),
          message: `new LoopAgent(...) ${MESSAGE}`,
          fingerprintContent: 'LoopAgent:no-max',
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
      }
    },
  },
);
