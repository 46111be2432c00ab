import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, PY_NESTED_SCOPES } from '../ast/python.js';
import { tsCalleeText } from '../ast/typescript.js';
import { descendantsInScope } from '../ast/within.js';
import { lastSegment } from './shared.js';

/**
 * A loop that waits for the next human or queue message is paced by that input (a chat REPL, a
 * human-in-the-loop approval, a worker), not by the model: it is not an unbounded model loop.
 */
const PY_PACED_CALLEE =
  /^(input|getpass(\.getpass)?|.*\.(receive\w*|recv|get_message|readline|consume|listen|ask)|.*queue.*\.get|(click|typer)\.(prompt|confirm)|.*(Prompt|Confirm)\.ask)$/;
/** Human-input helpers named for what they do: input_with_fallback, get_user_input, prompt_user, ask_human, prompt_yes_no. */
const PY_PACED_NAME = /^(input_with_\w+|(get|read|ask|prompt|wait_for)_((user|human)_)?input|(user|human)_input|(prompt|ask)_(user|human)\w*|confirm(_with_\w+)?|prompt_yes_no)$/;
const TS_PACED = /(\.question|\.prompt|readline|\.receive\w*|\.recv|\.read|\.consume|prompt|\.next)$/;

const TS_FUNCTION_SCOPES = ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration'];

function pyPacedCall(call: SyntaxNode): boolean {
  const written = calleeText(call);
  if (PY_PACED_CALLEE.test(written) || PY_PACED_NAME.test(lastSegment(written))) return true;
  // `loop.run_in_executor(None, input)`, `asyncio.to_thread(input, "> ")`: the builtin handed over, not called.
  return (call.childForFieldName('arguments')?.namedChildren ?? []).some((argument) => argument.type === 'identifier' && argument.text === 'input');
}

const pacingMemo = new WeakMap<object, Set<string>>();

/** Functions defined in the module (and methods, by name) whose own body reads human or queue input; once per tree. */
function pyPacingFunctions(root: SyntaxNode): Set<string> {
  const known = pacingMemo.get(root.tree);
  if (known) return known;
  const names = new Set<string>();
  pacingMemo.set(root.tree, names);
  for (const definition of root.descendantsOfType('function_definition')) {
    const name = definition.childForFieldName('name')?.text;
    const body = definition.childForFieldName('body');
    if (name && body && descendantsInScope(body, ['call'], PY_NESTED_SCOPES).some(pyPacedCall)) names.add(name);
  }
  return names;
}

/** True when a Python loop body reads human or queue input, directly or through a helper defined in the same file. */
export function pyLoopIsPaced(bodyCalls: readonly SyntaxNode[], root: SyntaxNode): boolean {
  if (bodyCalls.some(pyPacedCall)) return true;
  let helpers: Set<string> | undefined;
  return bodyCalls.some((call) => {
    const written = calleeText(call);
    if (!/^(self\.)?\w+$/.test(written)) return false;
    helpers ??= pyPacingFunctions(root);
    return helpers.has(lastSegment(written));
  });
}

/** True when a TypeScript loop body reads a readline answer, a prompt or the next queue/stream item. */
export function tsLoopIsPaced(bodyCalls: readonly SyntaxNode[]): boolean {
  return bodyCalls.some((call) => TS_PACED.test(tsCalleeText(call)));
}

export { TS_FUNCTION_SCOPES };
