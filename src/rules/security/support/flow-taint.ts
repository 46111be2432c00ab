import type { Node } from 'web-tree-sitter';

/**
 * The grammar-independent half of the flow-ordered taint engines: a name is tainted at a position
 * when its latest recorded assignment before that position was tainted. Subclasses walk their own
 * grammar (assignments, references, sanitiser calls); this class keeps the events and answers queries.
 */
export interface TaintOptions {
  /** Call names (as written, e.g. `shlex.quote`, `int`) whose result is clean whatever goes in. */
  sanitizers?: ReadonlySet<string>;
  /** A rule's own sanitiser shapes beyond call names (`''.join(c for c in x if c in DIGITS)`); `key` tells cached engines apart. */
  cleanCall?: { key: string; test(call: Node): boolean };
  /** Extra sources: an expression that is tainted by itself (a model call, `request.json`). */
  isSource?: (node: Node) => boolean;
}

interface Event {
  position: number;
  tainted: boolean;
}

export abstract class FlowTaint {
  private readonly events = new Map<string, Event[]>();

  protected constructor(protected readonly options: TaintOptions) {}

  /** Is `node` a use of a variable whose taint should be reported by name? */
  protected abstract isNameReference(node: Node): boolean;
  /** Is `node` a sanitiser call, below which nothing is tainted? */
  protected abstract isSanitizerCall(node: Node): boolean;
  /** Does the value of `node`, evaluated at `position`, carry tainted data? */
  protected abstract taintedAt(node: Node, position: number): boolean;

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
  isTainted(node: Node): boolean {
    return this.taintedAt(node, node.startIndex);
  }

  /** The tainted names referenced by `node`, for messages. */
  taintedNames(node: Node): string[] {
    const names = new Set<string>();
    // An explicit stack, not recursion: generated expressions nest deeper than the call stack allows.
    const pending: Node[] = [node];
    for (let current = pending.pop(); current; current = pending.pop()) {
      if (this.isNameReference(current) && this.isNameTaintedAt(current.text, node.startIndex)) names.add(current.text);
      if (this.isSanitizerCall(current)) continue;
      pending.push(...current.namedChildren.reverse());
    }
    return [...names];
  }

  protected isSanitizerName(callee: string): boolean {
    return this.options.sanitizers?.has(callee) ?? false;
  }
}
