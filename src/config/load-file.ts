import path from 'node:path';
import { isMap, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { CockpitError, errorMessage } from '../util/errors.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { CockpitFileSchema, type CockpitFile } from './file-schema.js';
import { RULES } from '../rules/index.js';
import { nearestRuleKey, validRuleKeys } from './rule-keys.js';
import { ruleOptionsProblem } from '../rules/options.js';
import { currentRuleId } from '../rules/renamed-ids.js';
import { z } from 'zod';
import { redactQuoted } from './shown-text.js';

/** A policy file is a page or two; anything far larger is a mistake (or `/dev/zero` behind a link). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

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

/**
 * `root`: the folder the file must stay inside, symbolic links followed (default: its own folder).
 * A missing file is `path: cannot be read (ENOENT)`; a FIFO, device, link out of the root or a file
 * over MAX_CONFIG_BYTES is refused in one line.
 */
export async function loadCockpitFile(filePath: string, shownPath: string, options: { root?: string } = {}): Promise<LoadedCockpitFile> {
  const text = await readRegularFile(filePath, { shown: shownPath, root: options.root ?? path.dirname(filePath), maxBytes: MAX_CONFIG_BYTES });
  return parseCockpitDocument(text, shownPath);
}

/**
 * The `rules:` keys written as a former id, by the current id they stand for (empty: none). Both ids of one rule
 * in one file would leave it unclear which setting applies: that is a one-line error at the second key.
 */
function writtenRuleKeys(rules: CockpitFile['rules'], shownPath: string, keyPosition: (key: string) => { line: number; col: number }): Map<string, string> {
  const written = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const key of Object.keys(rules ?? {})) {
    const current = currentRuleId(key);
    const other = seen.get(current);
    if (other !== undefined) {
      const at = keyPosition(key);
      throw new CockpitError(`${shownPath}:${at.line}:${at.col}: rules names ${current} twice, as '${other}' and '${key}' (a former id still names the rule); keep '${current}' only`);
    }
    seen.set(current, key);
    if (current !== key) written.set(current, key);
  }
  return written;
}

export function parseCockpitFile(text: string, shownPath: string): CockpitFile {
  return parseCockpitDocument(text, shownPath).config;
}

function parseCockpitDocument(text: string, shownPath: string): LoadedCockpitFile {
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  let data: unknown;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const firstError = document.errors[0];
    if (firstError) {
      const at = lineCounter.linePos(firstError.pos[0]);
      // The parser quotes the text it stumbled on (an alias name may be a pasted token).
      throw new CockpitError(`${shownPath}:${at.line}:${at.col}: invalid YAML: ${redactQuoted(firstError.message.split('\n')[0] ?? '', 200)}`);
    }
    data = document.toJS() ?? {};
  } catch (error) {
    if (error instanceof CockpitError) throw error;
    // The parser's own limits: an alias that expands too far (a "billion laughs" file), nesting too deep.
    const message = errorMessage(error);
    const reason = /excessive alias/i.test(message)
      ? 'YAML aliases expand to too many copies (over 100); write the values out'
      : /unresolved alias/i.test(message)
        ? 'invalid YAML: an alias (*name) refers to no anchor (&name) defined before it'
        : `cannot be parsed (${redactQuoted(message.split('\n')[0] ?? '', 120)})`;
    throw new CockpitError(`${shownPath}: ${reason}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CockpitError(`${shownPath}:1:1: expected a mapping of settings at the top level`);
  }
  const parsed = CockpitFileSchema.safeParse(data);
  if (parsed.success) {
    const validKeys = validRuleKeys(RULES.map((rule) => rule.id));
    /** Where a key of `rules:` is written. */
    const ruleKeyAt = (key: string): { line: number; col: number } => {
      const rules = document.get('rules', true);
      const pair = isMap(rules) ? rules.items.find((item) => String((item.key as { value?: unknown })?.value) === key) : undefined;
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      return range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    };
    const unknown = Object.keys(parsed.data.rules ?? {}).find((key) => !validKeys.has(key));
    if (unknown !== undefined) {
      const at = ruleKeyAt(unknown);
      const near = nearestRuleKey(unknown, validKeys);
      throw new CockpitError(`${shownPath}:${at.line}:${at.col}: unknown rule '${redactQuoted(unknown)}' in rules${near ? ` (did you mean '${near}'?)` : ''}`);
    }
    for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
      if (typeof setting !== 'object' || !setting.options) continue;
      const rule = RULES.find((candidate) => candidate.id === currentRuleId(id));
      const problem = rule
        ? ruleOptionsProblem(rule, setting.options, z)
        : { option: '', message: `options belong to one rule, not to '${id}'` };
      if (!problem) continue;
      const keyPath = problem.option ? ['rules', id, 'options', problem.option] : ['rules', id, 'options'];
      const node = document.getIn(keyPath.slice(0, -1), true);
      const pair = isMap(node) ? node.items.find((item) => String((item.key as { value?: unknown })?.value) === keyPath.at(-1)) : undefined;
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      const at = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
      throw new CockpitError(`${shownPath}:${at.line}:${at.col}: ${redactQuoted(problem.message, 200)}`);
    }
    // A rule's former id names it (rules/renamed-ids.ts): the policy sees current ids only; positions stay with the key as written.
    const written = writtenRuleKeys(parsed.data.rules, shownPath, ruleKeyAt);
    return {
      config: written.size === 0 ? parsed.data : { ...parsed.data, rules: Object.fromEntries(Object.entries(parsed.data.rules!).map(([key, setting]) => [currentRuleId(key), setting])) },
      shownPath,
      positionOf(given) {
        const keyPath = given[0] === 'rules' && given[1] !== undefined && written.has(given[1]) ? ['rules', written.get(given[1])!, ...given.slice(2)] : given;
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
  const where = key.length > 0 ? `'${key.map((segment) => redactQuoted(segment)).join('.')}'` : 'top level';
  const message = issue.code === 'unrecognized_keys' ? `unknown setting ${where}` : `${where}: ${issue.message}`;
  throw new CockpitError(`${shownPath}:${at.line}:${at.col}: ${message}`);
}
