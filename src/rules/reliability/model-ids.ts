import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, positionalArguments, stringValue } from '../ast/python.js';
import { tsArguments, tsCalleeText, tsImportMap, tsStringValue } from '../ast/typescript.js';
import type { RuleContext } from '../define.js';
import { isPython, isYaml, lastSegment } from './shared.js';
import { spanOf } from '../ast/span.js';

/** A model id written as a string literal where a model is chosen. Offsets cover the literal. */
export interface ModelIdUse {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Keyword/property names that take a model id. */
const PY_MODEL_KEYWORDS = new Set(['model', 'model_name', 'model_id', 'llm', 'deployment_name']);
const TS_MODEL_KEYS = new Set(['model', 'modelName', 'modelId']);

/** Python callables whose first positional argument is a model id. */
const PY_MODEL_FIRST_ARG = new Set([
  'ChatOpenAI', 'AzureChatOpenAI', 'ChatAnthropic', 'ChatGoogleGenerativeAI', 'ChatVertexAI', 'ChatLiteLLM', 'init_chat_model',
  'LiteLlm', 'LLM', 'GenerativeModel', 'Gemini', 'OpenAIModel', 'OpenAIChatModel', 'OpenAIResponsesModel', 'AnthropicModel', 'GeminiModel',
  'GoogleModel', 'LiteLLMModel', 'OpenAIServerModel', 'completion', 'acompletion',
]);

/** Pydantic AI `Agent('openai:gpt-4o')`: only a provider-prefixed first argument counts, so CrewAI/ADK Agent(...) are not confused. */
function looksPrefixed(value: string): boolean {
  return /^[a-z][a-z0-9_-]*[:/][\w.@-]+$/i.test(value);
}

/** `MODEL = "..."`, `DEFAULT_MODEL_NAME = "..."`, `llm_model = "..."`. */
const MODEL_VARIABLE = /(^|_)(model|llm)(_name|_id)?$/i;

function pyLiteral(node: SyntaxNode | undefined): ModelIdUse | undefined {
  const value = stringValue(node);
  return node && value ? { value, ...spanOf(node) } : undefined;
}

function pythonModelIds(tree: SyntaxTree): ModelIdUse[] {
  const found: ModelIdUse[] = [];
  const push = (use: ModelIdUse | undefined): void => {
    if (use && !found.some((known) => known.start === use.start)) found.push(use);
  };
  for (const node of tree.rootNode.descendantsOfType(['keyword_argument', 'pair', 'assignment', 'call'])) {
    if (node.type === 'keyword_argument') {
      if (PY_MODEL_KEYWORDS.has(node.childForFieldName('name')?.text ?? '')) push(pyLiteral(node.childForFieldName('value') ?? undefined));
    } else if (node.type === 'pair') {
      const key = stringValue(node.childForFieldName('key') ?? undefined);
      if (key && PY_MODEL_KEYWORDS.has(key)) push(pyLiteral(node.childForFieldName('value') ?? undefined));
    } else if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const name = left?.type === 'identifier' ? left.text : left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
      if (name && MODEL_VARIABLE.test(name)) push(pyLiteral(node.childForFieldName('right') ?? undefined));
    } else {
      const name = lastSegment(calleeText(node));
      const first = positionalArguments(node)[0];
      if (PY_MODEL_FIRST_ARG.has(name)) push(pyLiteral(first));
      else if (name === 'Agent') {
        const use = pyLiteral(first);
        if (use && looksPrefixed(use.value)) push(use);
      }
    }
  }
  return found;
}

/** AI SDK provider factories: `openai('gpt-4o')`, `anthropic.messages('...')`, `google('gemini-2.5-flash')`. */
const TS_PROVIDER_MODULE = /^@ai-sdk\/|^@openrouter\/ai-sdk-provider$|^ollama-ai-provider/;

function tsModelIds(tree: SyntaxTree): ModelIdUse[] {
  const found: ModelIdUse[] = [];
  const push = (node: SyntaxNode | undefined): void => {
    const value = tsStringValue(node);
    if (node && value && !found.some((known) => known.start === node.startIndex)) found.push({ value, ...spanOf(node) });
  };
  const imports = tsImportMap(tree);
  for (const node of tree.rootNode.descendantsOfType(['pair', 'call_expression', 'variable_declarator'])) {
    if (node.type === 'pair') {
      const key = node.childForFieldName('key');
      const keyText = key?.type === 'string' ? key.text.slice(1, -1) : key?.text;
      if (keyText && TS_MODEL_KEYS.has(keyText)) push(node.childForFieldName('value') ?? undefined);
    } else if (node.type === 'variable_declarator') {
      const name = node.childForFieldName('name')?.text ?? '';
      if (/(^|_)(MODEL|LLM)(_NAME|_ID)?$/.test(name) || /^(default|)[mM]odel(Name|Id)?$/.test(name)) push(node.childForFieldName('value') ?? undefined);
    } else {
      const written = tsCalleeText(node);
      const head = written.split('.')[0] ?? '';
      const source = imports.get(head) ?? '';
      if (TS_PROVIDER_MODULE.test(source.split('#')[0] ?? '')) push(tsArguments(node)[0]);
    }
  }
  return found;
}

/** YAML `model:` / `llm:` / `model_name:` values (CrewAI agents.yaml, ADK agent configs, LiteLLM configs). Comments never match. */
function yamlModelIds(text: string): ModelIdUse[] {
  const found: ModelIdUse[] = [];
  const pattern = /^([ \t-]*)(model|llm|model_name|model_id)[ \t]*:[ \t]*(["']?)([A-Za-z0-9][\w.:/@-]*)\3[ \t]*(?:#.*)?$/gm;
  for (const match of text.matchAll(pattern)) {
    const value = match[4]!;
    const start = match.index + match[0].indexOf(value, match[1]!.length + match[2]!.length);
    found.push({ value, start, end: start + value.length });
  }
  return found;
}

/** Every model id a file chooses, read from YAML text or from the Python/TypeScript tree. */
export async function modelIdUsesOf(context: Pick<RuleContext, 'file' | 'tree'>): Promise<ModelIdUse[]> {
  if (isYaml(context.file)) return yamlModelIds(context.file.text);
  const tree = await context.tree();
  if (!tree) return [];
  return isPython(context.file) ? pythonModelIds(tree) : tsModelIds(tree);
}
