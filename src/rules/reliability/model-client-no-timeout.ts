import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import { addObjectProperty } from '../../heal/ts-edits.js';
import type { Fix } from '../../heal/types.js';
import { RELIABILITY_BASE, isPython } from './shared.js';
import { spanOf } from '../ast/span.js';

interface ClientDefault {
  /** What the SDK does when no timeout is passed. */
  readonly defaultText: string;
  /** The Python keyword the fix adds (`timeout` unless the client names its field otherwise). */
  readonly keyword?: string;
  /**
   * TypeScript: where the constructor takes its timeout. `top` (default): `{ timeout }` (and the
   * openai-style `configuration.timeout`); `clientOptions`: LangChain.js ChatAnthropic passes
   * `clientOptions` to the Anthropic SDK; `none`: no constructor option, only `.withConfig({ timeout })`
   * or a per-call `{ timeout }` / `signal`.
   */
  readonly tsOption?: 'top' | 'clientOptions' | 'none';
}

/** `60000` → `60_000`, the way the SDK docs write milliseconds. */
function milliseconds(seconds: number): string {
  return String(seconds * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

const OPENAI_DEFAULT = { defaultText: 'the openai SDK default of 600 s (10 min) per attempt, retried twice' };
const ANTHROPIC_DEFAULT = { defaultText: 'the anthropic SDK default of 600 s (10 min) per attempt, retried twice' };
const LC_OPENAI_DEFAULT = { defaultText: 'timeout=None, which falls back to the openai SDK default of 600 s (10 min) per attempt' };
const LC_ANTHROPIC_DEFAULT = {
  defaultText: 'default_request_timeout=None, which falls back to the anthropic SDK default of 600 s (10 min) per attempt',
  keyword: 'default_request_timeout',
};

/** Python constructors (resolved through imports) and what their missing timeout means. */
const PYTHON_CLIENTS: Record<string, ClientDefault> = {
  'openai.OpenAI': OPENAI_DEFAULT,
  'openai.AsyncOpenAI': OPENAI_DEFAULT,
  'openai.AzureOpenAI': OPENAI_DEFAULT,
  'openai.AsyncAzureOpenAI': OPENAI_DEFAULT,
  'anthropic.Anthropic': ANTHROPIC_DEFAULT,
  'anthropic.AsyncAnthropic': ANTHROPIC_DEFAULT,
  'anthropic.AnthropicVertex': ANTHROPIC_DEFAULT,
  'anthropic.AsyncAnthropicVertex': ANTHROPIC_DEFAULT,
  'anthropic.AnthropicBedrock': ANTHROPIC_DEFAULT,
  'anthropic.AsyncAnthropicBedrock': ANTHROPIC_DEFAULT,
  'langchain_openai.ChatOpenAI': LC_OPENAI_DEFAULT,
  'langchain_openai.AzureChatOpenAI': LC_OPENAI_DEFAULT,
  'langchain_openai.chat_models.ChatOpenAI': LC_OPENAI_DEFAULT,
  'langchain_openai.chat_models.AzureChatOpenAI': LC_OPENAI_DEFAULT,
  'langchain_anthropic.ChatAnthropic': LC_ANTHROPIC_DEFAULT,
  'langchain_anthropic.chat_models.ChatAnthropic': LC_ANTHROPIC_DEFAULT,
};

/** `timeout` (SDKs), `request_timeout` (ChatOpenAI field name), `default_request_timeout` (ChatAnthropic field name). */
const PYTHON_TIMEOUT_KEYWORDS = ['timeout', 'request_timeout', 'default_request_timeout'];

const LCJS_OPENAI = { defaultText: 'no timeout, which falls back to the openai SDK default of 600000 ms (10 min) per attempt' };

/**
 * TypeScript constructors as `module#export`. LangChain.js (checked against langchainjs main, Aug 2026:
 * @langchain/openai 1.5, @langchain/anthropic 1.5, @langchain/google-genai 2.2, @langchain/deepseek):
 * ChatOpenAI and the classes built on it take `timeout`; ChatAnthropic hands `clientOptions` to the
 * Anthropic SDK (no `timeout` field of its own); ChatGoogleGenerativeAI takes none, and the
 * @google/generative-ai SDK it wraps sets no request timeout at all.
 */
const TS_CLIENTS: Record<string, ClientDefault> = {
  'openai#default': { defaultText: 'the openai SDK default of 600000 ms (10 min) per attempt, retried twice' },
  'openai#OpenAI': { defaultText: 'the openai SDK default of 600000 ms (10 min) per attempt, retried twice' },
  'openai#AzureOpenAI': { defaultText: 'the openai SDK default of 600000 ms (10 min) per attempt, retried twice' },
  '@anthropic-ai/sdk#default': { defaultText: 'the anthropic SDK default of 600000 ms (10 min) per attempt, retried twice' },
  '@anthropic-ai/sdk#Anthropic': { defaultText: 'the anthropic SDK default of 600000 ms (10 min) per attempt, retried twice' },
  '@langchain/openai#ChatOpenAI': LCJS_OPENAI,
  '@langchain/openai#AzureChatOpenAI': LCJS_OPENAI,
  '@langchain/deepseek#ChatDeepSeek': LCJS_OPENAI,
  '@langchain/anthropic#ChatAnthropic': {
    defaultText: 'no clientOptions.timeout, which falls back to the anthropic SDK default of 600000 ms (10 min) per attempt',
    tsOption: 'clientOptions',
  },
  '@langchain/google-genai#ChatGoogleGenerativeAI': {
    defaultText: 'no limit: neither the class nor the @google/generative-ai SDK under it sets a request timeout',
    tsOption: 'none',
  },
};

/** Request methods that accept a per-call `timeout=`: a file that sets one has thought about timeouts. */
const PER_REQUEST = /\.(create|parse|stream|invoke|ainvoke)$/;
/** LangChain.js call options (`invoke(x, { timeout })`, `.withConfig({ timeout })`, a `signal`) bound every call of the model. */
const TS_PER_REQUEST = /\.(create|parse|stream|invoke|batch|streamEvents)$/;

function tsPerRequestTimeout(call: SyntaxNode): boolean {
  const written = tsCalleeText(call);
  const options = /\.(withConfig|bind)$/.test(written) ? tsArguments(call)[0] : TS_PER_REQUEST.test(written) ? tsArguments(call)[1] : undefined;
  return objectProperty(options, 'timeout') !== undefined || (/\.(invoke|stream|batch|withConfig)$/.test(written) && objectProperty(options, 'signal') !== undefined);
}

function pythonCheck(tree: Parameters<typeof calls>[0], imports: ReturnType<typeof pythonImportMap>, report: (node: SyntaxNode, name: string, client: ClientDefault) => void): void {
  const all = calls(tree);
  const perRequestTimeout = all.some((call) => PER_REQUEST.test(call.childForFieldName('function')?.text ?? '') && keywordArgument(call, 'timeout') !== undefined);
  if (perRequestTimeout) return;
  for (const call of all) {
    const name = qualifiedCallee(call, imports);
    const client = PYTHON_CLIENTS[name];
    if (!client) continue;
    if (hasDictSplat(call)) continue;
    if (PYTHON_TIMEOUT_KEYWORDS.some((keyword) => keywordArgument(call, keyword) !== undefined)) continue;
    // A caller-supplied httpx client carries its own timeout.
    if (keywordArgument(call, 'http_client') !== undefined || keywordArgument(call, 'http_async_client') !== undefined) continue;
    // `OpenAI().with_options(timeout=...)` sets it right away.
    const parent = call.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.text === 'with_options') continue;
    report(call, name.split('.').pop()!, client);
  }
}

/** True when a nested options object (`configuration`, `clientOptions`) may carry a timeout. */
function nestedHasTimeout(nested: SyntaxNode): boolean {
  return nested.type !== 'object' || hasSpread(nested) || objectProperty(nested, 'timeout') !== undefined || objectProperty(nested, 'fetch') !== undefined;
}

function optionsHaveTimeout(options: SyntaxNode | undefined, client: ClientDefault): boolean {
  if (!options) return false;
  // A variable or call: the timeout may be inside, stay silent.
  if (options.type !== 'object') return true;
  if (hasSpread(options)) return true;
  if (client.tsOption === 'none') return false;
  if (client.tsOption === 'clientOptions') {
    const clientOptions = objectProperty(options, 'clientOptions');
    return (clientOptions !== undefined && nestedHasTimeout(clientOptions)) || objectProperty(options, 'createClient') !== undefined;
  }
  if (objectProperty(options, 'timeout') !== undefined || objectProperty(options, 'httpAgent') !== undefined || objectProperty(options, 'fetch') !== undefined) return true;
  const configuration = objectProperty(options, 'configuration');
  return configuration !== undefined && nestedHasTimeout(configuration);
}

/**
 * `timeout: 60_000` into the options object, or `{ timeout: 60_000 }` as the only argument; for
 * ChatAnthropic `timeout` goes into `clientOptions` (added when missing). No fix where the class has no option.
 */
function tsTimeoutFix(call: SyntaxNode, options: SyntaxNode | undefined, text: string, shown: string, seconds: number, client: ClientDefault): Fix | undefined {
  const value = milliseconds(seconds);
  if (client.tsOption === 'none') return undefined;
  if (client.tsOption === 'clientOptions') {
    if (options?.type !== 'object') return undefined;
    const description = `clientOptions.timeout: ${value} (ms) on ${shown}(...)`;
    const clientOptions = objectProperty(options, 'clientOptions');
    const edits = clientOptions
      ? clientOptions.type === 'object'
        ? addObjectProperty(clientOptions, text, 'timeout', value)
        : undefined
      : addObjectProperty(options, text, 'clientOptions', `{ timeout: ${value} }`);
    return edits ? { description, edits } : undefined;
  }
  const description = `timeout: ${value} (ms) on ${shown}(...)`;
  if (options) {
    const edits = options.type === 'object' ? addObjectProperty(options, text, 'timeout', value) : undefined;
    return edits ? { description, edits } : undefined;
  }
  const args = call.childForFieldName('arguments');
  const argument = `{ timeout: ${value} }`;
  if (!args) {
    // `new OpenAI` without parentheses.
    const target = call.childForFieldName('constructor');
    return target ? { description, edits: [{ start: target.endIndex, end: target.endIndex, text: `(${argument})` }] } : undefined;
  }
  // `new OpenAI()`; an argument list holding only comments is left alone.
  if (!/^\(\s*\)$/.test(args.text)) return undefined;
  return { description, edits: [{ start: args.startIndex, end: args.endIndex, text: `(${argument})` }] };
}

export const modelClientNoTimeoutCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/model-client-no-timeout',
    title: 'Model client without a request timeout',
    description:
      'An OpenAI, Anthropic or LangChain chat-model client is constructed without a timeout. The OpenAI and Anthropic SDKs (Python and TypeScript) ' +
      'default to 10 minutes per attempt and retry twice, so one hung provider connection can stall an agent turn, a tool call or a request worker for up to half an hour ' +
      'and pile up in-flight requests behind it.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['ASI08', 'LLM10:2025', 'CWE-1088', 'CWE-400'],
    remediation:
      'Pass an explicit timeout sized to the call: `OpenAI(timeout=30.0)` or `httpx.Timeout(30.0, connect=5.0)`, `ChatOpenAI(timeout=30)`, ' +
      '`ChatAnthropic(default_request_timeout=30)`, `new OpenAI({ timeout: 30_000 })`; LangChain.js: `new ChatOpenAI({ timeout: 30_000 })`, ' +
      '`new ChatAnthropic({ clientOptions: { timeout: 30_000 } })`, and for classes without an option (ChatGoogleGenerativeAI) `model.withConfig({ timeout: 30_000 })` ' +
      'or `invoke(input, { timeout })`. Streaming and long reasoning calls may need more; set that per request with `with_options(timeout=...)`.',
    docs: 'https://github.com/openai/openai-python#timeouts',
    frameworks: ['openai-sdk', 'anthropic-sdk', 'langchain'],
    knows: [
      'openai (Python 1.x, TS 4.x–6.x): `timeout`, default 600 s, 2 retries; `with_options(timeout=...)`, `http_client`',
      'anthropic (Python, TS): `timeout`, default 600 s, 2 retries',
      'langchain-openai `ChatOpenAI(timeout= | request_timeout=)`, langchain-anthropic `ChatAnthropic(default_request_timeout=)`',
      'LangChain.js: @langchain/openai `ChatOpenAI`/`AzureChatOpenAI` and @langchain/deepseek `ChatDeepSeek` `{ timeout }` or `configuration.timeout`; ' +
        '@langchain/anthropic 1.x `ChatAnthropic` `clientOptions.timeout`; @langchain/google-genai 2.x `ChatGoogleGenerativeAI` has no option (`withConfig({ timeout })`)',
    ],
    precision: 'high',
  },
  {
    textHas: [/OpenAI|Anthropic|ChatGoogleGenerativeAI|ChatDeepSeek/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, name: string, client: ClientDefault, fix: Fix | undefined): void =>
        context.report({
          ...spanOf(node),
          message:
            client.tsOption === 'none'
              ? `${name}(...) has no request timeout (${client.defaultText}), so a stalled provider connection holds the agent turn until the socket gives up; bound it with withConfig({ timeout }).`
              : `${name}(...) is constructed without a timeout, so each request waits up to ${client.defaultText}.`,
          fingerprintContent: `${name}:no-timeout`,
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
      if (isPython(file)) {
        pythonCheck(tree, pythonImportMap(tree), (call, name, client) => {
          const keyword = client.keyword ?? 'timeout';
          const edit = addKeywordArgument(call, file.text, keyword, String(context.heal.modelTimeoutSeconds));
          report(call, name, client, edit ? { description: `${keyword}=${context.heal.modelTimeoutSeconds} on ${name}(...)`, edits: [edit] } : undefined);
        });
        return;
      }
      const imports = tsImportMap(tree);
      const all = callExpressions(tree);
      if (all.some(tsPerRequestTimeout)) return;
      for (const call of all) {
        if (call.type !== 'new_expression') continue;
        const written = tsCalleeText(call);
        const client = TS_CLIENTS[imports.get(written) ?? ''];
        if (!client) continue;
        const options = tsArguments(call)[0];
        if (optionsHaveTimeout(options, client)) continue;
        report(call, `new ${written}`, client, tsTimeoutFix(call, options, file.text, `new ${written}`, context.heal.modelTimeoutSeconds, client));
      }
    },
  },
);
