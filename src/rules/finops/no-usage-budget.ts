import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, calls, keywordArgument, numberValue, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { callExpressions, objectProperty, tsCalleeText, tsImportMap, tsNumberValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { pyImportsFrom, tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { stopConditions } from '../reliability/ai-sdk-stop-conditions.js';
import { spanOf } from '../ast/span.js';

/**
 * Every framework covered here ships a sane default step/turn bound, so the rule never fires on a
 * missing setting: only where code switches the bound off or raises it past any plausible run.
 */
const UNBOUNDED_AT = 1000;

/** `None` (where the framework reads it as "no limit"), infinities, sys.maxsize, or a number >= UNBOUNDED_AT. */
function pyUnbounded(node: SyntaxNode | undefined, noneMeansUnbounded: boolean): string | undefined {
  if (!node) return undefined;
  if (node.type === 'none') return noneMeansUnbounded ? 'None' : undefined;
  const number = numberValue(node);
  if (number !== undefined) return number >= UNBOUNDED_AT ? node.text : undefined;
  const text = node.text.replace(/\s+/g, '');
  if (/^(sys\.maxsize|math\.inf|float\(["'](inf|infinity)["']\)|numpy\.inf|np\.inf)$/i.test(text)) return text;
  return undefined;
}

function tsUnbounded(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const number = tsNumberValue(node);
  if (number !== undefined) return number >= UNBOUNDED_AT ? node.text : undefined;
  const text = node.text.replace(/\s+/g, '');
  return /^(Infinity|Number\.(MAX_SAFE_INTEGER|MAX_VALUE|POSITIVE_INFINITY))$/.test(text) ? text : undefined;
}

/**
 * True when a `stopWhen` value sets no bound: only `isLoopFinished()` or step counts of UNBOUNDED_AT+.
 * Any other condition the code sets (hasToolCall, a local predicate, an imported helper) is a choice
 * of bound; helper names resolve through imports (`stepCountIs` in ai 5–6, `isStepCount` in ai 7).
 */
function tsStopWhenUnbounded(stopWhen: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const conditions = stopConditions(stopWhen, imports);
  return conditions.length > 0 && conditions.every((condition) => condition.kind === 'loop-finished' || (condition.kind === 'step-count' && tsUnbounded(condition.count) !== undefined));
}

export const noUsageBudgetCheck = defineRule(
  {
    id: 'finops/no-usage-budget',
    title: 'Agent run with its step or usage budget switched off',
    description:
      "A multi-step agent loop has its framework's default bound removed or raised past any plausible run, so one confused run can call the " +
      'model (and bill) without end. Covers Pydantic AI UsageLimits(request_limit=None) (default 50), OpenAI Agents max_turns (default 10, ' +
      'Python and JS), LangGraph recursion_limit (langchain-core default 25), LangChain AgentExecutor max_iterations=None (default 15), ' +
      'CrewAI Agent max_iter (default 20), smolagents max_steps (default 20), and Vercel AI SDK maxSteps / stopWhen set to isLoopFinished() or an ' +
      `unbounded step count (default: one step, ToolLoopAgent 20). Values of ${UNBOUNDED_AT}+ or infinity count as unbounded. Missing settings are never flagged: every ` +
      'framework here has a default.',
    persona: 'finops',
    category: 'finops',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM10:2025', 'CWE-770', 'ASI08'],
    remediation:
      'Keep a finite bound sized to the task (tens of steps, not thousands) and add a token budget where the framework has one ' +
      '(Pydantic AI UsageLimits(total_tokens_limit=...)); combine AI SDK stop conditions with isStepCount(n) (stepCountIs before ai 7).',
    docs: 'https://ai.pydantic.dev/agents/#usage-limits',
    frameworks: ['pydantic-ai', 'openai-agents', 'langgraph', 'langchain', 'crewai', 'smolagents', 'vercel-ai-sdk'],
    precision: 'high',
  },
  {
    textHas: [/request_limit|max_turns|maxTurns|recursion_limit|max_iterations|max_iter|max_steps|maxSteps|stopWhen/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, setting: string, value: string, framework: string, fallback: string) =>
        context.report({
          ...spanOf(node),
          message: `${framework} ${setting}=${value} removes the run's step budget (default ${fallback}), so a looping agent keeps calling the model and billing until something else stops it.`,
          fingerprintContent: `${framework}|${setting}|${value}`,
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        const langgraph = pyImportsFrom(imports, ['langgraph', 'langchain', 'langchain_core']);
        for (const call of calls(tree)) {
          const qualified = qualifiedCallee(call, imports);
          const check = (key: string, framework: string, fallback: string, noneMeansUnbounded: boolean) => {
            const node = keywordArgument(call, key);
            const value = pyUnbounded(node, noneMeansUnbounded);
            if (node && value) report(node, key, value, framework, fallback);
          };
          if (/^pydantic_ai(\.usage)?\.UsageLimits$/.test(qualified)) check('request_limit', 'Pydantic AI UsageLimits', '50 requests', true);
          else if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) check('max_turns', 'OpenAI Agents Runner', '10 turns', false);
          else if (/^langchain(\.agents(\.agent)?)?\.AgentExecutor$/.test(qualified)) check('max_iterations', 'LangChain AgentExecutor', '15 iterations', true);
          else if (/^crewai(\.agent)?\.Agent$/.test(qualified)) check('max_iter', 'CrewAI Agent', '20 iterations', false);
          else if (/^smolagents(\.agents)?\.(CodeAgent|ToolCallingAgent|MultiStepAgent)$/.test(qualified)) check('max_steps', 'smolagents', '20 steps', false);
          else if (langgraph && (/(^|\.)with_config$/.test(calleeText(call)) || /RunnableConfig$/.test(qualified))) check('recursion_limit', 'LangGraph', '25 supersteps', false);
        }
        if (langgraph) {
          // config={"recursion_limit": ...} passed to invoke/stream, or built as a dict first.
          for (const pair of tree.rootNode.descendantsOfType('pair')) {
            if (stringValue(pair.childForFieldName('key') ?? undefined) !== 'recursion_limit') continue;
            const node = pair.childForFieldName('value') ?? undefined;
            const value = pyUnbounded(node, false);
            if (node && value) report(node, 'recursion_limit', value, 'LangGraph', '25 supersteps');
          }
        }
        return;
      }

      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        const qualified = tsQualifiedCallee(call, imports);
        if (/^ai#(generateText|streamText|Experimental_Agent|Agent|ToolLoopAgent)$/.test(qualified)) {
          const options = tsOptions(call);
          const maxSteps = objectProperty(options, 'maxSteps');
          const stepsValue = tsUnbounded(maxSteps);
          if (maxSteps && stepsValue) report(maxSteps, 'maxSteps', stepsValue, 'AI SDK', 'one step');
          const stopWhen = objectProperty(options, 'stopWhen');
          if (stopWhen && tsStopWhenUnbounded(stopWhen, imports)) {
            const shown = stopWhen.text.length > 40 ? `${stopWhen.text.slice(0, 37)}...` : stopWhen.text;
            context.report({
              ...spanOf(stopWhen),
              message: `AI SDK stopWhen: ${shown.replace(/\s+/g, ' ')} sets no step bound, so the tool loop only ends when the model decides to stop (default isStepCount(1), ToolLoopAgent 20); a model that keeps calling tools bills without end.`,
              fingerprintContent: `AI SDK|stopWhen|${stopWhen.text.replace(/\s+/g, '')}`,
            });
          }
        } else if (/^@openai\/agents(-core)?#run$/.test(qualified) || (/(^|\.)run$/.test(tsCalleeText(call)) && /@openai\/agents/.test(file.text) && /Runner/.test(file.text))) {
          const options = tsOptions(call, 2);
          const maxTurns = objectProperty(options, 'maxTurns');
          const value = tsUnbounded(maxTurns);
          if (maxTurns && value) report(maxTurns, 'maxTurns', value, 'OpenAI Agents', '10 turns');
        }
      }
    },
  },
);
