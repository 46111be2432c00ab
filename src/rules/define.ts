import type { SyntaxTree } from '../source/syntax-tree.js';
import type { Check, CheckContext, RuleMeta } from './types.js';
import type { SourceFile } from '../source/read-sources.js';
import type { Fix } from '../heal/types.js';
import { resolveRuleOptions } from './options.js';

/**
 * One rule, one module: `defineRule(meta, body)`. `report` is pre-bound to the rule's id so a rule cannot
 * report for another by mistake. A rule reads the file (`run`) or its syntax tree (`runOnTree`).
 */
export type RuleBody = FileRuleBody | TreeRuleBody;

/** Cheap tests of a file's text that decide whether a rule reads the file at all. */
interface TextPrefilters {
  /** Patterns that must all occur in the file's text. */
  textHas?: readonly RegExp[];
  /** Patterns none of which may occur: where one does, the file already does what the rule asks for. */
  textLacks?: readonly RegExp[];
}

interface FileRuleBody extends TextPrefilters {
  appliesTo?(file: SourceFile): boolean;
  run(context: RuleContext): void | Promise<void>;
}

/**
 * A rule over the syntax tree: the engine parses the file (once for all the rules that ask) only when its text
 * passes the rule's prefilters (`textHas`, `textLacks`), so most files are never parsed for most rules; no tree (not code, too deep to
 * parse) means nothing to check.
 */
interface TreeRuleBody extends TextPrefilters {
  /** Narrows the code files the rule reads (by default every Python, TypeScript and JavaScript file). */
  appliesTo?(file: SourceFile): boolean;
  runOnTree(context: RuleContext, tree: SyntaxTree): void | Promise<void>;
}

export interface RuleContext extends Omit<CheckContext, 'report' | 'ruleOptions'> {
  readonly meta: RuleMeta;
  /** The rule's options: its defaults with what cockpit.yaml sets on top. */
  readonly options: Readonly<Record<string, unknown>>;
  report(finding: { start: number; end: number; message: string; fingerprintContent: string; fixability?: RuleMeta['fixability']; fix?: Fix }): void;
}

export function defineRule(meta: RuleMeta, body: RuleBody): Check {
  const appliesTo = ruleApplies(body);
  const run = 'runOnTree' in body ? onTree(body) : body.run;
  return {
    rules: [meta],
    ...(appliesTo ? { appliesTo } : {}),
    run(context) {
      return run({
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

/** The body's file test and text prefilters as one test; only code has a tree, so a tree rule reads nothing else. */
function ruleApplies(body: RuleBody): ((file: SourceFile) => boolean) | undefined {
  const { appliesTo, textHas = [], textLacks = [] } = body;
  const codeOnly = 'runOnTree' in body;
  if (!codeOnly && textHas.length === 0 && textLacks.length === 0) return appliesTo;
  return (file) =>
    (!codeOnly || file.language !== 'other') &&
    (appliesTo?.(file) ?? true) &&
    textHas.every((pattern) => pattern.test(file.text)) &&
    !textLacks.some((pattern) => pattern.test(file.text));
}

function onTree(body: TreeRuleBody): FileRuleBody['run'] {
  return async (context) => {
    const tree = await context.tree();
    if (tree) await body.runOnTree(context, tree);
  };
}
