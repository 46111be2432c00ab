/**
 * Floating or preview model ids and the stable id that pins the same model, used by the
 * reliability/floating-model-alias fix. Keys are normalised ids (lower case, provider prefix removed).
 * Only pairs where the stable id serves the same model and is listed as a stable, served model on
 * the provider's models page belong here. None does today (2026-12-04):
 * - the Gemini previews that went GA under the same name (`gemini-3.1-flash-lite-preview`,
 *   `gemini-3.1-flash-image-preview`, `gemini-3-pro-image-preview`) were shut down in May–June 2026,
 *   so reliability/retired-model reports them and its fix writes the GA id;
 * - `gemini-3-flash-preview`, `gemini-3.1-pro-preview`: no GA id of the same model exists;
 * - OpenAI `*-chat-latest` and `*-preview` ids and Google `gemini-*-latest` aliases: no dated
 *   snapshot of the same model is published.
 */
export const MODEL_PINS: ReadonlyMap<string, string> = new Map<string, string>([]);

export function pinnedModel(id: string): string | undefined {
  return MODEL_PINS.get(id);
}
