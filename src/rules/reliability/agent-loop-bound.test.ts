import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { agentLoopBoundCheck } from './agent-loop-bound.js';


describe('reliability/agent-loop-bound', () => {
  ruleTester(agentLoopBoundCheck, 'reliability/agent-loop-bound', {
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
    ],
  });
});
