import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, calls, enclosingFunction, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { pyAssignedValues, pyUnwrap, tsOptions, tsQualifiedCallee, tsUnwrap } from './support.js';
import { spanOf } from '../ast/span.js';

/** Python parsers that turn free text into data, and which argument holds the text. */
const PY_PARSERS: ReadonlyMap<string, number> = new Map([
  ['json.loads', 0],
  ['eval', 0],
  ['ast.literal_eval', 0],
  ['re.search', 1],
  ['re.match', 1],
  ['re.fullmatch', 1],
  ['re.findall', 1],
  ['re.finditer', 1],
]);

type Source = 'OpenAI chat completion' | 'OpenAI response' | 'OpenAI Agents result' | 'Anthropic message' | 'Gemini response' | 'LangChain model reply' | 'AI SDK generateText result';

/** Drop text clean-ups around the value: `x.strip()`, `x.replace("```json", "")`, `str(x)`. */
function pyPeel(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let current = pyUnwrap(node);
  for (;;) {
    if (current?.type !== 'call') return current;
    const callee = current.childForFieldName('function');
    if (callee?.type === 'attribute' && /^(strip|lstrip|rstrip|replace|removeprefix|removesuffix|lower)$/.test(callee.childForFieldName('attribute')?.text ?? '')) {
      current = pyUnwrap(callee.childForFieldName('object') ?? undefined);
    } else if (callee?.text === 'str') {
      current = pyUnwrap(positionalArguments(current)[0]);
    } else return current;
  }
}

interface Classified {
  source: Source;
  /** The variable the model call was assigned to (to look for structured-output options there). */
  base?: string;
  /** Whether the shape alone proves model output even when the producing call is not found. */
  certain: boolean;
}

function pyClassify(expression: string): Classified | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\w+)(?:\.\w+)*\.choices\[0\]\.message\.content$/.exec(expression))) return { source: 'OpenAI chat completion', base: match[1]!, certain: true };
  if ((match = /^(\w+)\.output_text$/.exec(expression))) return { source: 'OpenAI response', base: match[1]!, certain: true };
  if ((match = /^(\w+)\.final_output$/.exec(expression))) return { source: 'OpenAI Agents result', base: match[1]!, certain: true };
  if ((match = /^(\w+)\.content\[0\]\.text$/.exec(expression))) return { source: 'Anthropic message', base: match[1]!, certain: false };
  if ((match = /^(\w+)\.text$/.exec(expression))) return { source: 'Gemini response', base: match[1]!, certain: false };
  if ((match = /^(\w+)\.content$/.exec(expression))) return { source: 'LangChain model reply', base: match[1]!, certain: false };
  return undefined;
}

/** Does the call that produced `base` match the source, and did it already ask for structured output? */
function pyOrigin(scope: SyntaxNode, base: string, source: Source, fileText: string): 'model' | 'structured' | 'unknown' | 'other' {
  if (source === 'OpenAI Agents result') return /output_type\s*=/.test(fileText) ? 'structured' : 'model';
  const values = pyAssignedValues(scope, base).map((value) => pyUnwrap(value)).filter((value): value is SyntaxNode => value?.type === 'call');
  const value = values[values.length - 1];
  if (!value) return 'unknown';
  const callee = calleeText(value);
  const has = (...names: string[]) => names.some((name) => keywordArgument(value, name));
  switch (source) {
    case 'OpenAI chat completion':
      if (!/completions\.(create|parse)$/.test(callee)) return 'other';
      return /\.parse$/.test(callee) || has('response_format') ? 'structured' : 'model';
    case 'OpenAI response':
      if (!/responses\.(create|parse)$/.test(callee)) return 'other';
      return /\.parse$/.test(callee) || has('text_format', 'text') ? 'structured' : 'model';
    case 'Anthropic message':
      return /messages\.create$/.test(callee) ? 'model' : 'other';
    case 'Gemini response':
      if (!/generate_content$/.test(callee)) return 'other';
      return /response_schema|response_mime_type|response_json_schema/.test(fileText) ? 'structured' : 'model';
    case 'LangChain model reply':
      if (!/(^|\.)a?invoke$/.test(callee)) return 'other';
      return /with_structured_output|response_format|json_mode|JsonOutputParser|PydanticOutputParser/.test(fileText) ? 'structured' : 'model';
    default:
      return 'other';
  }
}

function pyModelOutput(argument: SyntaxNode | undefined, fileText: string, tree: SyntaxTree, depth = 0): Source | undefined {
  const value = pyPeel(argument);
  if (!value) return undefined;
  const scope = enclosingFunction(value) ?? tree.rootNode;
  if (value.type === 'identifier' && depth === 0) {
    const assigned = pyAssignedValues(scope, value.text);
    const last = assigned[assigned.length - 1];
    return last ? pyModelOutput(last, fileText, tree, depth + 1) : undefined;
  }
  const classified = pyClassify(value.text.replace(/\s+/g, ''));
  if (!classified?.base) return undefined;
  const origin = pyOrigin(scope, classified.base, classified.source, fileText);
  if (origin === 'model' || (origin === 'unknown' && classified.certain)) return classified.source;
  return undefined;
}

const STRUCTURED_REMEDY: Record<Source, string> = {
  'OpenAI chat completion': 'use response_format with a JSON schema or client.chat.completions.parse(response_format=Model)',
  'OpenAI response': 'use client.responses.parse(text_format=Model)',
  'OpenAI Agents result': 'give the Agent an output_type',
  'Anthropic message': 'use a tool with an input_schema (or structured outputs) and read the tool_use block',
  'Gemini response': 'set response_mime_type="application/json" and response_schema in GenerateContentConfig (ADK: output_schema=)',
  'LangChain model reply': 'use llm.with_structured_output(Model)',
  'AI SDK generateText result': 'use generateObject or experimental_output: Output.object({ schema })',
};

