import type { SensitiveSpan } from '../findings/model.js';
import { PROVIDER_PREFIXES } from './catalog/patterns.js';

/**
 * Redaction for anything shown or stored: a short, recognisable prefix and the length, never enough
 * of the secret to use or to brute-force.
 */

/** Provider prefixes, plus a few that are too generic for the catalog's use but still safe to show. */
const KNOWN_PREFIX = new RegExp(`^(?:${[...PROVIDER_PREFIXES, 'dapi', 'secret_', 'eyJ', 'key-', 'sk-'].join('|')})`);
/** The first line of a key block names its kind and nothing of the key: shown whole. */
const PEM_HEADER = /^(?:-----BEGIN [A-Z0-9 ]{1,40}-----|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----|PuTTY-User-Key-File-[23]: [\w@.-]{1,40})/;
/** `scheme://user:password@rest`: only the password goes. */
const URL_WITH_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)([^\s@/]+)(@.*)$/is;

function elided(shown: string, length: number): string {
  return `${shown}…(${length} chars)`;
}

/**
 * `sk-proj-…(164 chars)`, `ghp_…(40 chars)`, `-----BEGIN RSA PRIVATE KEY-----…(1675 chars)`,
 * `postgres://app:…(18 chars)@db.internal:5432/prod`. Shows the provider's prefix when there is one,
 * else at most 4 characters, and never more than a quarter of the secret.
 */
export function redactSecret(secret: string): string {
  const length = secret.length;
  const url = URL_WITH_PASSWORD.exec(secret);
  if (url) return `${url[1]}${elided('', url[2]!.length)}${url[3]}`;
  const header = PEM_HEADER.exec(secret)?.[0];
  if (header !== undefined && header.length <= length / 4) return elided(header, length);
  const prefix = KNOWN_PREFIX.exec(secret)?.[0];
  if (prefix !== undefined && prefix.length <= length / 4) return elided(prefix, length);
  return elided(secret.slice(0, Math.min(4, Math.floor(length / 4))), length);
}

/** A span that is the password part of `scheme://user:PASSWORD@host` in its line. */
function isUrlPassword(line: string, start: number, end: number): boolean {
  return line[end] === '@' && /:\/\/[^\s:@/]*:$/.test(line.slice(Math.max(0, start - 200), start));
}

/**
 * The line with each secret span replaced by its redaction. Spans are offsets into `line`; they
 * may come in any order and may overlap (merged first). URL passwords show no characters at all.
 */
export function redactLine(line: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(line.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let cursor = 0;
  for (const { start, end } of merged) {
    const secret = line.slice(start, end);
    out += line.slice(cursor, start);
    out += isUrlPassword(line, start, end) ? elided('', secret.length) : redactSecret(secret);
    cursor = end;
  }
  return out + line.slice(cursor);
}

/** `text` with each span replaced, spans sorted by start; a span overlapping one already replaced is skipped. */
export function replaceSpans(text: string, spans: readonly SensitiveSpan[]): string {
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    result += text.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}
