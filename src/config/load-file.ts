import { readFile } from 'node:fs/promises';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { CockpitError } from '../util/errors.js';
import { CockpitFileSchema, type CockpitFile } from './file-schema.js';

/**
 * Loads and validates one cockpit.yaml. Every problem becomes a CockpitError of one line:
 * `path:line:column: what is wrong` (exit 3), pointing at the offending key when the schema rejects it.
 */
export interface LoadedCockpitFile {
  config: CockpitFile;
  /** POSIX path of the file relative to the workspace root, as shown in messages and findings. */
  shownPath: string;
  /** 1-based line and column of a key path (`['gate', 'secrets']`), for findings about the file. */
  positionOf(keyPath: readonly string[]): { line: number; column: number };
}

export async function loadCockpitFile(filePath: string, shownPath: string): Promise<LoadedCockpitFile> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new CockpitError(`${shownPath}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  return parseCockpitDocument(text, shownPath);
}

export function parseCockpitFile(text: string, shownPath: string): CockpitFile {
  return parseCockpitDocument(text, shownPath).config;
}

export function parseCockpitDocument(text: string, shownPath: string): LoadedCockpitFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const at = lineCounter.linePos(firstError.pos[0]);
    throw new CockpitError(`${shownPath}:${at.line}:${at.col}: invalid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS() ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CockpitError(`${shownPath}:1:1: expected a mapping of settings at the top level`);
  }
  const parsed = CockpitFileSchema.safeParse(data);
  if (parsed.success) {
    return {
      config: parsed.data,
      shownPath,
      positionOf(keyPath) {
        for (let depth = keyPath.length; depth > 0; depth--) {
          const parent = depth === 1 ? document.contents : document.getIn(keyPath.slice(0, depth - 1), true);
          if (!isMap(parent)) continue;
          const pair = parent.items.find((item) => String((item.key as { value?: unknown })?.value) === keyPath[depth - 1]);
          const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (range) {
            const at = lineCounter.linePos(range[0]);
            return { line: at.line, column: at.col };
          }
        }
        return { line: 1, column: 1 };
      },
    };
  }

  const issue = parsed.error.issues[0]!;
  // Point at the deepest node of the issue's path that exists in the document.
  let node: YamlNode | undefined;
  let key = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) key = [...key, issue.keys[0]];
  for (let depth = key.length; depth >= 0 && !node; depth--) {
    const found = depth === 0 ? document.contents : document.getIn(key.slice(0, depth), true);
    if (found && typeof found === 'object' && 'range' in found) node = found as YamlNode;
    // For an unknown key, point at the key itself rather than its value.
    if (node && issue.code === 'unrecognized_keys' && depth === key.length) {
      const parent = depth === 1 ? document.contents : document.getIn(key.slice(0, depth - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => String((item.key as { value?: unknown })?.value) === key[depth - 1]);
        if (pair?.key && typeof pair.key === 'object' && 'range' in pair.key) node = pair.key as YamlNode;
      }
    }
  }
  const at = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  const where = key.length > 0 ? `'${key.join('.')}'` : 'top level';
  const message = issue.code === 'unrecognized_keys' ? `unknown setting ${where}` : `${where}: ${issue.message}`;
  throw new CockpitError(`${shownPath}:${at.line}:${at.col}: ${message}`);
}