/** TS: `completion.choices[0].message.content` (with `?.` and `!` removed). */
function tsModelOutput(argument: SyntaxNode | undefined, tree: SyntaxTree, imports: ReadonlyMap<string, string>): Source | undefined {
  const value = tsUnwrap(argument);
  if (!value) return undefined;
  const scope = scopeOf(value) ?? tree.rootNode;
  const text = value.text.replace(/\s+|\?|!/g, '');
  const chat = /^(\w+)\.choices\[0\]\.message\.content$/.exec(text);
  if (chat) {
    const origin = declaredCall(scope, chat[1]!);
    if (origin && (objectProperty(tsOptions(origin), 'response_format') || /\.parse$/.test(tsCalleeText(origin)))) return undefined;
    return 'OpenAI chat completion';
  }
  const aiText = /^(\w+)\.text$/.exec(text);
  if (aiText) {
    const origin = declaredCall(scope, aiText[1]!);
    return origin && isPlainGenerateText(origin, imports) ? 'AI SDK generateText result' : undefined;
  }
  if (value.type === 'identifier') {
    // const { text } = await generateText(...)
    for (const declarator of scope.descendantsOfType('variable_declarator')) {
      const pattern = declarator.childForFieldName('name');
      if (pattern?.type !== 'object_pattern') continue;
      const binds = pattern.namedChildren.some(
        (child) =>
          (child.type === 'shorthand_property_identifier_pattern' && child.text === value.text && value.text === 'text') ||
          (child.type === 'pair_pattern' && child.childForFieldName('key')?.text === 'text' && child.childForFieldName('value')?.text === value.text),
      );
      const init = tsUnwrap(declarator.childForFieldName('value') ?? undefined);
      if (binds && init?.type === 'call_expression' && isPlainGenerateText(init, imports)) return 'AI SDK generateText result';
    }
    const init = declaredValue(scope, value.text);
    if (init && init !== value) return tsModelOutput(init, tree, imports);
  }
  return undefined;
}

function scopeOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (/^(function_declaration|function_expression|arrow_function|method_definition|generator_function_declaration)$/.test(current.type)) return current;
  }
  return undefined;
}

function declaredValue(scope: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const declarator of scope.descendantsOfType('variable_declarator')) {
    const target = declarator.childForFieldName('name');
    if (target?.type === 'identifier' && target.text === name) return tsUnwrap(declarator.childForFieldName('value') ?? undefined);
  }
  return undefined;
}

function declaredCall(scope: SyntaxNode, name: string): SyntaxNode | undefined {
  const value = declaredValue(scope, name);
  return value?.type === 'call_expression' ? value : undefined;
}

function isPlainGenerateText(call: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  if (tsQualifiedCallee(call, imports) !== 'ai#generateText') return false;
  const options = tsOptions(call);
  return !objectProperty(options, 'experimental_output') && !objectProperty(options, 'output');
}

export const unstructuredOutputParsingCheck = defineRule(
  {
    id: 'architecture/unstructured-output-parsing',
    title: 'Model output parsed from free text instead of structured output',
    description:
      'Model output is turned into data with json.loads, eval, ast.literal_eval, a regex, or JSON.parse on the raw text (OpenAI ' +
      'choices[0].message.content / output_text, OpenAI Agents final_output, Anthropic content[0].text, Gemini response.text, LangChain ' +
      '.content, AI SDK generateText text) although the provider can return schema-checked output. Free-text parsing breaks on code ' +
      'fences, prose around the JSON and truncation, and eval of model text executes whatever the model wrote. Silent when the producing ' +
      'call already asks for structured output (response_format, parse(), output_type, response_schema, with_structured_output, Output.object).',
    persona: 'architecture',
    category: 'architecture',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM05:2025', 'CWE-20'],
    remediation:
      'Ask the provider for structured output and read the parsed object: response_format / parse(), output_type=, output_schema=, ' +
      'response_schema, with_structured_output, generateObject or Output.object. Validate with the same schema.',
    docs: 'https://platform.openai.com/docs/guides/structured-outputs',
    frameworks: ['openai-sdk', 'openai-agents', 'anthropic-sdk', 'google-genai', 'langchain', 'vercel-ai-sdk'],
    precision: 'high',
  },
  {
    textHas: [/json\.loads|literal_eval|\beval\(|\bre\.|JSON\.parse/, /choices|output_text|final_output|content|text/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (call: SyntaxNode, parser: string, source: Source) =>
        context.report({
          ...spanOf(call),
          message: `${parser}(...) parses the raw ${source} text; free-text parsing breaks on code fences, extra prose and truncation${parser.endsWith('eval') ? ' and eval runs whatever the model wrote' : ''}, so ${STRUCTURED_REMEDY[source]}.`,
          fingerprintContent: `${parser}|${source}`,
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        for (const call of calls(tree)) {
          const parser = qualifiedCallee(call, imports);
          const index = PY_PARSERS.get(parser);
          if (index === undefined) continue;
          const source = pyModelOutput(positionalArguments(call)[index], file.text, tree);
          if (source) report(call, parser, source);
        }
        return;
      }

      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        if (call.type !== 'call_expression' || tsCalleeText(call) !== 'JSON.parse') continue;
        const source = tsModelOutput(tsArguments(call)[0], tree, imports);
        if (source) report(call, 'JSON.parse', source);
      }
    },
  },
);
