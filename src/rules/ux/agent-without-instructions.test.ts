import { ruleTester } from '../testing/rule-tester.js';
import { agentWithoutInstructionsCheck } from './agent-without-instructions.js';

ruleTester(agentWithoutInstructionsCheck, {
  valid: [
    {
      name: 'ADK agent with instruction',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
root_agent = Agent(name="weather", model="gemini-2.5-flash", instruction="Answer weather questions using the tool.", tools=[get_weather])
`,
    },
    {
      name: 'ADK workflow agent has no instruction by design',
      filename: 'agent.py',
      code: `from google.adk.agents import SequentialAgent
root_agent = SequentialAgent(name="pipeline", sub_agents=[a, b])
`,
    },
    {
      name: 'ADK sub-agents inherit the root global_instruction',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent, SequentialAgent
drafter = LlmAgent(name="drafter", model="gemini-3.5-flash", output_key="draft")
checker = LlmAgent(name="checker", model="gemini-3.5-flash")
steps = SequentialAgent(name="steps", sub_agents=[drafter, checker])
root_agent = LlmAgent(
    name="desk",
    model="gemini-3.5-flash",
    global_instruction="You write and check press releases for Acme. Never invent quotes.",
    instruction="Run the steps for each request.",
    sub_agents=[steps],
)
`,
    },
    {
      name: 'OpenAI Agents agent with a prompt template',
      filename: 'main.py',
      code: `from agents import Agent
agent = Agent(name="Support", prompt={"id": "pmpt_123", "version": "2"})
`,
    },
    {
      name: 'OpenAI Agents agent built from kwargs',
      filename: 'main.py',
      code: `from agents import Agent
agent = Agent(**config)
`,
    },
    {
      name: 'JS agent with instructions',
      filename: 'src/agent.ts',
      code: `import { Agent } from '@openai/agents';
export const agent = new Agent({ name: 'Assistant', instructions: 'You are a helpful assistant.' });
`,
    },
  ],
  invalid: [
    {
      name: 'ADK agent with no instruction',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
root_agent = Agent(name="helper", model="gemini-2.5-flash", tools=[search])
`,
      errors: [{ line: 2, message: /ADK agent 'root_agent' has no instruction=/ }],
    },
    {
      name: 'OpenAI Agents agent with only a name',
      filename: 'main.py',
      code: `from agents import Agent, Runner
agent = Agent(name="Assistant", model="gpt-4.1-mini")
`,
      errors: [{ line: 2, message: /instructions=/ }],
    },
    {
      name: 'ADK LlmAgent via module import',
      filename: 'agent.py',
      code: `from google.adk import agents
root_agent = agents.LlmAgent(name="x", model="gemini-2.5-flash", description="Helps.")
`,
      errors: [{ line: 2 }],
    },
    {
      name: 'JS agent with no instructions',
      filename: 'src/agent.ts',
      code: `import { Agent } from '@openai/agents';
export const agent = new Agent({ name: 'Assistant', tools: [search] });
`,
      errors: [{ line: 2 }],
    },
  ],
});
