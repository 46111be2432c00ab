import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calls, decoratorName, decoratorsOf, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee, type ImportMap } from '../ast/python.js';
import { callExpressions, objectProperty, tsImportMap, tsStringValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { nameWords, pyFunctionsByName, pyKeywordSet, pyLiteralText, tsOptions, tsQualifiedCallee } from './support.js';
import { spanOf } from '../ast/span.js';

/** Leading verbs that make an action irreversible or outward-facing. */
const DESTRUCTIVE_VERBS = new Set([
  'delete', 'drop', 'remove', 'send', 'email', 'pay', 'payout', 'refund', 'transfer', 'deploy', 'charge', 'cancel', 'purchase',
  'destroy', 'purge', 'wipe', 'truncate', 'wire',
]);

/** The verb that makes a tool name destructive, or undefined. Handoff tools (`transfer_to_billing`) are routing, not money. */
function destructiveVerb(name: string, extraVerbs: ReadonlySet<string> = NO_VERBS): string | undefined {
  const words = nameWords(name);
  if (words[0] === 'transfer' && words[1] === 'to') return undefined;
  if (words.join('_').includes('write_file')) return 'write_file';
  const first = words[0];
  return first && (DESTRUCTIVE_VERBS.has(first) || extraVerbs.has(first)) ? first : undefined;
}

const NO_VERBS: ReadonlySet<string> = new Set();
const DEFAULT_PREFILTER = /delete|drop|remove|send|email|pay|refund|transfer|deploy|charge|cancel|purchase|destroy|purge|wipe|truncate|wire|write_?file/i;

function resolvedDecorator(decorator: SyntaxNode, imports: ImportMap): string {
  const name = decoratorName(decorator);
  const [head, ...rest] = name.split('.');
  const resolved = head !== undefined ? imports.get(head) : undefined;
  return resolved ? [resolved, ...rest].join('.') : name;
}

function bodyCalls(fn: SyntaxNode, pattern: RegExp): boolean {
  return calls(fn).some((call) => pattern.test(call.childForFieldName('function')?.text ?? ''));
}

const LANGGRAPH_WIRING = /create_react_agent|create_agent|StateGraph|ToolNode|AgentExecutor|bind_tools|create_tool_calling_agent/;
const LANGGRAPH_APPROVAL = /interrupt_before|interrupt_after|HumanInTheLoopMiddleware|interrupt_on|HumanApprovalCallbackHandler/;

export const destructiveToolWithoutApprovalCheck = defineRule(
  {
    id: 'architecture/destructive-tool-without-approval',
    title: 'Destructive tool with no human approval step',
    description:
      'A tool whose name says it deletes, sends, pays, refunds, transfers, deploys, charges, cancels, purchases or writes files is ' +
      "given to an agent with none of the framework's human-approval mechanisms: OpenAI Agents needs_approval (Python and JS), ADK " +
      'FunctionTool(require_confirmation=...) or tool_context.request_confirmation(), LangGraph interrupt() in the tool or ' +
      'interrupt_before on compile (or LangChain HumanInTheLoopMiddleware), CrewAI human_input=True, AI SDK needsApproval or a tool ' +
      'without execute (client-side confirmation), Mastra requireApproval. Every framework runs tools the model picks immediately by ' +
      'default, so a prompt-injected or confused model performs the action unreviewed. LangChain and CrewAI tools are only judged in ' +
      'the file that wires them into an agent, where an approval setting would be visible.',
    persona: 'architecture',
    category: 'architecture',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM06:2025', 'ASI02', 'ASI09', 'CWE-862'],
    remediation:
      'Gate the tool on a human decision with the framework mechanism (needs_approval=True, require_confirmation=True, interrupt(), ' +
      'needsApproval, requireApproval) and show the user the exact arguments; also scope its credentials to the minimum.',
    docs: 'https://openai.github.io/openai-agents-python/human_in_the_loop/',
    frameworks: ['openai-agents', 'google-adk', 'langgraph', 'langchain', 'crewai', 'vercel-ai-sdk', 'mastra'],
    precision: 'medium',
    options: [
      {
        name: 'destructive_verbs',
        description: 'More leading verbs that make a tool destructive in this codebase (e.g. publish, approve, post), added to the built-in list.',
        schema: (z) => z.array(z.string().regex(/^[A-Za-z]+$/, 'a verb is one word of letters')),
        default: [],
      },
      {
        name: 'ignore_tools',
        description: 'Tool names (as the model sees them) that are reviewed another way, e.g. a send tool that only writes to a sandbox.',
        schema: (z) => z.array(z.string().min(1)),
        default: [],
      },
    ],
  },
  {
    appliesTo: (file) => file.language !== 'other',
    async run(context) {
      const { file } = context;
      const extraVerbs = new Set((context.options['destructive_verbs'] as string[]).map((verb) => verb.toLowerCase()));
      const ignored = new Set(context.options['ignore_tools'] as string[]);
      if (!/tool|Tool/.test(file.text)) return;
      if (!DEFAULT_PREFILTER.test(file.text) && ![...extraVerbs].some((verb) => file.text.toLowerCase().includes(verb))) return;
      const tree = await context.tree();
      if (!tree) return;
      const verbOf: VerbOf = (name) => (ignored.has(name) ? undefined : destructiveVerb(name, extraVerbs));
      const report = (node: SyntaxNode, framework: string, name: string, verb: string, mechanism: string) =>
        context.report({
          ...spanOf(node),
          message: `${framework} tool '${name}' performs a '${verb}' action with no human approval; the model's tool calls run immediately by default, so add ${mechanism}.`,
          fingerprintContent: `${framework}|${name}`,
        });
      if (file.language === 'python') pythonTools(tree, file.text, report, verbOf);
      else tsTools(tree, report, verbOf);
    },
  },
);

type Report = (node: SyntaxNode, framework: string, name: string, verb: string, mechanism: string) => void;
type VerbOf = (name: string) => string | undefined;

function pythonTools(tree: SyntaxTree, text: string, report: Report, verbOf: VerbOf): void {
  const imports = pythonImportMap(tree);
  const functions = pyFunctionsByName(tree);
  const langgraphWired = LANGGRAPH_WIRING.test(text) && !LANGGRAPH_APPROVAL.test(text);
  const crewWired = /\b(Task|Crew)\(/.test(text) && !/human_input\s*=\s*True/.test(text);

  for (const fn of functions.values()) {
    const nameNode = fn.childForFieldName('name');
    if (!nameNode) continue;
    for (const decorator of decoratorsOf(fn)) {
      const qualified = resolvedDecorator(decorator, imports);
      const args = decorator.type === 'call' ? decorator : undefined;
      if (/^agents(\.tool)?\.function_tool$/.test(qualified)) {
        const name = pyLiteralText(args && keywordArgument(args, 'name_override')) ?? nameNode.text;
        const verb = verbOf(name);
        if (verb && !(args && pyKeywordSet(args, 'needs_approval'))) report(nameNode, 'OpenAI Agents', name, verb, '@function_tool(needs_approval=True)');
      } else if (/^(langchain_core\.tools|langchain\.tools|langchain\.agents|langchain_core\.tools\.convert)\.tool$/.test(qualified)) {
        if (!langgraphWired) continue;
        const name = pyLiteralText(args && positionalArguments(args)[0]) ?? nameNode.text;
        const verb = verbOf(name);
        if (verb && !bodyCalls(fn, /(^|\.)interrupt$/)) report(nameNode, 'LangChain', name, verb, 'interrupt() in the tool or interrupt_before=["tools"] on compile');
      } else if (/^crewai\.tools(\.base_tool)?\.tool$/.test(qualified)) {
        if (!crewWired) continue;
        const name = pyLiteralText(args && positionalArguments(args)[0]) ?? nameNode.text;
        const verb = verbOf(name);
        if (verb) report(nameNode, 'CrewAI', name, verb, 'human_input=True on the Task that uses it');
      }
    }
  }

  // ADK: plain functions (or FunctionTool wrappers) listed in an agent's tools=[...].
  for (const call of calls(tree)) {
    if (!/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualifiedCallee(call, imports))) continue;
    const tools = keywordArgument(call, 'tools');
    if (tools?.type !== 'list') continue;
    for (const element of tools.namedChildren) {
      let target: SyntaxNode | undefined = element;
      if (element.type === 'call') {
        if (!/(^|\.)FunctionTool$/.test(qualifiedCallee(element, imports))) continue;
        if (pyKeywordSet(element, 'require_confirmation')) continue;
        target = keywordArgument(element, 'func') ?? positionalArguments(element)[0];
      }
      if (target?.type !== 'identifier') continue;
      // Only judge functions defined here: an imported one may ask for confirmation in its body.
      const fn = functions.get(target.text);
      const verb = verbOf(target.text);
      if (!fn || !verb) continue;
      if (bodyCalls(fn, /\.request_confirmation$/) || fn.text.includes('tool_confirmation')) continue;
      report(element, 'ADK', target.text, verb, 'FunctionTool(func, require_confirmation=True) or tool_context.request_confirmation()');
    }
  }
}

/** The name a TS tool is known by: its key in `tools: { deleteFile: tool(...) }` or its `const` name. */
function tsBindingName(call: SyntaxNode): string | undefined {
  const parent = call.parent;
  if (parent?.type === 'pair') return parent.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  return undefined;
}

function tsTools(tree: SyntaxTree, report: Report, verbOf: VerbOf): void {
  const imports = tsImportMap(tree);
  for (const call of callExpressions(tree)) {
    const qualified = tsQualifiedCallee(call, imports);
    const options = tsOptions(call);
    if (!options) continue;
    const approval = (key: string) => {
      const value = objectProperty(options, key);
      return !!value && value.type !== 'false';
    };
    if (qualified === 'ai#tool') {
      // No execute: the tool result comes from the client, which is where the user confirms.
      if (!objectProperty(options, 'execute') || approval('needsApproval')) continue;
      const name = tsBindingName(call);
      const verb = name && verbOf(name);
      if (name && verb) report(call, 'AI SDK', name, verb, 'needsApproval: true (or drop execute and confirm on the client)');
    } else if (/^@openai\/agents(-core)?#tool$/.test(qualified)) {
      if (approval('needsApproval')) continue;
      const name = tsStringValue(objectProperty(options, 'name')) ?? tsBindingName(call);
      const verb = name && verbOf(name);
      if (name && verb) report(call, 'OpenAI Agents', name, verb, 'needsApproval: true');
    } else if (/^@mastra\/core(\/tools)?#createTool$/.test(qualified)) {
      if (approval('requireApproval')) continue;
      const name = tsStringValue(objectProperty(options, 'id')) ?? tsBindingName(call);
      const verb = name && verbOf(name);
      if (name && verb) report(call, 'Mastra', name, verb, 'requireApproval: true');
    }
  }
}
