import type { z as zod, ZodType } from 'zod';
import type { RuleMeta } from './types.js';

/**
 * A setting a rule reads from cockpit.yaml (`rules: { <id>: { options: { <name>: value } } }`). The
 * schema checks the value when the file loads, so a rule can trust what it receives; the default is
 * what the rule does with no setting, and both appear in docs/RULES.md.
 */
export interface RuleOption {
  readonly name: string;
  readonly description: string;
  /** Built from the zod the config loader already has, so a rule module never loads zod itself (start-up). */
  readonly schema: (z: typeof zod) => ZodType;
  readonly default: unknown;
}

/** Why `configured` does not fit the rule's options (one line, naming the option), or undefined when it does. */
export function ruleOptionsProblem(meta: RuleMeta, configured: Record<string, unknown>, z: typeof zod): { option: string; message: string } | undefined {
  const known = meta.options ?? [];
  for (const [name, value] of Object.entries(configured)) {
    const option = known.find((candidate) => candidate.name === name);
    if (!option) {
      const names = known.map((candidate) => candidate.name);
      return {
        option: name,
        message: names.length === 0 ? `rule ${meta.id} takes no options` : `rule ${meta.id} has no option '${name}' (its options: ${names.join(', ')})`,
      };
    }
    const parsed = option.schema(z).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return { option: name, message: `option '${name}' of rule ${meta.id}: ${issue?.message ?? 'invalid value'}${where}` };
    }
  }
  return undefined;
}

const resolved = new WeakMap<RuleMeta, WeakMap<object, Readonly<Record<string, unknown>>>>();
const NONE = Object.freeze({});

/** The rule's defaults with the configured values on top (validated at load), memoised per configured object. */
export function resolveRuleOptions(meta: RuleMeta, configured: Record<string, unknown> | undefined): Readonly<Record<string, unknown>> {
  const key = configured ?? NONE;
  let byConfigured = resolved.get(meta);
  if (!byConfigured) resolved.set(meta, (byConfigured = new WeakMap()));
  let options = byConfigured.get(key);
  if (!options) {
    options = Object.freeze({ ...Object.fromEntries((meta.options ?? []).map((option) => [option.name, option.default])), ...configured });
    byConfigured.set(key, options);
  }
  return options;
}
