import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { callExpressions, tsArguments, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { objectProperty, tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { pyNonOpenAiModelRoute } from './model-route.js';
import { spanOf } from '../ast/span.js';

/** Another trace pipeline in the module: tracing is replaced, not dropped. */
const REPLACEMENT = /add_trace_processor|set_trace_processors|addTraceProcessor|setTraceProcessors|opentelemetry|@opentelemetry|openinference|logfire|langfuse|arize|phoenix|agentops|braintrust|weave\.init|langsmith|mlflow|traceloop|openlit|helicone|OTEL_EXPORTER/i;

const TRUTHY_ENV = /^(1|true|yes|on)$/i;

export const tracingDisabledCheck = defineRule(
  {
    id: 'policy/tracing-disabled',
    title: 'Agent tracing switched off with no replacement',
    description:
      'OpenAI Agents SDK tracing is turned off (set_tracing_disabled(True), RunConfig(tracing_disabled=True), ' +
      'OPENAI_AGENTS_DISABLE_TRACING=1 set in code; JS setTracingDisabled(true) / tracingDisabled: true) and the module registers no ' +
      'other trace processor or instrumentation (add_trace_processor, set_trace_processors, OpenTelemetry, Logfire, Langfuse, Arize, ' +
      'AgentOps, Braintrust, LangSmith, MLflow). Without traces there is no record of which tools an agent called with which arguments, ' +
      'which audits and incident reviews need. Tracing is on by default, so only an explicit switch-off is flagged. A Python module ' +
      'that serves its model outside OpenAI (custom base_url, Azure OpenAI, LitellmModel, AnyLLMModel, a litellm/ or any-llm/ model) ' +
      'is not flagged: the built-in exporter would send those prompts to OpenAI, a service the model calls never reach, and needs an ' +
      'OpenAI key such setups do not have, so switching it off is the documented step, not a gap.',
    persona: 'governance',
    category: 'policy',
    severity: 'note',
    fixability: 'structural',
    tags: ['LLM02:2025', 'CWE-778'],
    remediation:
      'Keep tracing on with trace_include_sensitive_data=False, or route spans to your own backend with set_trace_processors([...]) / ' +
      'an OpenTelemetry or Logfire/Langfuse integration instead of disabling it (e.g. when the OpenAI exporter has no key).',
    docs: 'https://openai.github.io/openai-agents-python/tracing/',
    frameworks: ['openai-agents'],
    precision: 'high',
  },
  {
    textHas: [/tracing_disabled|DISABLE_TRACING|TracingDisabled|tracingDisabled/],
    textLacks: [REPLACEMENT],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, written: string) =>
        context.report({
          ...spanOf(node),
          message: `${written} turns agent tracing off and nothing in this module replaces it, so tool calls and model turns leave no audit trail.`,
          fingerprintContent: written,
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        if (pyNonOpenAiModelRoute(tree, imports)) return;
        for (const call of calls(tree)) {
          const qualified = qualifiedCallee(call, imports);
          if (/^agents(\.tracing)?\.set_tracing_disabled$/.test(qualified)) {
            const value = keywordArgument(call, 'disabled') ?? positionalArguments(call)[0];
            if (value?.type === 'true') report(call, 'set_tracing_disabled(True)');
          } else if (/^agents(\.run)?\.RunConfig$/.test(qualified)) {
            const value = keywordArgument(call, 'tracing_disabled');
            if (value?.type === 'true') report(value.parent ?? value, 'RunConfig(tracing_disabled=True)');
          } else if (/^os\.(environ\.setdefault|putenv)$/.test(qualified)) {
            const [name, value] = positionalArguments(call);
            if (stringValue(name) === 'OPENAI_AGENTS_DISABLE_TRACING' && TRUTHY_ENV.test(stringValue(value) ?? '')) report(call, 'OPENAI_AGENTS_DISABLE_TRACING=1');
          }
        }
        // os.environ["OPENAI_AGENTS_DISABLE_TRACING"] = "1"
        for (const assignment of tree.rootNode.descendantsOfType('assignment')) {
          const left = assignment.childForFieldName('left');
          if (left?.type !== 'subscript' || !/^os\.environ$/.test(left.childForFieldName('value')?.text ?? '')) continue;
          if (stringValue(left.childForFieldName('subscript') ?? undefined) !== 'OPENAI_AGENTS_DISABLE_TRACING') continue;
          if (TRUTHY_ENV.test(stringValue(assignment.childForFieldName('right') ?? undefined) ?? '')) report(assignment, 'OPENAI_AGENTS_DISABLE_TRACING=1');
        }
        return;
      }

      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        const qualified = tsQualifiedCallee(call, imports);
        if (/^@openai\/agents(-core)?#setTracingDisabled$/.test(qualified) && tsArguments(call)[0]?.type === 'true') {
          report(call, 'setTracingDisabled(true)');
        } else if (/^@openai\/agents(-core)?#(Runner|run)$/.test(qualified)) {
          for (const index of [0, 2]) {
            const value = objectProperty(tsOptions(call, index), 'tracingDisabled');
            if (value?.type === 'true') report(value.parent ?? value, 'tracingDisabled: true');
          }
        }
      }
      for (const assignment of tree.rootNode.descendantsOfType('assignment_expression')) {
        const left = assignment.childForFieldName('left')?.text.replace(/\s+/g, '') ?? '';
        const right = assignment.childForFieldName('right');
        if (/^process\.env(\.OPENAI_AGENTS_DISABLE_TRACING|\[['"]OPENAI_AGENTS_DISABLE_TRACING['"]\])$/.test(left) && right && TRUTHY_ENV.test(right.text.replace(/^['"`]|['"`]$/g, ''))) {
          report(assignment, 'OPENAI_AGENTS_DISABLE_TRACING=1');
        }
      }
    },
  },
);
