import type { Node } from 'web-tree-sitter';
import { calleeText, calls, keywordArgument, positionalArguments } from '../ast/python.js';
import { callExpressions, tsArguments, tsCalleeText } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { nodeModuleBindings, pythonShadows, PY_OR_TS, tsShadows } from './support/common.js';
import { analysePython, analyseTs, describeOrigin } from './support/sinks.js';

const PY_SINKS = new Set(['eval', 'exec', 'compile', 'builtins.eval', 'builtins.exec', 'builtins.compile']);
const VM_FUNCTIONS = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']);

export const codeExecFromInputCheck = defineRule(
  {
    id: 'security/code-exec-from-input',
    title: 'Tool input or model output reaches eval/exec',
    description:
      'A tool function (LangChain/CrewAI/smolagents @tool, OpenAI Agents @function_tool, Pydantic AI @agent.tool, ADK tools=[...], ' +
      'AI SDK/OpenAI Agents/Mastra tool execute) or a model response feeds eval, exec, compile, new Function or node:vm. ' +
      'The model picks tool arguments, so one prompt injection (a poisoned web page, email or document) becomes arbitrary code running with the agent\'s privileges.',
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-94', 'CWE-95', 'LLM05:2025', 'ASI05'],
    remediation:
      'Do not evaluate model-chosen text. Parse data with json.loads / ast.literal_eval / JSON.parse, map the input to a fixed set of operations, ' +
      'or run generated code in a real sandbox (ADK BuiltInCodeExecutor/VertexAiCodeExecutor, smolagents executor_type="e2b"/"docker", a container or microVM) with no credentials.',
    docs: 'https://genai.owasp.org/llmrisk/llm052025-improper-output-handling/',
    frameworks: ['langchain', 'crewai', 'smolagents', 'openai-agents', 'pydantic-ai', 'google-adk', 'vercel-ai-sdk', 'mastra'],
    precision: 'high',
    securitySeverity: 9.8,
  },
  {
    appliesTo: (file) => PY_OR_TS(file.language),
    async run(context) {
      const { file } = context;
      if (file.language === 'python') {
        if (!/\b(eval|exec|compile)\s*\(/.test(file.text)) return;
        const tree = await context.tree();
        if (!tree) return;
        const analysis = analysePython(tree);
        for (const call of calls(tree)) {
          const callee = calleeText(call);
          if (!PY_SINKS.has(callee)) continue;
          if (!callee.includes('.') && pythonShadows(tree.rootNode, analysis.imports, callee)) continue;
          // eval(compile(x, ...)) is one sink: the outer eval/exec reports it.
          if (callee.endsWith('compile') && call.parent?.type === 'argument_list' && /^(builtins\.)?(eval|exec)$/.test(calleeText(call.parent.parent!))) continue;
          const code = keywordArgument(call, 'source') ?? positionalArguments(call)[0];
          if (!code) continue;
          const origin = analysis.origin(code, { modelOutput: true });
          if (!origin) continue;
          context.report({
            start: call.startIndex,
            end: call.endIndex,
            message: `${callee}(...) ${describeOrigin(origin)}; Python's ${callee} has no sandbox, so text the model controls runs as code with the agent's privileges.`,
            fingerprintContent: `${callee}|${origin.kind}|${origin.names.join(',')}`,
          });
        }
        return;
      }
      if (!/\beval\s*\(|\bFunction\s*\(|\brunIn\w*Context|\bcompileFunction|\bScript\s*\(/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const analysis = analyseTs(tree, file.text);
      const vm = nodeModuleBindings(tree.rootNode, analysis.imports, 'vm');
      for (const call of callExpressions(tree)) {
        const sink = tsSink(call, vm, (name) => tsShadows(tree.rootNode, analysis.imports, name));
        if (!sink) continue;
        const args = tsArguments(call);
        // new Function(a, b, body): every argument is code; eval/vm take the code first.
        const codeArgs = sink.allArgs ? args : args.slice(0, 1);
        for (const arg of codeArgs) {
          const origin = analysis.origin(arg, { modelOutput: true });
          if (!origin) continue;
          context.report({
            start: call.startIndex,
            end: call.endIndex,
            message: `${sink.label} ${describeOrigin(origin)}; ${sink.why}, so text the model controls runs as code in the server process.`,
            fingerprintContent: `${sink.label}|${origin.kind}|${origin.names.join(',')}`,
          });
          break;
        }
      }
    },
  },
);

interface TsSink {
  label: string;
  why: string;
  allArgs: boolean;
}

function tsSink(call: Node, vm: ReturnType<typeof nodeModuleBindings>, shadowed: (name: string) => boolean): TsSink | undefined {
  const isNew = call.type === 'new_expression';
  const callee = tsCalleeText(call);
  if (!isNew && callee === 'eval' && !shadowed('eval')) return { label: 'eval(...)', why: 'eval runs with full access to the module scope', allArgs: false };
  if ((callee === 'Function' || callee === 'globalThis.Function') && !shadowed('Function')) {
    return { label: 'new Function(...)', why: 'the Function constructor compiles its arguments as JavaScript', allArgs: true };
  }
  const [head, member] = callee.split('.');
  const vmFunction = member !== undefined && head !== undefined && vm.namespaces.has(head) ? member : vm.named.get(callee);
  if (vmFunction && (VM_FUNCTIONS.has(vmFunction) || (isNew && vmFunction === 'Script'))) {
    return { label: `vm.${vmFunction}(...)`, why: 'node:vm is not a security boundary (its own docs say so)', allArgs: false };
  }
  return undefined;
}
