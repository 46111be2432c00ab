import { normalizePypiName, PYPI_NAME } from './names.js';

/** A parsed PEP 508 requirement; `name` is PEP 503-normalised. */
interface Requirement {
  name: string;
  extras: string[];
  /** Version spec as written, outer parentheses dropped; '' if none. */
  specifier: string;
  url?: string;
  marker?: string;
}

export type RequirementParse = { ok: true; value: Requirement } | { ok: false; error: string };

const NAME_PREFIX = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)\s*$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * Hand-written rather than a dependency: only the shape is needed (name, extras, spec, URL, marker),
 * markers are kept as text and only checked for balance.
 */
export function parseRequirement(input: string): RequirementParse {
  const text = input.trim();
  const nameMatch = NAME_PREFIX.exec(text);
  if (!nameMatch) return { ok: false, error: 'expected a package name' };
  const name = normalizePypiName(nameMatch[0]);
  let rest = text.slice(nameMatch[0].length).trimStart();

  const extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { ok: false, error: 'unclosed extras bracket' };
    for (const raw of rest.slice(1, close).split(',')) {
      const extra = raw.trim();
      if (extra === '') continue;
      if (!PYPI_NAME.test(extra)) return { ok: false, error: `invalid extra "${extra}"` };
      extras.push(normalizePypiName(extra));
    }
    rest = rest.slice(close + 1).trimStart();
  }

  if (rest.startsWith('@')) {
    // A URL may itself contain ';', so the marker needs whitespace before it (PEP 508).
    const body = rest.slice(1).trim();
    // A lookbehind, not `\s+;`, so a long run of blanks is scanned once.
    const sep = body.search(/(?<=\s);/);
    const url = sep < 0 ? body : body.slice(0, sep).trimEnd();
    if (!URI.test(url)) return { ok: false, error: 'expected a URL after "@"' };
    const marker = sep < 0 ? undefined : checkMarker(body.slice(sep + 1));
    if (typeof marker === 'object') return marker;
    return { ok: true, value: { name, extras, specifier: '', url, ...(marker !== undefined ? { marker } : {}) } };
  }

  const semi = rest.indexOf(';');
  let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  if (spec !== '') {
    for (const clause of spec.split(',')) {
      if (!CLAUSE.test(clause)) return { ok: false, error: `invalid version specifier "${clause.trim()}"` };
    }
  }
  const marker = semi < 0 ? undefined : checkMarker(rest.slice(semi + 1));
  if (typeof marker === 'object') return marker;
  return { ok: true, value: { name, extras, specifier: spec, ...(marker !== undefined ? { marker } : {}) } };
}

function checkMarker(raw: string): string | { ok: false; error: string } {
  const marker = raw.trim();
  if (marker === '') return { ok: false, error: 'empty environment marker' };
  let depth = 0;
  let quote: string | undefined;
  for (const c of marker) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  if (quote || depth !== 0) return { ok: false, error: 'unbalanced environment marker' };
  if (!/^[(\s]*([a-z_]+|["'])/.test(marker)) return { ok: false, error: 'invalid environment marker' };
  return marker;
}

/** A single `==X` / `===X` clause without wildcard is a pin. */
export function pinOf(specifier: string): string | undefined {
  if (specifier.includes(',')) return undefined;
  const m = CLAUSE.exec(specifier);
  if (!m || (m[1] !== '==' && m[1] !== '===') || m[2]?.includes('*')) return undefined;
  return m[2];
}
