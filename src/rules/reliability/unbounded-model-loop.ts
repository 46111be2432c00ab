import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, PY_NESTED_SCOPES, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { tsQualifiedCallee } from '../architecture/support.js';
import { defineRule } from '../define.js';
import { modelDecidedCondition } from './loop-conditions.js';
import { TS_FUNCTION_SCOPES, pyLoopIsPaced, tsLoopIsPaced } from './loop-pacing.js';
import { descendantsInScope } from '../ast/within.js';
import { RELIABILITY_BASE, brief, isPython, isScript } from './shared.js';

/** Model/agent calls by callee suffix, whatever the receiver is called. */
const PY_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generate_content(_async)?|\.generate_content_stream)$/;
/** Resolved names that are model/agent calls. */
const PY_MODEL_QUALIFIED = /^(agents\.Runner\.run(_sync|_streamed)?|litellm\.a?completion|ollama\.chat|crewai\.Crew\.kickoff)$/;
/** `.invoke`-style methods count when the receiver name says it is a model, chain, agent or graph. */
const PY_RUNNABLE_METHOD = /^(.*\.)?(\w+)\.(a?invoke|a?run|kickoff|generate|a?stream|chat|run_sync|run_async)$/;
const MODEL_RECEIVER = /(llm|model|chat|chain|agent|graph|executor|crew|runnable|assistant|claude|gpt|gemini)/i;

const TS_MODEL_FUNCTIONS = /^(ai#(generateText|streamText|generateObject|streamObject)|@openai\/agents#run)$/;
const TS_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generateContent(Stream)?)$/;

function isPyModelCall(call: SyntaxNode, imports: ReturnType<typeof pythonImportMap>): boolean {
  const written = calleeText(call);
  if (PY_MODEL_SUFFIX.test(written)) return true;
  if (PY_MODEL_QUALIFIED.test(qualifiedCallee(call, imports))) return true;
  const match = PY_RUNNABLE_METHOD.exec(written);
  return !!match && MODEL_RECEIVER.test(match[2] ?? '');
}

/** Identifiers (or `self.x` attributes) that are incremented inside the loop. */
function pyCounters(body: SyntaxNode): Set<string> {
  const counters = new Set<string>();
  for (const node of descendantsInScope(body, ['augmented_assignment', 'assignment'], PY_NESTED_SCOPES)) {
    const left = node.childForFieldName('left')?.text;
    const right = node.childForFieldName('right')?.text ?? '';
    if (!left) continue;
    if (node.type === 'augmented_assignment' && /^[+-]=$/.test(node.child(1)?.text ?? '')) counters.add(left);
    else if (node.type === 'assignment' && new RegExp(`^${left.replace(/[.[\]]/g, '\\$&')}\\s*[+-]\\s*\\d+$`).test(right)) counters.add(left);
  }
  return counters;
}

