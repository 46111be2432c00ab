import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calls, decoratorName, decoratorsOf, importedCallee, keywordArgument, PY_NESTED_SCOPES, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { defineRule } from '../define.js';
import type { Fix } from '../../heal/types.js';
import type { HealValues } from '../../heal/defaults.js';
import { descendantsInScope } from '../ast/within.js';
import { RELIABILITY_BASE, isPython } from './shared.js';

const HTTP_CALL = /^(requests\.(get|post|put|patch|delete|head|request)|httpx\.(get|post|put|patch|delete|head|request|stream|Client|AsyncClient))$/;
/** Decorators that make a function a tool (ADK/OpenAI Agents/LangChain/CrewAI/MCP/Pydantic AI/smolagents). */
const TOOL_DECORATOR = /(^|\.)(tool|function_tool|tool_plain)$/;
/** Retry decorators: tenacity, backoff, stamina, retrying, retry. */
const RETRY_DECORATOR = /(^|\.)(retry|on_exception|on_predicate|retry_context)$/;
/** Transport-level retries configured anywhere in the module. */
const TRANSPORT_RETRY = /HTTPAdapter|urllib3\.util\.retry|from urllib3.*Retry|HTTPTransport\([^)]*retries|RetryTransport|retry_client|RetryClient/;

function toolNames(tree: Parameters<typeof calls>[0]): Set<string> {
  const names = new Set<string>();
  for (const call of calls(tree)) {
    const list = keywordArgument(call, 'tools');
    if (list?.type !== 'list') continue;
    for (const item of list.namedChildren) {
      if (item.type === 'identifier') names.add(item.text);
      // FunctionTool(func=get_weather) / Tool.from_function(get_weather)
      if (item.type === 'call') for (const argument of item.descendantsOfType('identifier')) names.add(argument.text);
    }
  }
  return names;
}

function isCrewAiToolRun(fn: SyntaxNode): boolean {
  const name = fn.childForFieldName('name')?.text;
  if (name !== '_run' && name !== '_arun') return false;
  const klass = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.parent?.parent;
  return !!klass && klass.type === 'class_definition' && /BaseTool/.test(klass.childForFieldName('superclasses')?.text ?? '');
}

/** A hand-written retry loop: the HTTP call sits in a try inside a for/while in the same function. */
function inRetryLoop(call: SyntaxNode, fn: SyntaxNode): boolean {
  let sawTry = false;
  for (let current = call.parent; current && current !== fn; current = current.parent) {
    if (current.type === 'try_statement') sawTry = true;
    if ((current.type === 'for_statement' || current.type === 'while_statement') && sawTry) return true;
  }
  return false;
}

const TENACITY_NAMES = ['retry', 'retry_if_exception_type', 'stop_after_attempt', 'wait_exponential'] as const;

/**
 * The transient errors of each HTTP library, the only ones the fix retries (a 4xx or a bug in the tool
 * must not be repeated). requests: `ConnectionError` (ConnectTimeout is one) and `Timeout` (ReadTimeout);
 * https://requests.readthedocs.io/en/latest/api/#exceptions. httpx: `TransportError`, the base of
 * TimeoutException, NetworkError and ProtocolError; https://www.python-httpx.org/exceptions/.
 */
const TRANSIENT_ERRORS: Record<'requests' | 'httpx', readonly string[]> = {
  requests: ['exceptions.ConnectionError', 'exceptions.Timeout'],
  httpx: ['TransportError'],
};

/**
 * The exception types to retry on, spelled with the name the module has in this file (`import
 * requests as rq` gives `rq.exceptions.Timeout`), and the imports to add when the module itself is
 * not imported (`from requests import get`). Undefined when the module's name is taken by something else.
 */
