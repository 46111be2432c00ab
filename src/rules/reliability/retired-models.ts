/**
 * Model ids the provider has shut down: requests to them fail at runtime. Dates are the provider's
 * published shutdown/retirement dates, reviewed 2026-12-04 against:
 * - OpenAI: https://developers.openai.com/api/docs/deprecations (successor names as recommended there, Oct 2026)
 * - Anthropic: https://platform.claude.com/docs/en/about-claude/model-deprecations and the per-model pages
 *   (https://platform.claude.com/docs/en/models/sonnet-4-5/overview)
 * - Google: https://ai.google.dev/gemini-api/docs/deprecations (Gemini API; "shut down" means the
 *   endpoint is gone). Vertex AI sets its own dates for the same ids and is not tracked here.
 * Not listed (yet): ids whose retirement is announced for a later date or differs by platform, e.g.
 * OpenAI gpt-5/o3 (2026-12-11), GPT-4o/4.1 snapshots (2027-01-14), Claude Opus 4.5 (2027-01-22), and
 * Gemini 2.5 GA ids, whose Gemini API status (routed to newer models vs shut down) sources disagree on.
 * Patterns match the whole normalised id (lower case, provider prefix removed), never a substring, so
 * `gpt-4` does not match `gpt-4o` or `gpt-4.1`.
 */
export interface RetiredModel {
  readonly pattern: RegExp;
  readonly provider: 'openai' | 'anthropic' | 'google';
  /** YYYY-MM-DD; for a family, the date the last member listed was shut down. */
  readonly retired: string;
  readonly successor: string;
  /**
   * A concrete, currently served model id the fix writes in place of the retired one (the literal's
   * provider prefix and quotes are kept). Absent where no single id is certain: OpenAI's successors
   * (the recommended GPT-5.6/6.x names change with each page revision and behave differently, e.g.
   * reasoning on by default), preview/experimental successors, and PaLM ids whose API is gone with
   * the model. Those findings are structural. A preview whose GA release is the same model under the
   * name without `-preview` gets that GA id.
   */
  readonly replacement?: string;
}

/** Successor ids the retired-model fix writes (checked against the providers' model pages, late 2026). */
const CLAUDE_SONNET = 'claude-sonnet-4-6';
const CLAUDE_HAIKU = 'claude-haiku-4-5-20251001';
const CLAUDE_OPUS = 'claude-opus-4-8';
const GEMINI_FLASH = 'gemini-3.5-flash';
const GEMINI_FLASH_LITE = 'gemini-3.1-flash-lite';
/** OpenAI's recommended replacements for the October 2026 shutdowns (deprecations page, 2026-10-15). */
const OPENAI_SOL = 'gpt-5.6-sol';
const OPENAI_TERRA = 'gpt-5.6-terra';
const OPENAI_LUNA = 'gpt-5.6-luna';

