/**
 * Floating or preview model ids and the stable id that pins the same model, used by the
 * reliability/floating-model-alias fix. Keys are normalised ids (lower case, provider prefix removed).
 * Only pairs where the stable id serves the same model and is listed as a stable, served model on
 * the provider's models page (late 2026) are here; every other alias stays a structural finding:
 * - `gemini-2.5-flash(-lite)-preview-*`: the GA `gemini-2.5-flash` / `-lite` are themselves scheduled
 *   for shutdown, so pinning them would trade a preview for a retiring model;
 * - `gemini-3-flash-preview`, `gemini-3.1-pro-preview`: no GA id exists yet;
 * - OpenAI `*-chat-latest` and `*-preview` ids and Google `gemini-*-latest` aliases: no dated
 *   snapshot of the same model is published.
 */
export const MODEL_PINS: ReadonlyMap<string, string> = new Map([
  // Gemini previews promoted to GA under the same name without the suffix.
  ['gemini-3.1-flash-lite-preview', 'gemini-3.1-flash-lite'],
  ['gemini-3.1-flash-image-preview', 'gemini-3.1-flash-image'],
  ['gemini-3-pro-image-preview', 'gemini-3-pro-image'],
]);

export function pinnedModel(id: string): string | undefined {
  return MODEL_PINS.get(id);
}
