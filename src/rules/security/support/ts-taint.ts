import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
import { callExpressions, objectProperty, tsArguments, tsCalleeText } from '../../ast/typescript.js';
import { FlowTaint, type TaintOptions, type ValueGrammar } from './flow-taint.js';

/** Flow-ordered, intra-function taint for TypeScript/JavaScript; the Python twin lives in python-taint.ts. */
export type TsTaintOptions = TaintOptions;

const FUNCTION_TYPES = ['arrow_function', 'function_expression', 'function_declaration', 'method_definition', 'generator_function', 'generator_function_declaration'];
const TS_VALUES: ValueGrammar = { member: 'member_expression', keyed: 'pair', functions: FUNCTION_TYPES };

export class TsTaint extends FlowTaint {
  /** The latest initialiser/assignment of `name` before `position`. */
  assignedValue(name: string, position: number): SyntaxNode | undefined {
    let found: SyntaxNode | undefined;
    for (const binder of this.scope.descendantsOfType(['variable_declarator', 'assignment_expression'])) {
      if (binder.startIndex >= position) break;
      const left = binder.childForFieldName('name') ?? binder.childForFieldName('left');
      if (left?.type === 'identifier' && left.text === name) found = (binder.childForFieldName('value') ?? binder.childForFieldName('right')) ?? found;
    }
    return found;
  }

  protected isNameReference(node: SyntaxNode): boolean {
    return node.type === 'identifier' || node.type === 'shorthand_property_identifier';
  }

  protected isSanitizerCall(node: SyntaxNode): boolean {
    return node.type === 'call_expression' && this.isSanitizerName(tsCalleeText(node));
  }

  protected get valueGrammar(): ValueGrammar {
    return TS_VALUES;
  }

  protected propagate(): void {
    for (const binder of this.scope.descendantsOfType(['variable_declarator', 'assignment_expression', 'augmented_assignment_expression', 'for_in_statement'])) {
      if (insideNestedFunction(binder, this.scope)) continue;
      if (binder.type === 'augmented_assignment_expression') {
        const left = binder.childForFieldName('left');
        const right = binder.childForFieldName('right');
        if (left?.type !== 'identifier' || !right) continue;
        this.record(left.text, binder.endIndex, this.isNameTaintedAt(left.text, binder.startIndex) || this.taintedAt(right, binder.startIndex));
        continue;
      }
      const [targetField, valueField] = BINDING_FIELDS[binder.type]!;
      const target = binder.childForFieldName(targetField);
      const value = binder.childForFieldName(valueField);
      if (!target || !value) continue;
      const tainted = this.taintedAt(value, binder.startIndex);
      // A loop variable is bound once its iterable is evaluated, before the body runs.
      const boundAt = binder.type === 'for_in_statement' ? value.endIndex : binder.endIndex;
      for (const bound of patternNames(target)) this.record(bound, boundAt, tainted);
    }
  }
}

/** Where each binding form keeps what it binds and the value bound: `const x = v`, `x = v`, `for (const x of v)`. */
const BINDING_FIELDS: Readonly<Record<string, readonly [target: string, value: string]>> = {
  variable_declarator: ['name', 'value'],
  assignment_expression: ['left', 'right'],
  for_in_statement: ['left', 'right'],
};

/** Names bound by a binding pattern: `x`, `{ a, b: c, ...rest }`, `[a, b = 1]`. */
export function patternNames(pattern: SyntaxNode): string[] {
  switch (pattern.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return [pattern.text];
    case 'pair_pattern':
      return patternNames(pattern.childForFieldName('value')!);
    case 'object_assignment_pattern':
    case 'assignment_pattern':
      return patternNames(pattern.childForFieldName('left')!);
    case 'object_pattern':
    case 'array_pattern':
    case 'rest_pattern':
      return pattern.namedChildren.flatMap(patternNames);
    default:
      return [];
  }
}

