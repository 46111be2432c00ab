import type { Node } from 'web-tree-sitter';
import { calleeText, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { RELIABILITY_BASE, descendantsInScope, isPython, isScript } from './shared.js';

/** Model/agent calls by callee suffix, whatever the receiver is called. */
const PY_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generate_content(_async)?|\.generate_content_stream)$/;
/** Resolved names that are model/agent calls. */
const PY_MODEL_QUALIFIED = /^(agents\.Runner\.run(_sync|_streamed)?|litellm\.a?completion|ollama\.chat|crewai\.Crew\.kickoff)$/;
/** `.invoke`-style methods count when the receiver name says it is a model, chain, agent or graph. */
const PY_RUNNABLE_METHOD = /^(.*\.)?(\w+)\.(a?invoke|a?run|kickoff|generate|a?stream|chat|run_sync|run_async)$/;
const MODEL_RECEIVER = /(llm|model|chat|chain|agent|graph|executor|crew|runnable|assistant|claude|gpt|gemini)/i;

/** Reading the next human or queue message paces the loop: a chat REPL or a worker, not a runaway. */
const PY_PACED = /^(input|.*\.(receive\w*|recv|get_message|readline|consume|listen|ask)|.*queue.*\.get|.*Prompt\.ask)$/;
const TS_PACED = /(\.question|\.prompt|readline|\.receive\w*|\.recv|\.read|\.consume|prompt|\.next)$/;

const TS_MODEL_FUNCTIONS = /^(ai#(generateText|streamText|generateObject|streamObject)|@openai\/agents#run)$/;
const TS_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generateContent(Stream)?)$/;

const PY_FUNCTION_SCOPES = ['function_definition', 'lambda', 'class_definition'];
const TS_FUNCTION_SCOPES = ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration'];

function isPyModelCall(call: Node, imports: ReturnType<typeof pythonImportMap>): boolean {
  const written = calleeText(call);
  if (PY_MODEL_SUFFIX.test(written)) return true;
  if (PY_MODEL_QUALIFIED.test(qualifiedCallee(call, imports))) return true;
  const match = PY_RUNNABLE_METHOD.exec(written);
  return !!match && MODEL_RECEIVER.test(match[2] ?? '');
}

/** Identifiers (or `self.x` attributes) that are incremented inside the loop. */
function pyCounters(body: Node): Set<string> {
  const counters = new Set<string>();
  for (const node of descendantsInScope(body, ['augmented_assignment', 'assignment'], PY_FUNCTION_SCOPES)) {
    const left = node.childForFieldName('left')?.text;
    const right = node.childForFieldName('right')?.text ?? '';
    if (!left) continue;
    if (node.type === 'augmented_assignment' && /^[+-]=$/.test(node.child(1)?.text ?? '')) counters.add(left);
    else if (node.type === 'assignment' && new RegExp(`^${left.replace(/[.[\]]/g, '\\$&')}\\s*[+-]\\s*\\d+$`).test(right)) counters.add(left);
  }
  return counters;
}

/** An `if` that compares a counter or a clock and leaves the loop. */
function pyHasBoundCheck(body: Node, counters: Set<string>): boolean {
  for (const statement of descendantsInScope(body, ['if_statement', 'elif_clause'], PY_FUNCTION_SCOPES)) {
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
  }
  return false;
}

function tsCounters(body: Node): Set<string> {
  const counters = new Set<string>();
  for (const node of descendantsInScope(body, ['update_expression', 'augmented_assignment_expression'], TS_FUNCTION_SCOPES)) {
    const target = node.type === 'update_expression' ? node.childForFieldName('argument') : node.childForFieldName('left');
    if (target) counters.add(target.text);
  }
  return counters;
}