/** An `if` that compares a counter or a clock and leaves the loop. */
function pyHasBoundCheck(body: SyntaxNode, counters: Set<string>): boolean {
  for (const statement of descendantsInScope(body, ['if_statement', 'elif_clause'], PY_NESTED_SCOPES)) {
    const condition = statement.childForFieldName('condition');
    if (!condition) continue;
    const comparisons = condition.type === 'comparison_operator' ? [condition] : condition.descendantsOfType('comparison_operator');
    const bounded = comparisons.some(
      (comparison) =>
        [...counters].some((counter) => comparison.text.includes(counter)) || /time\.(time|monotonic|perf_counter)\(|deadline|elapsed|budget|max_|MAX_|limit|LIMIT/.test(comparison.text),
    );
    if (!bounded) continue;
    const consequence = statement.childForFieldName('consequence');
    if (consequence && (consequence.descendantsOfType(['break_statement', 'raise_statement', 'return_statement']).length > 0 || /^(break|raise|return)\b/.test(consequence.text))) return true;
    // A budget that gates the tools (`if calls < MAX: request.update(tools=...)`): once it is spent the model
    // is asked without tools, answers, and the tool loop ends.
    if (consequence && /\btools\b/.test(consequence.text)) return true;
  }
  return false;
}

function tsCounters(body: SyntaxNode): Set<string> {
  const counters = new Set<string>();
  for (const node of descendantsInScope(body, ['update_expression', 'augmented_assignment_expression'], TS_FUNCTION_SCOPES)) {
    const target = node.type === 'update_expression' ? node.childForFieldName('argument') : node.childForFieldName('left');
    if (target) counters.add(target.text);
  }
  return counters;
}

function tsHasBoundCheck(body: SyntaxNode, counters: Set<string>): boolean {
  for (const statement of descendantsInScope(body, ['if_statement'], TS_FUNCTION_SCOPES)) {
    const condition = statement.childForFieldName('condition');
    if (!condition) continue;
    const text = condition.text;
    const bounded = [...counters].some((counter) => text.includes(counter)) || /Date\.now\(\)|performance\.now\(\)|deadline|elapsed|budget|max[A-Z_]|MAX_|limit|LIMIT/.test(text);
    if (!bounded || !/[<>]=?|===?/.test(text)) continue;
    const consequence = statement.childForFieldName('consequence');
    if (consequence && (consequence.type === 'break_statement' || consequence.type === 'throw_statement' || consequence.type === 'return_statement' || consequence.descendantsOfType(['break_statement', 'throw_statement', 'return_statement']).length > 0)) return true;
  }
  return false;
}

function pyUnboundedCondition(condition: SyntaxNode | null, counters: ReadonlySet<string>): boolean {
  if (!condition) return false;
  if (condition.type === 'true' || (condition.type === 'integer' && condition.text !== '0')) return true;
  // `while not done:` / `while not state.finished:` — a flag the model's answer flips.
  if (condition.type === 'not_operator' && ['identifier', 'attribute'].includes(condition.childForFieldName('argument')?.type ?? '')) return true;
  // `while response.stop_reason == "tool_use":` / `while message.tool_calls:` — the model's answer keeps it going.
  return modelDecidedCondition(condition, counters);
}

function tsUnboundedLoop(loop: SyntaxNode, counters: ReadonlySet<string>): boolean {
  if (loop.type === 'for_statement') {
    const condition = loop.childForFieldName('condition');
    return !condition || condition.type === 'empty_statement' || condition.text.trim() === ';' || /^(true|1);?$/.test(condition.text.trim());
  }
  const condition = loop.childForFieldName('condition');
  const inner = condition?.type === 'parenthesized_expression' ? condition.namedChildren[0] : condition;
  if (!inner) return false;
  if (inner.type === 'true' || (inner.type === 'number' && inner.text !== '0')) return true;
  if (inner.type === 'unary_expression' && inner.text.startsWith('!') && ['identifier', 'member_expression'].includes(inner.namedChildren[0]?.type ?? '')) return true;
  return modelDecidedCondition(inner, counters);
}

export const unboundedModelLoopCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/unbounded-model-loop',
    title: 'Hand-written agent loop with no iteration bound',
    description:
      'A `while True` / `while not done` / `for (;;)` loop, or one that runs while the model asks for tools (`while response.stop_reason == "tool_use"`, ' +
      '`while message.tool_calls`, `finish_reason == "tool_calls"`), calls a model or agent, and nothing outside the model bounds it: no step counter compared to a limit, ' +
      'no deadline. The only exits are model-decided (a stop reason, a missing tool call, a flag the answer sets), so a model that keeps calling tools, ' +
      'a provider error swallowed by an except, or a prompt injection keeps the loop spending tokens forever. Framework loops have a default cap ' +
      '(LangGraph 25 steps, OpenAI Agents 10 turns); a hand-written one does not. Loops paced by user or queue input (a chat REPL, a human approval, a worker) are not flagged.',
    severity: 'error',
    fixability: 'structural',
    tags: ['LLM10:2025', 'ASI08', 'CWE-835', 'CWE-400'],
    remediation:
      'Bound the loop outside the model: `for step in range(MAX_STEPS): ... else: raise StepLimitExceeded` (or a counter checked with break/raise) and a wall-clock deadline; ' +
      'log and surface the limit instead of silently continuing.',
    docs: 'https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/',
    frameworks: ['openai-sdk', 'anthropic-sdk', 'google-genai', 'langchain', 'langgraph', 'openai-agents', 'vercel-ai-sdk'],
    knows: [
      'anthropic (Python, TS): `messages.create` / `messages.stream`, `stop_reason == "tool_use"`',
      'openai (Python, TS): `chat.completions.create|parse`, `responses.create|parse`, `finish_reason == "tool_calls"`, `message.tool_calls`',
      'google-genai: `generate_content(_async|_stream)`, `function_calls`; LiteLLM `completion`, Ollama `chat`',
      'OpenAI Agents SDK `Runner.run|run_sync|run_streamed` (each run bounded by max_turns; the loop around it is not)',
      'LangChain/LangGraph runnables (`invoke`, `stream`, …) on a receiver named like a model, chain, agent or graph; CrewAI `kickoff`',
      'AI SDK `generateText`/`streamText`/`generateObject`/`streamObject` (ai 4.x–7.x), OpenAI Agents JS `run`',
    ],
    precision: 'high',
  },
  {
    appliesTo: (file) => isPython(file) || isScript(file),
    async run(context) {
      const { file } = context;
      const modelSignal = /stop_reason|stopReason|finish_reason|finishReason|tool_calls|toolCalls|function_calls|functionCalls|tool_use/;
      if (isPython(file) ? !/while\s+(True|1|not\s)/.test(file.text) && !modelSignal.test(file.text) : !/while\s*\(\s*(true|1|!)|for\s*\(\s*;\s*;/.test(file.text) && !modelSignal.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      /** `head` names the loop in the message; the finding covers the loop's header, up to `end`. */
      const report = (loop: SyntaxNode, model: SyntaxNode, head: string, end: number): void => {
        const callee = isPython(file) ? calleeText(model) : tsCalleeText(model);
        context.report({
          start: loop.startIndex,
          end,
          message: `'${head}' calls ${callee}(...) with no step counter or deadline bounding it, so only the model decides when it stops and a looping model spends tokens without limit.`,
          fingerprintContent: `${head}:${callee}`,
        });
      };
      if (isPython(file)) {
        const imports = pythonImportMap(tree);
        for (const loop of tree.rootNode.descendantsOfType('while_statement')) {
          const body = loop.childForFieldName('body');
          if (!body) continue;
          const counters = pyCounters(body);
          if (!pyUnboundedCondition(loop.childForFieldName('condition'), counters)) continue;
          const bodyCalls = descendantsInScope(body, ['call'], PY_NESTED_SCOPES);
          const model = bodyCalls.find((call) => isPyModelCall(call, imports));
          if (!model) continue;
          if (pyLoopIsPaced(bodyCalls, tree.rootNode)) continue;
          if (pyHasBoundCheck(body, counters)) continue;
          const header = loop.text.split('\n')[0]!.trimEnd().replace(/:$/, '');
          report(loop, model, brief(header), loop.startIndex + header.length);
        }
        return;
      }
      const imports = tsImportMap(tree);
      for (const loop of tree.rootNode.descendantsOfType(['while_statement', 'for_statement', 'do_statement'])) {
        const body = loop.childForFieldName('body');
        if (!body) continue;
        const counters = tsCounters(body);
        if (!tsUnboundedLoop(loop, counters)) continue;
        const bodyCalls = descendantsInScope(body, ['call_expression'], TS_FUNCTION_SCOPES);
        const model = bodyCalls.find((call) => {
          const written = tsCalleeText(call);
          return TS_MODEL_FUNCTIONS.test(tsQualifiedCallee(call, imports)) || TS_MODEL_SUFFIX.test(written);
        });
        if (!model) continue;
        if (tsLoopIsPaced(bodyCalls)) continue;
        if (tsHasBoundCheck(body, counters)) continue;
        const condition = loop.childForFieldName('condition');
        if (loop.type === 'for_statement') {
          const head = loop.text.slice(0, loop.text.indexOf(')') + 1);
          report(loop, model, head, loop.startIndex + head.length);
        } else if (loop.type === 'do_statement') report(loop, model, `do { ... } while ${brief(condition?.text ?? '')}`, loop.startIndex + 2);
        else report(loop, model, `while ${brief(condition?.text ?? '')}`, condition?.endIndex ?? loop.startIndex + 5);
      }
    },
  },
);
