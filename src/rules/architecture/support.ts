import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { keywordArgument, type ImportMap } from '../ast/python.js';
import { resolvedCallee } from '../ast/callee-name.js';
import { objectProperty, tsArguments, tsCalleeText } from '../ast/typescript.js';

/**
 * Shared helpers for the finops, architecture, governance and ux rules: framework recognition by
 * import, one-hop value resolution and name splitting. Kept here (not in ../ast) so the rule folders
 * stay self-contained.
 */

/** True when any import resolves into one of the module prefixes (`agents` matches `agents` and `agents.run`). */
export function pyImportsFrom(imports: ImportMap, prefixes: readonly string[]): boolean {
  for (const qualified of imports.values()) {
    if (prefixes.some((prefix) => qualified === prefix || qualified.startsWith(`${prefix}.`))) return true;
  }
  return false;
}

/** Python packages that talk to a model: a file importing none of them is not agent code. */
export const PY_LLM_MODULES = [
  'openai', 'anthropic', 'langchain', 'langchain_core', 'langchain_openai', 'langchain_anthropic', 'langchain_google_genai',
  'langchain_google_vertexai', 'langchain_community', 'langgraph', 'google.genai', 'google.generativeai', 'google.adk', 'vertexai',
  'crewai', 'agents', 'pydantic_ai', 'llama_index', 'smolagents', 'litellm', 'mistralai', 'cohere', 'groq',
] as const;

/** True when a TS/JS import map has a binding from a module matching the predicate. */
export function tsImportsFrom(imports: ReadonlyMap<string, string>, test: (module: string) => boolean): boolean {
  for (const qualified of imports.values()) {
    if (test(qualified.slice(0, qualified.indexOf('#')))) return true;
  }
  return false;
}

export function isTsLlmModule(module: string): boolean {
  return (
    module === 'ai' || module.startsWith('@ai-sdk/') || module === 'openai' || module.startsWith('openai/') ||
    module === '@anthropic-ai/sdk' || module.startsWith('@openai/agents') || module.startsWith('@mastra/') ||
    module.startsWith('@langchain/') || module === 'langchain' || module.startsWith('langchain/') || module === '@google/genai'
  );
}

/** `import { generateText } from 'ai'` makes `generateText(...)` → `ai#generateText`; `ns.x(...)` with `import * as ns` → `mod#x`. */
export function tsQualifiedCallee(call: SyntaxNode, imports: ReadonlyMap<string, string>): string {
  return resolvedCallee(call, imports, () => resolveTsCallee(tsCalleeText(call), imports));
}

function resolveTsCallee(written: string, imports: ReadonlyMap<string, string>): string {
  const [head, ...rest] = written.split('.');
  const resolved = head !== undefined ? imports.get(head) : undefined;
  if (!resolved) return written;
  if (rest.length === 0) return resolved;
  return resolved.endsWith('#*') || resolved.endsWith('#default') ? `${resolved.slice(0, resolved.indexOf('#'))}#${rest.join('.')}` : `${resolved}.${rest.join('.')}`;
}

/** The first argument of a TS call when it is an object literal (the options bag every SDK uses). */
export function tsOptions(call: SyntaxNode, index = 0): SyntaxNode | undefined {
  const argument = tsArguments(call)[index];
  return argument?.type === 'object' ? argument : undefined;
}

export { objectProperty };

/** `deleteUser`, `delete_user`, `delete-user` → [`delete`, `user`]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Python: the right-hand sides of `name = ...` inside a scope (function body or module), nearest last. */
export function pyAssignedValues(scope: SyntaxNode, name: string): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  for (const assignment of scope.descendantsOfType('assignment')) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type === 'identifier' && left.text === name && right) values.push(right);
  }
  return values;
}

/** Strips `await` and parentheses. */
export function pyUnwrap(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let current = node;
  while (current && (current.type === 'await' || current.type === 'parenthesized_expression')) current = current.namedChildren[0] ?? undefined;
  return current;
}

/** A Python literal string value, allowing implicit concatenation and `(...)`; undefined for f-strings. */
export function pyLiteralText(node: SyntaxNode | undefined): string | undefined {
  const value = pyUnwrap(node);
  if (!value) return undefined;
  if (value.type === 'string') {
    if (value.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
    return value.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
  }
  if (value.type === 'concatenated_string') {
    const parts = value.namedChildren.map((child) => pyLiteralText(child));
    return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
  }
  return undefined;
}

/** A string literal, or a name bound once at module level to one (`SYSTEM_PROMPT = """..."""`). */
export function pyResolveString(node: SyntaxNode | undefined, tree: SyntaxTree): string | undefined {
  const value = pyUnwrap(node);
  if (!value) return undefined;
  if (value.type === 'identifier') {
    const assigned = tree.rootNode.namedChildren
      .filter((statement) => statement.type === 'expression_statement')
      .map((statement) => statement.namedChildren[0])
      .filter((expression): expression is SyntaxNode => expression?.type === 'assignment' && expression.childForFieldName('left')?.text === value.text)
      .map((assignment) => assignment.childForFieldName('right') ?? undefined);
    return assigned.length === 1 ? pyLiteralText(assigned[0]) : undefined;
  }
  return pyLiteralText(value);
}

/** The last segment of a dotted Python name: `agents.exceptions.MaxTurnsExceeded` → `MaxTurnsExceeded`. */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Python: is this keyword argument present and not literally `None`/`False`? */
export function pyKeywordSet(call: SyntaxNode, name: string): boolean {
  const value = keywordArgument(call, name);
  return !!value && value.type !== 'none' && value.type !== 'false';
}

/** Python function definitions by name, module-wide (methods included). */
export function pyFunctionsByName(tree: SyntaxTree): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const definition of tree.rootNode.descendantsOfType('function_definition')) {
    const name = definition.childForFieldName('name')?.text;
    if (name && !functions.has(name)) functions.set(name, definition);
  }
  return functions;
}

/** TS: the initialiser of `const name = ...` inside a scope, unwrapped from `await`. */
export function tsDeclaredValue(scope: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const declarator of scope.descendantsOfType('variable_declarator')) {
    const target = declarator.childForFieldName('name');
    if (target?.type === 'identifier' && target.text === name) return tsUnwrap(declarator.childForFieldName('value') ?? undefined);
  }
  return undefined;
}

export function tsUnwrap(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let current = node;
  while (current && (current.type === 'await_expression' || current.type === 'parenthesized_expression' || current.type === 'as_expression' || current.type === 'non_null_expression')) {
    current = current.namedChildren[0] ?? undefined;
  }
  return current;
}
