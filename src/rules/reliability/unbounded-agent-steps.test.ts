import { ruleTester } from '../testing/rule-tester.js';
import { unboundedAgentStepsCheck } from './unbounded-agent-steps.js';

ruleTester(unboundedAgentStepsCheck, {
  valid: [
    {
      name: 'LangGraph with a modest recursion_limit',
      filename: 'graph.py',
      code:
        'from langgraph.prebuilt import create_react_agent\n\nagent = create_react_agent(model, tools)\n' +
        'result = agent.invoke({"messages": [("user", "hi")]}, config={"recursion_limit": 50, "configurable": {"thread_id": "1"}})\n',
    },
    {
      name: 'OpenAI Agents default max_turns and a variable',
      filename: 'main.py',
      code: 'from agents import Agent, Runner\n\nagent = Agent(name="a", instructions="x")\nRunner.run_sync(agent, "hi")\nRunner.run_sync(agent, "hi", max_turns=settings.max_turns)\n',
    },
    {
      name: 'CrewAI max_iter within bounds, AgentExecutor None with a time budget',
      filename: 'crew.py',
      code:
        'from crewai import Agent\nfrom langchain.agents import AgentExecutor\n\nresearcher = Agent(role="r", goal="g", backstory="b", max_iter=25)\n' +
        'executor = AgentExecutor(agent=agent, tools=tools, max_iterations=None, max_execution_time=120)\n',
    },
    {
      name: 'AI SDK stepCountIs(5)',
      filename: 'src/agent.ts',
      code: "import { generateText, stepCountIs } from 'ai';\n\nawait generateText({ model, tools, stopWhen: stepCountIs(5), prompt });\n",
    },
    {
      name: 'AI SDK 7 isStepCount(10), aliased and namespace imports, hasToolCall and a local predicate',
      filename: 'src/agent.ts',
      code:
        "import { generateText, isStepCount as steps, hasToolCall, ToolLoopAgent } from 'ai';\nimport * as ai from 'ai';\n\n" +
        "const done = ({ steps }) => steps.length > 8;\n" +
        "await generateText({ model, tools, stopWhen: steps(10), prompt });\n" +
        "const agent = new ToolLoopAgent({ model, tools, stopWhen: [hasToolCall('finish'), done] });\n" +
        "await ai.streamText({ model, tools, stopWhen: ai.isStepCount(30), prompt });\n",
    },
    {
      name: 'isLoopFinished combined with a step count, and a same-named local function',
      filename: 'src/agent.ts',
      code:
        "import { generateText, isLoopFinished, isStepCount } from 'ai';\n\n" +
        "await generateText({ model, tools, stopWhen: [isLoopFinished(), isStepCount(40)], prompt });\n",
    },
    {
      name: 'a local isLoopFinished that is not the AI SDK helper',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\n\nconst isLoopFinished = () => ({ steps }) => steps.length >= 5;\nawait generateText({ model, tools, stopWhen: isLoopFinished(), prompt });\n",
    },
    {
      name: 'a non-LangGraph recursion_limit dict',
      filename: 'parser.py',
      code: 'settings = {"recursion_limit": 5000}\n',
    },
  ],
  invalid: [
    {
      name: 'LangGraph recursion_limit 1000 in a config dict and with_config',
      filename: 'graph.py',
      code:
        'from langgraph.graph import StateGraph\n\ngraph = builder.compile()\nconfig = {"recursion_limit": 1000}\ngraph.invoke(inputs, config)\n' +
        'fast = graph.with_config(recursion_limit=500)\n',
      errors: [{ line: 4, message: /recursion_limit to 1000, far above the LangGraph default of 25/ }, { line: 6, message: /with_config/ }],
    },
    {
      name: 'Runner.run max_turns=200 and smolagents max_steps=100',
      filename: 'main.py',
      code:
        'from agents import Agent, Runner\nfrom smolagents import CodeAgent, InferenceClientModel\n\n' +
        'result = await Runner.run(agent, "task", max_turns=200)\ncoder = CodeAgent(tools=[], model=InferenceClientModel(), max_steps=100)\n',
      errors: [{ line: 4, message: /max_turns to 200.*default of 10/ }, { line: 5, message: /smolagents default of 20/ }],
    },
    {
      name: 'AgentExecutor(max_iterations=None), UsageLimits(request_limit=None), CrewAI max_iter=100',
      filename: 'agents.py',
      code:
        'from langchain.agents import AgentExecutor\nfrom pydantic_ai.usage import UsageLimits\nfrom crewai import Agent\n\n' +
        'executor = AgentExecutor(agent=agent, tools=tools, max_iterations=None)\nlimits = UsageLimits(request_limit=None)\n' +
        'writer = Agent(role="w", goal="g", backstory="b", max_iter=100)\n',
      errors: [{ line: 5, message: /max_iterations=None/ }, { line: 6, message: /request_limit=None/ }, { line: 7, message: /CrewAI default of 20/ }],
    },
    {
      name: 'CrewAI agents.yaml max_iter',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Researcher\n  goal: Find\n  max_iter: 500\n',
      errors: [{ line: 4, message: /agents\.yaml sets max_iter to 500/ }],
    },
    {
      name: 'AI SDK stepCountIs(200), OpenAI Agents JS maxTurns, LangGraph.js recursionLimit',
      filename: 'src/agent.ts',
      code:
        "import { generateText, stepCountIs } from 'ai';\nimport { run } from '@openai/agents';\nimport { StateGraph } from '@langchain/langgraph';\n\n" +
        'await generateText({ model, tools, stopWhen: stepCountIs(200), prompt });\nawait run(agent, input, { maxTurns: 100 });\nawait graph.invoke(state, { recursionLimit: 1000 });\n',
      errors: [{ line: 5, message: /stepCountIs/ }, { line: 6, message: /OpenAI Agents SDK/ }, { line: 7, message: /LangGraph/ }],
    },
    {
      name: 'AI SDK 7 isStepCount(500) through an alias and a namespace import',
      filename: 'src/agent.ts',
      code:
        "import { generateText, isStepCount as maxSteps } from 'ai';\nimport * as ai from 'ai';\n\n" +
        "await generateText({ model, tools, stopWhen: maxSteps(500), prompt });\nawait ai.generateText({ model, tools, stopWhen: ai.isStepCount(1000), prompt });\n",
      errors: [{ line: 4, message: /isStepCount\(\.\.\.\) sets isStepCount \/ stepCountIs \/ maxSteps to 500/ }, { line: 5, message: /to 1000/ }],
    },
    {
      name: 'stopWhen: isLoopFinished() on generateText and ToolLoopAgent',
      filename: 'src/agent.ts',
      code:
        "import { generateText, isLoopFinished, ToolLoopAgent } from 'ai';\n\n" +
        "await generateText({ model, tools, stopWhen: isLoopFinished(), prompt });\nexport const agent = new ToolLoopAgent({ model, tools, stopWhen: [isLoopFinished()] });\n",
      errors: [
        { line: 3, message: /generateText\(\.\.\.\) sets stopWhen: isLoopFinished\(\).*default isStepCount\(1\)/ },
        { line: 4, message: /ToolLoopAgent.*default isStepCount\(20\)/ },
      ],
    },
    {
      name: 'LangGraph recursion_limit in the run config',
      filename: 'graph.py',
      code: 'from langgraph.graph import StateGraph\n\nresult = app.invoke({"messages": msgs}, {"recursion_limit": 1000})  # long tasks\n',
      errors: [{ line: 3 }],
      output: 'from langgraph.graph import StateGraph\n\nresult = app.invoke({"messages": msgs}, {"recursion_limit": 25})  # long tasks\n',
    },
    {
      name: 'OpenAI Agents Runner.run max_turns in an async def',
      filename: 'main.py',
      code: 'from agents import Agent, Runner\n\nasync def main():\n    result = await Runner.run(agent, "hi", max_turns=500)\n    print(result.final_output)\n',
      errors: [{ line: 4 }],
      output: 'from agents import Agent, Runner\n\nasync def main():\n    result = await Runner.run(agent, "hi", max_turns=10)\n    print(result.final_output)\n',
    },
    {
      name: 'CrewAI Agent max_iter, one per line, tabs and CRLF',
      filename: 'crew.py',
      code: 'from crewai import Agent\r\n\r\nresearcher = Agent(\r\n\trole="Researcher",\r\n\tmax_iter=1_000,  # never give up\r\n)\r\n',
      errors: [{ line: 5 }],
      output: 'from crewai import Agent\r\n\r\nresearcher = Agent(\r\n\trole="Researcher",\r\n\tmax_iter=20,  # never give up\r\n)\r\n',
    },
    {
      name: 'AgentExecutor max_iterations=None',
      filename: 'agent.py',
      code: 'from langchain.agents import AgentExecutor\n\nexecutor = AgentExecutor(agent=agent, tools=tools, max_iterations=None)\n',
      errors: [{ line: 3 }],
      output: 'from langchain.agents import AgentExecutor\n\nexecutor = AgentExecutor(agent=agent, tools=tools, max_iterations=15)\n',
    },
    {
      name: 'Pydantic AI UsageLimits(request_limit=None)',
      filename: 'agent.py',
      code: 'from pydantic_ai import Agent, UsageLimits\n\nresult = agent.run_sync("hi", usage_limits=UsageLimits(request_limit=None))\n',
      errors: [{ line: 3 }],
      output: 'from pydantic_ai import Agent, UsageLimits\n\nresult = agent.run_sync("hi", usage_limits=UsageLimits(request_limit=50))\n',
    },
    {
      name: 'smolagents CodeAgent max_steps',
      filename: 'agent.py',
      code: 'from smolagents import CodeAgent\n\nagent = CodeAgent(tools=[], model=model, max_steps=200)\n',
      errors: [{ line: 3 }],
      output: 'from smolagents import CodeAgent\n\nagent = CodeAgent(tools=[], model=model, max_steps=20)\n',
    },
    {
      name: 'CrewAI agents.yaml max_iter with a comment',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Researcher\n  max_iter: 200  # deep research\n',
      errors: [{ line: 3 }],
      output: 'researcher:\n  role: Researcher\n  max_iter: 20  # deep research\n',
    },
    {
      name: 'LangGraph.js recursionLimit',
      filename: 'src/graph.ts',
      code: "import { StateGraph } from '@langchain/langgraph';\n\nconst out = await app.invoke(input, { recursionLimit: 500 });\n",
      errors: [{ line: 3 }],
      output: "import { StateGraph } from '@langchain/langgraph';\n\nconst out = await app.invoke(input, { recursionLimit: 25 });\n",
    },
    {
      name: 'OpenAI Agents JS run(..., { maxTurns })',
      filename: 'src/main.ts',
      code: "import { Agent, run } from '@openai/agents';\n\nconst result = await run(agent, 'hi', { maxTurns: 100 });\n",
      errors: [{ line: 3 }],
      output: "import { Agent, run } from '@openai/agents';\n\nconst result = await run(agent, 'hi', { maxTurns: 10 });\n",
    },
    {
      name: 'AI SDK stepCountIs: the default of 1 step would switch the tool loop off',
      filename: 'src/agent.ts',
      code: "import { generateText, stepCountIs } from 'ai';\n\nawait generateText({ model, tools, prompt, stopWhen: stepCountIs(100) });\n",
      errors: [{ line: 3 }],
      output: null,
    },
    {
      name: 'AI SDK findings are structural: the default of one step would switch the tool loop off',
      filename: 'src/agent.ts',
      code: "import { generateText, isStepCount, isLoopFinished } from 'ai';\n\nawait generateText({ model, tools, stopWhen: isStepCount(200), prompt });\nawait generateText({ model, tools, stopWhen: isLoopFinished(), prompt });\n",
      errors: [{ line: 3 }, { line: 4 }],
      output: null,
    },
  ],
});
