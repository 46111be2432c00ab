import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, hasSpread, objectProperty, tsArguments, tsImportMap, tsStringValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { pyLiteralText, tsOptions, tsQualifiedCallee } from '../architecture/support.js';
import { bareModelId, premiumTier } from './model-tiers.js';
import { replaceModelIdInLiteral, retiredModel } from '../reliability/retired-models.js';
import { spanOf } from '../ast/span.js';

/** Words that name a narrow, single-shot job a small model does as well as a premium one. */
const SIMPLE_TASK = /\b(rout(?:e|er|ers|ing)|classif(?:y|ier|ies|ication|ying)|triag(?:e|er|ing)|intent(?:s)?|summar(?:y|ies|ise|ize|iser|izer|ising|izing|isation|ization)|extract(?:or|ion|ing)?|tagg(?:er|ing)|tagger|categori[sz](?:e|er|ation)|label(?:l?er|l?ing))\b/i;

interface AgentText {
  /** Short identity fields (name, description, role, goal): a match anywhere counts. */
  identity: string[];
  /** Long instructions: only the opening sentence counts, so "summarise at the end" in a big prompt does not. */
  instruction: string | undefined;
}

function openingSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.!?\n]/);
  return (end === -1 ? trimmed : trimmed.slice(0, end)).slice(0, 200);
}

function simpleTaskWord(text: AgentText): string | undefined {
  for (const field of text.identity) {
    const match = SIMPLE_TASK.exec(field.replace(/[_-]/g, ' '));
    if (match) return match[0].toLowerCase();
  }
  if (text.instruction) return SIMPLE_TASK.exec(openingSentence(text.instruction))?.[0].toLowerCase();
  return undefined;
}

/** Python agent constructors: which keyword carries the model and which carry the job description. */
interface PyAgentShape {
  readonly test: (qualified: string) => boolean;
  readonly framework: string;
  readonly model: (call: SyntaxNode) => SyntaxNode | undefined;
  readonly identity: readonly string[];
  readonly instruction: readonly string[];
}

const PY_AGENTS: readonly PyAgentShape[] = [
  {
    test: (q) => /^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(q),
    framework: 'ADK',
    model: (call) => keywordArgument(call, 'model'),
    identity: ['name', 'description'],
    instruction: ['instruction'],
  },
  {
    test: (q) => /^agents(\.agent)?\.Agent$/.test(q),
    framework: 'OpenAI Agents',
    model: (call) => keywordArgument(call, 'model'),
    identity: ['name', 'handoff_description'],
    instruction: ['instructions'],
  },
  {
    test: (q) => /^crewai(\.agent)?\.Agent$/.test(q),
    framework: 'CrewAI',
    // CrewAI takes `llm="gpt-4o"` or `llm=LLM(model="gpt-4o")`.
    model: (call) => {
      const llm = keywordArgument(call, 'llm');
      return llm?.type === 'call' ? keywordArgument(llm, 'model') ?? positionalArguments(llm)[0] : llm;
    },
    identity: ['role', 'goal'],
    instruction: ['backstory'],
  },
  {
    test: (q) => /^pydantic_ai(\.agent)?\.Agent$/.test(q),
    framework: 'Pydantic AI',
    model: (call) => keywordArgument(call, 'model') ?? positionalArguments(call)[0],
    identity: ['name'],
    instruction: ['instructions', 'system_prompt'],
  },
];

