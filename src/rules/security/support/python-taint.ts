import type { SyntaxNode } from '../../../source/syntax-tree.js';
import { FlowTaint, type TaintOptions, type ValueGrammar } from './flow-taint.js';

/**
 * Intra-function, flow-ordered taint for Python: a name is tainted at a position when its latest
 * assignment before that position was tainted (parameters count as assigned at the function start).
 * A clean reassignment (`cmd = shlex.quote(cmd)`) kills the taint from there on. Branches and loops are
 * approximated by document order, which keeps the analysis cheap and predictable.
 */
export type PythonTaintOptions = TaintOptions;

export class PythonTaint extends FlowTaint {
  /** The latest assignment value of `name` before `position`, to follow a variable back to how it was built. */
  assignedValue(name: string, position: number): SyntaxNode | undefined {
    let found: SyntaxNode | undefined;
    for (const assignment of this.scope.descendantsOfType(['assignment', 'augmented_assignment'])) {
      if (assignment.startIndex >= position) break;
      const left = assignment.childForFieldName('left');
      if (left?.type === 'identifier' && left.text === name && !insideNestedFunction(assignment, this.scope)) {
        found = assignment.childForFieldName('right') ?? undefined;
      }
    }
    return found;
  }

  protected isNameReference(node: SyntaxNode): boolean {
    return node.type === 'identifier' && isReference(node);
  }

  protected isSanitizerCall(node: SyntaxNode): boolean {
    if (node.type !== 'call') return false;
    return this.isSanitizerName(node.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '') || (this.options.cleanCall?.test(node) ?? false);
  }

  protected get valueGrammar(): ValueGrammar {
    return PYTHON_VALUES;
  }

  protected propagate(): void {
    const binders = this.scope.descendantsOfType([
      'assignment',
      'augmented_assignment',
      'named_expression',
      'for_statement',
      'for_in_clause',
      'with_item',
    ]);
    for (const binder of binders) {
      if (insideNestedFunction(binder, this.scope)) continue;
      const position = binder.endIndex;
      switch (binder.type) {
        case 'assignment': {
          const left = binder.childForFieldName('left');
          const right = binder.childForFieldName('right');
          if (!left || !right) break;
          const tainted = this.taintedAt(right, binder.startIndex);
          for (const name of boundNames(left)) this.record(name, position, tainted);
          break;
        }
        case 'augmented_assignment': {
          const left = binder.childForFieldName('left');
          const right = binder.childForFieldName('right');
          if (left?.type !== 'identifier' || !right) break;
          // `sql += user_input` keeps earlier taint and adds the new one.
          const tainted = this.isNameTaintedAt(left.text, binder.startIndex) || this.taintedAt(right, binder.startIndex);
          this.record(left.text, position, tainted);
          break;
        }
        case 'named_expression': {
          const name = binder.childForFieldName('name');
          const value = binder.childForFieldName('value');
          if (name && value) this.record(name.text, position, this.taintedAt(value, binder.startIndex));
          break;
        }
        case 'for_statement':
        case 'for_in_clause': {
          const left = binder.childForFieldName('left');
          const right = binder.childForFieldName('right');
          if (!left || !right) break;
          const tainted = this.taintedAt(right, binder.startIndex);
          for (const name of boundNames(left)) this.record(name, right.endIndex, tainted);
          break;
        }
        case 'with_item': {
          const value = binder.childForFieldName('value');
          if (value?.type !== 'as_pattern') break;
          const source = value.namedChildren[0];
          const target = value.childForFieldName('alias');
          if (!source || !target) break;
          const tainted = this.taintedAt(source, binder.startIndex);
          for (const name of boundNames(target)) this.record(name, position, tainted);
          break;
        }
        default:
          break;
      }
    }
  }
}

const PYTHON_VALUES: ValueGrammar = { member: 'attribute', keyed: 'keyword_argument', functions: ['lambda', 'function_definition'] };

/** Identifiers bound by an assignment target: `a`, `a, b`, `[a, *b]`; not `obj.attr` or `d[k]`. */
function boundNames(target: SyntaxNode): string[] {
  if (target.type === 'identifier') return [target.text];
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern', 'expression_list', 'tuple', 'list'].includes(target.type)) {
    return target.namedChildren.flatMap(boundNames);
  }
  return [];
}

/** An identifier that reads a variable (not an attribute name or a keyword name). */
function isReference(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return true;
  if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === identifier.startIndex) return false;
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === identifier.startIndex) return false;
  return true;
}

function insideNestedFunction(node: SyntaxNode, scope: SyntaxNode): boolean {
  for (let current = node.parent; current && current.startIndex >= scope.startIndex; current = current.parent) {
    if (current.id === scope.id) return false;
    if (current.type === 'function_definition' || current.type === 'lambda') return true;
  }
  return false;
}
