import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, calls, decoratorName, decoratorsOf, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { lastSegment, pyAssignedValues, pyImportsFrom, pyUnwrap, tsImportsFrom, tsQualifiedCallee, tsUnwrap } from '../architecture/support.js';
import { spanOf } from '../ast/span.js';

type Kind = 'agents' | 'langgraph';

const RAISES: Record<Kind, string> = { agents: 'MaxTurnsExceeded', langgraph: 'GraphRecursionError' };
/** Exception names whose handler also catches the loop-limit error. */
const CATCHES: Record<Kind, ReadonlySet<string>> = {
  agents: new Set(['MaxTurnsExceeded', 'AgentsException', 'Exception', 'BaseException']),
  langgraph: new Set(['GraphRecursionError', 'RecursionError', 'RuntimeError', 'Exception', 'BaseException']),
};

const PY_WEB = ['fastapi', 'flask', 'starlette', 'quart', 'sanic', 'litestar', 'django', 'ninja', 'aiohttp'];
const PY_ROUTE = /^\w+\.(get|post|put|patch|delete|route|api_route|websocket)$/;

function pyCaughtNames(clause: SyntaxNode): string[] | 'all' {
  const value = clause.childForFieldName('value') ?? clause.namedChildren.find((child) => child.type !== 'block');
  if (!value || value.type === 'block') return 'all';
  const target = value.type === 'as_pattern' ? value.namedChildren[0] : value;
  if (!target) return 'all';
  const names = target.type === 'tuple' ? target.namedChildren : [target];
  return names.map((name) => lastSegment(name.text));
}

function pyCaught(call: SyntaxNode, fn: SyntaxNode, kind: Kind): boolean {
  for (let node: SyntaxNode | null = call; node && node.id !== fn.id; node = node.parent) {
    const parent = node.parent;
    if (parent?.type !== 'try_statement' || parent.childForFieldName('body')?.id !== node.id) continue;
    for (const clause of parent.namedChildren.filter((child) => child.type === 'except_clause' || child.type === 'except_group_clause')) {
      const names = pyCaughtNames(clause);
      if (names === 'all' || names.some((name) => CATCHES[kind].has(name))) return true;
    }
  }
  return false;
}

/** Names bound at module level (or in the handler) to a compiled LangGraph graph. */
function pyGraphNames(tree: SyntaxTree): Set<string> {
  const names = new Set<string>();
  for (const assignment of tree.rootNode.descendantsOfType('assignment')) {
    const left = assignment.childForFieldName('left');
    const right = pyUnwrap(assignment.childForFieldName('right') ?? undefined);
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    if (/(\.compile|(^|\.)create_react_agent|(^|\.)create_agent)$/.test(calleeText(right))) names.add(left.text);
  }
  return names;
}