export const premiumModelForSimpleTaskCheck = defineRule(
  {
    id: 'finops/premium-model-for-simple-task',
    title: 'Premium model on a routing, classification or extraction agent',
    description:
      'An agent whose name, description, role or opening instruction says its job is routing, classification, triage, intent detection, ' +
      'summarising, extraction or tagging runs on a premium model (gpt-4o, gpt-4.1, gpt-5, o1, o3, Claude Opus, Gemini Pro). These narrow ' +
      'tasks run as well on the small model of the same family at a fraction (often 1/10 to 1/20) of the price. Reads ADK, OpenAI Agents ' +
      '(Python and JS), CrewAI, Pydantic AI and Mastra agent constructors; both the model and the text must be literal strings.',
    persona: 'finops',
    category: 'finops',
    severity: 'note',
    fixability: 'one-click',
    tags: ['LLM10:2025'],
    remediation:
      'Switch the agent to the smaller model of the same family (the message names one) and keep the premium model for agents that plan or reason. ' +
      'Heal swaps the id inside the string literal (provider prefix and quotes kept); a model not written as one plain literal is structural.',
    docs: 'https://platform.openai.com/docs/guides/model-selection',
    frameworks: ['google-adk', 'openai-agents', 'crewai', 'pydantic-ai', 'mastra'],
    precision: 'medium',
    options: [
      {
        name: 'allow_models',
        description: 'Premium model ids the team accepts for these agents (e.g. one a contract or an evaluation requires), written bare: gpt-4o, gemini-2.5-pro.',
        schema: (z) => z.array(z.string().min(1)),
        default: [],
      },
    ],
  },
  {
    textHas: [/gpt-4o|gpt-4\.1|gpt-5|\bo[13]\b|o[13]-|opus|-pro/],
    async runOnTree(context, tree) {
      const { file } = context;
      const allowed = new Set((context.options['allow_models'] as string[]).map(bareModelId));

      const consider = (framework: string, modelNode: SyntaxNode | undefined, modelText: string | undefined, text: AgentText) => {
        if (!modelNode || modelText === undefined) return;
        const premium = premiumTier(modelText);
        if (!premium || allowed.has(premium.bare)) return;
        const word = simpleTaskWord(text);
        if (!word) return;
        const cheaper = premium.tier.cheaper(premium.bare);
        const healed = retiredModel(cheaper) ? undefined : replaceModelIdInLiteral(file.text.slice(modelNode.startIndex, modelNode.endIndex), premium.bare, cheaper);
        context.report({
          ...spanOf(modelNode),
          message: `${framework} agent for '${word}' runs on premium model '${premium.bare}'; a ${word} step is a narrow task that '${cheaper}' handles at a fraction of the cost.`,
          fingerprintContent: `${framework}|${premium.bare}|${word}|${text.identity[0] ?? ''}`,
          ...(healed !== undefined
            ? { fix: { description: `model '${premium.bare}' → '${cheaper}'`, edits: [{ start: modelNode.startIndex, end: modelNode.endIndex, text: healed }] } }
            : { fixability: 'structural' as const }),
        });
      };

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        for (const call of calls(tree)) {
          const shape = PY_AGENTS.find((candidate) => candidate.test(qualifiedCallee(call, imports)));
          if (!shape || hasDictSplat(call)) continue;
          const modelNode = shape.model(call);
          const identity = shape.identity.map((name) => pyLiteralText(keywordArgument(call, name))).filter((value): value is string => !!value);
          const instructions = shape.instruction.map((name) => pyLiteralText(keywordArgument(call, name))).filter((value): value is string => !!value);
          consider(shape.framework, modelNode, pyLiteralText(modelNode), { identity, instruction: instructions[0] });
        }
        return;
      }

      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        const qualified = tsQualifiedCallee(call, imports);
        const framework = /^@openai\/agents(-core)?#Agent(\.create)?$/.test(qualified)
          ? 'OpenAI Agents'
          : /^@mastra\/core(\/agent)?#Agent$/.test(qualified)
            ? 'Mastra'
            : undefined;
        if (!framework) continue;
        const options = tsOptions(call);
        if (!options || hasSpread(options)) continue;
        const modelNode = objectProperty(options, 'model');
        // Mastra and AI SDK providers: `model: openai('gpt-4o')`; Mastra router: `model: 'openai/gpt-4o'`.
        const modelLiteral = modelNode?.type === 'call_expression' ? tsArguments(modelNode)[0] : modelNode;
        const identity = ['name', 'description', 'handoffDescription'].map((name) => tsStringValue(objectProperty(options, name))).filter((value): value is string => !!value);
        consider(framework, modelLiteral, tsStringValue(modelLiteral), { identity, instruction: tsStringValue(objectProperty(options, 'instructions')) });
      }
    },
  },
);
