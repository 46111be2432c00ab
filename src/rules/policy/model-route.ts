import type { SyntaxTree } from '../../source/syntax-tree.js';
import { calls, keywordArgument, qualifiedCallee, stringValue, type ImportMap } from '../ast/python.js';
import { pyResolveString } from '../architecture/support.js';

/**
 * Where an OpenAI Agents SDK module sends its model calls, as far as the module itself says. The SDK's
 * built-in trace exporter always ships spans to OpenAI (platform.openai.com/traces), whatever serves the
 * model. With an OpenAI-hosted model the traces stay with the provider that already processed every
 * prompt; with any other route they are a second destination for the same data. Both tracing rules ask
 * this one question, so they cannot disagree about it.
 */

/** `litellm/anthropic/claude-…`, `any-llm/openrouter/…`: the SDK's prefix routing (MultiProvider). */
const PREFIX_ROUTE = /^(litellm|any-llm)\/([^/]+)\//;

/** A base_url that is still OpenAI's own API is not another route. */
const OPENAI_HOST = /^https?:\/\/api\.openai\.com(\/|$)/;

/** The first construct in the module that sends model calls somewhere other than OpenAI, described for a message. */
export function pyNonOpenAiModelRoute(tree: SyntaxTree, imports: ImportMap): string | undefined {
  for (const call of calls(tree)) {
    const qualified = qualifiedCallee(call, imports);
    if (/^openai\.(AsyncAzureOpenAI|AzureOpenAI)$/.test(qualified)) return `${qualified.slice(7)}(...)`;
    if (/^openai\.(AsyncOpenAI|OpenAI)$/.test(qualified)) {
      const baseUrl = keywordArgument(call, 'base_url');
      if (!baseUrl || baseUrl.type === 'none') continue;
      const literal = pyResolveString(baseUrl, tree);
      if (literal !== undefined && OPENAI_HOST.test(literal)) continue;
      return `${qualified.slice(7)}(base_url=${literal !== undefined ? JSON.stringify(literal) : baseUrl.text})`;
    }
    if (/^agents(\.extensions\.models\.[a-z_]+)?\.(LitellmModel|AnyLLMModel)$/.test(qualified)) return qualified.slice(qualified.lastIndexOf('.') + 1);
    const model = stringValue(keywordArgument(call, 'model'));
    const prefix = model ? PREFIX_ROUTE.exec(model) : null;
    if (prefix && prefix[2] !== 'openai' && /^agents(\.agent)?\.Agent$/.test(qualified)) return `model "${model}"`;
  }
  return undefined;
}
