import { ruleTester } from '../testing/rule-tester.js';
import { agentWithoutDescriptionCheck } from './agent-without-description.js';

ruleTester(agentWithoutDescriptionCheck, {
  valid: [
    {
      name: 'ADK sub-agents with descriptions',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent
billing = LlmAgent(name="billing", model="gemini-2.5-flash", description="Handles invoices and refunds.", instruction="...")
support = LlmAgent(name="support", model="gemini-2.5-flash", description="Handles technical problems.", instruction="...")
root_agent = LlmAgent(name="coordinator", model="gemini-2.5-flash", instruction="Route the user.", sub_agents=[billing, support])
`,
    },
    {
      name: 'ADK SequentialAgent children need no description',
      filename: 'pipeline.py',
      code: `from google.adk.agents import LlmAgent, SequentialAgent
writer = LlmAgent(name="writer", model="gemini-2.5-flash", instruction="Write.")
reviewer = LlmAgent(name="reviewer", model="gemini-2.5-flash", instruction="Review.")
root_agent = SequentialAgent(name="pipeline", sub_agents=[writer, reviewer])
`,
    },
    {
      name: 'OpenAI Agents handoffs with handoff_description',
      filename: 'agents_app.py',
      code: `from agents import Agent
billing = Agent(name="Billing", handoff_description="Billing and refund questions", instructions="...")
triage = Agent(name="Triage", instructions="Route.", handoffs=[billing])
`,
    },
    {
      name: 'handoff() with a tool description override',
      filename: 'agents_app.py',
      code: `from agents import Agent, handoff
refunds = Agent(name="Refunds", instructions="...")
triage = Agent(name="Triage", instructions="Route.", handoffs=[handoff(refunds, tool_description_override="Refund requests")])
`,
    },
    {
      name: 'the triage instructions name each specialist (f-string with a shared prefix), so routing is spelled out',
      filename: 'support.py',
      code: `from agents import Agent
from agents.extensions.handoff_prompt import RECOMMENDED_PROMPT_PREFIX
refunds = Agent(name="Refund Agent", instructions="Process refunds.")
shipping_agent = Agent(name="Logistics", instructions="Track parcels.")
ROUTING = f"""{RECOMMENDED_PROMPT_PREFIX}
Send refund requests to the Refund Agent and parcel questions to the shipping agent."""
triage = Agent(name="Triage", instructions=ROUTING, handoffs=[refunds, shipping_agent])
`,
    },
    {
      name: 'ADK coordinator instruction names its sub-agent',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent
flights = LlmAgent(name="flight_booker", model="gemini-3.5-flash", instruction="Book flights.")
root_agent = LlmAgent(name="planner", model="gemini-3.5-flash", instruction="Delegate every flight booking to flight_booker.", sub_agents=[flights])
`,
    },
    {
      name: 'OpenAI Agents handoff targets whose names say what they handle (the handoff tool carries the name)',
      filename: 'routing.py',
      code: `from agents import Agent, handoff
french_agent = Agent(name="french_agent", instructions="You only speak French")
billing = Agent(name="Billing", instructions="Handle billing.")
triage = Agent(name="triage_agent", instructions="Handoff to the appropriate agent based on the language of the request.", handoffs=[french_agent, handoff(billing)])
`,
    },
    {
      name: 'JS handoff target named for its subject',
      filename: 'src/tutors.ts',
      code: `import { Agent } from '@openai/agents';
const history = new Agent({ name: 'History tutor', instructions: 'Answer history questions.' });
export const triage = new Agent({ name: 'Triage', instructions: 'Route.', handoffs: [history] });
`,
    },
    {
      name: 'JS handoffs with handoffDescription',
      filename: 'src/agents.ts',
      code: `import { Agent } from '@openai/agents';
const billing = new Agent({ name: 'Billing', handoffDescription: 'Billing questions', instructions: '...' });
export const triage = Agent.create({ name: 'Triage', instructions: 'Route.', handoffs: [billing] });
`,
    },
  ],
  invalid: [
    {
      name: 'ADK sub-agent without description',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent
billing = LlmAgent(name="billing", model="gemini-2.5-flash", description="Handles invoices.", instruction="...")
support = LlmAgent(name="support", model="gemini-2.5-flash", instruction="Fix technical problems.")
root_agent = LlmAgent(name="coordinator", model="gemini-2.5-flash", instruction="Route.", sub_agents=[billing, support])
`,
      errors: [{ line: 3, message: /'support'.*description=/ }],
    },
    {
      name: 'ADK inline sub-agent and AgentTool without description',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.tools.agent_tool import AgentTool
searcher = Agent(name="searcher", model="gemini-2.5-flash", instruction="Search.")
root_agent = Agent(
    name="root",
    model="gemini-2.5-flash",
    instruction="Help.",
    tools=[AgentTool(agent=searcher)],
    sub_agents=[Agent(name="greeter", model="gemini-2.5-flash", instruction="Greet.")],
)
`,
      errors: [{ line: 3, message: /AgentTool/ }, { line: 9, message: /sub-agent/ }],
    },
    {
      name: 'OpenAI Agents handoff targets with opaque names and no handoff_description',
      filename: 'agents_app.py',
      code: `from agents import Agent, handoff
first = Agent(name="Specialist 1", instructions="Handle billing.")
second = Agent(name="Agent B", instructions="Handle refunds.")
triage = Agent(name="Triage", instructions="Route.", handoffs=[first, handoff(second)])
`,
      errors: [{ line: 2, message: /handoff_description/ }, { line: 3 }],
    },
    {
      name: 'router instructions that only say "the right agent" do not name the target',
      filename: 'routing.py',
      code: `from agents import Agent
agent_a = Agent(name="Agent A", instructions="Answer in French.")
agent = Agent(name="Agent", instructions="Speak Spanish.")
router = Agent(name="Router", instructions="Hand off to the right agent for the language.", handoffs=[agent_a, agent])
`,
      errors: [{ line: 2, message: /do not name it/ }, { line: 3 }],
    },
    {
      name: 'JS handoff target without handoffDescription',
      filename: 'src/agents.ts',
      code: `import { Agent } from '@openai/agents';
const tutor = new Agent({ name: 'Tutor', instructions: 'Answer history questions.' });
const other = new Agent({ name: 'Assistant 2', instructions: 'Answer maths questions.' });
export const triage = new Agent({ name: 'Triage', instructions: 'Route.', handoffs: [tutor, other] });
`,
      errors: [{ line: 3, message: /handoffDescription/ }],
    },
  ],
});
