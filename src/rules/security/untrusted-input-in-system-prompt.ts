import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, decoratorName, decoratorsOf, enclosingFunction, keywordArgument, positionalArguments, stringValue } from '../ast/python.js';
import { objectProperty, tsArguments, tsCalleeText, tsStringValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { PY_OR_TS, quoteNames } from './support/common.js';
import { PythonTaint } from './support/python-taint.js';
import { enclosingTsFunction } from './support/sinks.js';
import { TsTaint } from './support/ts-taint.js';
import { spanOf } from '../ast/span.js';

/** Keyword arguments that set an agent's or model's system-level instructions across ADK, OpenAI Agents, Pydantic AI, CrewAI, Anthropic, LangGraph. */
const PY_SYSTEM_KEYWORDS = new Set(['instruction', 'instructions', 'global_instruction', 'system_prompt', 'system', 'system_message', 'backstory', 'prompt']);
const TS_SYSTEM_KEYS = new Set(['system', 'instructions', 'instruction', 'systemPrompt']);
const PY_REQUEST_FIELDS = new Set(['json', 'get_json', 'args', 'form', 'values', 'data', 'query_params', 'path_params', 'body', 'files', 'cookies', 'headers', 'get_data', 'stream']);
const TS_REQUEST_FIELDS = new Set(['body', 'query', 'params', 'headers', 'cookies', 'json', 'formData', 'text', 'param', 'searchParams']);
const ROUTE_DECORATOR = /^[A-Za-z_]\w*\.(get|post|put|patch|delete|route|api_route|websocket)$/;
/** Framework-injected handler parameters that are not request payload. */
const NON_PAYLOAD_TYPES = /\b(Request|Response|BackgroundTasks|WebSocket|HTTPConnection|Session|AsyncSession|Settings)\b/;

export const untrustedInputInSystemPromptCheck = defineRule(
  {
    id: 'security/untrusted-input-in-system-prompt',
    title: 'Request data formatted into system instructions',
    description:
      'HTTP request data (Flask request.json/args/form, FastAPI body/query parameters, Starlette request.json(), Express req.body/req.query, ' +
      'Next.js/Hono request.json()) is interpolated into an agent\'s system-level instructions: ADK instruction=, OpenAI Agents instructions=, ' +
      'Pydantic AI system_prompt=, CrewAI backstory=, SystemMessage, {"role": "system"}, AI SDK system:. Models give system text the highest authority, ' +
      'so a caller can rewrite the agent\'s rules, tools policy and guardrails (direct prompt injection).',
    persona: 'secops',
    category: 'security',
    severity: 'warning',
    fixability: 'structural',
    tags: ['security', 'CWE-77', 'CWE-1427', 'LLM01:2025', 'ASI01'],
    remediation:
      'Keep system instructions constant (or built only from server-side data) and send the caller\'s text as a user-role message. If a request field must ' +
      'shape behaviour, map it to a fixed set of server-side options (an enum of personas or locales) instead of interpolating it.',
    docs: 'https://genai.owasp.org/llmrisk/llm01-prompt-injection/',
    frameworks: ['google-adk', 'openai-agents', 'pydantic-ai', 'crewai', 'langchain', 'vercel-ai-sdk', 'mastra'],
    precision: 'high',
    securitySeverity: 6.5,
  },
  {
    appliesTo: (file) => PY_OR_TS(file.language),
    async run(context) {
      const { file } = context;
      const reportIfTainted = (sink: Sink, engine: PythonTaint | TsTaint): void => {
        if (!engine.isTainted(sink.value)) return;
        const names = engine.taintedNames(sink.value);
        context.report({
          ...spanOf(sink.value),
          message: `${sink.label} receives request data${names.length ? ` ${quoteNames(names)}` : ''}; system instructions outrank user messages, so the caller can rewrite the agent's rules; send it as a user-role message instead.`,
          fingerprintContent: `${sink.label}|${names.join(',')}`,
        });
      };
      if (file.language === 'python') {
        if (!/\brequest\b|@\w+\.(get|post|put|patch|route|api_route|websocket)\b/.test(file.text)) return;
        if (!/\b(instructions?|system_prompt|system|system_message|backstory|global_instruction|SystemMessage)\b/.test(file.text)) return;
        const tree = await context.tree();
        if (!tree) return;
        const engines = new Map<number, PythonTaint>();
        const engineFor = (node: SyntaxNode): PythonTaint => {
          const scope = enclosingFunction(node) ?? node.tree.rootNode;
          let engine = engines.get(scope.id);
          if (!engine) engines.set(scope.id, (engine = new PythonTaint(scope, scope.type === 'function_definition' ? handlerPayloadParams(scope) : [], { isSource: isPythonRequestSource })));
          return engine;
        };
        for (const sink of pythonSystemSinks(tree.rootNode)) reportIfTainted(sink, engineFor(sink.value));
        return;
      }
      if (!/\b(req|request)\b/.test(file.text) || !/\b(system|instructions?|systemPrompt|SystemMessage)\b/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const engines = new Map<number, TsTaint>();
      for (const sink of tsSystemSinks(tree.rootNode)) {
        const scope = enclosingTsFunction(sink.value);
        if (!scope) continue;
        let engine = engines.get(scope.id);
        if (!engine) engines.set(scope.id, (engine = new TsTaint(scope, [], { isSource: isTsRequestSource })));
        reportIfTainted(sink, engine);
      }
    },
  },
);

interface Sink {
  label: string;
  value: SyntaxNode;
}

function pythonSystemSinks(root: SyntaxNode): Sink[] {
  const sinks: Sink[] = [];
  for (const call of root.descendantsOfType('call')) {
    const callee = calleeText(call);
    const last = callee.split('.').pop() ?? '';
    for (const keyword of PY_SYSTEM_KEYWORDS) {
      // `prompt=` is the user turn in most APIs; it is system text only for LangGraph's create_react_agent.
      if (keyword === 'prompt' && !/create_react_agent|create_agent/.test(last)) continue;
      const value = keywordArgument(call, keyword);
      if (value) sinks.push({ label: `${callee}(${keyword}=...)`, value });
    }
    if (last === 'SystemMessage' || last === 'SystemMessagePromptTemplate.from_template' || /SystemMessagePromptTemplate\.from_template$/.test(callee)) {
      const value = keywordArgument(call, 'content') ?? keywordArgument(call, 'template') ?? positionalArguments(call)[0];
      if (value) sinks.push({ label: `${last}(...)`, value });
    }
  }
  for (const dict of root.descendantsOfType('dictionary')) {
    let role: string | undefined;
    let content: SyntaxNode | undefined;
    for (const pair of dict.namedChildren) {
      if (pair.type !== 'pair') continue;
      const key = stringValue(pair.childForFieldName('key') ?? undefined);
      if (key === 'role') role = stringValue(pair.childForFieldName('value') ?? undefined);
      if (key === 'content') content = pair.childForFieldName('value') ?? undefined;
    }
    if ((role === 'system' || role === 'developer') && content) sinks.push({ label: `{"role": "${role}", "content": ...}`, value: content });
  }
  // ChatPromptTemplate.from_messages([("system", ...), ("human", "{input}")])
  for (const tuple of root.descendantsOfType('tuple')) {
    const [first, second] = tuple.namedChildren;
    if (stringValue(first) === 'system' && second && tuple.namedChildren.length === 2) sinks.push({ label: '("system", ...) message', value: second });
  }
  return sinks;
}

/** FastAPI/Flask route handler parameters: query, path and body values the caller chooses. */
function handlerPayloadParams(fn: SyntaxNode): string[] {
  if (!decoratorsOf(fn).some((decorator) => ROUTE_DECORATOR.test(decoratorName(decorator)))) return [];
  const names: string[] = [];
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const name = parameter.type === 'identifier' ? parameter.text : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'))?.text;
    if (!name || name === 'self') continue;
    if (NON_PAYLOAD_TYPES.test(parameter.childForFieldName('type')?.text ?? '')) continue;
    if (/^(Depends|Security)\(/.test(parameter.childForFieldName('value')?.text ?? '')) continue;
    names.push(name);
  }
  return names;
}

function isPythonRequestSource(node: SyntaxNode): boolean {
  if (node.type !== 'attribute') return false;
  const object = node.childForFieldName('object');
  const field = node.childForFieldName('attribute')?.text ?? '';
  return object?.type === 'identifier' && /^(request|req)$/.test(object.text) && PY_REQUEST_FIELDS.has(field);
}

function tsSystemSinks(root: SyntaxNode): Sink[] {
  const sinks: Sink[] = [];
  for (const object of root.descendantsOfType('object')) {
    for (const key of TS_SYSTEM_KEYS) {
      const value = objectProperty(object, key);
      if (value) sinks.push({ label: `${key}:`, value });
    }
    const role = tsStringValue(objectProperty(object, 'role'));
    const content = objectProperty(object, 'content');
    if ((role === 'system' || role === 'developer') && content) sinks.push({ label: `{ role: '${role}', content }`, value: content });
  }
  for (const call of root.descendantsOfType('new_expression')) {
    if (tsCalleeText(call).endsWith('SystemMessage')) {
      const value = tsArguments(call)[0];
      if (value) sinks.push({ label: 'new SystemMessage(...)', value });
    }
  }
  return sinks;
}

/** `req.body`, `request.query`, `await request.json()`, Hono `c.req.json()`/`c.req.query('x')`. */
function isTsRequestSource(node: SyntaxNode): boolean {
  if (node.type !== 'member_expression') return false;
  const object = node.childForFieldName('object');
  const property = node.childForFieldName('property')?.text ?? '';
  if (!object || !TS_REQUEST_FIELDS.has(property)) return false;
  if (object.type === 'identifier') return /^(req|request)$/.test(object.text);
  return object.type === 'member_expression' && object.childForFieldName('property')?.text === 'req';
}
