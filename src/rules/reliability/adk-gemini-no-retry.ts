import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { defineRule } from '../define.js';
import { normaliseModelId } from './retired-models.js';
import { RELIABILITY_BASE, brief, isPython } from './shared.js';

/** ADK's LLM agent classes, however imported (`google.adk.Agent`, `google.adk.agents.LlmAgent`, …). */
const ADK_AGENT = /^google\.adk(\.agents(\.llm_agent)?)?\.(LlmAgent|Agent)$/;
/** ADK's Gemini model adapter (`google.adk.models.Gemini`, `google.adk.models.google_llm.Gemini`). */
const ADK_GEMINI = /^google\.adk\.models(\.google_llm)?\.Gemini$/;

/** The right-hand sides of top-level `name = value` statements: module constants a model may be read from. */
function moduleValues(root: SyntaxNode, name: string): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  for (const statement of root.namedChildren) {
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.namedChildren[0];
    if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.text !== name) continue;
    const right = assignment.childForFieldName('right');
    if (right) values.push(right);
  }
  return values;
}

/** A node, or the single module constant an identifier names; undefined when it cannot be known here. */
function resolveValue(node: SyntaxNode, root: SyntaxNode): SyntaxNode | undefined {
  if (node.type !== 'identifier') return node;
  const values = moduleValues(root, node.text);
  return values.length === 1 ? values[0] : undefined;
}

/** True when retries may be configured in a `generate_content_config` value (or we cannot tell). */
function configMayRetry(config: SyntaxNode, root: SyntaxNode): boolean {
  const value = resolveValue(config, root);
  if (!value || value.type === 'identifier' || value.type === 'attribute') return true;
  if (value.type === 'none') return false;
  // `types.GenerateContentConfig(http_options=types.HttpOptions(retry_options=...))`, or the dict form.
  return /retry_options/.test(value.text) || (value.type === 'call' && hasDictSplat(value));
}

export const adkGeminiNoRetryCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/adk-gemini-no-retry',
    title: 'ADK agent on Gemini without retry options',
    description:
      'A Google ADK `LlmAgent`/`Agent` runs on a Gemini model with no HTTP retry options: neither `Gemini(retry_options=types.HttpRetryOptions(...))` nor ' +
      '`generate_content_config=types.GenerateContentConfig(http_options=types.HttpOptions(retry_options=...))`. ADK passes `retry_options=None` to the ' +
      'google-genai client, which then makes exactly one attempt, so every 429 RESOURCE_EXHAUSTED (dynamic shared quota) or 503 UNAVAILABLE ("model is ' +
      'overloaded") fails the agent turn. Models held in variables the file does not define, or built by a factory, and files that handle model ' +
      'errors in an `on_model_error_callback` are not judged.',
    severity: 'warning',
    fixability: 'structural',
    tags: ['ASI08', 'LLM10:2025'],
    remediation:
      'Give the model retries: `model=Gemini(model="gemini-3.5-flash", retry_options=types.HttpRetryOptions(attempts=4, initial_delay=1, max_delay=30))` ' +
      '(`from google.adk.models import Gemini`, `from google.genai import types`), or set `http_options=types.HttpOptions(retry_options=...)` in the agent\'s ' +
      '`generate_content_config`. Keep attempts small and the delays bounded so a retry storm does not outlive the request.',
    docs: 'https://google.github.io/adk-docs/agents/models/google-gemini/#error-code-429-resource_exhausted',
    frameworks: ['google-adk'],
    knows: [
      'google-adk ≥ 1.9.0: `Gemini(retry_options=types.HttpRetryOptions(...))`, passed to the client as `HttpOptions(retry_options=...)` (default None)',
      'google-genai ≥ 1.21.0: `HttpRetryOptions`; `retry_options=None` means one attempt (`stop_after_attempt(1)`); with options, default 5 attempts on 408/429/5xx',
      'google-genai ≥ 1.28.0: per-request `GenerateContentConfig(http_options=HttpOptions(retry_options=...))`, which ADK sends from `generate_content_config`',
    ],
    precision: 'high',
  },
  {
    appliesTo: isPython,
    textHas: [/google\.adk/, /Agent/],
    // An `on_model_error_callback` (on an agent or a plugin) is where a file retries or falls back on model errors itself.
    textLacks: [/on_model_error_callback/],
    async runOnTree(context, tree) {
      const root = tree.rootNode;
      const imports = pythonImportMap(tree);
      const reported = new Set<number>();
      const report = (node: SyntaxNode, message: string, fingerprint: string): void => {
        if (reported.has(node.startIndex)) return;
        reported.add(node.startIndex);
        context.report({ start: node.startIndex, end: node.endIndex, message, fingerprintContent: fingerprint });
      };
      for (const call of calls(tree)) {
        const agentClass = qualifiedCallee(call, imports);
        if (!ADK_AGENT.test(agentClass) || hasDictSplat(call)) continue;
        const written = keywordArgument(call, 'model');
        if (!written) continue; // inherits the parent agent's model
        const config = keywordArgument(call, 'generate_content_config');
        if (config && configMayRetry(config, root)) continue;
        const model = resolveValue(written, root);
        if (!model) continue;
        const agentName = stringValue(keywordArgument(call, 'name')) ?? 'agent';
        const className = agentClass.slice(agentClass.lastIndexOf('.') + 1);
        if (model.type === 'call' && ADK_GEMINI.test(qualifiedCallee(model, imports))) {
          // Our own Gemini adapter: retries belong on it (client_kwargs may carry a whole client config).
          if (hasDictSplat(model)) continue;
          const retry = keywordArgument(model, 'retry_options');
          if ((retry && retry.type !== 'none') || keywordArgument(model, 'client_kwargs')) continue;
          report(
            model,
            `${brief(model.text.split('\n')[0]!, 50)} has no retry_options, so the google-genai client behind ${className} '${agentName}' makes one attempt and a 429 RESOURCE_EXHAUSTED or 503 UNAVAILABLE fails the agent turn.`,
            `Gemini:no-retry:${agentName}`,
          );
          continue;
        }
        const id = stringValue(model);
        if (!id || !normaliseModelId(id).startsWith('gemini')) continue;
        report(
          written,
          `${className} '${agentName}' runs on '${normaliseModelId(id)}' with no retry_options, so ADK's google-genai client makes one attempt and a 429 RESOURCE_EXHAUSTED or 503 UNAVAILABLE fails the agent turn.`,
          `model:no-retry:${agentName}`,
        );
      }
    },
  },
);
