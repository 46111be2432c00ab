import type { Node } from 'web-tree-sitter';
import { calls, calleeText, dictValue, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { addObjectProperty } from '../../heal/ts-edits.js';
import { pyImportsFrom, tsImportsFrom, tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import type { TextEdit } from '../../heal/types.js';

/**
 * Only APIs whose output length is unbounded by default are listed. Anthropic's Messages API
 * requires `max_tokens`, so it can never be missing there and is deliberately absent.
 */
interface CapSpec {
  readonly what: string;
  readonly keys: readonly string[];
  readonly api: string;
  /** The key the fix writes: the one the API documents as its output cap. */
  readonly write: string;
}

const CHAT: CapSpec = { what: 'chat.completions.create', keys: ['max_tokens', 'max_completion_tokens'], api: 'the Chat Completions API has no output cap by default', write: 'max_completion_tokens' };
const RESPONSES: CapSpec = { what: 'responses.create', keys: ['max_output_tokens'], api: 'the Responses API has no output cap by default', write: 'max_output_tokens' };
const GEMINI: CapSpec = { what: 'GenerateContentConfig', keys: ['max_output_tokens'], api: "Gemini defaults to the model's maximum output (up to 65k tokens on 2.5 models)", write: 'max_output_tokens' };
const CHAT_OPENAI: CapSpec = { what: 'ChatOpenAI', keys: ['max_tokens', 'max_completion_tokens'], api: 'LangChain leaves max_tokens unset, so the API default (no cap) applies', write: 'max_tokens' };
const MODEL_SETTINGS: CapSpec = { what: 'ModelSettings', keys: ['max_tokens'], api: 'max_tokens defaults to None, so the provider default (no cap) applies to every turn', write: 'max_tokens' };
const AI_SDK: CapSpec = { what: '', keys: ['maxOutputTokens', 'maxTokens'], api: "the AI SDK sends no limit by default, so the provider's maximum applies", write: 'maxOutputTokens' };
const TS_CHAT: CapSpec = { what: 'chat.completions.create', keys: ['max_tokens', 'max_completion_tokens'], api: 'the Chat Completions API has no output cap by default', write: 'max_completion_tokens' };
const TS_RESPONSES: CapSpec = { what: 'responses.create', keys: ['max_output_tokens'], api: 'the Responses API has no output cap by default', write: 'max_output_tokens' };
const TS_CHAT_OPENAI: CapSpec = { what: 'ChatOpenAI', keys: ['maxTokens', 'maxCompletionTokens'], api: 'LangChain leaves maxTokens unset, so the API default (no cap) applies', write: 'maxTokens' };

function pythonSpec(call: Node, qualified: string, importsOpenAi: boolean): CapSpec | undefined {
  const written = calleeText(call);
  if (importsOpenAi && /(^|\.)chat\.completions\.create$/.test(written)) return CHAT;
  if (importsOpenAi && /(^|\.)responses\.create$/.test(written)) return RESPONSES;
  if (/^google\.genai\.types\.GenerateContentConfig$|^google\.genai\.GenerateContentConfig$/.test(qualified)) return GEMINI;
  if (/^langchain_openai(\.chat_models)?\.ChatOpenAI$|^langchain_openai\.AzureChatOpenAI$/.test(qualified)) return CHAT_OPENAI;
  if (/^agents(\.model_settings)?\.ModelSettings$/.test(qualified)) return MODEL_SETTINGS;
  return undefined;
}

export const noOutputTokenCapCheck = defineRule(
  {
    id: 'finops/no-output-token-cap',
    title: 'Model call with no output token cap',
    description:
      'A model call or model config sets no maximum output length where the API has none by default: OpenAI chat.completions/responses, ' +
      'Gemini GenerateContentConfig (also ADK generate_content_config), LangChain ChatOpenAI, OpenAI Agents ModelSettings, Vercel AI SDK ' +
      'generateText/streamText. A looping or verbose generation then bills up to the model maximum on every call. Anthropic requires max_tokens and is never flagged.',
    persona: 'finops',
    category: 'finops',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['LLM10:2025', 'CWE-770'],
    remediation:
      'Set an output cap sized to the task: max_completion_tokens / max_output_tokens (OpenAI), max_output_tokens (Gemini), max_tokens ' +
      '(ChatOpenAI, ModelSettings), maxOutputTokens (AI SDK 5; maxTokens in v4).',
    docs: 'https://platform.openai.com/docs/api-reference/chat/create#chat-create-max_completion_tokens',
    frameworks: ['openai', 'google-genai', 'google-adk', 'langchain', 'openai-agents', 'vercel-ai-sdk'],
    precision: 'high',
  },
  {
    appliesTo: (file) => file.language !== 'other',
    async run(context) {
      const { file } = context;
      if (!/completions|responses|GenerateContentConfig|ChatOpenAI|ModelSettings|generateText|streamText/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const report = (node: Node, callee: string, spec: CapSpec, edits: TextEdit[]) =>
        context.report({
          start: node.startIndex,
          end: node.endIndex,
          message: `${callee}(...) sets no ${spec.keys.join('/')}; ${spec.api}, so one runaway generation bills up to the model maximum.`,
          fingerprintContent: `${callee}|${spec.keys.join('/')}`,
          ...(edits.length > 0
            ? { fix: { description: `${spec.write}${file.language === 'python' ? '=' : ': '}${context.heal.maxOutputTokens} on ${callee}(...)`, edits } }
            : { fixability: 'structural' as const }),
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        const importsOpenAi = pyImportsFrom(imports, ['openai']);
        for (const call of calls(tree)) {
          const spec = pythonSpec(call, qualifiedCallee(call, imports), importsOpenAi);
          if (!spec || hasDictSplat(call)) continue;
          if (spec.keys.some((key) => keywordArgument(call, key))) continue;
          // ChatOpenAI(model_kwargs={"max_tokens": ...}) and openai extra_body={"max_tokens": ...} also cap.
          const extras = [keywordArgument(call, 'model_kwargs'), keywordArgument(call, 'extra_body')];
          if (extras.some((extra) => spec.keys.some((key) => dictValue(extra, key)))) continue;
          const edit = addKeywordArgument(call, file.text, spec.write, String(context.heal.maxOutputTokens));
          report(call, calleeText(call), spec, edit ? [edit] : []);
        }
        return;
      }

      const imports = tsImportMap(tree);
      const importsOpenAi = tsImportsFrom(imports, (module) => module === 'openai');
      for (const call of callExpressions(tree)) {
        const qualified = tsQualifiedCallee(call, imports);
        const written = tsCalleeText(call);
        let spec: CapSpec | undefined;
        if (qualified === 'ai#generateText' || qualified === 'ai#streamText') spec = AI_SDK;
        else if (importsOpenAi && call.type === 'call_expression' && /(^|\.)chat\.completions\.create$/.test(written)) spec = TS_CHAT;
        else if (importsOpenAi && call.type === 'call_expression' && /(^|\.)responses\.create$/.test(written)) spec = TS_RESPONSES;
        else if (call.type === 'new_expression' && /^@langchain\/openai#(Azure)?ChatOpenAI$/.test(qualified)) spec = TS_CHAT_OPENAI;
        if (!spec) continue;
        const options = tsOptions(call);
        // Options built elsewhere or spread in may carry the cap: stay silent.
        if (!options || hasSpread(options)) continue;
        if (spec.keys.some((key) => objectProperty(options, key))) continue;
        report(call, written, spec, addObjectProperty(options, file.text, spec.write, String(context.heal.maxOutputTokens)) ?? []);
      }
    },
  },
);
