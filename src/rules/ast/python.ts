import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { compactCalleeText, resolvedCallee } from './callee-name.js';
import { descendantsInScope } from './within.js';

/**
 * Small, typed helpers over tree-sitter-python trees so each rule reads like the code it looks for.
 * Names resolve through imports: `from google.adk.agents import Agent as A` makes `A(...)` a call to
 * `google.adk.agents.Agent`.
 */

/** Local name → fully qualified name, from the module's import statements. */
export type ImportMap = ReadonlyMap<string, string>;

const importMaps = new WeakMap<SyntaxTree, ImportMap>();

/** Memoised per tree: most rules resolve names through the imports of the same file. */
export function pythonImportMap(tree: SyntaxTree): ImportMap {
  let names = importMaps.get(tree);
  if (!names) importMaps.set(tree, (names = buildImportMap(tree)));
  return names;
}

function buildImportMap(tree: SyntaxTree): ImportMap {
  const names = new Map<string, string>();
  for (const statement of tree.rootNode.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (statement.type === 'import_statement') {
      for (const child of statement.namedChildren) {
        if (child.type === 'dotted_name') names.set(child.text.split('.')[0]!, child.text.split('.')[0]!);
        else if (child.type === 'aliased_import') {
          const name = child.childForFieldName('name')?.text;
          const alias = child.childForFieldName('alias')?.text;
          if (name && alias) names.set(alias, name);
        }
      }
      continue;
    }
    const module = statement.childForFieldName('module_name')?.text ?? '';
    // `from . import utils` is `.utils`, not `..utils` (which would be the parent package's).
    const join = (name: string): string => (module.endsWith('.') ? `${module}${name}` : `${module}.${name}`);
    for (const child of statement.childrenForFieldName('name')) {
      if (child.type === 'dotted_name') names.set(child.text, join(child.text));
      else if (child.type === 'aliased_import') {
        const name = child.childForFieldName('name')?.text;
        const alias = child.childForFieldName('alias')?.text;
        if (name && alias) names.set(alias, join(name));
      }
    }
  }
  return names;
}

/** The callee as written: `subprocess.run`, `Agent`, `client.chat.completions.create`. */
/**
 * Thirty rules ask the same call the same questions. A tree hands out one object per node, so the
 * answers are kept per node.
 */
const calleeTexts = new WeakMap<SyntaxNode, string>();
const keywordArguments = new WeakMap<SyntaxNode, ReadonlyMap<string, SyntaxNode | undefined>>();

export function calleeText(call: SyntaxNode): string {
  let text = calleeTexts.get(call);
  if (text === undefined) {
    text = compactCalleeText(call.childForFieldName('function'));
    calleeTexts.set(call, text);
  }
  return text;
}

/** The callee resolved through imports: `sp.run` with `import subprocess as sp` → `subprocess.run`. */
export function qualifiedCallee(call: SyntaxNode, imports: ImportMap): string {
  return resolvedCallee(call, imports, () => {
    const written = calleeText(call);
    const dot = written.indexOf('.');
    const resolved = imports.get(dot === -1 ? written : written.slice(0, dot));
    return resolved ? (dot === -1 ? resolved : resolved + written.slice(dot)) : written;
  });
}

export function calls(tree: SyntaxTree | SyntaxNode): SyntaxNode[] {
  const root = 'rootNode' in tree ? tree.rootNode : tree;
  return root.descendantsOfType('call');
}

function argumentList(call: SyntaxNode): SyntaxNode | undefined {
  const args = call.childForFieldName('arguments');
  return args?.type === 'argument_list' ? args : undefined;
}

/** The value node of `name=value` in a call, or undefined. */
export function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | undefined {
  let byName = keywordArguments.get(call);
  if (!byName) {
    const map = new Map<string, SyntaxNode | undefined>();
    for (const child of argumentList(call)?.namedChildren ?? []) {
      if (child.type !== 'keyword_argument') continue;
      const key = child.childForFieldName('name')?.text;
      if (key !== undefined && !map.has(key)) map.set(key, child.childForFieldName('value') ?? undefined);
    }
    keywordArguments.set(call, (byName = map));
  }
  return byName.get(name);
}

/** True when the call passes `**kwargs`: a missing keyword may be hidden inside it. */
export function hasDictSplat(call: SyntaxNode): boolean {
  return (argumentList(call)?.namedChildren ?? []).some((child) => child.type === 'dictionary_splat');
}

export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  return (argumentList(call)?.namedChildren ?? []).filter(
    (child) => child.type !== 'keyword_argument' && child.type !== 'dictionary_splat' && child.type !== 'list_splat' && child.type !== 'comment',
  );
}

/** The value of a plain string literal (no f-string interpolation), else undefined. */
export function stringValue(node: SyntaxNode | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
  return node.namedChildren
    .filter((child) => child.type === 'string_content')
    .map((child) => child.text)
    .join('');
}

export function numberValue(node: SyntaxNode | undefined): number | undefined {
  if (!node || (node.type !== 'integer' && node.type !== 'float')) return undefined;
  const value = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** The value of `key` in a dict literal `{"key": value}` or `dict(key=value)`. */
export function dictValue(node: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
  if (!node) return undefined;
  if (node.type === 'dictionary') {
    for (const pair of node.namedChildren) {
      if (pair.type === 'pair' && stringValue(pair.childForFieldName('key') ?? undefined) === key) {
        return pair.childForFieldName('value') ?? undefined;
      }
    }
  }
  if (node.type === 'call' && calleeText(node) === 'dict') return keywordArgument(node, key);
  return undefined;
}

/** The nearest enclosing function definition (decorated or not). */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
  }
  return undefined;
}