/** Names bound by a function's parameters (all, or only the first: the tool input). */
function tsParameterNames(fn: SyntaxNode, onlyFirst = false): string[] {
  const parameters = fn.childForFieldName('parameters');
  const single = fn.childForFieldName('parameter');
  const list = parameters ? parameters.namedChildren.filter((child) => child.type !== 'comment') : single ? [single] : [];
  const chosen = onlyFirst ? list.slice(0, 1) : list;
  return chosen.flatMap((parameter) => {
    if (parameter.type === 'identifier') return [parameter.text];
    const pattern = parameter.childForFieldName('pattern');
    return pattern ? patternNames(pattern) : [];
  });
}

function insideNestedFunction(node: SyntaxNode, scope: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.id === scope.id) return false;
    if (FUNCTION_TYPES.includes(current.type)) return true;
  }
  return false;
}

export function isFunctionNode(node: SyntaxNode | undefined): boolean {
  return !!node && FUNCTION_TYPES.includes(node.type);
}

/** A model-callable tool implementation in TS/JS, and the names its input binds. */
export interface TsToolFunction {
  node: SyntaxNode;
  params: string[];
  via: string;
}

/** Tool factories, as `module#export`: the object argument's `execute` (or LangChain's function) receives model input. */
const TOOL_FACTORIES: Record<string, 'execute' | 'first-arg' | 'func'> = {
  'ai#tool': 'execute',
  'ai#dynamicTool': 'execute',
  '@openai/agents#tool': 'execute',
  '@openai/agents-core#tool': 'execute',
  '@mastra/core/tools#createTool': 'execute',
  '@mastra/core#createTool': 'execute',
  '@langchain/core/tools#tool': 'first-arg',
  '@langchain/core/tools#DynamicStructuredTool': 'func',
  '@langchain/core/tools#DynamicTool': 'func',
  'langchain/tools#DynamicStructuredTool': 'func',
  'langchain/tools#DynamicTool': 'func',
};

export function tsToolFunctions(tree: SyntaxTree, imports: ReadonlyMap<string, string>): TsToolFunction[] {
  const result: TsToolFunction[] = [];
  for (const call of callExpressions(tree)) {
    const written = tsCalleeText(call).replace(/^new/, '');
    const resolved = imports.get(written);
    const kind = resolved ? TOOL_FACTORIES[resolved] : undefined;
    if (!kind) continue;
    const args = tsArguments(call);
    let fn: SyntaxNode | undefined;
    if (kind === 'first-arg') fn = args[0];
    else {
      const options = args.find((arg) => arg.type === 'object');
      fn = objectProperty(options, kind);
      // `execute(input) { ... }` is a method_definition, not a pair.
      if (!fn && options) fn = options.namedChildren.find((child) => child.type === 'method_definition' && child.childForFieldName('name')?.text === kind);
    }
    if (!fn || !isFunctionNode(fn)) continue;
    result.push({ node: fn, params: tsParameterNames(fn, true), via: `${written}({ ${kind === 'first-arg' ? 'fn' : kind} })` });
  }
  return result;
}

/** AI SDK / OpenAI SDK calls that return model output; destructured results (`const { text } = ...`) are model text. */
const TS_MODEL_CALLS = new Set(['ai#generateText', 'ai#streamText', 'ai#generateObject', 'ai#streamObject', '@openai/agents#run']);
const TS_MODEL_METHODS = /(\.chat\.completions\.create|\.responses\.create|\.messages\.create|\.generateContent|\.invoke|\.generate)$/;

export function tsModelCallSource(imports: ReadonlyMap<string, string>, text: string): ((node: SyntaxNode) => boolean) | undefined {
  const hasSdk = [...imports.values()].some((target) => /^(ai|openai|@anthropic-ai\/sdk|@google\/genai|@google\/generative-ai|@langchain\/|langchain|@openai\/agents|@mastra\/)/.test(target));
  if (!hasSdk && !/from ['"](openai|ai)['"]/.test(text)) return undefined;
  return (node) => {
    if (node.type !== 'call_expression') return false;
    const callee = tsCalleeText(node);
    const resolved = imports.get(callee);
    return (resolved !== undefined && TS_MODEL_CALLS.has(resolved)) || TS_MODEL_METHODS.test(callee);
  };
}
