/**
 * The top-level YAML key a value sits under (`development` for a `secret_key_base` indented below
 * `development:`, `users` for a kubeconfig token). Undefined when the value's own line is not
 * indented, or the line heading its block is not a plain `key:` (a `---` document boundary, a scalar).
 */

/** Column-0 lines that open a block: anything but blanks, comments and list items (`- name: x` under `users:`). */
const BLOCK_HEAD = /^(?:---|[^\s#-]).*$/gm;
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t].*)?\r?$/;

interface Heads {
  readonly starts: number[];
  readonly keys: (string | undefined)[];
}

/** One-entry memo: a file's many matches ask about the same text, and a pass over it is linear. */
let memoText: string | undefined;
let memoHeads: Heads = { starts: [], keys: [] };

function blockHeads(text: string): Heads {
  if (text === memoText) return memoHeads;
  const heads: Heads = { starts: [], keys: [] };
  for (const m of text.matchAll(BLOCK_HEAD)) {
    heads.starts.push(m.index);
    heads.keys.push(KEY_LINE.exec(m[0])?.[1]);
  }
  memoText = text;
  memoHeads = heads;
  return heads;
}

export function topLevelYamlKey(text: string, index: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (!/[ \t]/.test(text[lineStart] ?? '')) return undefined;
  const { starts, keys } = blockHeads(text);
  // The last block head before the value's line.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < lineStart) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? keys[lo - 1] : undefined;
}
