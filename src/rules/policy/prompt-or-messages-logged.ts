import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, calls, pythonImportMap } from '../ast/python.js';
import { callExpressions, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { PY_LLM_MODULES, isTsLlmModule, pyImportsFrom, tsImportsFrom } from '../architecture/support.js';
import { spanOf } from '../ast/span.js';

/** Variables that hold prompt or conversation text by name. */
const PROMPT_NAMES = new Set([
  'prompt', 'prompts', 'messages', 'system_prompt', 'systemPrompt', 'instructions', 'user_input', 'userInput', 'user_prompt', 'userPrompt',
  'completion', 'full_prompt', 'fullPrompt', 'chat_history', 'chatHistory', 'user_message', 'userMessage',
]);

/** System instructions by name: printing them shows the system prompt even in a CLI. */
const SYSTEM_PROMPT_NAMES = new Set(['system_prompt', 'systemPrompt', 'instructions']);

/** Python web and app servers: in their processes stdout is the server log. */
const PY_SERVER_MODULES = ['fastapi', 'flask', 'starlette', 'django', 'aiohttp', 'sanic', 'tornado', 'litestar', 'quart', 'streamlit', 'gradio', 'chainlit'];

/** A script run from a terminal: its print() answers the person at the keyboard. */
const MAIN_GUARD = /^if\s+__name__\s*==\s*['"]__main__['"]\s*:/m;

/** Attributes that are metadata, not content: logging `completion.usage` or `response.id` is fine. */
const METADATA_ATTRIBUTES = /^(id|usage|model|created|object|finish_reason|finishReason|status|type|role|name|description|title|tokens|total_tokens|totalTokens|prompt_tokens|promptTokens|completion_tokens|completionTokens|input_tokens|output_tokens|length|count|response_id|system_fingerprint)$/;

/** Wrappers whose result says nothing about the content. */
const SAFE_WRAPPERS = /^(len|type|id|hash|bool|isinstance|count|sizeof|Boolean|typeof)$/;

/** Model output by name: printing it is how a CLI answers, so `print` of these is not flagged (loggers are). */
const OUTPUT_NAMES = new Set(['completion']);

/** Expression shapes that are model output whatever the variable is called. */
const OUTPUT_SHAPES = /\.choices\[[^\]]*\](\.message(\.content)?)?$|\.final_output$|\.output_text$/;

const PY_LOG_METHODS = /^(debug|info|warning|warn|error|exception|critical|log)$/;
const TS_LOG_METHODS = /^(log|info|debug|warn|error|trace)$/;

function isLoggerReceiver(text: string): boolean {
  return /^(logging|console)$/.test(text) || /(^|\.|_)(log|logger|logs|_logger|LOGGER|LOG|log_)$/i.test(text) || /logger$/i.test(text);
}

/**
 * Past this many levels below the log argument the expression is generated code; each `parent` step costs
 * tree-sitter a walk down from the root, so following a 30,000-deep chain up took seconds per identifier.
 */
const MAX_ARGUMENT_DEPTH = 256;

/** What of a sensitive kind the node leaks, following it up to the argument root (undefined when unknown). */
function leaked(identifier: SyntaxNode, root: SyntaxNode, pyLike: boolean): string | undefined {
  let node = identifier;
  let described = identifier.text;
  for (let depth = 0; node.id !== root.id; depth++) {
    if (depth >= MAX_ARGUMENT_DEPTH) return undefined;
    const parent = node.parent;
    if (!parent) break;
    const member = pyLike ? parent.type === 'attribute' : parent.type === 'member_expression';
    const subscript = pyLike ? parent.type === 'subscript' : parent.type === 'subscript_expression';
    if (member) {
      const property = parent.childForFieldName(pyLike ? 'attribute' : 'property')?.text ?? '';
      if (parent.childForFieldName('object')?.id !== node.id) return undefined;
      if (METADATA_ATTRIBUTES.test(property)) return undefined;
      described = `${described}.${property}`;
    } else if (subscript) {
      if ((parent.childForFieldName(pyLike ? 'value' : 'object')?.id ?? -1) !== node.id) return undefined;
      described = `${described}[...]`;
    } else if (parent.type === 'argument_list' || parent.type === 'arguments') {
      const call = parent.parent;
      const fn = call?.childForFieldName('function')?.text ?? '';
      if (call && SAFE_WRAPPERS.test(fn.slice(fn.lastIndexOf('.') + 1))) return undefined;
    } else if (parent.type === 'unary_expression' && parent.text.startsWith('typeof')) {
      return undefined;
    }
    node = parent;
  }
  return described;
}

export const promptOrMessagesLoggedCheck = defineRule(
  {
    id: 'policy/prompt-or-messages-logged',
    title: 'Prompt, conversation or model response written to logs',
    description:
      'A log or print call in agent code writes a prompt, the message list, system instructions, user input or the model response ' +
      '(variables named prompt/messages/system_prompt/instructions/user_input/completion, response.choices[...], result.final_output). ' +
      'Logs are retained, shipped to third parties and read by people who may not see user data, and they leak the system prompt. ' +
      'Lengths, ids, usage and other metadata are not flagged, nor are test files or modules that use no model SDK; print() of the ' +
      'model answer (final_output, choices, completion) is how a CLI replies and is not flagged. print() of the user\'s prompt or the ' +
      'messages is flagged only where stdout is a log: not in a script run from a terminal (an `if __name__ == "__main__":` module ' +
      'that imports no web or app server), where it echoes the user\'s own text back to them; print() of system instructions ' +
      '(system_prompt, instructions) is flagged everywhere.',
    persona: 'governance',
    category: 'policy',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM02:2025', 'LLM07:2025', 'CWE-532'],
    remediation:
      'Log metadata instead (ids, token counts, lengths, latency), or send content to a trace store with access control and retention; ' +
      'if content must be logged, redact it first and guard it behind a debug setting that is off in production.',
    docs: 'https://cwe.mitre.org/data/definitions/532.html',
    frameworks: [],
    precision: 'high',
  },
  {
    textHas: [/print|log|console/, /prompt|messages|instructions|user_?input|userInput|completion|choices|final_output|output_text|history|user_?message/i],
    async runOnTree(context, tree) {
      const { file } = context;
      const python = file.language === 'python';
      if (python ? !pyImportsFrom(pythonImportMap(tree), PY_LLM_MODULES) : !tsImportsFrom(tsImportMap(tree), isTsLlmModule)) return;
      // In a terminal script print() is the conversation itself, not a log.
      const printIsEcho = python && MAIN_GUARD.test(file.text) && !pyImportsFrom(pythonImportMap(tree), PY_SERVER_MODULES);

      for (const call of python ? calls(tree) : callExpressions(tree)) {
        if (!python && call.type !== 'call_expression') continue;
        const callee = python ? calleeText(call) : tsCalleeText(call);
        const dot = callee.lastIndexOf('.');
        const isLog = python
          ? callee === 'print' || (dot > 0 && PY_LOG_METHODS.test(callee.slice(dot + 1)) && isLoggerReceiver(callee.slice(0, dot)))
          : dot > 0 && TS_LOG_METHODS.test(callee.slice(dot + 1)) && isLoggerReceiver(callee.slice(0, dot));
        if (!isLog) continue;
        const args = python ? (call.childForFieldName('arguments')?.namedChildren ?? []) : tsArguments(call);
        let found: string | undefined;
        for (const argument of args) {
          // Python keyword arguments such as extra=/exc_info= are not the message.
          const value = argument.type === 'keyword_argument' ? undefined : argument;
          if (!value) continue;
          const candidates = [value, ...value.descendantsOfType(python ? ['identifier', 'attribute', 'subscript'] : ['identifier', 'member_expression', 'subscript_expression'])];
          for (const candidate of candidates) {
            const compact = candidate.text.replace(/\s+|\?/g, '');
            const printing = callee === 'print';
            if (!printing && candidate.type !== 'identifier' && OUTPUT_SHAPES.test(compact)) {
              const base = candidate.descendantsOfType('identifier')[0];
              if (base && leaked(base, value, python) !== undefined) found = compact.length > 50 ? `${compact.slice(0, 47)}...` : compact;
            } else if (
              candidate.type === 'identifier' &&
              PROMPT_NAMES.has(candidate.text) &&
              !(printing && OUTPUT_NAMES.has(candidate.text)) &&
              !(printing && printIsEcho && !SYSTEM_PROMPT_NAMES.has(candidate.text))
            ) {
              found = leaked(candidate, value, python);
            }
            if (found) break;
          }
          if (found) break;
        }
        if (!found) continue;
        context.report({
          ...spanOf(call),
          message: `${callee}(...) writes '${found}' to the log; prompts and model text in logs leak user data and the system prompt to everyone with log access.`,
          fingerprintContent: `${callee}|${found}`,
        });
      }
    },
  },
);
