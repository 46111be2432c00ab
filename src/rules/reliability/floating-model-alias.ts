import { defineRule } from '../define.js';
import { modelIdRule } from './model-id-rule.js';
import { pinnedModel } from './model-pins.js';
import { retiredModel } from './retired-models.js';
import { RELIABILITY_BASE } from './shared.js';

/** Model-id shapes that move or disappear without a code change. */
export const FLOATING_ALIAS_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly why: string }> = [
  { pattern: /-latest$/, why: 'a -latest alias is repointed to new snapshots without notice, so behaviour, cost and tool-calling change under the same code' },
  { pattern: /-preview(-[\w.-]+)?$/, why: 'preview models can change and be retired on short notice (OpenAI: about 2 weeks; Google deprecates previews on release-note notice)' },
  { pattern: /-exp(-[\w.-]+)?$|^gemini-exp-/, why: 'experimental models change without notice, have tight rate limits and are withdrawn when the next one ships' },
];

const PREFILTER = /-latest|-preview|-exp/;

export const floatingModelAliasCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/floating-model-alias',
    title: 'Floating or preview model alias in production code',
    description:
      'Production code selects a model through an id that moves or is short-lived: a `-latest` alias, a `-preview` model or an experimental `-exp` model. ' +
      'The same deployment then runs a different model tomorrow (behaviour, cost, tool-calling and refusal changes without a diff), or fails when the preview is withdrawn. ' +
      'Test files are not flagged.',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM09:2025', 'ASI08'],
    remediation:
      'Pin a dated snapshot or a GA id (`claude-haiku-4-5-20251001`, `claude-sonnet-4-6`, `gemini-3.5-flash`), keep it in one config value, and upgrade deliberately with an eval run. ' +
      'Heal pins only ids listed in model-pins.ts (a preview served as GA under the same name while the preview still runs; none today); other aliases have no certain stable id.',
    docs: 'https://developers.openai.com/api/docs/deprecations',
    frameworks: [],
    knows: [
      '`-latest`, `-preview` and `-exp` ids; ids already shut down are left to reliability/retired-model',
    ],
    precision: 'high',
  },
  modelIdRule(PREFILTER, (id, written) => {
    // Retired ids are reported (as errors) by reliability/retired-model.
    if (retiredModel(written)) return undefined;
    const match = FLOATING_ALIAS_PATTERNS.find((entry) => entry.pattern.test(id));
    if (!match) return undefined;
    const pin = pinnedModel(id);
    return {
      message: `Model '${id}' is a floating or preview alias: ${match.why}.`,
      fingerprintContent: `floating:${id}`,
      replacement: pin ? { id: pin, description: `pin model '${id}' → '${pin}'` } : undefined,
    };
  }),
);
