/**
 * Changed line ranges from `git diff --unified=0`: for each file, the lines of the new side that a
 * hunk added or replaced. A pure deletion touches the lines on either side of where it was, since
 * a finding caused by removing code (a dropped timeout argument) lands on its neighbours.
 */
export interface LineRange {
  /** 1-based, inclusive. */
  start: number;
  end: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, octal escapes for non-ASCII bytes). */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const body = raw.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `+++ b/path` → `path`; undefined for `/dev/null` (a deleted file). */
function newSidePath(line: string): string | undefined {
  const raw = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
  if (raw === '/dev/null') return undefined;
  return raw.startsWith('b/') ? raw.slice(2) : raw;
}

/** Parses `git diff --unified=0` output into changed new-side line ranges per file (paths as git prints them). */
export function parseChangedLines(diff: string): Map<string, LineRange[]> {
  const changed = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  // Only a file's header names it; inside hunks an added line `++ x` reads `+++ x`.
  let inHeader = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHeader = true;
    } else if (inHeader && line.startsWith('+++ ')) {
      const file = newSidePath(line);
      current = file === undefined ? undefined : (changed.get(file) ?? []);
      if (file !== undefined && current) changed.set(file, current);
    } else if (line.startsWith('@@ ')) {
      inHeader = false;
      if (!current) continue;
      const match = HUNK_HEADER.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      current.push(count === 0 ? { start: Math.max(1, start), end: start + 1 } : { start, end: start + count - 1 });
    }
  }
  return changed;
}

export function intersects(ranges: readonly LineRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= end && start <= range.end);
}
