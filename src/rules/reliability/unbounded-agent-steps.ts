import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, calls, keywordArgument, numberValue, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { callExpressions, objectProperty, tsArguments, tsImportMap, tsNumberValue } from '../ast/typescript.js';
import { tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { defineRule } from '../define.js';
import type { Fix } from '../../heal/types.js';
import { AI_SDK_LOOP_CALLS, AI_SDK_VERSIONS_KNOWN, isStepCountCall, neverStops, stopConditions } from './ai-sdk-stop-conditions.js';
import { RELIABILITY_BASE, isPython, isScript, isYaml, lastSegment } from './shared.js';
import { spanOf } from '../ast/span.js';

/** Framework step limits: the default, and the largest value not flagged. */
const AGENT_LOOP_LIMITS = {
  langgraphRecursionLimit: { setting: 'recursion_limit', framework: 'LangGraph', defaultValue: 25, max: 100 },
  openaiAgentsMaxTurns: { setting: 'max_turns', framework: 'OpenAI Agents SDK', defaultValue: 10, max: 50 },
  crewaiMaxIter: { setting: 'max_iter', framework: 'CrewAI', defaultValue: 20, max: 50 },
  langchainMaxIterations: { setting: 'max_iterations', framework: 'LangChain AgentExecutor', defaultValue: 15, max: 50 },
  smolagentsMaxSteps: { setting: 'max_steps', framework: 'smolagents', defaultValue: 20, max: 50 },
  pydanticAiRequestLimit: { setting: 'request_limit', framework: 'Pydantic AI UsageLimits', defaultValue: 50, max: 200 },
  aiSdkStepCount: { setting: 'isStepCount / stepCountIs / maxSteps', framework: 'AI SDK', defaultValue: 1, max: 50 },
} as const;

type LimitKey = keyof typeof AGENT_LOOP_LIMITS;

const PY_EXECUTORS = new Set(['langchain.agents.AgentExecutor', 'langchain_classic.agents.AgentExecutor', 'langchain.agents.agent.AgentExecutor', 'langchain.agents.initialize_agent']);
const SMOL_AGENTS = /^smolagents\.(CodeAgent|ToolCallingAgent|MultiStepAgent)$/;
const RUNNER = /^agents\.Runner\.(run|run_sync|run_streamed)$/;

export const unboundedAgentStepsCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/unbounded-agent-steps',
    title: 'Agent step limit removed or set very high',
    description:
      'An agent framework step limit is switched off or raised far above its default: LangGraph `recursion_limit` > 100 (default 25), OpenAI Agents `max_turns` > 50 (default 10), ' +
      'CrewAI `max_iter` > 50 (default 20), LangChain AgentExecutor `max_iterations=None` or > 50 (default 15), smolagents `max_steps` > 50 (default 20), Pydantic AI ' +
      '`UsageLimits(request_limit=None)` or > 200 (default 50), AI SDK `isStepCount(n)`/`stepCountIs(n)`/`maxSteps` > 50 or `stopWhen: isLoopFinished()` ' +
      '(default 1 step, ToolLoopAgent 20). The limit is what stops a tool-calling loop the model never ends; ' +
      'without it a confused or injected agent burns tokens and rate limit until something else fails. Limits held in variables are not judged.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['LLM10:2025', 'ASI08', 'CWE-400', 'CWE-835'],
    remediation: 'Keep the limit near the default and size it to the longest legitimate task (measure it); pair it with a wall-clock or token budget. Handle the limit error (GraphRecursionError, MaxTurnsExceeded) explicitly.',
    docs: 'https://docs.langchain.com/oss/python/langgraph/errors/GRAPH_RECURSION_LIMIT',
    frameworks: ['langgraph', 'openai-agents', 'crewai', 'langchain', 'smolagents', 'pydantic-ai', 'vercel-ai-sdk'],
    knows: [
      ...AI_SDK_VERSIONS_KNOWN,
      'LangGraph (langchain-core): `recursion_limit` default 25; LangGraph.js `recursionLimit`',
      'OpenAI Agents SDK (Python and JS): `max_turns` / `maxTurns` default 10',
      'CrewAI: `Agent(max_iter=...)` and agents.yaml `max_iter`, default 20',
      'LangChain `AgentExecutor` (langchain and langchain_classic): `max_iterations` default 15',
      'smolagents: `max_steps` default 20; Pydantic AI `UsageLimits(request_limit=...)` default 50',
    ],
    precision: 'high',
  },
  {
    appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
    textHas: [/recursion_limit|recursionLimit|max_turns|maxTurns|max_iter|max_steps|request_limit|stepCountIs|isStepCount|isLoopFinished|maxSteps/],
    async run(context) {
      const { file } = context;
      /**
       * The fix writes the framework default over the literal (number, None/null/Infinity). Not for the
       * AI SDK: its default of 1 step switches the tool loop off, which is a design change, not a bound.
       */
      const fixFor = (literal: Pick<SyntaxNode, 'startIndex' | 'endIndex'> | undefined, key: LimitKey): Fix | undefined => {
        const limit = AGENT_LOOP_LIMITS[key];
        if (!literal || key === 'aiSdkStepCount') return undefined;
        return {
          description: `${limit.setting}=${limit.defaultValue} (the ${limit.framework} default)`,
          edits: [{ start: literal.startIndex, end: literal.endIndex, text: String(limit.defaultValue) }],
        };
      };
      const report = (node: Pick<SyntaxNode, 'startIndex' | 'endIndex'>, key: LimitKey, value: number | undefined, where: string, literal?: Pick<SyntaxNode, 'startIndex' | 'endIndex'>): void => {
        const limit = AGENT_LOOP_LIMITS[key];
        const shown = value === undefined ? 'None' : String(value);
        const fix = fixFor(literal, key);
        context.report({
          ...spanOf(node),
          message:
            value === undefined
              ? `${where} sets ${limit.setting}=None, removing the ${limit.framework} step limit (default ${limit.defaultValue}), so a looping agent never stops on its own.`
              : `${where} sets ${limit.setting} to ${shown}, far above the ${limit.framework} default of ${limit.defaultValue}, so a looping agent runs ${shown} model calls before it is stopped.`,
          fingerprintContent: `${key}:${shown}`,
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
      };
      const LITERALS = new Set(['integer', 'float', 'number', 'none', 'null']);
      const judge = (node: SyntaxNode | undefined, key: LimitKey, where: string, allowNone: boolean, value: number | undefined): void => {
        if (!node) return;
        // Only a literal written right there is replaced; the value nodes judged are always literals today.
        const literal = LITERALS.has(node.type) || (node.type === 'identifier' && node.text === 'Infinity') ? node : undefined;
        if (value !== undefined) {
          if (value > AGENT_LOOP_LIMITS[key].max) report(node, key, value, where, literal);
        } else if (allowNone && (node.type === 'none' || node.type === 'null' || node.text === 'Infinity')) report(node, key, undefined, where, literal);
      };

      if (isYaml(file)) {
        // CrewAI config/agents.yaml: `max_iter: 200`.
        if (!/agents\.ya?ml$/i.test(file.path)) return;
        for (const match of file.text.matchAll(/^[ \t]+max_iter[ \t]*:[ \t]*(\d+)[ \t]*(?:#.*)?$/gm)) {
          const value = Number(match[1]);
          if (value <= AGENT_LOOP_LIMITS.crewaiMaxIter.max) continue;
          const start = match.index + match[0].indexOf('max_iter');
          const digits = match.index + match[0].indexOf(match[1]!, match[0].indexOf(':'));
          report({ startIndex: start, endIndex: match.index + match[0].length }, 'crewaiMaxIter', value, 'agents.yaml', {
            startIndex: digits,
            endIndex: digits + match[1]!.length,
          });
        }
        return;
      }
      const tree = await context.tree();
      if (!tree) return;

      if (isPython(file)) {
        const imports = pythonImportMap(tree);
        const langgraph = /\b(langgraph|langchain)/.test(file.text);
        // `{"recursion_limit": 500}` anywhere in a LangGraph/LangChain module: config dicts are usually built apart from the call.
        if (langgraph) {
          for (const pair of tree.rootNode.descendantsOfType('pair')) {
            if (stringValue(pair.childForFieldName('key') ?? undefined) !== 'recursion_limit') continue;
            const value = pair.childForFieldName('value') ?? undefined;
            judge(value, 'langgraphRecursionLimit', 'The run config', false, numberValue(value));
          }
        }
        for (const call of calls(tree)) {
          const name = qualifiedCallee(call, imports);
          const method = lastSegment(calleeText(call));
          if (langgraph && (method === 'with_config' || name === 'langchain_core.runnables.RunnableConfig' || name.endsWith('.RunnableConfig'))) {
            const value = keywordArgument(call, 'recursion_limit');
            judge(value, 'langgraphRecursionLimit', `${method}(...)`, false, numberValue(value));
          } else if (RUNNER.test(name)) {
            const value = keywordArgument(call, 'max_turns');
            judge(value, 'openaiAgentsMaxTurns', `Runner.${method}(...)`, false, numberValue(value));
          } else if (name === 'crewai.Agent') {
            const value = keywordArgument(call, 'max_iter');
            judge(value, 'crewaiMaxIter', 'Agent(...)', false, numberValue(value));
          } else if (PY_EXECUTORS.has(name)) {
            const value = keywordArgument(call, 'max_iterations');
            // With max_execution_time set the executor is still bounded by the clock.
            if (value?.type === 'none' && keywordArgument(call, 'max_execution_time') !== undefined) continue;
            judge(value, 'langchainMaxIterations', `${lastSegment(name)}(...)`, true, numberValue(value));
          } else if (SMOL_AGENTS.test(name) || (method === 'run' && /\bsmolagents\b/.test(file.text))) {
            const value = keywordArgument(call, 'max_steps');
            judge(value, 'smolagentsMaxSteps', `${lastSegment(name)}(...)`, false, numberValue(value));
          } else if (/^pydantic_ai(\.usage)?\.UsageLimits$/.test(name)) {
            const value = keywordArgument(call, 'request_limit');
            judge(value, 'pydanticAiRequestLimit', 'UsageLimits(...)', true, numberValue(value));
          }
        }
        return;
      }

      const imports = tsImportMap(tree);
      const langgraph = /@langchain\/langgraph/.test(file.text);
      if (langgraph) {
        for (const pair of tree.rootNode.descendantsOfType('pair')) {
          if (pair.childForFieldName('key')?.text.replace(/['"]/g, '') !== 'recursionLimit') continue;
          const value = pair.childForFieldName('value') ?? undefined;
          judge(value, 'langgraphRecursionLimit', 'The run config', false, tsNumberValue(value));
        }
      }
      for (const call of callExpressions(tree)) {
        const resolved = tsQualifiedCallee(call, imports);
        if (isStepCountCall(call, imports)) {
          // `stepCountIs` (5.x/6.x) and `isStepCount` (7.x), however imported.
          const value = tsArguments(call)[0];
          judge(value, 'aiSdkStepCount', `${resolved.slice(3)}(...)`, false, tsNumberValue(value));
        } else if (AI_SDK_LOOP_CALLS.test(resolved)) {
          const name = resolved.slice(3);
          const options = tsOptions(call);
          if (/^(generateText|streamText)$/.test(name)) {
            const value = objectProperty(options, 'maxSteps');
            judge(value, 'aiSdkStepCount', `${name}(...)`, false, tsNumberValue(value));
          }
          const stopWhen = objectProperty(options, 'stopWhen');
          if (stopWhen && neverStops(stopConditions(stopWhen, imports))) {
            context.report({
              ...spanOf(stopWhen),
              message:
                `${name}(...) sets stopWhen: isLoopFinished(), which never fires, removing the AI SDK step limit (default isStepCount(${name === 'ToolLoopAgent' ? 20 : 1})), ` +
                'so the tool loop runs until the model stops calling tools.',
              fingerprintContent: 'aiSdkStepCount:isLoopFinished',
              fixability: 'structural',
            });
          }
        } else if (resolved === '@openai/agents#run') {
          const value = objectProperty(tsArguments(call)[2], 'maxTurns');
          judge(value, 'openaiAgentsMaxTurns', 'run(...)', false, tsNumberValue(value));
        }
      }
    },
  },
);
