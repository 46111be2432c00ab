/**
 * Models and endpoints where a missing output cap is the right setting, not a cost leak. Each entry
 * says why and where that is documented; finops/no-output-token-cap stays silent for them.
 */

/**
 * Reasoning ("thinking") models count their hidden reasoning tokens against the output cap, so a cap
 * sized for the visible answer (the heal default is 1024) ends the call with an empty answer that is
 * still billed. Matched on the bare model id after any `provider/` or `provider:` prefix.
 * - OpenAI o-series, gpt-5 family (not the `-chat` aliases), gpt-oss: max_output_tokens covers reasoning
 *   tokens, and OpenAI advises reserving about 25,000 tokens for them
 *   (https://platform.openai.com/docs/guides/reasoning#allocating-space-for-reasoning).
 *   gpt-5 chat aliases take no reasoning settings: openai-agents-python src/agents/models/default_models.py.
 * - DeepSeek R1 / deepseek-reasoner, QwQ: the reasoning text is output (https://api-docs.deepseek.com/guides/reasoning_model).
 * - Gemini 2.5 (not 2.5 Flash-Lite, which does not think by default) and Gemini 3 and later: thinking tokens are
 *   billed against max_output_tokens; a small cap returns text='' with finish_reason MAX_TOKENS
 *   (https://github.com/googleapis/python-genai/issues/811, https://github.com/googleapis/python-genai/issues/782).
 */
const REASONING_MODEL = new RegExp(
  [
    'o[1-9](-[a-z0-9-]+)?$',
    'gpt-5(?![.\\d]*-chat)',
    'gpt-oss',
    'deepseek-r1',
    'deepseek-reasoner',
    'qwq',
    'gemini-2\\.5-(?!flash-lite)',
    'gemini-[3-9](\\.\\d+)?-',
  ]
    .map((pattern) => `(^|[/:])${pattern}`)
    .join('|'),
  'i',
);

/**
 * Image, speech and audio models: their output size is set by resolution or duration and billed per
 * image or per second (https://ai.google.dev/gemini-api/docs/pricing), not by the length of a text
 * answer, so a text-sized cap (the heal default is 1024) is not the control that bounds their cost.
 */
const MEDIA_MODEL = /image|imagen|tts|native-audio|audio-preview|veo/i;

/** Servers on this machine or the local network (Ollama, LM Studio, vLLM in compose): no per-token bill. */
const LOCAL_ENDPOINT = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal|ollama)([:/]|$)/i;

export function isReasoningModel(model: string): boolean {
  return REASONING_MODEL.test(model.trim());
}

export function isMediaOutputModel(model: string): boolean {
  return MEDIA_MODEL.test(model);
}

export function isLocalEndpoint(url: string): boolean {
  return LOCAL_ENDPOINT.test(url.trim());
}
