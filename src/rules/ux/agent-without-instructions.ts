import { keywordArgument, qualifiedCallee } from '../ast/python.js';
import { defineRule } from '../define.js';
import { ADK_LLM_AGENT, pyAgents, referencedAgents, tsAgents, tsHas, type AgentConstruction } from './agent-shapes.js';

/**
 * ADK agents that run under a root's global_instruction, which ADK prepends for every agent in the
 * tree (LlmAgent.global_instruction: "Instructions for all the agents in the entire agent tree",
 * https://github.com/google/adk-python/blob/main/src/google/adk/agents/llm_agent.py): they do have a
 * system prompt even with no instruction of their own.
 */
function underGlobalInstruction(agents: readonly AgentConstruction[]): Set<number> {
  const covered = new Set<number>();
  const visit = (agent: AgentConstruction): void => {
    const list = keywordArgument(agent.call, 'sub_agents');
    if (list?.type !== 'list') return;
    for (const { agent: child } of referencedAgents(list, agents, true)) {
      if (covered.has(child.call.id)) continue;
      covered.add(child.call.id);
      visit(child);
    }
  };
  for (const agent of agents) if (agent.framework === 'adk' && keywordArgument(agent.call, 'global_instruction')) visit(agent);
  return covered;
}

const ADK_KEYS = ['instruction', 'static_instruction', 'global_instruction'];
const OPENAI_KEYS = ['instructions', 'prompt'];

export const agentWithoutInstructionsCheck = defineRule(
  {
    id: 'ux/agent-without-instructions',
    title: 'Agent with no instructions',
    description:
      'An ADK Agent/LlmAgent (no instruction, static_instruction or global_instruction) or an OpenAI Agents Agent (no instructions ' +
      'or prompt, Python and JS) is built with no system instructions at all (an ADK agent under a root with global_instruction has one). Both frameworks then send no system prompt, so the ' +
      'model has no role, scope, tone or refusal policy and users get generic, off-brand and unbounded behaviour. Pydantic AI is not ' +
      'covered because it adds instructions through decorators; CrewAI requires role/goal/backstory.',
    persona: 'ux',
    category: 'ux',
    severity: 'warning',
    fixability: 'structural',
    tags: ['ASI08', 'LLM09:2025'],
    remediation: 'Give the agent instructions that state its role, what it may and may not do, the tone, and what to do when a request is out of scope.',
    docs: 'https://openai.github.io/openai-agents-python/agents/',
    frameworks: ['google-adk', 'openai-agents'],
    precision: 'high',
  },
  {
    textHas: [/Agent/],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (start: number, end: number, framework: string, name: string, keys: string) =>
        context.report({
          start,
          end,
          message: `${framework} agent '${name}' has no ${keys}, so the model runs with no system prompt: no role, scope or refusal policy for users to rely on.`,
          fingerprintContent: `${framework}|${name}`,
        });

      if (file.language === 'python') {
        const { agents, imports } = pyAgents(tree);
        const covered = underGlobalInstruction(agents);
        for (const agent of agents) {
          if (agent.opaque || covered.has(agent.call.id)) continue;
          const name = agent.variable ?? 'agent';
          if (agent.framework === 'adk') {
            if (!ADK_LLM_AGENT.test(qualifiedCallee(agent.call, imports))) continue;
            if (!ADK_KEYS.some((key) => keywordArgument(agent.call, key))) report(agent.call.startIndex, agent.call.endIndex, 'ADK', name, 'instruction=');
          } else if (!OPENAI_KEYS.some((key) => keywordArgument(agent.call, key))) {
            report(agent.call.startIndex, agent.call.endIndex, 'OpenAI Agents', name, 'instructions=');
          }
        }
        return;
      }
      for (const agent of tsAgents(tree)) {
        if (agent.opaque || tsHas(agent.options, 'instructions') || tsHas(agent.options, 'prompt')) continue;
        report(agent.call.startIndex, agent.call.endIndex, 'OpenAI Agents', agent.variable ?? 'agent', 'instructions');
      }
    },
  },
);
