/**
 * Regex fragments shared by the catalog. Detectors stay data; these only keep the edges and the
 * assignment grammar identical everywhere, so a fix to one applies to all.
 */

/**
 * Left edge of a standalone token: not glued to a word character or a dash (so `AKIA` inside a
 * base64 blob does not count), but a JSON-escaped `\n` right before it is fine (notebooks).
 */
export const LEFT = String.raw`(?:(?<![\w-])|(?<=\\[nrt]))`;
/** Right edge: the token does not go on. */
export const RIGHT = String.raw`(?![\w-])`;

/**
 * From the end of a name to the start of its value: an optional closing quote (JSON keys, escaped
 * in notebooks) or `]` (`environ["X"] = `), then an operator — `=`, `:`, `:=`, `=>`, `??=`, a type
 * annotation `: str =`, or `,` / `(` for call arguments — then an optional opening quote.
 * Every repetition is bounded, so a near miss costs a few dozen steps at most.
 */
export const ASSIGN = String.raw`(?:\\{0,3}["'\x60])?\]?\s{0,4}(?::\s{0,4}[A-Za-z_][\w.\[\]|, ]{0,30}?\s{0,4}=(?!=)|:=|=>|\?\?=|=(?!=)|:|,|\()\s{0,4}(?:[bru]?\\{0,3}["'\x60])?`;

/** A token that stands on its own: `body` with clean edges, global. */
export function tokenRegex(body: string, flags = ''): RegExp {
  return new RegExp(`${LEFT}${body}${RIGHT}`, `g${flags}`);
}

/**
 * A value assigned to a name that mentions the provider (`MISTRAL_API_KEY=...`, `mistral_key: "..."`,
 * `Mistral(api_key="...")`): for formats too plain to find on their own. Case-insensitive.
 */
export function keyedRegex(name: string, value: string): RegExp {
  return new RegExp(`(?:${name})[\\w.()-]{0,30}?${ASSIGN}(?<secret>${value})${RIGHT}`, 'gi');
}

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
