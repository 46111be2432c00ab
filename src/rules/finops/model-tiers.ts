/**
 * Premium model ids and the cheaper model of the same family that handles routing, classification,
 * extraction and summarising just as well. Order matters: the first matching pattern wins, and the
 * patterns are anchored so `gpt-4o-mini` or `gemini-2.5-flash` never match a premium entry.
 */
export interface ModelTier {
  readonly pattern: RegExp;
  readonly family: string;
  cheaper(model: string): string;
}

const PREMIUM_MODELS: readonly ModelTier[] = [
  { pattern: /^gpt-4o(-\d{4}-\d{2}-\d{2})?$/, family: 'gpt-4o', cheaper: () => 'gpt-4o-mini' },
  { pattern: /^chatgpt-4o-latest$/, family: 'gpt-4o', cheaper: () => 'gpt-4o-mini' },
  { pattern: /^gpt-4\.1(-\d{4}-\d{2}-\d{2})?$/, family: 'gpt-4.1', cheaper: () => 'gpt-4.1-mini' },
  { pattern: /^gpt-5(\.\d+)?(-\d{4}-\d{2}-\d{2}|-pro|-chat-latest)?$/, family: 'gpt-5', cheaper: () => 'gpt-5-mini' },
  { pattern: /^o1(-preview|-pro)?(-\d{4}-\d{2}-\d{2})?$/, family: 'o1', cheaper: () => 'gpt-4.1-mini' },
  { pattern: /^o3(-pro)?(-\d{4}-\d{2}-\d{2})?$/, family: 'o3', cheaper: () => 'gpt-4.1-mini' },
  { pattern: /^claude-opus-[\d.-]+(-\d{8})?(-latest)?$/, family: 'claude-opus', cheaper: () => 'claude-haiku-4-5' },
  { pattern: /^claude-[\d.-]+-opus(-\d{8}|-latest)?$/, family: 'claude-opus', cheaper: () => 'claude-haiku-4-5' },
  {
    pattern: /^gemini-[\d.]+-pro(-[a-z0-9-]+)?$/,
    family: 'gemini-pro',
    cheaper: (model) => model.replace(/-pro(-[a-z0-9-]+)?$/, (_match, suffix: string | undefined) => `-flash${suffix === '-preview' || suffix?.startsWith('-preview') ? '-preview' : ''}`),
  },
];

/** `openai:gpt-4o`, `openai/gpt-4o`, `models/gemini-2.5-pro`, `vertex_ai/gemini-2.5-pro` → the bare model id. */
export function bareModelId(model: string): string {
  const afterSlash = model.slice(model.lastIndexOf('/') + 1);
  return afterSlash.slice(afterSlash.lastIndexOf(':') + 1).trim().toLowerCase();
}

export function premiumTier(model: string): { tier: ModelTier; bare: string } | undefined {
  const bare = bareModelId(model);
  const tier = PREMIUM_MODELS.find((candidate) => candidate.pattern.test(bare));
  return tier ? { tier, bare } : undefined;
}
