import type { Check, CheckContext, RuleMeta } from './types.js';
import type { SourceFile } from '../source/read-sources.js';
import type { Fix } from '../heal/types.js';
import { resolveRuleOptions } from './options.js';

/**
 * One rule, one module: `defineRule(meta, { appliesTo, run })`. `report` is pre-bound to the rule's
 * id so a rule cannot report for another by mistake.
 */
export interface RuleBody {
  appliesTo?(file: SourceFile): boolean;
  run(context: RuleContext): void | Promise<void>;
}

export interface RuleContext extends Omit<CheckContext, 'report' | 'ruleOptions'> {
  readonly meta: RuleMeta;
  /** The rule's options: its defaults with what cockpit.yaml sets on top. */
  readonly options: Readonly<Record<string, unknown>>;
  report(finding: { start: number; end: number; message: string; fingerprintContent: string; fixability?: RuleMeta['fixability']; fix?: Fix }): void;
}

export function defineRule(meta: RuleMeta, body: RuleBody): Check {
  return {
    rules: [meta],
    ...(body.appliesTo ? { appliesTo: body.appliesTo } : {}),
    run(context) {
      return body.run({
        file: context.file,
        codeKind: context.codeKind,
        tree: context.tree,
        heal: context.heal,
        ...(context.agentFiles ? { agentFiles: context.agentFiles } : {}),
        meta,
        options: resolveRuleOptions(meta, context.ruleOptions?.get(meta.id)),
        report: (finding) => context.report({ ...finding, ruleId: meta.id }),
      });
    },
  };
}
