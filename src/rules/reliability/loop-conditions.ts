import type { SyntaxNode } from '../../source/syntax-tree.js';

/**
 * Loop conditions the model decides: the loop goes on while the last answer asks for tools
 * (Anthropic `stop_reason == "tool_use"`, OpenAI `finish_reason == "tool_calls"` or
 * `message.tool_calls`, Gemini `function_calls`, AI SDK `finishReason`/`toolCalls`).
 */
const MODEL_SIGNAL = /\b(stop_reason|stopReason|finish_reason|finishReason|tool_calls|toolCalls|function_calls|functionCalls|tool_use)\b/;
/** A name in the condition that bounds the loop from outside the model: a counter, a limit or a clock. */
const BOUND_NAME = /(max|limit|budget|deadline|turn|step|iteration|attempt|retries|elapsed|remaining)|time\.|Date\.now|performance\.now/i;

/** True when `condition` keeps looping on the model's answer and nothing in it counts or times the loop. */
export function modelDecidedCondition(condition: SyntaxNode, counters: ReadonlySet<string>): boolean {
  const text = condition.text;
  if (!MODEL_SIGNAL.test(text)) return false;
  if (BOUND_NAME.test(text.replace(new RegExp(MODEL_SIGNAL.source, 'g'), ''))) return false;
  return ![...counters].some((counter) => text.includes(counter));
}
