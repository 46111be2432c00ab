import type { RuleBody } from '../define.js';
import { modelIdUsesOf } from './model-ids.js';
import { normaliseModelId, replaceModelIdInLiteral } from './retired-models.js';
import { isPython, isScript, isYaml } from './shared.js';

/** What a model-id rule says about one id it judges. */
export interface ModelIdVerdict {
  message: string;
  fingerprintContent: string;
  /** The id the fix writes, and how the fix is described; without one (or when the literal cannot take it) the finding is structural. */
  replacement?: { id: string; description: string };
}

/**
 * The body of a rule that judges every model id a file chooses (Python, TS/JS and YAML agent config): `prefilter`
 * skips files that cannot hold a judged id, and `judge` sees each id normalised (`id`) and as written (`written`).
 * The fix swaps the id inside its string literal, provider prefix and quotes kept.
 */
export function modelIdRule(prefilter: RegExp, judge: (id: string, written: string) => ModelIdVerdict | undefined): RuleBody {
  return {
    appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
    textHas: [prefilter],
    async run(context) {
      const { file } = context;
      for (const use of await modelIdUsesOf(context)) {
        const id = normaliseModelId(use.value);
        const verdict = judge(id, use.value);
        if (!verdict) continue;
        const { replacement } = verdict;
        const healed = replacement ? replaceModelIdInLiteral(file.text.slice(use.start, use.end), id, replacement.id) : undefined;
        context.report({
          start: use.start,
          end: use.end,
          message: verdict.message,
          fingerprintContent: verdict.fingerprintContent,
          ...(replacement && healed !== undefined
            ? { fix: { description: replacement.description, edits: [{ start: use.start, end: use.end, text: healed }] } }
            : { fixability: 'structural' as const }),
        });
      }
    },
  };
}
