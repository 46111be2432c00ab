import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calls, calleeText, dictValue, hasDictSplat, keywordArgument, numberValue, pythonImportMap, qualifiedCallee, stringValue } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { addObjectProperty } from '../../heal/ts-edits.js';
import { pyAssignedValues, pyKeywordSet, pyResolveString, pyUnwrap, tsImportsFrom, pyImportsFrom, tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { isLocalEndpoint, isMediaOutputModel, isReasoningModel } from './output-cap-exemptions.js';
import { retiredModel } from '../reliability/retired-models.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import type { TextEdit } from '../../heal/types.js';
import { spanOf } from '../ast/span.js';

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

const CHAT: CapSpec = { what: 'chat.completions.create', keys: ['max_tokens', 'max_completion_tokens'], api: "the Chat Completions API then allows up to the model's maximum output", write: 'max_completion_tokens' };
const RESPONSES: CapSpec = { what: 'responses.create', keys: ['max_output_tokens'], api: "the Responses API then allows up to the model's maximum output", write: 'max_output_tokens' };
const GEMINI: CapSpec = { what: 'GenerateContentConfig', keys: ['max_output_tokens'], api: "Gemini then allows up to the model's maximum output (8k tokens on 2.0 Flash, 65k on 2.5 and later)", write: 'max_output_tokens' };
const CHAT_OPENAI: CapSpec = { what: 'ChatOpenAI', keys: ['max_tokens', 'max_completion_tokens'], api: "LangChain leaves max_tokens unset, so the model's maximum output applies", write: 'max_tokens' };
const MODEL_SETTINGS: CapSpec = { what: 'ModelSettings', keys: ['max_tokens'], api: "max_tokens defaults to None, so every turn may run to the model's maximum output", write: 'max_tokens' };
const AI_SDK: CapSpec = { what: '', keys: ['maxOutputTokens', 'maxTokens'], api: "the AI SDK sends no limit by default, so the provider's maximum applies", write: 'maxOutputTokens' };
const TS_CHAT: CapSpec = { what: 'chat.completions.create', keys: ['max_tokens', 'max_completion_tokens'], api: "the Chat Completions API then allows up to the model's maximum output", write: 'max_completion_tokens' };
const TS_RESPONSES: CapSpec = { what: 'responses.create', keys: ['max_output_tokens'], api: "the Responses API then allows up to the model's maximum output", write: 'max_output_tokens' };
const TS_CHAT_OPENAI: CapSpec = { what: 'ChatOpenAI', keys: ['maxTokens', 'maxCompletionTokens'], api: "LangChain leaves maxTokens unset, so the model's maximum output applies", write: 'maxTokens' };

function pythonSpec(call: SyntaxNode, qualified: string, importsOpenAi: boolean): CapSpec | undefined {
  const written = calleeText(call);
  if (importsOpenAi && /(^|\.)chat\.completions\.create$/.test(written)) return CHAT;
  if (importsOpenAi && /(^|\.)responses\.create$/.test(written)) return RESPONSES;
  if (/^google\.genai\.types\.GenerateContentConfig$|^google\.genai\.GenerateContentConfig$/.test(qualified)) return GEMINI;
  if (/^langchain_openai(\.chat_models)?\.ChatOpenAI$|^langchain_openai\.AzureChatOpenAI$/.test(qualified)) return CHAT_OPENAI;
  if (/^agents(\.model_settings)?\.ModelSettings$/.test(qualified)) return MODEL_SETTINGS;
  return undefined;
}

/** The call a config object is handed to: `f(config=X(...))` directly, or `cfg = X(...)` then `f(config=cfg)` in the module. */
function ownerCall(config: SyntaxNode, tree: SyntaxTree, keys: readonly string[]): SyntaxNode | undefined {
  const parent = config.parent;
  if (parent?.type === 'keyword_argument' && keys.includes(parent.childForFieldName('name')?.text ?? '')) {
    return parent.parent?.parent?.type === 'call' ? parent.parent.parent : undefined;
  }
  const left = parent?.type === 'assignment' ? parent.childForFieldName('left') : undefined;
  if (left?.type !== 'identifier') return undefined;
  return calls(tree).find((call) => keys.some((key) => keywordArgument(call, key)?.text === left.text));
}

/** Keywords that ask for a structured (schema-checked) answer, on the call or on the agent that owns its config. */
const STRUCTURED_KEYWORDS = ['response_format', 'text_format', 'response_schema', 'response_json_schema', 'output_schema', 'output_type'];

/**
 * True when the capped call's answer is parsed against a schema: `client.chat.completions.parse(...)`,
 * `response_format=`/`text_format=`, a GenerateContentConfig or ModelSettings whose agent has
 * `output_schema=`/`output_type=`, or a LangChain chat model in a file that calls `with_structured_output`.
 */
function pyStructuredOutput(call: SyntaxNode, tree: SyntaxTree, text: string): boolean {
  if (/\.parse$/.test(calleeText(call))) return true;
  if (STRUCTURED_KEYWORDS.some((key) => keywordArgument(call, key))) return true;
  if (/json/i.test(stringValue(keywordArgument(call, 'response_mime_type')) ?? '')) return true;
  const owner = ownerCall(call, tree, ['config', 'generate_content_config', 'model_settings']);
  if (owner && STRUCTURED_KEYWORDS.some((key) => keywordArgument(owner, key))) return true;
  return /Chat[A-Z]\w*$/.test(calleeText(call)) && text.includes('with_structured_output');
}

/** A model id written as a string, a module constant, or the `model=` of a model object (`LitellmModel(model="…")`). */
function pyModelName(node: SyntaxNode | undefined, tree: SyntaxTree): string | undefined {
  const value = pyUnwrap(node);
  if (value?.type === 'call') return pyModelName(keywordArgument(value, 'model'), tree);
  return pyResolveString(value, tree);
}

/** `client` in `client.chat.completions.create(...)` → the `OpenAI(...)` it was built from, when the module shows it. */
function pyClientOf(call: SyntaxNode, tree: SyntaxTree): SyntaxNode | undefined {
  let base = call.childForFieldName('function');
  while (base?.type === 'attribute') base = base.childForFieldName('object');
  if (base?.type === 'call') return base;
  if (base?.type !== 'identifier') return undefined;
  const built = pyUnwrap(pyAssignedValues(tree.rootNode, base.text).at(-1));
  return built?.type === 'call' ? built : undefined;
}

function servedLocally(client: SyntaxNode | undefined, tree: SyntaxTree): boolean {
  const url = client && pyResolveString(keywordArgument(client, 'base_url') ?? keywordArgument(client, 'openai_api_base'), tree);
  return url !== undefined && isLocalEndpoint(url);
}

/**
 * True where no output cap is the right setting (see output-cap-exemptions.ts): reasoning and media
 * models, models served on this machine, and Agents SDK settings whose agent runs the SDK's default
 * model (a gpt-5 reasoning model) or one the module does not name.
 */
function pyNeedsNoCap(call: SyntaxNode, spec: CapSpec, tree: SyntaxTree): boolean {
  let model: string | undefined;
  if (spec === MODEL_SETTINGS) {
    if (pyKeywordSet(call, 'reasoning')) return true;
    const agent = ownerCall(call, tree, ['model_settings']);
    model = agent ? pyModelName(keywordArgument(agent, 'model'), tree) : undefined;
    if (model === undefined) return true;
  } else if (spec === GEMINI) {
    const thinking = pyUnwrap(keywordArgument(call, 'thinking_config'));
    if (thinking && thinking.type !== 'none' && !(thinking.type === 'call' && numberValue(keywordArgument(thinking, 'thinking_budget')) === 0)) return true;
    if (/IMAGE|AUDIO/.test(keywordArgument(call, 'response_modalities')?.text ?? '')) return true;
    const owner = ownerCall(call, tree, ['config', 'generate_content_config']);
    model = owner ? pyModelName(keywordArgument(owner, 'model'), tree) : undefined;
  } else {
    if (pyKeywordSet(call, 'reasoning_effort') || pyKeywordSet(call, 'reasoning')) return true;
    model = pyModelName(keywordArgument(call, 'model') ?? keywordArgument(call, 'model_name'), tree);
    if (servedLocally(spec === CHAT_OPENAI ? call : pyClientOf(call, tree), tree)) return true;
  }
  return model !== undefined && needsNoTextCap(model);
}

/**
 * Reasoning and media models need no text-sized cap (output-cap-exemptions.ts). A retired model counts
 * as the successor reliability/retired-model heals it to: a 1024 cap written next to `gemini-2.0-flash`
 * would starve the thinking model (`gemini-3.5-flash`) the same heal puts there, and answers come back empty.
 */
function needsNoTextCap(model: string): boolean {
  const successor = retiredModel(model)?.replacement;
  return [model, ...(successor ? [successor] : [])].some((id) => isReasoningModel(id) || isMediaOutputModel(id));
}

/** TS: the model id inside `model: 'o3'` or `model: openai('o3')`, when written literally. */
function tsModelName(options: SyntaxNode): string | undefined {
  const text = objectProperty(options, 'model')?.text;
  return text ? /['"`]([^'"`]+)['"`]/.exec(text)?.[1] : undefined;
}

export const noOutputTokenCapCheck = defineRule(
  {
    id: 'finops/no-output-token-cap',
    title: 'Model call with no output token cap',
    description:
      'A model call or model config sets no maximum output length where the API has none by default: OpenAI chat.completions/responses, ' +
      'Gemini GenerateContentConfig (also ADK generate_content_config), LangChain ChatOpenAI, OpenAI Agents ModelSettings, Vercel AI SDK ' +
      'generateText/streamText. A looping or verbose generation then bills up to the model maximum on every call. Anthropic requires max_tokens and is never flagged. ' +
      'It is a note, not a warning: every one of these models has a fixed maximum output (4k to 64k tokens), so the default is bounded ' +
      'and a cap is cost hygiene sized to the task, not a defect; as a warning it fired on nearly every model call and config. It stays ' +
      'silent where a cap would do harm or bound nothing: reasoning and thinking models (o-series, gpt-5, gpt-oss, DeepSeek R1, Gemini 2.5 ' +
      'and later, or a reasoning=/reasoning_effort=/thinking_config= setting), whose reasoning tokens count against the cap so a small cap ' +
      'returns an empty, still billed answer; image and audio output; servers on localhost or the local network; and Agents SDK ' +
      'ModelSettings whose agent names no model (the SDK default is a gpt-5 reasoning model) or one the module does not spell out.',
    persona: 'finops',
    category: 'finops',
    severity: 'note',
    fixability: 'one-click',
    tags: ['LLM10:2025', 'CWE-770'],
    remediation:
      'Set an output cap sized to the task: max_completion_tokens / max_output_tokens (OpenAI), max_output_tokens (Gemini), max_tokens ' +
      '(ChatOpenAI, ModelSettings), maxOutputTokens (AI SDK 5; maxTokens in v4).',
    docs: 'https://platform.openai.com/docs/api-reference/chat/create#chat-create-max_completion_tokens',
    frameworks: ['openai-sdk', 'google-genai', 'google-adk', 'langchain', 'openai-agents', 'vercel-ai-sdk'],
    precision: 'high',
  },
  {
    textHas: [/completions|responses|GenerateContentConfig|ChatOpenAI|ModelSettings|generateText|streamText/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, callee: string, spec: CapSpec, edits: TextEdit[]) =>
        context.report({
          ...spanOf(node),
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
          if (pyNeedsNoCap(call, spec, tree)) continue;
          // ChatOpenAI(model_kwargs={"max_tokens": ...}) and openai extra_body={"max_tokens": ...} also cap.
          const extras = [keywordArgument(call, 'model_kwargs'), keywordArgument(call, 'extra_body')];
          if (extras.some((extra) => spec.keys.some((key) => dictValue(extra, key)))) continue;
          // A capped structured answer that runs out of tokens is invalid JSON: `.parse()` raises
          // LengthFinishReasonError, an agent's output_type/output_schema fails validation. No automatic cap there.
          const edit = pyStructuredOutput(call, tree, file.text) ? undefined : addKeywordArgument(call, file.text, spec.write, String(context.heal.maxOutputTokens));
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
        const model = tsModelName(options);
        if (model !== undefined && needsNoTextCap(model)) continue;
        // A structured answer cut short fails to parse (AI SDK `output`/`experimental_output`, OpenAI `response_format`): no automatic cap.
        const structured = ['experimental_output', 'output', 'response_format'].some((key) => objectProperty(options, key));
        report(call, written, spec, structured ? [] : (addObjectProperty(options, file.text, spec.write, String(context.heal.maxOutputTokens)) ?? []));
      }
    },
  },
);
