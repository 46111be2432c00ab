import { emptyResult, type ManifestIssue, type ManifestResult } from './types.js';
import { isRecord } from './names.js';
import type * as SmolToml from 'smol-toml';
import { lazyRequire } from '../../util/lazy-require.js';

// Most agents have no TOML file; smol-toml's CommonJS build is one module where its ESM build is nine.
const toml = lazyRequire<typeof SmolToml>('smol-toml');

export type Parsed = { ok: true; doc: Record<string, unknown> } | { ok: false; issue: ManifestIssue };

// Parser messages quote the offending text, which may hold a token: report the position only.

export function safeParseToml(text: string, file: string): Parsed {
  const { parse: parseToml, TomlError } = toml();
  try {
    return { ok: true, doc: parseToml(text) as Record<string, unknown> };
  } catch (err) {
    const line = err instanceof TomlError ? err.line : 1;
    const col = err instanceof TomlError ? `, column ${err.column}` : '';
    return { ok: false, issue: { file, line, message: `invalid TOML at line ${line}${col}` } };
  }
}

export function safeParseJson(text: string, file: string): Parsed {
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(text));
  } catch (err) {
    const line = jsonErrorLine(text, err instanceof Error ? err.message : '');
    return { ok: false, issue: { file, line, message: `invalid JSON at line ${line}` } };
  }
  if (!isRecord(doc)) return { ok: false, issue: { file, line: 1, message: 'expected a JSON object' } };
  return { ok: true, doc };
}

/** The empty result a manifest reader fills, and the parsed document: none when parsing failed, which the result then reports. */
export function startManifest(parsed: Parsed): { result: ManifestResult; doc?: Record<string, unknown> } {
  const result = emptyResult();
  if (!parsed.ok) {
    result.issues.push(parsed.issue);
    return { result };
  }
  return { result, doc: parsed.doc };
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Node 20 says "at position N", newer V8 adds "(line L column C)"; end of input means the last line. */
function jsonErrorLine(text: string, message: string): number {
  const byLine = /line (\d+) column \d+/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPos = /position (\d+)/.exec(message);
  const end = byPos ? Math.min(Number(byPos[1]), text.length) : text.length;
  let line = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  // Unexpected end after a trailing newline: point at the last line with content.
  if (end === text.length && text.endsWith('\n') && line > 1) line--;
  return line;
}
