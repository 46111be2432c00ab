import type { SyntaxNode } from '../../source/syntax-tree.js';
import { tsArguments } from '../ast/typescript.js';
import { tsQualifiedCallee } from '../architecture/support.js';

/**
 * The AI SDK (`ai` package) tool loop and how each release names its stop conditions. Checked against
 * the vercel/ai repository (release-v4.3, release-v5.0, release-v6.0 branches and main at 7.0.77) and
 * the 6→7 migration guide (content/docs/08-migration-guides/23-migration-guide-7-0.mdx):
 * - 4.x: `maxSteps` on generateText/streamText, default 1.
 * - 5.x: `stopWhen` replaces maxSteps; helpers `stepCountIs(n)` and `hasToolCall(name)`; default
 *   `stepCountIs(1)` (Experimental_Agent too).
 * - 6.x: `ToolLoopAgent` defaults to `stepCountIs(20)`; 6.0.142 adds `isLoopFinished()`, a condition
 *   that never fires ("unlimited steps").
 * - 7.x (renamed in 7.0.0-beta.50): `isStepCount(n)`; `stepCountIs` stays as a deprecated alias;
 *   `hasToolCall(...names)` takes several names; defaults `isStepCount(1)` / ToolLoopAgent `isStepCount(20)`.
 * Rules resolve imports (named, aliased, `import * as ai`) rather than match one spelling.
 */
export const AI_SDK_VERSIONS_KNOWN = [
  'ai 4.x: `maxSteps` on generateText/streamText (default 1)',
  'ai 5.x: `stopWhen` with `stepCountIs(n)` / `hasToolCall()` (default `stepCountIs(1)`)',
  'ai 6.x: `ToolLoopAgent` (default `stepCountIs(20)`), `isLoopFinished()` from 6.0.142',
  'ai 7.x: `isStepCount(n)` (renamed from `stepCountIs`, kept as a deprecated alias)',
] as const;

/** Step-count helpers by `module#export`: the 5.x/6.x name and the 7.x name. */
const STEP_COUNT_HELPERS = new Set(['ai#stepCountIs', 'ai#isStepCount']);
const LOOP_FINISHED = 'ai#isLoopFinished';

/** Calls that run the tool loop and take `stopWhen` (or `maxSteps` before 5.0) in their options object. */
export const AI_SDK_LOOP_CALLS = /^ai#(generateText|streamText|ToolLoopAgent|Experimental_Agent|Agent)$/;

/** One element of a `stopWhen` value (the value itself, or each entry of an array). */
export type StopCondition =
  | { readonly kind: 'step-count'; readonly call: SyntaxNode; readonly helper: string; readonly count: SyntaxNode | undefined }
  | { readonly kind: 'loop-finished'; readonly call: SyntaxNode }
  /** Any other condition: hasToolCall, a local predicate, an imported helper, a variable. */
  | { readonly kind: 'other'; readonly node: SyntaxNode };

/** The resolved `module#export` of a call's callee (`isStepCount`, `s(...)` for an alias, `ai.isStepCount`). */
function resolved(call: SyntaxNode, imports: ReadonlyMap<string, string>): string {
  return tsQualifiedCallee(call, imports);
}

/** True when `call` is a step-count helper (`stepCountIs` or `isStepCount` from 'ai'). */
export function isStepCountCall(call: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  return call.type === 'call_expression' && STEP_COUNT_HELPERS.has(resolved(call, imports));
}

/** The conditions of a `stopWhen` value; an empty list for a spread or an empty array (nothing is known). */
export function stopConditions(value: SyntaxNode, imports: ReadonlyMap<string, string>): StopCondition[] {
  const elements = value.type === 'array' ? value.namedChildren.filter((child) => child.type !== 'comment') : [value];
  if (elements.some((element) => element.type === 'spread_element')) return [];
  return elements.map((element): StopCondition => {
    if (element.type === 'call_expression') {
      const name = resolved(element, imports);
      if (STEP_COUNT_HELPERS.has(name)) return { kind: 'step-count', call: element, helper: name.slice(name.indexOf('#') + 1), count: tsArguments(element)[0] };
      if (name === LOOP_FINISHED) return { kind: 'loop-finished', call: element };
    }
    return { kind: 'other', node: element };
  });
}

/** `stopWhen: isLoopFinished()` (alone or only such entries): the loop has no stop condition of its own. */
export function neverStops(conditions: readonly StopCondition[]): boolean {
  return conditions.length > 0 && conditions.every((condition) => condition.kind === 'loop-finished');
}
