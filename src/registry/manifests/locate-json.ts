/**
 * JSON.parse drops positions, so this scans the (already validated) text once and records the line
 * of every object key by its path. Paths are joined with NUL, which JSON keys practically never contain.
 */
export class JsonLocator {
  private readonly lines = new Map<string, number>();

  constructor(text: string) {
    const path: string[] = [];
    const stack: { obj: boolean; expectKey: boolean; index: number }[] = [];
    let line = 1;
    let key = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        const top = stack[stack.length - 1];
        if (top?.obj && top.expectKey) {
          key = decode(text.slice(i, j + 1));
          top.expectKey = false;
          const at = [...path, key].join('\0');
          if (!this.lines.has(at)) this.lines.set(at, line);
        }
        i = j;
      } else if (c === '{' || c === '[') {
        const top = stack[stack.length - 1];
        if (top) path.push(top.obj ? key : String(top.index));
        stack.push({ obj: c === '{', expectKey: c === '{', index: 0 });
      } else if (c === '}' || c === ']') {
        stack.pop();
        if (stack.length > 0) path.pop();
      } else if (c === ',') {
        const top = stack[stack.length - 1];
        if (top?.obj) top.expectKey = true;
        else if (top) top.index++;
      }
    }
  }

  /** Line of the key at `path`, else of its nearest located ancestor, else 1. */
  line(path: string[]): number {
    for (let n = path.length; n > 0; n--) {
      const found = this.lines.get(path.slice(0, n).join('\0'));
      if (found !== undefined) return found;
    }
    return 1;
  }
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}
