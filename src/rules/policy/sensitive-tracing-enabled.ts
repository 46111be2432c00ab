import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { objectProperty, tsImportsFrom, tsOptions } from '../architecture/support.js';
import { replaceNode } from '../../heal/edits.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import { pyNonOpenAiModelRoute } from './model-route.js';
import { spanOf } from '../ast/span.js';

const ENV_SETTING = 'OPENAI_AGENTS_TRACE_INCLUDE_SENSITIVE_DATA';

/** Anything in the module that already decides what traces carry, or that no trace is exported. */
const TRACE_DECIDED = new RegExp(
  [
    ENV_SETTING, 'trace_include_sensitive_data', 'set_tracing_disabled', 'tracing_disabled', 'OPENAI_AGENTS_DISABLE_TRACING',
    'set_trace_processors',
  ].join('|'),
);

export const sensitiveTracingEnabledCheck = defineRule(
  {
    id: 'policy/sensitive-tracing-enabled',
    title: 'Agent traces include model and tool inputs and outputs',
    description:
      'The OpenAI Agents SDK records model inputs/outputs and tool arguments/results in its traces and exports them to the OpenAI ' +
      `traces dashboard: RunConfig.trace_include_sensitive_data defaults to True (env ${ENV_SETTING}). The rule fires where ` +
      'code sets trace_include_sensitive_data=True (Python) or traceIncludeSensitiveData: true (JS) explicitly, and once per module ' +
      'at the first Runner.run/run_sync/run_streamed when the module serves its model outside OpenAI (AsyncOpenAI/OpenAI with a ' +
      'non-OpenAI base_url, Azure OpenAI, LitellmModel, AnyLLMModel, a litellm/ or any-llm/ model prefix) and nothing in it decides ' +
      'the setting (no RunConfig setting, no env var, tracing not disabled, no replacement trace processors): the traces then carry ' +
      'prompts to OpenAI, a service the model calls never reach. The default alone with an OpenAI-hosted model is not flagged: the ' +
      'traces go to the same OpenAI organisation that already processes every prompt, the SDK documents the default for development ' +
      'and production, and flagging it fired on every module that runs an agent. A deployment-level env var cannot be seen from code: ' +
      'suppress with a reason if it is set there.',
    persona: 'governance',
    category: 'policy',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['LLM02:2025', 'CWE-532', 'CWE-359'],
    remediation:
      `Pass run_config=RunConfig(trace_include_sensitive_data=False) (JS: traceIncludeSensitiveData: false) or set ${ENV_SETTING}=0 ` +
      'before the app starts; spans still record timing, tokens and errors. Heal turns explicit True/true into False/false and adds ' +
      'run_config=RunConfig(trace_include_sensitive_data=False) to a Runner.run* call that passes no run_config; a call that passes a run_config built elsewhere is structural.',
    docs: 'https://openai.github.io/openai-agents-python/tracing/#sensitive-data',
    frameworks: ['openai-agents'],
    precision: 'high',
  },
  {
    textHas: [/Runner|RunConfig|trace_include_sensitive_data|traceIncludeSensitiveData/],
    async runOnTree(context, tree) {
      const { file } = context;
      // `value` is the literal True/true; the finding covers the whole keyword argument/property.
      const explicit = (value: SyntaxNode, written: string, safe: string) =>
        context.report({
          start: (value.parent ?? value).startIndex,
          end: (value.parent ?? value).endIndex,
          message: `${written} exports prompts, model outputs and tool arguments to the trace backend; set it to False unless traces are access-controlled like production data.`,
          fingerprintContent: `explicit|${written}`,
          fix: { description: `${written.replace(/True|true/, safe)}`, edits: [replaceNode(value, safe)] },
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        let firstRun: SyntaxNode | undefined;
        for (const call of calls(tree)) {
          const qualified = qualifiedCallee(call, imports);
          if (/^agents(\.run|\.voice(\.pipeline_config)?)?\.(RunConfig|VoicePipelineConfig)$/.test(qualified)) {
            const value = keywordArgument(call, 'trace_include_sensitive_data');
            if (value?.type === 'true') explicit(value, 'trace_include_sensitive_data=True', 'False');
          } else if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) {
            firstRun ??= call;
          }
        }
        // The default only matters where the traces reach a service the model calls do not (see the description).
        const route = firstRun && !TRACE_DECIDED.test(file.text) ? pyNonOpenAiModelRoute(tree, imports) : undefined;
        if (firstRun && route) {
          // Only a call with no run_config at all gets one; a run_config built elsewhere (or hidden in **kwargs) needs a person.
          const edit =
            keywordArgument(firstRun, 'run_config') === undefined && !hasDictSplat(firstRun)
              ? addKeywordArgument(firstRun, file.text, 'run_config', 'RunConfig(trace_include_sensitive_data=False)')
              : undefined;
          context.report({
            ...spanOf(firstRun),
            message: `The model runs through ${route}, but Runner.run* still exports model inputs/outputs and tool data to OpenAI's trace backend by default (trace_include_sensitive_data=True) and nothing in this module turns it off; pass RunConfig(trace_include_sensitive_data=False) or set ${ENV_SETTING}=0.`,
            fingerprintContent: 'default|Runner.run',
            ...(edit
              ? {
                  fix: {
                    description: 'run_config=RunConfig(trace_include_sensitive_data=False) on Runner.run*',
                    edits: [edit],
                    pythonImports: [{ from: 'agents', names: ['RunConfig'] }],
                  },
                }
              : { fixability: 'structural' as const }),
          });
        }
        return;
      }

      if (!tsImportsFrom(tsImportMap(tree), (module) => module.startsWith('@openai/agents'))) return;
      for (const call of callExpressions(tree)) {
        for (const index of [0, 1, 2]) {
          const value = objectProperty(tsOptions(call, index), 'traceIncludeSensitiveData');
          if (value?.type === 'true') explicit(value, 'traceIncludeSensitiveData: true', 'false');
        }
      }
    },
  },
);