export const RETIRED_MODELS: readonly RetiredModel[] = [
  // OpenAI (https://developers.openai.com/api/docs/deprecations)
  { pattern: /^(text-(davinci|curie|babbage|ada)-00\d|davinci|curie|babbage|ada)$/, provider: 'openai', retired: '2024-01-04', successor: OPENAI_TERRA },
  { pattern: /^(code-davinci-00\d|code-cushman-00\d)$/, provider: 'openai', retired: '2023-03-23', successor: OPENAI_SOL },
  { pattern: /^gpt-3\.5-turbo(-0301|-0613|-16k|-16k-0613|-1106|-0125)?$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_TERRA },
  { pattern: /^gpt-4-(0314|32k|32k-0314|32k-0613)$/, provider: 'openai', retired: '2025-06-06', successor: OPENAI_SOL },
  { pattern: /^gpt-4-(vision-preview|1106-vision-preview)$/, provider: 'openai', retired: '2024-12-06', successor: OPENAI_SOL },
  { pattern: /^gpt-4(-0613|-1106-preview|-0125-preview|-turbo|-turbo-preview|-turbo-2024-04-09)?$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_SOL },
  { pattern: /^gpt-4\.5-preview(-2025-02-27)?$/, provider: 'openai', retired: '2025-07-14', successor: OPENAI_SOL },
  { pattern: /^gpt-4o-2024-05-13$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_SOL },
  { pattern: /^chatgpt-4o-latest$/, provider: 'openai', retired: '2026-02-17', successor: 'gpt-5.1-chat-latest' },
  { pattern: /^(o1-preview|o1-mini)(-2024-09-12)?$/, provider: 'openai', retired: '2025-10-27', successor: OPENAI_SOL },
  { pattern: /^(o1|o1-2024-12-17|o1-pro|o1-pro-2025-03-19|o3-mini|o3-mini-2025-01-31)$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_SOL },
  { pattern: /^o4-mini(-2025-04-16)?$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_TERRA },
  { pattern: /^gpt-4\.1-nano(-2025-04-14)?$/, provider: 'openai', retired: '2026-10-23', successor: OPENAI_LUNA },
  { pattern: /^codex-mini-latest$/, provider: 'openai', retired: '2026-01-16', successor: 'gpt-5-codex-mini' },
  // Anthropic (https://platform.claude.com/docs/en/about-claude/model-deprecations)
  { pattern: /^claude-(1|1\.\d|instant-1(\.\d)?|instant-v1)(-100k)?$/, provider: 'anthropic', retired: '2024-11-06', successor: CLAUDE_HAIKU, replacement: CLAUDE_HAIKU },
  { pattern: /^claude-(2|2\.0|2\.1|v2)$/, provider: 'anthropic', retired: '2025-07-21', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  { pattern: /^claude-3-sonnet-20240229$/, provider: 'anthropic', retired: '2025-07-21', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  { pattern: /^claude-3-opus-(20240229|latest)$/, provider: 'anthropic', retired: '2026-01-05', successor: CLAUDE_OPUS, replacement: CLAUDE_OPUS },
  { pattern: /^claude-3-5-sonnet-(20240620|20241022|latest)$/, provider: 'anthropic', retired: '2025-10-28', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  { pattern: /^claude-3-5-haiku-(20241022|latest)$/, provider: 'anthropic', retired: '2026-02-19', successor: CLAUDE_HAIKU, replacement: CLAUDE_HAIKU },
  { pattern: /^claude-3-7-sonnet-(20250219|latest)$/, provider: 'anthropic', retired: '2026-02-19', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  { pattern: /^claude-(sonnet-4-20250514|sonnet-4-0|4-sonnet-20250514)$/, provider: 'anthropic', retired: '2026-06-15', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  { pattern: /^claude-(opus-4-20250514|opus-4-0|4-opus-20250514)$/, provider: 'anthropic', retired: '2026-06-15', successor: CLAUDE_OPUS, replacement: CLAUDE_OPUS },
  // Retires 2026-11-30, alias included (https://platform.claude.com/docs/en/models/sonnet-4-5/overview).
  { pattern: /^claude-(sonnet-4-5-20250929|sonnet-4-5|4-5-sonnet-20250929)$/, provider: 'anthropic', retired: '2026-11-30', successor: CLAUDE_SONNET, replacement: CLAUDE_SONNET },
  // Google (https://ai.google.dev/gemini-api/docs/deprecations)
  { pattern: /^(gemini-pro|gemini-pro-vision|gemini-1\.0-pro(-\d{3}|-latest|-vision(-\d{3}|-latest)?)?)$/, provider: 'google', retired: '2025-04-09', successor: GEMINI_FLASH, replacement: GEMINI_FLASH },
  { pattern: /^gemini-1\.5-(pro|flash|flash-8b)(-\d{3}|-latest|-exp-\d{4}|-preview-\d{4})?$/, provider: 'google', retired: '2025-09-24', successor: GEMINI_FLASH, replacement: GEMINI_FLASH },
  { pattern: /^gemini-2\.0-(flash|flash-001|flash-exp|flash-thinking-exp(-\d{2}-\d{2}|-\d{4})?|pro-exp(-02-05)?)$/, provider: 'google', retired: '2026-06-01', successor: GEMINI_FLASH, replacement: GEMINI_FLASH },
  { pattern: /^gemini-2\.0-flash-lite(-001)?$/, provider: 'google', retired: '2026-06-01', successor: GEMINI_FLASH_LITE, replacement: GEMINI_FLASH_LITE },
  { pattern: /^gemini-exp-\d{4}$/, provider: 'google', retired: '2025-02-05', successor: 'gemini-2.5-pro' },
  { pattern: /^gemini-2\.5-pro-preview-(03-25|05-06|06-05)$/, provider: 'google', retired: '2025-12-02', successor: 'gemini-3.1-pro-preview' },
  { pattern: /^(gemini-2\.0-flash-live-001|gemini-live-2\.5-flash-preview)$/, provider: 'google', retired: '2025-12-09', successor: 'a current Gemini Live API model' },
  // Gemini 3 previews shut down once their successor shipped (deprecations page, Gemini 3 preview table).
  { pattern: /^gemini-3-pro-preview$/, provider: 'google', retired: '2026-03-09', successor: 'gemini-3.1-pro-preview' },
  { pattern: /^gemini-3\.1-flash-lite-preview$/, provider: 'google', retired: '2026-05-25', successor: GEMINI_FLASH_LITE, replacement: GEMINI_FLASH_LITE },
  { pattern: /^gemini-3\.1-flash-image-preview$/, provider: 'google', retired: '2026-06-25', successor: 'gemini-3.1-flash-image', replacement: 'gemini-3.1-flash-image' },
  { pattern: /^gemini-3-pro-image-preview$/, provider: 'google', retired: '2026-06-25', successor: 'gemini-3-pro-image', replacement: 'gemini-3-pro-image' },
  { pattern: /^(text-bison|chat-bison|code-bison|codechat-bison|text-unicorn)(-32k)?(@\d{3}|-\d{3})?$/, provider: 'google', retired: '2025-04-09', successor: GEMINI_FLASH },
];

/**
 * `openai:gpt-4` (Pydantic AI, init_chat_model), `anthropic/claude-2` (LiteLLM, AI Gateway),
 * `models/gemini-pro` (Gemini REST), `publishers/google/models/...` → the bare model id, lower case.
 */
export function normaliseModelId(raw: string): string {
  let id = raw.trim().toLowerCase();
  id = id.replace(/^.*\/models\//, '').replace(/^models\//, '');
  const colon = id.indexOf(':');
  if (colon !== -1 && /^[a-z][a-z0-9_-]*$/.test(id.slice(0, colon))) id = id.slice(colon + 1);
  const slash = id.lastIndexOf('/');
  if (slash !== -1) id = id.slice(slash + 1);
  return id;
}

/**
 * The literal text with the retired id swapped for `replacement`, keeping everything around the
 * bare id (quotes, `openai:` / `anthropic/` / `models/` prefixes). The bare id is the tail of the
 * value, so it is found from the end; undefined when the literal is not a plain `prefix + id`.
 */
export function replaceModelIdInLiteral(literal: string, id: string, replacement: string): string | undefined {
  const at = literal.toLowerCase().lastIndexOf(id);
  if (at === -1 || !/^\s*["'`]*$/.test(literal.slice(at + id.length))) return undefined;
  return literal.slice(0, at) + replacement + literal.slice(at + id.length);
}

export function retiredModel(raw: string): RetiredModel | undefined {
  const id = normaliseModelId(raw);
  return RETIRED_MODELS.find((entry) => entry.pattern.test(id));
}
