import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { compactCalleeText } from './callee-name.js';

/** Small, typed helpers over tree-sitter TypeScript/TSX trees (also used for JavaScript). */

/** Local name → `module#export` from ES imports (`import { generateText as g } from 'ai'` → g: `ai#generateText`). */
const importMaps = new WeakMap<SyntaxTree, ReadonlyMap<string, string>>();

/** Memoised per tree: most rules resolve names through the imports of the same file. */
export function tsImportMap(tree: SyntaxTree): ReadonlyMap<string, string> {
  let names = importMaps.get(tree);
  if (!names) importMaps.set(tree, (names = buildTsImportMap(tree)));
  return names;
}

function buildTsImportMap(tree: SyntaxTree): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const statement of tree.rootNode.descendantsOfType('import_statement')) {
    const source = statement.childForFieldName('source');
    const module = source?.text.slice(1, -1) ?? '';
    for (const specifier of statement.descendantsOfType('import_specifier')) {
      const name = specifier.childForFieldName('name')?.text;
      const alias = specifier.childForFieldName('alias')?.text;
      if (name) names.set(alias ?? name, `${module}#${name}`);
    }
    for (const clause of statement.descendantsOfType('import_clause')) {
      const defaultName = clause.namedChildren.find((child) => child.type === 'identifier');
      if (defaultName) names.set(defaultName.text, `${module}#default`);
    }
    for (const namespace of statement.descendantsOfType('namespace_import')) {
      const name = namespace.namedChildren.find((child) => child.type === 'identifier');
      if (name) names.set(name.text, `${module}#*`);
    }
  }
  return names;
}

export function callExpressions(tree: SyntaxTree | SyntaxNode): SyntaxNode[] {
  const root = 'rootNode' in tree ? tree.rootNode : tree;
  return root.descendantsOfType(['call_expression', 'new_expression']);
}

/** Rules ask the same call for its callee many times: kept per call node (a tree hands out one object per node). */
const calleeTexts = new WeakMap<SyntaxNode, string>();

/** The callee as written: `generateText`, `openai.chat.completions.create`, `new OpenAI`. */
export function tsCalleeText(call: SyntaxNode): string {
  let text = calleeTexts.get(call);
  if (text === undefined) {
    text = compactCalleeText(call.childForFieldName('function') ?? call.childForFieldName('constructor'));
    calleeTexts.set(call, text);
  }
  return text;
}

export function tsArguments(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'comment');
}

/** The value of property `name` in an object literal (`{ name: value }` or shorthand `{ name }`). */
export function objectProperty(object: SyntaxNode | undefined, name: string): SyntaxNode | undefined {
  if (!object || object.type !== 'object') return undefined;
  for (const child of object.namedChildren) {
    if (child.type === 'pair') {
      const key = child.childForFieldName('key');
      const keyText = key?.type === 'string' ? key.text.slice(1, -1) : key?.text;
      if (keyText === name) return child.childForFieldName('value') ?? undefined;
    } else if (child.type === 'shorthand_property_identifier' && child.text === name) {
      return child;
    }
  }
  return undefined;
}

/** True when an object literal spreads another object in (`{ ...defaults }`): a key may hide there. */
export function hasSpread(object: SyntaxNode | undefined): boolean {
  return !!object && object.namedChildren.some((child) => child.type === 'spread_element');
}

export function tsStringValue(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string' && !node.namedChildren.some((child) => child.type === 'template_substitution')) {
    return node.text.slice(1, -1);
  }
  return undefined;
}

export function tsNumberValue(node: SyntaxNode | undefined): number | undefined {
  if (!node || node.type !== 'number') return undefined;
  const value = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
