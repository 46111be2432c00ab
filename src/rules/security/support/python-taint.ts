import type { Node } from 'web-tree-sitter';

/**
 * Intra-function, flow-ordered taint for Python: a name is tainted at a position when its latest
 * assignment before that position was tainted (parameters count as assigned at the function start).
 * A clean reassignment (`cmd = shlex.quote(cmd)`) kills the taint from there on. Branches and loops are
 * approximated by document order, which keeps the analysis cheap and predictable.
 */
export interface PythonTaintOptions {
  /** Call names (as written, e.g. `shlex.quote`, `int`) whose result is clean whatever goes in. */
  sanitizers?: ReadonlySet<string>;
  /** Extra sources: an expression that is tainted by itself (a model call, `request.json`). */
  isSource?: (node: Node) => boolean;
}

interface Event {
  position: number;
  tainted: boolean;
}

export class PythonTaint {
  private readonly events = new Map<string, Event[]>();

  constructor(
    private readonly scope: Node,
    seeds: readonly string[],
    private readonly options: PythonTaintOptions = {},
  ) {
    for (const seed of seeds) this.record(seed, scope.startIndex, true);
    this.propagate();
  }

  /** True when any seed was given or some source assignment was seen: lets callers skip clean scopes. */
  get hasTaint(): boolean {
    return [...this.events.values()].some((events) => events.some((event) => event.tainted));
  }

  isNameTaintedAt(name: string, position: number): boolean {
    const events = this.events.get(name);
    if (!events) return false;
    let latest: Event | undefined;
    for (const event of events) if (event.position <= position) latest = event;
    return latest?.tainted ?? false;
  }

  /** Does the value of `node` (evaluated where it stands) carry tainted data? */
  isTainted(node: Node): boolean {
    return this.taintedAt(node, node.startIndex);
  }

  /** The tainted names referenced by `node`, for messages. */
  taintedNames(node: Node): string[] {
    const names = new Set<string>();
    const visit = (current: Node): void => {
      if (current.type === 'identifier' && isReference(current) && this.isNameTaintedAt(current.text, node.startIndex)) names.add(current.text);
      if (current.type === 'call' && this.isSanitizer(current)) return;
      for (const child of current.namedChildren) visit(child);
    };
    visit(node);
    return [...names];
  }

  /** The latest assignment value of `name` before `position`, to follow a variable back to how it was built. */
  assignedValue(name: string, position: number): Node | undefined {
    let found: Node | undefined;
    for (const assignment of this.scope.descendantsOfType(['assignment', 'augmented_assignment'])) {
      if (assignment.startIndex >= position) break;
      const left = assignment.childForFieldName('left');
      if (left?.type === 'identifier' && left.text === name && !insideNestedFunction(assignment, this.scope)) {
        found = assignment.childForFieldName('right') ?? undefined;
      }
    }
    return found;
  }

  private taintedAt(node: Node, position: number): boolean {
    if (this.options.isSource?.(node)) return true;
    switch (node.type) {
      case 'identifier':
        return isReference(node) && this.isNameTaintedAt(node.text, position);
      case 'call':
        if (this.isSanitizer(node)) return false;
        break;
      case 'attribute':
        // `tool_input.query` is tainted through its object; the attribute name is not a reference.
        return this.taintedAt(node.childForFieldName('object')!, position);
      case 'keyword_argument':
        return !!node.childForFieldName('value') && this.taintedAt(node.childForFieldName('value')!, position);
      case 'lambda':
      case 'function_definition':
        return false;
      default:
        break;
    }
    return node.namedChildren.some((child) => this.taintedAt(child, position));
  }

  private isSanitizer(call: Node): boolean {
    const callee = call.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
    return this.options.sanitizers?.has(callee) ?? false;
  }

  private record(name: string, position: number, tainted: boolean): void {
    const list = this.events.get(name) ?? [];
    list.push({ position, tainted });
    this.events.set(name, list);
  }

  private propagate(): void {
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

/** Identifiers bound by an assignment target: `a`, `a, b`, `[a, *b]`; not `obj.attr` or `d[k]`. */
export function boundNames(target: Node): string[] {
  if (target.type === 'identifier') return [target.text];
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern', 'expression_list', 'tuple', 'list'].includes(target.type)) {
    return target.namedChildren.flatMap(boundNames);
  }
  return [];
}

/** An identifier that reads a variable (not an attribute name or a keyword name). */
export function isReference(identifier: Node): boolean {
  const parent = identifier.parent;
  if (!parent) return true;
  if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === identifier.startIndex) return false;
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === identifier.startIndex) return false;
  return true;
}

function insideNestedFunction(node: Node, scope: Node): boolean {
  for (let current = node.parent; current && current.startIndex >= scope.startIndex; current = current.parent) {
    if (current.id === scope.id) return false;
    if (current.type === 'function_definition' || current.type === 'lambda') return true;
  }
  return false;
}
