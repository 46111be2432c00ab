import { ruleTester } from '../testing/rule-tester.js';
import { noUsageBudgetCheck } from './no-usage-budget.js';

ruleTester(noUsageBudgetCheck, {
  valid: [
    {
      name: 'Pydantic AI run with the default request limit',
      filename: 'agent.py',
      code: `from pydantic_ai import Agent
agent = Agent("openai:gpt-4o-mini", tools=[search])
result = agent.run_sync("What is the capital of France?")
`,
    },
    {
      name: 'Pydantic AI with explicit finite limits',
      filename: 'agent.py',
      code: `from pydantic_ai import Agent
from pydantic_ai.usage import UsageLimits
result = await agent.run(q, usage_limits=UsageLimits(request_limit=20, total_tokens_limit=50_000))
`,
    },
    {
      name: 'OpenAI Agents Runner with a modest max_turns',
      filename: 'main.py',
      code: `from agents import Agent, Runner
result = await Runner.run(agent, "hi", max_turns=20)
`,
    },
    {
      name: 'LangGraph invoke with a normal recursion_limit',
      filename: 'graph.py',
      code: `from langgraph.prebuilt import create_react_agent
graph = create_react_agent(model, tools)
out = graph.invoke({"messages": msgs}, config={"recursion_limit": 50})
`,
    },
    {
      name: 'AI SDK stopWhen combines a stop tool with stepCountIs',
      filename: 'src/agent.ts',
      code: `import { generateText, stepCountIs, hasToolCall } from 'ai';
const result = await generateText({ model, tools, prompt, stopWhen: [hasToolCall('finalAnswer'), stepCountIs(10)] });
`,
    },
    {
      name: 'AI SDK 7 isStepCount, a hasToolCall-only stop, a local predicate and a variable are all bounds the code chose',
      filename: 'src/agent.ts',
      code: `import { generateText, isStepCount, hasToolCall, ToolLoopAgent } from 'ai';
const done = ({ steps }) => steps.length >= 6;
await generateText({ model, tools, prompt, stopWhen: isStepCount(8) });
await generateText({ model, tools, prompt, stopWhen: hasToolCall('finalAnswer') });
const agent = new ToolLoopAgent({ model, tools, stopWhen: [hasToolCall('submit'), done] });
await generateText({ model, tools, prompt, stopWhen: conditions });
`,
    },
    {
      name: 'AI SDK default single step',
      filename: 'src/agent.ts',
      code: `import { streamText } from 'ai';
const result = streamText({ model, tools, messages });
`,
    },
    {
      name: 'recursion_limit key in a non-LangChain module',
      filename: 'parse.py',
      code: `import sys
settings = {"recursion_limit": 5000}
`,
    },
  ],
  invalid: [
    {
      name: 'Pydantic AI request_limit=None',
      filename: 'agent.py',
      code: `from pydantic_ai import Agent, UsageLimits
agent = Agent("openai:gpt-4o", tools=[search, fetch])
result = agent.run_sync(prompt, usage_limits=UsageLimits(request_limit=None))
`,
      errors: [{ line: 3, message: /default 50 requests/ }],
    },
    {
      name: 'OpenAI Agents max_turns=sys.maxsize',
      filename: 'main.py',
      code: `import sys
from agents import Runner
async def go(agent, q):
    return await Runner.run(agent, q, max_turns=sys.maxsize)
`,
      errors: [{ line: 4, message: /default 10 turns/ }],
    },
    {
      name: 'LangGraph recursion_limit raised to 10_000',
      filename: 'graph.py',
      code: `from langgraph.graph import StateGraph
app = builder.compile()
for chunk in app.stream(inputs, {"recursion_limit": 10_000}):
    print(chunk)
`,
      errors: [{ line: 3 }],
    },
    {
      name: 'LangChain AgentExecutor max_iterations=None and CrewAI max_iter',
      filename: 'legacy.py',
      code: `from langchain.agents import AgentExecutor
from crewai import Agent
executor = AgentExecutor(agent=agent, tools=tools, max_iterations=None)
researcher = Agent(role="r", goal="g", backstory="b", max_iter=5000)
`,
      errors: [{ line: 3, message: /default 15/ }, { line: 4, message: /CrewAI/ }],
    },
    {
      name: 'AI SDK stopWhen: isLoopFinished() and isStepCount(Infinity)',
      filename: 'src/agent.ts',
      code: `import { generateText, isLoopFinished, isStepCount as steps } from 'ai';
const result = await generateText({
  model,
  tools,
  prompt,
  stopWhen: isLoopFinished(),
});
const other = await generateText({ model, tools, prompt, stopWhen: steps(Infinity) });
`,
      errors: [{ line: 6, message: /stopWhen: isLoopFinished\(\) sets no step bound/ }, { line: 8, message: /steps\(Infinity\)/ }],
    },
    {
      name: 'AI SDK v4 maxSteps: Infinity and OpenAI Agents JS maxTurns',
      filename: 'src/agent.ts',
      code: `import { streamText } from 'ai';
import { run } from '@openai/agents';
const s = streamText({ model, tools, messages, maxSteps: Infinity });
const r = await run(agent, input, { maxTurns: 100000 });
`,
      errors: [{ line: 3 }, { line: 4, message: /maxTurns/ }],
    },
  ],
});
