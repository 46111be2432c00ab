import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, keywordArgument, numberValue, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, objectProperty, tsArguments, tsCalleeText, tsImportMap, tsNumberValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { replaceNode } from '../../heal/edits.js';
import { RELIABILITY_BASE, isPython } from './shared.js';
import { spanOf } from '../ast/span.js';

/** Python constructors and their default retry count. */
const PYTHON_DEFAULTS: Record<string, string> = {
  'openai.OpenAI': 'the openai SDK default of 2 retries with backoff',
  'openai.AsyncOpenAI': 'the openai SDK default of 2 retries with backoff',
  'openai.AzureOpenAI': 'the openai SDK default of 2 retries with backoff',
  'openai.AsyncAzureOpenAI': 'the openai SDK default of 2 retries with backoff',
  'anthropic.Anthropic': 'the anthropic SDK default of 2 retries with backoff',
  'anthropic.AsyncAnthropic': 'the anthropic SDK default of 2 retries with backoff',
  'langchain_openai.ChatOpenAI': 'the default of 2 retries (the openai SDK default)',
  'langchain_openai.AzureChatOpenAI': 'the default of 2 retries (the openai SDK default)',
  'langchain_anthropic.ChatAnthropic': 'the ChatAnthropic default of 2 retries',
  'langchain_google_genai.ChatGoogleGenerativeAI': 'the ChatGoogleGenerativeAI default of 6 retries',
};

/** TypeScript constructors and AI SDK functions (`module#export`). */
const TS_DEFAULTS: Record<string, string> = {
  'openai#default': 'the openai SDK default of 2 retries with backoff',
  'openai#OpenAI': 'the openai SDK default of 2 retries with backoff',
  'openai#AzureOpenAI': 'the openai SDK default of 2 retries with backoff',
  '@anthropic-ai/sdk#default': 'the anthropic SDK default of 2 retries with backoff',
  '@anthropic-ai/sdk#Anthropic': 'the anthropic SDK default of 2 retries with backoff',
  '@langchain/openai#ChatOpenAI': 'the LangChain.js default of 6 retries',
  '@langchain/anthropic#ChatAnthropic': 'the LangChain.js default of 6 retries',
  'ai#generateText': 'the AI SDK default of 2 retries with exponential backoff',
  'ai#streamText': 'the AI SDK default of 2 retries with exponential backoff',
  'ai#generateObject': 'the AI SDK default of 2 retries with exponential backoff',
  'ai#streamObject': 'the AI SDK default of 2 retries with exponential backoff',
  'ai#embed': 'the AI SDK default of 2 retries with exponential backoff',
  'ai#embedMany': 'the AI SDK default of 2 retries with exponential backoff',
};

/**
 * Turning SDK retries off is right when something else retries or falls back: LangChain
 * `with_fallbacks`/`with_retry`, tenacity, backoff, stamina. Then the file is left alone.
 */
const OTHER_RETRY = /with_fallbacks|withFallbacks|with_retry|withRetry|tenacity|\bbackoff\b|stamina|p-retry|async-retry|\bretry\(/;

export const retriesDisabledCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/retries-disabled',
    title: 'Model SDK retries switched off',
    description:
      'A model client or AI SDK call sets max_retries / maxRetries to 0. The SDKs retry connection errors, 408/409/429 and 5xx responses with backoff by default ' +
      '(OpenAI and Anthropic SDKs and the AI SDK: 2 retries); with 0 every rate limit or transient provider error fails the agent turn. ' +
      'Files that retry or fall back another way (with_fallbacks, with_retry, tenacity, backoff) are not flagged.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['ASI08'],
    remediation: 'Remove `max_retries=0` / `maxRetries: 0` to get the SDK default, or set a small positive value; if you disabled retries to fail over fast, add the fallback (`llm.with_fallbacks([...])`).',
    docs: 'https://github.com/openai/openai-python#retries',
    frameworks: ['openai-sdk', 'anthropic-sdk', 'langchain', 'vercel-ai-sdk'],
    knows: [
      'openai and anthropic SDKs (Python, TS): `max_retries` / `maxRetries`, default 2',
      'langchain-openai / langchain-anthropic / langchain-google-genai `max_retries`; LangChain.js `maxRetries` (default 6)',
      'ai 3.x–7.x: `maxRetries` on generateText/streamText/generateObject/streamObject/embed/embedMany (default 2)',
    ],
    precision: 'high',
  },
  {
    textHas: [/max_retries|maxRetries/],
    textLacks: [OTHER_RETRY],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, name: string, keyword: string, defaultText: string): void =>
        context.report({
          ...spanOf(node),
          message: `${name}(...) sets ${keyword} to 0, replacing ${defaultText}, so one rate limit or transient provider error fails the call.`,
          fingerprintContent: `${name}:${keyword}=0`,
          // The value node is the literal 0: restore the SDK's own default.
          fix: { description: `${keyword}=${context.heal.modelMaxRetries}`, edits: [replaceNode(node, String(context.heal.modelMaxRetries))] },
        });
      if (isPython(file)) {
        const imports = pythonImportMap(tree);
        for (const call of calls(tree)) {
          const name = qualifiedCallee(call, imports);
          const value = keywordArgument(call, 'max_retries');
          if (!value || numberValue(value) !== 0) continue;
          const defaultText = PYTHON_DEFAULTS[name] ?? (name.endsWith('.with_options') ? 'the SDK default of 2 retries with backoff' : undefined);
          if (!defaultText) continue;
          report(value, name.split('.').pop()!, 'max_retries', defaultText);
        }
        return;
      }
      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        const written = tsCalleeText(call);
        const defaultText = TS_DEFAULTS[imports.get(written) ?? ''];
        if (!defaultText) continue;
        const value = objectProperty(tsArguments(call)[0], 'maxRetries');
        if (!value || tsNumberValue(value) !== 0) continue;
        report(value, call.type === 'new_expression' ? `new ${written}` : written, 'maxRetries', defaultText);
      }
    },
  },
);
