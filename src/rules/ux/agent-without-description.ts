import { keywordArgument, qualifiedCallee } from '../ast/python.js';
import { objectProperty } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { tsOptions } from '../architecture/support.js';
import { ADK_LLM_AGENT, pyAgents, referencedAgents, tsAgents, tsHas, type AgentConstruction } from './agent-shapes.js';
import { nameSaysWhatItHandles, routerNamesTarget, routingInstructions } from './routing-text.js';
import { spanOf } from '../ast/span.js';

export const agentWithoutDescriptionCheck = defineRule(
  {
    id: 'ux/agent-without-description',
    title: 'Sub-agent or handoff target without a description',
    description:
      'An agent that another agent routes to has no description for the router to read: an ADK agent in an LlmAgent\'s sub_agents ' +
      '(or wrapped in AgentTool) without description=, or an OpenAI Agents agent in handoffs=[...] without handoff_description ' +
      '(JS handoffDescription) or a tool_description_override on handoff(). The parent model picks a sub-agent from its name and ' +
      'description alone, so without one it routes by guesswork and users land with the wrong specialist. Workflow agents ' +
      '(Sequential/Parallel/Loop) run children in order and are not judged; CrewAI requires role/goal/backstory, so it is not covered. ' +
      'A target the router\'s own instructions name (by its name= or variable, e.g. "billing questions go to the Billing Agent") is not ' +
      'flagged: the router reads its instructions too, and the SDKs show it the target\'s name as the tool name (OpenAI Agents: ' +
      'transfer_to_<name>, "Handoff to the <name> agent to handle the request."). For the same reason an OpenAI Agents target whose ' +
      'name says what it handles (french_agent, Billing, History tutor) is not flagged; opaque labels (Agent B, Specialist 1) are.',
    persona: 'ux',
    category: 'ux',
    severity: 'note',
    fixability: 'structural',
    tags: ['ASI08'],
    remediation: 'Add a one-sentence description of what the agent handles and when to route to it (description= in ADK, handoff_description= in OpenAI Agents).',
    docs: 'https://google.github.io/adk-docs/agents/multi-agents/',
    frameworks: ['google-adk', 'openai-agents'],
    precision: 'high',
  },
  {
    textHas: [/sub_agents|handoffs|AgentTool/],
    async runOnTree(context, tree) {
      const { file } = context;
      const reported = new Set<number>();
      const python = file.language === 'python';
      const report = (agent: AgentConstruction, role: string, key: string, parent?: AgentConstruction) => {
        if (reported.has(agent.call.startIndex) || agent.opaque) return;
        // The router's instructions already say when to route here.
        if (parent && routerNamesTarget(routingInstructions(parent, tree, python), agent, python)) return;
        // OpenAI Agents handoff tools carry the target's name; a name that says what it handles is enough.
        if (agent.framework !== 'adk' && nameSaysWhatItHandles(agent, python)) return;
        reported.add(agent.call.startIndex);
        const name = agent.variable ?? 'agent';
        context.report({
          ...spanOf(agent.call),
          message: `Agent '${name}' is used as a ${role} but sets no ${key}, and the routing agent's instructions do not name it; the router then picks it from its name alone.`,
          fingerprintContent: `${agent.framework}|${name}|${key}`,
        });
      };

      if (file.language === 'python') {
        const { agents, imports } = pyAgents(tree);
        for (const parent of agents) {
          if (parent.framework === 'adk') {
            const list = keywordArgument(parent.call, 'sub_agents');
            // Only an LLM parent routes on descriptions; workflow agents run their children in order.
            if (list?.type !== 'list' || !ADK_LLM_AGENT.test(qualifiedCallee(parent.call, imports))) continue;
            for (const { agent } of referencedAgents(list, agents, true)) {
              if (agent.framework === 'adk' && !keywordArgument(agent.call, 'description')) report(agent, 'sub-agent', 'description=', parent);
            }
          } else {
            const list = keywordArgument(parent.call, 'handoffs');
            if (list?.type !== 'list') continue;
            for (const { agent, via } of referencedAgents(list, agents, true)) {
              if (via && keywordArgument(via, 'tool_description_override')) continue;
              if (agent.framework === 'openai-agents' && !keywordArgument(agent.call, 'handoff_description')) report(agent, 'handoff target', 'handoff_description=', parent);
            }
          }
        }
        // ADK AgentTool(agent=x): the description becomes the tool description.
        for (const call of tree.rootNode.descendantsOfType('call')) {
          if (!/(^|\.)AgentTool$/.test(call.childForFieldName('function')?.text ?? '')) continue;
          const target = keywordArgument(call, 'agent') ?? call.childForFieldName('arguments')?.namedChildren[0];
          const agent = target && agents.find((candidate) => candidate.call.id === target.id || (target.type === 'identifier' && candidate.variable === target.text));
          const holder = agents.find((candidate) => candidate.call.startIndex < call.startIndex && call.endIndex <= candidate.call.endIndex);
          if (agent?.framework === 'adk' && !keywordArgument(agent.call, 'description')) report(agent, 'tool (AgentTool)', 'description=', holder);
        }
        return;
      }

      const agents = tsAgents(tree);
      for (const parent of agents) {
        const list = objectProperty(parent.options, 'handoffs');
        if (list?.type !== 'array') continue;
        for (const { agent, via } of referencedAgents(list, agents, false)) {
          const overrides = via ? objectProperty(tsOptions(via, 1), 'toolDescriptionOverride') : undefined;
          if (!overrides && !tsHas(agent.options, 'handoffDescription')) report(agent, 'handoff target', 'handoffDescription', parent);
        }
      }
    },
  },
);
