import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
import { calleeText, decoratorName, decoratorsOf, keywordArgument, positionalArguments, qualifiedCallee, type ImportMap } from '../../ast/python.js';

/** A Python function the model can call, and the parameters the model fills in. */
export interface PythonToolFunction {
  node: SyntaxNode;
  name: string;
  /** Parameters that carry model-chosen arguments (context/runtime parameters removed). */
  params: string[];
  /** How it was recognised, for messages: `@tool`, `tools=[...]`, `BaseTool._run`. */
  via: string;
}

/** Modules whose `tool`/`function_tool` decorators turn a function into a model-callable tool. */
const TOOL_DECORATOR_MODULES = /^(langchain|langchain_core|langchain_community|crewai|crewai_tools|smolagents|agents|pydantic_ai|llama_index|google\.adk|strands|mcp|fastmcp|autogen|autogen_core|openai_agents)\b/;
/** Decorators on an instance: `@agent.tool`, `@agent.tool_plain` (Pydantic AI), `@mcp.tool()` (FastMCP). */
const INSTANCE_TOOL_DECORATOR = /^[A-Za-z_][\w]*\.(tool|tool_plain)$/;
/** Files that import one of these can use instance decorators for tools. */
const INSTANCE_TOOL_MODULES = /^(pydantic_ai|mcp|fastmcp|strands)\b/;

/** Parameter annotations that are runtime context, not model input. */
const CONTEXT_TYPES = /\b(RunContext|ToolContext|CallbackContext|InvocationContext|Context|RunContextWrapper|ToolRuntime|InjectedState|InjectedToolArg|InjectedStore|RunnableConfig|CallbackManagerForToolRun|AsyncCallbackManagerForToolRun)\b/;
const CONTEXT_NAMES = new Set(['self', 'cls', 'ctx', 'tool_context', 'run_manager', 'callbacks', 'config', 'runtime', 'wrapper']);

/** Base classes whose methods receive tool input: LangChain/CrewAI `BaseTool._run`, smolagents `Tool.forward`, ADK `BaseTool.run_async`. */
const TOOL_METHODS: Record<string, readonly string[]> = {
  BaseTool: ['_run', '_arun', 'run_async'],
  Tool: ['forward'],
};

function importsMatching(imports: ImportMap, pattern: RegExp): boolean {
  for (const target of imports.values()) if (pattern.test(target)) return true;
  return false;
}

/** Model-facing parameter names of a function: drops self, context objects and injected arguments. */
function toolParameters(fn: SyntaxNode): string[] {
  const names: string[] = [];
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    let name: string | undefined;
    if (parameter.type === 'identifier') name = parameter.text;
    else if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') name = parameter.namedChildren[0]?.text;
    else name = (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'))?.text;
    if (!name || CONTEXT_NAMES.has(name)) continue;
    const annotation = parameter.childForFieldName('type')?.text ?? '';
    if (CONTEXT_TYPES.test(annotation)) continue;
    names.push(name);
  }
  return names;
}

function resolveDecorator(decorator: SyntaxNode, imports: ImportMap): string {
  const name = decoratorName(decorator);
  const [head, ...rest] = name.split('.');
  const resolved = head !== undefined ? imports.get(head) : undefined;
  return resolved ? [resolved, ...rest].join('.') : name;
}

/** Names handed to the model as tools: `tools=[a, b]`, `FunctionTool(a)`, `StructuredTool.from_function(func=a)`. */
function namesPassedAsTools(tree: SyntaxTree): Set<string> {
  const names = new Set<string>();
  const addIdentifiers = (node: SyntaxNode | undefined): void => {
    if (!node) return;
    if (node.type === 'identifier') names.add(node.text);
    else if (node.type === 'list' || node.type === 'tuple') for (const child of node.namedChildren) addIdentifiers(child);
  };
  for (const call of tree.rootNode.descendantsOfType('call')) {
    addIdentifiers(keywordArgument(call, 'tools'));
    const callee = calleeText(call);
    const last = callee.split('.').pop() ?? '';
    if (/^(FunctionTool|Tool|StructuredTool|LongRunningFunctionTool)$/.test(last) || /\.(from_function|from_defaults)$/.test(callee)) {
      addIdentifiers(keywordArgument(call, 'func') ?? keywordArgument(call, 'fn') ?? positionalArguments(call)[0]);
    }
    // `create_react_agent(model, [a, b])` (LangGraph) takes tools positionally.
    if (last === 'create_react_agent' || last === 'create_agent') addIdentifiers(positionalArguments(call)[1]);
  }
  return names;
}