export const loopLimitExceptionUncaughtCheck = defineRule(
  {
    id: 'ux/loop-limit-exception-uncaught',
    title: 'Agent loop-limit error reaches the user as a server error',
    description:
      'A web handler (FastAPI/Flask/Starlette route, Express/Next.js handler) runs an agent loop that raises when it hits its step ' +
      'bound (OpenAI Agents Runner.run/run_sync raise MaxTurnsExceeded after max_turns, default 10; LangGraph invoke/ainvoke raise ' +
      'GraphRecursionError at recursion_limit) without a try/except that catches it (or AgentsException / Exception). The user gets a ' +
      'bare 500 and loses the conversation instead of a graceful "I could not finish" reply. App-wide handlers ' +
      '(exception_handler / errorhandler) in the same module also count.',
    persona: 'ux',
    category: 'ux',
    severity: 'warning',
    fixability: 'structural',
    tags: ['ASI08'],
    remediation:
      'Catch MaxTurnsExceeded / GraphRecursionError around the run, return a helpful partial answer or a retry prompt, and log the ' +
      'run id; or register an app-wide exception handler for them.',
    docs: 'https://openai.github.io/openai-agents-python/running_agents/#exceptions',
    frameworks: ['openai-agents', 'langgraph', 'fastapi', 'flask', 'express', 'nextjs'],
    precision: 'high',
  },
  {
    textHas: [/Runner|invoke|\brun\(/, /route|\.(get|post|put|patch|delete)\(|export (async )?function (GET|POST|PUT|PATCH|DELETE)/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (call: SyntaxNode, what: string, kind: Kind) =>
        context.report({
          ...spanOf(call),
          message: `${what}(...) in a web handler is not inside a try that catches ${RAISES[kind]}; when the agent hits its step limit the user gets a bare 500 instead of a graceful reply.`,
          fingerprintContent: `${what}|${RAISES[kind]}`,
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        if (!pyImportsFrom(imports, PY_WEB)) return;
        const graphs = pyGraphNames(tree);
        const globalHandler = (kind: Kind) =>
          [...file.text.matchAll(/(exception_handler|errorhandler|add_exception_handler)\(\s*([\w.]+)/g)].some((match) => CATCHES[kind].has(lastSegment(match[2] ?? '')));
        for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
          if (!decoratorsOf(fn).some((decorator) => PY_ROUTE.test(decoratorName(decorator)) && decorator.type === 'call')) continue;
          for (const call of calls(fn)) {
            const qualified = qualifiedCallee(call, imports);
            const written = calleeText(call);
            let kind: Kind | undefined;
            if (/^agents(\.run)?\.Runner\.run(_sync)?$/.test(qualified)) kind = 'agents';
            else if (/^\w+\.a?invoke$/.test(written) && graphs.has(written.split('.')[0]!)) kind = 'langgraph';
            else if (/^\w+\.a?invoke$/.test(written) && pyAssignedValues(fn, written.split('.')[0]!).some((value) => /\.compile\(|create_react_agent\(|create_agent\(/.test(value.text))) kind = 'langgraph';
            if (!kind || globalHandler(kind) || pyCaught(call, fn, kind)) continue;
            report(call, written, kind);
          }
        }
        return;
      }

      const imports = tsImportMap(tree);
      const agentsJs = tsImportsFrom(imports, (module) => module.startsWith('@openai/agents'));
      const langgraphJs = tsImportsFrom(imports, (module) => module.startsWith('@langchain/langgraph'));
      if (!agentsJs && !langgraphJs) return;
      const graphs = new Set<string>();
      for (const declarator of tree.rootNode.descendantsOfType('variable_declarator')) {
        const value = tsUnwrap(declarator.childForFieldName('value') ?? undefined);
        const name = declarator.childForFieldName('name');
        if (name?.type === 'identifier' && value?.type === 'call_expression' && /(\.compile|(^|\.)createReactAgent|(^|\.)createAgent)$/.test(tsCalleeText(value))) graphs.add(name.text);
      }
      for (const handler of tsHandlers(tree)) {
        for (const call of callExpressions(handler)) {
          if (call.type !== 'call_expression') continue;
          const written = tsCalleeText(call);
          let kind: Kind | undefined;
          if (agentsJs && (/^@openai\/agents(-core)?#run$/.test(tsQualifiedCallee(call, imports)) || /^runner\.run$/i.test(written))) kind = 'agents';
          else if (langgraphJs && /^\w+\.invoke$/.test(written) && graphs.has(written.split('.')[0]!)) kind = 'langgraph';
          if (!kind || tsCaught(call, handler)) continue;
          report(call, written, kind);
        }
      }
    },
  },
);

/** Express/Fastify/Hono route callbacks and Next.js route exports. */
function tsHandlers(tree: SyntaxTree): SyntaxNode[] {
  const handlers: SyntaxNode[] = [];
  for (const call of tree.rootNode.descendantsOfType('call_expression')) {
    if (!/^\w+\.(get|post|put|patch|delete|all|route)$/.test(tsCalleeText(call))) continue;
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
      if (argument.type === 'arrow_function' || argument.type === 'function_expression') handlers.push(argument);
    }
  }
  for (const exported of tree.rootNode.descendantsOfType('export_statement')) {
    const declaration = exported.childForFieldName('declaration');
    if (declaration?.type === 'function_declaration' && /^(GET|POST|PUT|PATCH|DELETE)$/.test(declaration.childForFieldName('name')?.text ?? '')) handlers.push(declaration);
  }
  return handlers;
}

/** JS catch clauses catch everything, so any enclosing try with a catch counts. */
function tsCaught(call: SyntaxNode, handler: SyntaxNode): boolean {
  for (let node: SyntaxNode | null = call; node && node.id !== handler.id; node = node.parent) {
    const parent = node.parent;
    if (parent?.type === 'try_statement' && parent.childForFieldName('body')?.id === node.id && parent.childForFieldName('handler')) return true;
  }
  // A promise chain with .catch(...) also handles it.
  return call.parent?.type === 'member_expression' && call.parent.childForFieldName('property')?.text === 'catch';
}
