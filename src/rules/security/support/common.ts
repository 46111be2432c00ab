import type { SyntaxNode } from '../../../source/syntax-tree.js';
import type { FrameworkId } from '../../../findings/kinds.js';
import type { ImportMap } from '../../ast/python.js';
import { spanOf } from '../../ast/span.js';

export const PY_OR_TS = (language: string): boolean => language === 'python' || language === 'typescript' || language === 'javascript';

/** Shortens a name list for a message: `'cmd'`, `'cmd', 'args'`. */
export function quoteNames(names: readonly string[]): string {
  return names.slice(0, 3).map((name) => `'${name}'`).join(', ');
}

/** Names defined under a node, per tree and node (sinks ask once per candidate call, so the walk runs once). */
const definedNamesMemo = new WeakMap<object, Map<string, Set<string>>>();

function definedNames(root: SyntaxNode, types: readonly string[]): Set<string> {
  let byRoot = definedNamesMemo.get(root.tree);
  if (!byRoot) definedNamesMemo.set(root.tree, (byRoot = new Map()));
  const key = `${root.id}|${types.join(',')}`;
  let names = byRoot.get(key);
  if (!names) {
    names = new Set();
    for (const definition of root.descendantsOfType([...types])) {
      const name = definition.childForFieldName('name')?.text;
      if (name) names.add(name);
    }
    byRoot.set(key, names);
  }
  return names;
}

const PY_DEFINITIONS = ['function_definition', 'class_definition'] as const;
const TS_DEFINITIONS = ['function_declaration', 'variable_declarator', 'class_declaration'] as const;

/** True when `name` is defined or imported in the module, so a bare call to it is not the builtin. */
export function pythonShadows(root: SyntaxNode, imports: ImportMap, name: string): boolean {
  return imports.has(name) || definedNames(root, PY_DEFINITIONS).has(name);
}

export function tsShadows(root: SyntaxNode, imports: ReadonlyMap<string, string>, name: string): boolean {
  return imports.has(name) || definedNames(root, TS_DEFINITIONS).has(name);
}

/** `vm` / `child_process` bound by `import x from 'node:vm'`, `import * as x`, `import { runInNewContext }` or `require('vm')`. */
export function nodeModuleBindings(root: SyntaxNode, imports: ReadonlyMap<string, string>, moduleName: string): { namespaces: Set<string>; named: Map<string, string> } {
  const namespaces = new Set<string>();
  const named = new Map<string, string>();
  const modules = new Set([moduleName, `node:${moduleName}`]);
  for (const [local, target] of imports) {
    const [module, exported] = target.split('#');
    if (!module || !modules.has(module)) continue;
    if (exported === 'default' || exported === '*') namespaces.add(local);
    else if (exported) named.set(local, exported);
  }
  for (const declarator of root.descendantsOfType('variable_declarator')) {
    const value = declarator.childForFieldName('value');
    if (value?.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'require') continue;
    const argument = value.childForFieldName('arguments')?.namedChildren[0];
    if (!argument || !modules.has(argument.text.slice(1, -1))) continue;
    const name = declarator.childForFieldName('name');
    if (name?.type === 'identifier') namespaces.add(name.text);
    else if (name?.type === 'object_pattern') {
      for (const child of name.namedChildren) {
        if (child.type === 'shorthand_property_identifier_pattern') named.set(child.text, child.text);
        else if (child.type === 'pair_pattern') {
          const key = child.childForFieldName('key')?.text;
          const local = child.childForFieldName('value')?.text;
          if (key && local) named.set(local, key);
        }
      }
    }
  }
  return { namespaces, named };
}

/** How the injection rules follow tool input into helpers, for their descriptions. */
export const HELPER_HOP_SENTENCE =
  'One call is followed: a tool that passes its input to a function of the same file or of another module of the agent ' +
  '(found through the imports) is reported at that call when the function\'s parameter reaches the sink.';

/** What the injection rules know about how tools are declared; docs/RULES.md lists it. */
export const TOOL_DECLARATIONS_KNOWN: readonly string[] = [
  'Google ADK (Python): a plain function in an agent\'s `tools=[...]` is wrapped as a `FunctionTool` (https://google.github.io/adk-docs/tools-custom/function-tools), ' +
    'also when the function is imported from another module of the agent; `FunctionTool(func=...)` likewise',
  'LangChain, CrewAI and smolagents `@tool`, OpenAI Agents `@function_tool`, Pydantic AI `@agent.tool`/`@agent.tool_plain`, FastMCP `@mcp.tool()`; CrewAI/LangChain `BaseTool._run`, smolagents `Tool.forward`',
  'Vercel AI SDK, OpenAI Agents JS and Mastra `tool({ execute })` / `createTool({ execute })`; LangChain.js `tool(fn)` and `DynamicStructuredTool({ func })`',
  'Imports followed one hop: Python relative and absolute imports of the agent\'s own modules (with `__init__.py` re-exports), TS/JS relative imports (`./x.js` is `./x.ts`, `index` files, `export ... from`)',
];

/** The frameworks whose tool declarations TOOL_DECLARATIONS_KNOWN describes: the injection rules' `frameworks`. */
export const TOOL_FRAMEWORKS: readonly FrameworkId[] = ['langchain', 'crewai', 'smolagents', 'openai-agents', 'pydantic-ai', 'google-adk', 'vercel-ai-sdk', 'mastra'];

/** What a rule reports when tool input reaches a sink through a helper: at the tool's call, naming the sink. */
export interface HelperFlowReport {
  start: number;
  end: number;
  message: string;
  fingerprintContent: string;
}

/**
 * The finding for one helper flow. `tool` says whose input it is (`fetch_page (tools=[...])`), `param` how the
 * helper's parameter is shown, `reaches` how the value arrives (`to`, `as the URL host of`) and `tail` the rule's
 * own consequence, punctuation included (`; ` + risk, `, so …`).
 */
export function helperFlowReport(
  flow: { call: SyntaxNode; helper: string; names: readonly string[]; sink: { label: string }; where: string },
  parts: { tool: string; param: string; reaches: string; tail: string },
): HelperFlowReport {
  return {
    ...spanOf(flow.call),
    message: `${flow.helper}(...) passes tool input ${quoteNames(flow.names)} of ${parts.tool} ${parts.reaches} ${flow.sink.label} at ${flow.where} (its parameter ${parts.param})${parts.tail}`,
    fingerprintContent: `${flow.helper}|${flow.sink.label}|${flow.names.join(',')}`,
  };
}