/**
 * Every function in the file the model can invoke as a tool. `registered` names module-level functions
 * that another module of the agent hands to the model (`tools=[...]` after importing them), with how.
 */
export function pythonToolFunctions(tree: SyntaxTree, imports: ImportMap, registered: ReadonlyMap<string, string> = new Map()): PythonToolFunction[] {
  const result: PythonToolFunction[] = [];
  const seen = new Set<number>();
  const add = (fn: SyntaxNode, via: string, name = fn.childForFieldName('name')?.text ?? ''): void => {
    if (seen.has(fn.id)) return;
    seen.add(fn.id);
    result.push({ node: fn, name, params: toolParameters(fn), via });
  };
  const instanceDecoratorsCount = importsMatching(imports, INSTANCE_TOOL_MODULES);
  const passed = namesPassedAsTools(tree);

  for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
    for (const decorator of decoratorsOf(fn)) {
      const written = decoratorName(decorator);
      const resolved = resolveDecorator(decorator, imports);
      const last = resolved.split('.').pop() ?? '';
      if ((last === 'tool' || last === 'function_tool') && resolved.includes('.') && TOOL_DECORATOR_MODULES.test(resolved)) {
        add(fn, `@${written}`);
      } else if (instanceDecoratorsCount && INSTANCE_TOOL_DECORATOR.test(written)) {
        add(fn, `@${written}`);
      }
    }
    const name = fn.childForFieldName('name')?.text ?? '';
    const owner = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
    if (owner?.type === 'module' && passed.has(name)) add(fn, 'tools=[...]');
    if (owner?.type === 'module' && registered.has(name)) add(fn, registered.get(name)!);
    // Methods of tool classes.
    const classBody = owner?.type === 'block' ? owner.parent : undefined;
    if (classBody?.type === 'class_definition') {
      for (const base of classBody.childForFieldName('superclasses')?.namedChildren ?? []) {
        const baseName = base.text.split('.').pop() ?? '';
        const methods = TOOL_METHODS[baseName];
        if (!methods?.includes(name)) continue;
        // smolagents' `Tool` is too common a name to trust unless it comes from smolagents.
        if (baseName === 'Tool' && !/^smolagents\b/.test(imports.get(base.text.split('.')[0] ?? '') ?? '')) continue;
        add(fn, `${baseName}.${name}`, classBody.childForFieldName('name')?.text);
      }
    }
  }
  return result;
}

/** Calls to LLM APIs whose result is model-generated text. */
const MODEL_CALL = /(\.chat\.completions\.create|\.completions\.create|\.responses\.create|\.messages\.create|\.generate_content|\.generate_content_async|\.invoke|\.ainvoke|Runner\.run|Runner\.run_sync|\.run_sync|\.kickoff|\.kickoff_async|^litellm\.completion|^litellm\.acompletion|^completion|^acompletion|\.predict|\.complete|\.acomplete|\.chat|\.achat|\.query)$/;
const MODEL_MODULES = /^(openai|anthropic|google\.genai|google\.generativeai|google\.adk|vertexai|langchain|langchain_core|langchain_openai|langchain_anthropic|langchain_google_genai|langchain_community|langgraph|litellm|agents|pydantic_ai|crewai|llama_index|smolagents|mistralai|cohere|groq)\b/;

/** A predicate marking calls that return model output, or undefined when the file imports no LLM SDK. */
export function pythonModelCallSource(imports: ImportMap): ((node: SyntaxNode) => boolean) | undefined {
  if (!importsMatching(imports, MODEL_MODULES)) return undefined;
  return (node) => node.type === 'call' && MODEL_CALL.test(qualifiedCallee(node, imports));
}
