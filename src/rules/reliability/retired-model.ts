import { defineRule } from '../define.js';
import { modelIdRule } from './model-id-rule.js';
import { retiredModel } from './retired-models.js';
import { RELIABILITY_BASE } from './shared.js';

/** Cheap prefilter: every retired family contains one of these. */
const FAMILIES = /davinci|curie|babbage|\bada\b|cushman|gpt-3\.5|gpt-4|chatgpt-4o|o1|o3-mini|o4-mini|codex-mini|claude|gemini|bison|unicorn/i;

export const retiredModelCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/retired-model',
    title: 'Retired model id',
    description:
      'A model id the provider has shut down (OpenAI, Anthropic or Google) is passed where a model is chosen: a `model=`/`model:` argument, a chat-model constructor, ' +
      'an AI SDK provider call or a `model:`/`llm:` key in YAML agent config. Requests to retired models fail at runtime (404/400), so the agent is down, not degraded.',
    severity: 'error',
    fixability: 'one-click',
    tags: ['ASI08', 'LLM03:2025'],
    remediation:
      'Replace the id with the successor named in the finding (or the current model of your choice), pinned to a dated snapshot, and re-run your evals. ' +
      'Heal writes the successor id where one current id is certain (Anthropic and Gemini families), keeping the provider prefix; other findings (OpenAI, PaLM, preview successors) are structural.',
    docs: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
    frameworks: [],
    knows: [
      'provider shutdown dates as of 2026-12-04: OpenAI deprecations page, Anthropic model deprecations page, Gemini API deprecations page (sources in retired-models.ts)',
      'model ids in `model=`/`model:` arguments, chat-model constructors, AI SDK provider calls, module constants and YAML `model:`/`llm:` keys',
    ],
    precision: 'very-high',
  },
  modelIdRule(FAMILIES, (id, written) => {
    const retired = retiredModel(written);
    if (!retired) return undefined;
    return {
      message: `Model '${id}' was retired by ${retired.provider} on ${retired.retired}, so every request to it fails; move to ${retired.successor}.`,
      fingerprintContent: `retired:${id}`,
      replacement: retired.replacement ? { id: retired.replacement, description: `model '${id}' → '${retired.replacement}'` } : undefined,
    };
  }),
);