/** Decorator expressions of a function as written, without the `@`: `tool`, `retry(stop=...)`. */
export function decoratorsOf(fn: SyntaxNode): SyntaxNode[] {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren.filter((child) => child.type === 'decorator').map((decorator) => decorator.namedChildren[0]!).filter(Boolean);
}

/** `tool`, `function_tool(...)`, `app.tool` → the decorator's name without call arguments. */
export function decoratorName(decorator: SyntaxNode): string {
  const target = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
  return target?.text.replace(/\s+/g, '') ?? '';
}

/**
 * Scopes and bindings: a name used inside a function means the module's import only when no parameter or
 * local assignment of an enclosing function binds it (an `asyncio.Queue` parameter named `requests` is not
 * the HTTP library). Class bodies and comprehensions are folded into the enclosing function, which errs
 * towards "local", so a shadowed name is never taken for the import.
 */
const SCOPE_TYPES = new Set(['function_definition', 'lambda']);
/** Nested functions, lambdas and classes: their bodies run elsewhere than the code around them. */
export const PY_NESTED_SCOPES: readonly string[] = ['function_definition', 'lambda', 'class_definition'];
const localBindingMemo = new WeakMap<SyntaxTree, Map<number, ReadonlySet<string>>>();

/** Names a function (or lambda) binds itself: parameters, assignment/loop/with/except targets, nested defs; not imports. */
export function localBindings(scope: SyntaxNode): ReadonlySet<string> {
  let byScope = localBindingMemo.get(scope.tree);
  if (!byScope) localBindingMemo.set(scope.tree, (byScope = new Map()));
  let names = byScope.get(scope.id);
  if (!names) byScope.set(scope.id, (names = collectLocalBindings(scope)));
  return names;
}

/** The nodes that can bind a name in a scope's body, and the nested scopes whose bodies are theirs, not its. */
const BINDING_NODE_TYPES = [
  ...PY_NESTED_SCOPES,
  'global_statement',
  'nonlocal_statement',
  'assignment',
  'augmented_assignment',
  'for_statement',
  'for_in_clause',
  'named_expression',
  'as_pattern',
];

function collectLocalBindings(scope: SyntaxNode): Set<string> {
  const names = new Set<string>();
  const declaredOutside = new Set<string>();
  for (const parameter of scope.childForFieldName('parameters')?.namedChildren ?? []) {
    const name = parameterName(parameter);
    if (name) names.add(name);
  }
  const body = scope.childForFieldName('body');
  if (!body) return names;
  for (const node of descendantsInScope(body, BINDING_NODE_TYPES, PY_NESTED_SCOPES)) {
    switch (node.type) {
      case 'function_definition':
      case 'class_definition': {
        const name = node.childForFieldName('name')?.text;
        if (name) names.add(name);
        break;
      }
      case 'global_statement':
      case 'nonlocal_statement':
        for (const name of node.namedChildren) declaredOutside.add(name.text);
        break;
      case 'assignment':
      case 'augmented_assignment':
      case 'for_statement':
      case 'for_in_clause':
        for (const name of targetNames(node.childForFieldName('left'))) names.add(name);
        break;
      case 'named_expression':
        for (const name of targetNames(node.childForFieldName('name'))) names.add(name);
        break;
      case 'as_pattern':
        // `with open(p) as f`, `except E as err`
        for (const name of targetNames(node.childForFieldName('alias'))) names.add(name);
        break;
      default:
        break;
    }
  }
  for (const name of declaredOutside) names.delete(name);
  return names;
}

function parameterName(parameter: SyntaxNode): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') return parameter.namedChildren[0]?.text;
  const named = parameter.childForFieldName('name');
  if (named) return parameterName(named);
  const first = parameter.namedChildren[0];
  return first ? parameterName(first) : undefined;
}

function targetNames(target: SyntaxNode | null | undefined): string[] {
  if (!target) return [];
  if (target.type === 'identifier') return [target.text];
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern', 'expression_list', 'tuple', 'list', 'parenthesized_expression'].includes(target.type)) {
    return target.namedChildren.flatMap(targetNames);
  }
  return [];
}

/** The function or lambda scopes around `node`, innermost first. */
export function enclosingScopes(node: SyntaxNode): SyntaxNode[] {
  const scopes: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) if (SCOPE_TYPES.has(current.type)) scopes.push(current);
  return scopes;
}

/** True when `name`, read at `node`, is a parameter or local variable of an enclosing function, not a module-level name. */
export function isLocallyBound(node: SyntaxNode, name: string): boolean {
  return enclosingScopes(node).some((scope) => localBindings(scope).has(name));
}

/**
 * The callee resolved through imports, but only when its first name really is an import where the call
 * stands: `requests.get` with `import requests` → `requests.get`; with no such import, or with a parameter
 * or local variable named `requests` in scope, undefined. `self.requests.get` never resolves. With `wanted`,
 * also undefined for a callee it rejects (checked before the scopes, which cost more).
 */
/** The callee's first name: `requests` of `requests.get`, `client` of `client(...).run`. */
function calleeHead(written: string): string {
  const end = written.search(/[.(\[]/);
  return end === -1 ? written : written.slice(0, end);
}

export function importedCallee(call: SyntaxNode, imports: ImportMap, wanted?: (qualified: string) => boolean): string | undefined {
  const head = calleeHead(calleeText(call));
  if (!head || !imports.has(head)) return undefined;
  const qualified = qualifiedCallee(call, imports);
  // The scope walk is the costly part: only for a callee the caller wants (issue 16 profile).
  if ((wanted && !wanted(qualified)) || isLocallyBound(call, head)) return undefined;
  return qualified;
}

