import { looksLikeWords } from '../placeholders.js';

/**
 * Regex fragments shared by the catalog. Detectors stay data; these only keep the edges and the
 * assignment grammar identical everywhere, so a fix to one applies to all.
 */

/**
 * Left edge of a standalone token: not glued to a word character or a dash (so `AKIA` inside a
 * base64 blob does not count), but a JSON-escaped `\n` right before it is fine (notebooks).
 * Written as ONE negative lookbehind on purpose: V8 keeps its fast literal scan for a regex that
 * starts with a single lookbehind, but an alternation of lookbehinds made token regexes ~25x slower.
 */
export const LEFT = String.raw`(?<![\w-](?<!\\[nrt]))`;
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

/**
 * `verify` for keyed detectors: their formats have no prefix, so a value that reads as words
 * (`agentDashboardProduction`) is a name or label next to the provider's name, not its key.
 */
export const NOT_WORDS = (secret: string): boolean => !looksLikeWords(secret);

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Prefixes that only a provider's own tokens start with (regex sources). A value that starts with one
 * but was not accepted by that provider's detector is truncated or made up (`sk-ant-oat01-short`),
 * so the generic detector leaves it alone; redaction shows these prefixes.
 */
export const PROVIDER_PREFIXES: readonly string[] = [
  'sk-ant-(?:api|admin|oat|ort)\\d\\d-', 'sk-(?:proj|svcacct|admin|None)-', 'sk-or-v1-', '(?:sk|rk)_live_', 'whsec_',
  'github_pat_', 'gh[pousr]_', 'glpat-', 'gl(?:ptt|dt|rt|cbt|soat|ffct|ft|imt|agent|oas)-', 'GR1348941',
  'xox[bpaers]-', 'xapp-', 'hf_', 'api_org_', 'gsk_', 'xai-', 'pplx-', 'r8_', 'pcsk_', 'lsv2_(?:pt|sk)_',
  'tvly-(?:dev-|prod-)?', 'A(?:KIA|SIA|BIA|CCA)', 'AIza', 'GOCSPX-', 'SG\\.', 'npm_', 'pypi-', 'dckr_pat_',
  'shp(?:at|ca|pa|ss)_', 'do[por]_v1_', 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.', 'lin_api_', 'ntn_', 'hv[sb]\\.',
  'sbp_', 'sb_secret_', 'HRKU-', 'ATATT3', 'PMAK-', 'NRAK-', 'glsa_', 'glc_', 'sntry[su]_',
];