function tsHasBoundCheck(body: Node, counters: Set<string>): boolean {
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

function pyUnboundedCondition(condition: Node | null): boolean {
  if (!condition) return false;
  if (condition.type === 'true' || (condition.type === 'integer' && condition.text !== '0')) return true;
  // `while not done:` / `while not state.finished:` — a flag the model's answer flips.
  return condition.type === 'not_operator' && ['identifier', 'attribute'].includes(condition.childForFieldName('argument')?.type ?? '');
}

function tsUnboundedLoop(loop: Node): boolean {
  if (loop.type === 'for_statement') {
    const condition = loop.childForFieldName('condition');
    return !condition || condition.type === 'empty_statement' || condition.text.trim() === ';' || /^(true|1);?$/.test(condition.text.trim());
  }
  const condition = loop.childForFieldName('condition');
  const inner = condition?.type === 'parenthesized_expression' ? condition.namedChildren[0] : condition;
  if (!inner) return false;
  if (inner.type === 'true' || (inner.type === 'number' && inner.text !== '0')) return true;
  return inner.type === 'unary_expression' && inner.text.startsWith('!') && ['identifier', 'member_expression'].includes(inner.namedChildren[0]?.type ?? '');
}

export const unboundedModelLoopCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/unbounded-model-loop',
    title: 'Hand-written agent loop with no iteration bound',
    description:
      'A `while True` / `while not done` / `for (;;)` loop calls a model or agent, and nothing outside the model bounds it: no step counter compared to a limit, ' +
      'no deadline. The only exits are model-decided (a stop reason, a missing tool call, a flag the answer sets), so a model that keeps calling tools, ' +
      'a provider error swallowed by an except, or a prompt injection keeps the loop spending tokens forever. Framework loops have a default cap ' +
      '(LangGraph 25 steps, OpenAI Agents 10 turns); a hand-written one does not. Loops paced by user or queue input are not flagged.',
    severity: 'error',
    fixability: 'structural',
    tags: ['LLM10:2025', 'ASI08', 'CWE-835', 'CWE-400'],
    remediation:
      'Bound the loop outside the model: `for step in range(MAX_STEPS): ... else: raise StepLimitExceeded` (or a counter checked with break/raise) and a wall-clock deadline; ' +
      'log and surface the limit instead of silently continuing.',
    docs: 'https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/',
    frameworks: ['openai', 'anthropic', 'google-genai', 'langchain', 'langgraph', 'openai-agents', 'vercel-ai-sdk'],
    precision: 'high',
  },
  {
    appliesTo: (file) => isPython(file) || isScript(file),
    async run(context) {
      const { file } = context;
      if (isPython(file) ? !/while\s+(True|1|not\s)/.test(file.text) : !/while\s*\(\s*(true|1|!)|for\s*\(\s*;\s*;/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const report = (loop: Node, model: Node, head: string): void => {
        const callee = isPython(file) ? calleeText(model) : tsCalleeText(model);
        context.report({
          start: loop.startIndex,
          end: loop.startIndex + head.length,
          message: `'${head}' calls ${callee}(...) with no step counter or deadline bounding it, so only the model decides when it stops and a looping model spends tokens without limit.`,
          fingerprintContent: `${head}:${callee}`,
        });
      };
      if (isPython(file)) {
        const imports = pythonImportMap(tree);
        for (const loop of tree.rootNode.descendantsOfType('while_statement')) {
          if (!pyUnboundedCondition(loop.childForFieldName('condition'))) continue;
          const body = loop.childForFieldName('body');
          if (!body) continue;
          const bodyCalls = descendantsInScope(body, ['call'], PY_FUNCTION_SCOPES);
          const model = bodyCalls.find((call) => isPyModelCall(call, imports));
          if (!model) continue;
          if (bodyCalls.some((call) => PY_PACED.test(calleeText(call)))) continue;
          if (pyHasBoundCheck(body, pyCounters(body))) continue;
          report(loop, model, loop.text.split('\n')[0]!.trim().replace(/:$/, ''));
        }
        return;
      }
      const imports = tsImportMap(tree);
      for (const loop of tree.rootNode.descendantsOfType(['while_statement', 'for_statement', 'do_statement'])) {
        if (!tsUnboundedLoop(loop)) continue;
        const body = loop.childForFieldName('body');
        if (!body) continue;
        const bodyCalls = descendantsInScope(body, ['call_expression'], TS_FUNCTION_SCOPES);
        const model = bodyCalls.find((call) => {
          const written = tsCalleeText(call);
          return TS_MODEL_FUNCTIONS.test(imports.get(written) ?? '') || TS_MODEL_SUFFIX.test(written);
        });
        if (!model) continue;
        if (bodyCalls.some((call) => TS_PACED.test(tsCalleeText(call)))) continue;
        if (tsHasBoundCheck(body, tsCounters(body))) continue;
        const head = loop.type === 'do_statement' ? 'do { ... } while (true)' : loop.text.slice(0, loop.text.indexOf(')') + 1);
        report(loop, model, head);
      }
    },
  },
);
