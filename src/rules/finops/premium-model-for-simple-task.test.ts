import { ruleTester } from '../testing/rule-tester.js';
import { premiumModelForSimpleTaskCheck } from './premium-model-for-simple-task.js';

/** An ADK LLM agent that only routes, on `model` (line 4). */
const adkRouter = (model: string): string => `from google.adk.agents import LlmAgent
router = LlmAgent(
    name="request_router",
    model="${model}",
    instruction="Decide which sub-agent should answer.",
)
`;

ruleTester(premiumModelForSimpleTaskCheck, {
  valid: [
    {
      name: 'a premium model the team allows with allow_models (provider prefix in the code)',
      filename: 'agent.py',
      code: adkRouter('vertex_ai/gemini-2.5-pro'),
      options: { allow_models: ['gemini-2.5-pro'] },
    },
    {
      name: 'ADK router on gemini-2.5-flash',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
router = Agent(name="router", model="gemini-2.5-flash", description="Routes requests to the right specialist.", instruction="Route the user.")
`,
    },
    {
      name: 'premium model on a planning agent',
      filename: 'agent.py',
      code: `from agents import Agent
planner = Agent(name="Research planner", model="gpt-5", instructions="You plan multi-step research. Summarize your findings at the end.")
`,
    },
    {
      name: 'model from a variable is not judged',
      filename: 'agent.py',
      code: `from agents import Agent
triage = Agent(name="Triage agent", model=MODEL, instructions="Triage the request.")
`,
    },
    {
      name: 'OpenAI Agents triage on gpt-4o-mini',
      filename: 'agent.py',
      code: `from agents import Agent
triage = Agent(name="Triage agent", model="gpt-4o-mini", instructions="Hand off to the right agent.")
`,
    },
    {
      name: 'an unrelated Agent class',
      filename: 'game.py',
      code: `from mygame import Agent
a = Agent(name="router", model="gpt-4o")
`,
    },
    {
      name: 'Mastra classifier on a mini model',
      filename: 'src/mastra/agents/classifier.ts',
      code: `import { Agent } from '@mastra/core/agent';
export const classifier = new Agent({ name: 'Ticket classifier', instructions: 'Classify tickets.', model: 'openai/gpt-4.1-mini' });
`,
    },
  ],
  invalid: [
    {
      name: 'allow_models names another model: this one still fires',
      filename: 'agent.py',
      code: adkRouter('gemini-2.5-pro'),
      options: { allow_models: ['gpt-4o'] },
      errors: [{ line: 4, message: /gemini-2\.5-flash/ }],
    },
    {
      name: 'ADK router on gemini-2.5-pro',
      filename: 'agent.py',
      code: adkRouter('gemini-2.5-pro'),
      errors: [{ line: 4, message: /gemini-2\.5-flash/ }],
    },
    {
      name: 'OpenAI Agents triage agent on gpt-4o',
      filename: 'agents_app.py',
      code: `from agents import Agent
triage_agent = Agent(
    name="Triage Agent",
    instructions="You triage the user's request and hand off to billing or support.",
    model="gpt-4o",
    handoffs=[billing, support],
)
`,
      errors: [{ line: 5, message: /'gpt-4o-mini'/ }],
    },
    {
      name: 'CrewAI extraction agent on claude opus',
      filename: 'crew.py',
      code: `from crewai import Agent, LLM
extractor = Agent(
    role="Invoice data extractor",
    goal="Pull totals and dates out of invoices",
    backstory="Careful with numbers.",
    llm=LLM(model="anthropic/claude-opus-4-1"),
)
`,
      errors: [{ line: 6, message: /claude-haiku/ }],
    },
    {
      name: 'Pydantic AI classifier on openai:gpt-4.1',
      filename: 'classify.py',
      code: `from pydantic_ai import Agent
agent = Agent("openai:gpt-4.1", output_type=Label, instructions="Classify the support ticket into a category.")
`,
      errors: [{ line: 2, message: /gpt-4\.1-mini/ }],
    },
    {
      name: 'OpenAI Agents JS summarizer on o3',
      filename: 'src/agents.ts',
      code: `import { Agent } from '@openai/agents';
export const summarizer = new Agent({ name: 'Summarizer', instructions: 'Summarize the thread.', model: 'o3' });
`,
      errors: [{ line: 2 }],
    },
    {
      name: 'Mastra intent agent with an AI SDK provider model',
      filename: 'src/mastra/agents/intent.ts',
      code: `import { Agent } from '@mastra/core/agent';
import { openai } from '@ai-sdk/openai';
export const intentAgent = new Agent({ name: 'Intent detection', instructions: 'Detect intent.', model: openai('gpt-4o') });
`,
      errors: [{ line: 3, message: /intent/ }],
    },
    {
      name: 'ADK router on Gemini Pro',
      filename: 'my_agent/agent.py',
      code: 'from google.adk.agents import Agent\n\nrouter = Agent(\n    name="intent_router",\n    model="gemini-2.5-pro",  # TODO cheaper\n    instruction="Route the request.",\n)\n',
      errors: [{ line: 5 }],
      output: 'from google.adk.agents import Agent\n\nrouter = Agent(\n    name="intent_router",\n    model="gemini-2.5-flash",  # TODO cheaper\n    instruction="Route the request.",\n)\n',
    },
    {
      name: 'Pydantic AI classifier with a provider prefix, CrewAI LLM(model=...)',
      filename: 'agents.py',
      code:
        "from pydantic_ai import Agent\nfrom crewai import Agent as CrewAgent, LLM\n\nclassifier = Agent('openai:gpt-4o', name='ticket_classifier')\n" +
        "tagger = CrewAgent(role='Tagger', goal='Tag tickets', backstory='x', llm=LLM(model='anthropic/claude-opus-4-1'))\n",
      errors: [{ line: 4 }, { line: 5 }],
      output:
        "from pydantic_ai import Agent\nfrom crewai import Agent as CrewAgent, LLM\n\nclassifier = Agent('openai:gpt-4o-mini', name='ticket_classifier')\n" +
        "tagger = CrewAgent(role='Tagger', goal='Tag tickets', backstory='x', llm=LLM(model='anthropic/claude-haiku-4-5'))\n",
    },
    {
      name: 'OpenAI Agents JS triage agent',
      filename: 'src/agents.ts',
      code: "import { Agent } from '@openai/agents';\n\nexport const triage = new Agent({ name: 'Triage', instructions: 'Triage the ticket.', model: 'gpt-4.1' });\n",
      errors: [{ line: 3 }],
      output: "import { Agent } from '@openai/agents';\n\nexport const triage = new Agent({ name: 'Triage', instructions: 'Triage the ticket.', model: 'gpt-4.1-mini' });\n",
    },
  ],
});
