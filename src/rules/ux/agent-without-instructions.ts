import { keywordArgument, qualifiedCallee } from '../ast/python.js';
import { defineRule } from '../define.js';
import { ADK_LLM_AGENT, pyAgents, tsAgents, tsHas } from './agent-shapes.js';

const ADK_KEYS = ['instruction', 'static_instruction', 'global_instruction'];
const OPENAI_KEYS = ['instructions', 'prompt'];

export const agentWithoutInstructionsCheck = defineRule(
  {
    id: 'ux/agent-without-instructions',
    title: 'Agent with no instructions',
    description:
      'An ADK Agent/LlmAgent (no instruction, static_instruction or global_instruction) or an OpenAI Agents Agent (no instructions ' +
      'or prompt, Python and JS) is built with no system instructions at all. Both frameworks then send no system prompt, so the ' +
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
    appliesTo: (file) => file.language !== 'other',
    async run(context) {
      const { file } = context;
      if (!/Agent/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const report = (start: number, end: number, framework: string, name: string, keys: string) =>
        context.report({
          start,
          end,
          message: `${framework} agent '${name}' has no ${keys}, so the model runs with no system prompt: no role, scope or refusal policy for users to rely on.`,
          fingerprintContent: `${framework}|${name}`,
        });

      if (file.language === 'python') {
        const { agents, imports } = pyAgents(tree);
        for (const agent of agents) {
          if (agent.opaque) continue;
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