function transientErrors(libraries: ReadonlySet<'requests' | 'httpx'>, tree: SyntaxTree, imports: ReturnType<typeof pythonImportMap>): { types: string[]; imports: Array<{ module: string }> } | undefined {
  const types: string[] = [];
  const needed: Array<{ module: string }> = [];
  for (const library of [...libraries].sort()) {
    // The decorator runs at module level: an `import requests` inside another function does not count.
    let alias = moduleLevelAlias(tree, library);
    if (!alias) {
      if (imports.has(library) && imports.get(library) !== library) return undefined;
      alias = library;
      needed.push({ module: library });
    }
    types.push(...TRANSIENT_ERRORS[library].map((name) => `${alias}.${name}`));
  }
  return { types, imports: needed };
}

/**
 * True when one of the names the fix writes (`retry`, `stop_after_attempt`, `wait_exponential`) is
 * already bound to something other than tenacity's, or tenacity's is imported under another name:
 * then a plain `from tenacity import retry` would shadow or be shadowed, and the fix is not safe.
 */
function tenacityNamesTaken(tree: SyntaxTree, imports: ReturnType<typeof pythonImportMap>): boolean {
  const wanted = new Set<string>(TENACITY_NAMES);
  for (const [local, qualified] of imports) {
    if (wanted.has(local) && qualified !== `tenacity.${local}`) return true;
    const [module, name] = qualified.split('.');
    if (module === 'tenacity' && name !== undefined && wanted.has(name) && local !== name) return true;
  }
  for (const node of tree.rootNode.descendantsOfType(['function_definition', 'class_definition'])) {
    if (wanted.has(node.childForFieldName('name')?.text ?? '')) return true;
  }
  for (const assignment of tree.rootNode.descendantsOfType(['assignment', 'augmented_assignment'])) {
    const left = assignment.childForFieldName('left');
    const targets = left?.type === 'identifier' ? [left] : (left?.descendantsOfType('identifier') ?? []);
    if (targets.some((target) => wanted.has(target.text))) return true;
  }
  return false;
}

/** The name a top-level `import MODULE` / `import MODULE as NAME` binds, if there is one. */
function moduleLevelAlias(tree: SyntaxTree, module: string): string | undefined {
  for (const statement of tree.rootNode.namedChildren) {
    if (statement.type !== 'import_statement') continue;
    for (const child of statement.namedChildren) {
      if (child.type === 'dotted_name' && child.text.split('.')[0] === module) return module;
      if (child.type === 'aliased_import' && child.childForFieldName('name')?.text === module) return child.childForFieldName('alias')?.text;
    }
  }
  return undefined;
}

/**
 * `@retry(...)` on its own line directly above `def`/`async def`, below any `@tool` decorator, so the
 * plain function is retried and the tool wraps the retried function.
 */
function retryDecoratorFix(fn: SyntaxNode, text: string, heal: HealValues, errors: NonNullable<ReturnType<typeof transientErrors>>): Fix | undefined {
  const lineStart = text.lastIndexOf('\n', fn.startIndex - 1) + 1;
  const indent = text.slice(lineStart, fn.startIndex);
  // `class T: def f(...)` or `;`-joined statements: no line of its own to put the decorator on.
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  // One argument per line, in the file's own indentation unit, as black/ruff format a long decorator.
  const step = indent.includes('\t') ? '\t' : '    ';
  const exceptionTypes = errors.types.length === 1 ? errors.types[0]! : `(${errors.types.join(', ')})`;
  const decorator = [
    '@retry(',
    `${step}retry=retry_if_exception_type(${exceptionTypes}),`,
    `${step}stop=stop_after_attempt(${heal.toolRetryAttempts}),`,
    `${step}wait=wait_exponential(multiplier=1, max=${heal.toolRetryMaxWaitSeconds}),`,
    `${step}reraise=True,`,
    ')',
  ].map((line) => `${indent}${line}${newline}`);
  return {
    description: `retry transient errors (${heal.toolRetryAttempts} attempts, exponential backoff) on tool '${fn.childForFieldName('name')?.text ?? ''}'`,
    edits: [{ start: lineStart, end: lineStart, text: decorator.join('') }],
    pythonImports: [...errors.imports, { from: 'tenacity', names: [...TENACITY_NAMES] }],
  };
}

export const missingRetryOnHttpToolCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/missing-retry-on-http-tool',
    title: 'Agent tool calls an HTTP API with no retry',
    description:
      'A function the agent calls as a tool (decorated `@tool`/`@function_tool`, a CrewAI BaseTool `_run`, or listed in `tools=[...]`) calls `requests`/`httpx` directly with no retry: ' +
      'no tenacity/backoff/stamina decorator, no urllib3 `Retry` adapter or httpx transport retries, no try/except retry loop. requests and httpx do not retry by default, ' +
      'so one 502, reset connection or 429 from the API fails the tool call and the model improvises around the error. Model SDK calls are not flagged: they retry by default.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['ASI08', 'ASI02'],
    remediation:
      'Wrap the tool in a bounded retry on transient errors only, e.g. `@retry(retry=retry_if_exception_type(httpx.TransportError), stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1, max=10), reraise=True)` ' +
      '(requests: `requests.exceptions.ConnectionError, requests.exceptions.Timeout`; retry 429/5xx statuses too only if the tool raises them, never every HTTPStatusError), ' +
      'or use a session with `HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=[429, 502, 503, 504]))` / `httpx.HTTPTransport(retries=3)`. Retry only idempotent requests.',
    docs: 'https://tenacity.readthedocs.io/en/latest/',
    frameworks: ['google-adk', 'openai-agents', 'langchain', 'crewai', 'pydantic-ai', 'smolagents', 'mcp'],
    knows: [
      'tools: `@tool` / `@function_tool` / `@tool_plain` decorators, CrewAI `BaseTool._run`/`_arun`, functions listed in `tools=[...]`',
      'HTTP: requests and httpx; retries recognised: tenacity, backoff, stamina, retrying, urllib3 `Retry` via `HTTPAdapter`, httpx transport retries',
    ],
    precision: 'medium',
  },
  {
    appliesTo: isPython,
    textHas: [/requests|httpx/, /tool/i],
    textLacks: [TRANSPORT_RETRY],
    async runOnTree(context, tree) {
      const { file } = context;
      const imports = pythonImportMap(tree);
      const listed = toolNames(tree);
      const namesTaken = tenacityNamesTaken(tree, imports);
      for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
        const name = fn.childForFieldName('name')?.text ?? '';
        const decorators = decoratorsOf(fn).map(decoratorName);
        const isTool = decorators.some((decorator) => TOOL_DECORATOR.test(decorator)) || listed.has(name) || isCrewAiToolRun(fn);
        if (!isTool || decorators.some((decorator) => RETRY_DECORATOR.test(decorator))) continue;
        const body = fn.childForFieldName('body');
        if (!body) continue;
        const httpCalls = descendantsInScope(body, ['call'], PY_NESTED_SCOPES).filter(
          (call) => HTTP_CALL.test(importedCallee(call, imports) ?? '') && !inRetryLoop(call, fn),
        );
        const http = httpCalls[0];
        if (!http) continue;
        const callee = qualifiedCallee(http, imports);
        const libraries = new Set(httpCalls.map((call) => (importedCallee(call, imports)!.startsWith('httpx.') ? 'httpx' : 'requests') as 'requests' | 'httpx'));
        const errors = transientErrors(libraries, tree, imports);
        const fix = namesTaken || !errors ? undefined : retryDecoratorFix(fn, file.text, context.heal, errors);
        context.report({
          start: http.startIndex,
          end: http.childForFieldName('arguments')?.startIndex ?? http.endIndex,
          message: `Tool '${name}' calls ${callee}(...) with no retry, and requests/httpx do not retry by default, so one transient 5xx, 429 or reset fails the tool call.`,
          fingerprintContent: `${name}:${callee}`,
          // `retry` already means something else in this module: adding tenacity's is a person's call.
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
      }
    },
  },
);
