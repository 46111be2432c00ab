import type { SyntaxNode } from '../../../source/syntax-tree.js';

/**
 * The grammar-independent half of the flow-ordered taint engines: a name is tainted at a position
 * when its latest recorded assignment before that position was tainted. Subclasses walk their own
 * grammar's bindings and say what a reference and a sanitiser call are; this class keeps the events,
 * judges values and answers queries.
 */
export interface TaintOptions {
  /** Call names (as written, e.g. `shlex.quote`, `int`) whose result is clean whatever goes in. */
  sanitizers?: ReadonlySet<string>;
  /** A rule's own sanitiser shapes beyond call names (`''.join(c for c in x if c in DIGITS)`); `key` tells cached engines apart. */
  cleanCall?: { key: string; test(call: SyntaxNode): boolean };
  /** Extra sources: an expression that is tainted by itself (a model call, `request.json`). */
  isSource?: (node: SyntaxNode) => boolean;
}

/** The node types the value walk reads, as one grammar names them. */
export interface ValueGrammar {
  /** `obj.attr`: its value is its object's (the attribute name is no reference). */
  member: string;
  /** `name=value` in a call, `key: value` in an object: its value is the value part's. */
  keyed: string;
  /** Function and lambda nodes: their bodies do not run where they are written. */
  functions: readonly string[];
}

interface Event {
  position: number;
  tainted: boolean;
}

export abstract class FlowTaint {
  private readonly events = new Map<string, Event[]>();

  /** `seeds` are tainted from the start of `scope` (a tool's parameters); the subclass's walk records the rest. */
  constructor(
    protected readonly scope: SyntaxNode,
    seeds: readonly string[],
    protected readonly options: TaintOptions = {},
  ) {
    for (const seed of seeds) this.record(seed, scope.startIndex, true);
    // Subclasses keep no state of their own, so their walk can run before their constructor would.
    this.propagate();
  }

  /** Records every binding in `scope`, in document order. */
  protected abstract propagate(): void;
  /** Is `node` a use of a variable whose taint should be reported by name? */
  protected abstract isNameReference(node: SyntaxNode): boolean;
  /** Is `node` a sanitiser call, below which nothing is tainted? */
  protected abstract isSanitizerCall(node: SyntaxNode): boolean;
  /** A getter, not a field: the walk runs while the base constructor does. */
  protected abstract get valueGrammar(): ValueGrammar;

  /** Does the value of `node`, evaluated at `position`, carry tainted data? */
  protected taintedAt(node: SyntaxNode, position: number): boolean {
    if (this.options.isSource?.(node)) return true;
    if (this.isNameReference(node)) return this.isNameTaintedAt(node.text, position);
    if (this.isSanitizerCall(node)) return false;
    const { member, keyed, functions } = this.valueGrammar;
    if (node.type === member) return this.taintedAt(node.childForFieldName('object')!, position);
    if (node.type === keyed) {
      const value = node.childForFieldName('value');
      return !!value && this.taintedAt(value, position);
    }
    if (functions.includes(node.type)) return false;
    return node.namedChildren.some((child) => this.taintedAt(child, position));
  }

  protected record(name: string, position: number, tainted: boolean): void {
    const list = this.events.get(name) ?? [];
    list.push({ position, tainted });
    this.events.set(name, list);
  }

  /** True when any seed was given or some source assignment was seen: lets callers skip clean scopes. */
  get hasTaint(): boolean {
    return [...this.events.values()].some((events) => events.some((event) => event.tainted));
  }

  isNameTaintedAt(name: string, position: number): boolean {
    let latest: Event | undefined;
    for (const event of this.events.get(name) ?? []) if (event.position <= position) latest = event;
    return latest?.tainted ?? false;
  }

  /** Does the value of `node` (evaluated where it stands) carry tainted data? */
  isTainted(node: SyntaxNode): boolean {
    return this.taintedAt(node, node.startIndex);
  }

  /** The tainted names referenced by `node`, for messages. */
  taintedNames(node: SyntaxNode): string[] {
    const names = new Set<string>();
    // An explicit stack, not recursion: generated expressions nest deeper than the call stack allows.
    const pending: SyntaxNode[] = [node];
    for (let current = pending.pop(); current; current = pending.pop()) {
      if (this.isNameReference(current) && this.isNameTaintedAt(current.text, node.startIndex)) names.add(current.text);
      if (this.isSanitizerCall(current)) continue;
      // A reversed copy: the node keeps its children array, and reversing it in place reorders them for every later reader.
      pending.push(...[...current.namedChildren].reverse());
    }
    return [...names];
  }

  protected isSanitizerName(callee: string): boolean {
    return this.options.sanitizers?.has(callee) ?? false;
  }
}
