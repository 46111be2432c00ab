import { describe, expect, it } from 'vitest';
import type { Check } from '../rules/types.js';
import { findingsFor } from '../rules/testing/rule-tester.js';
import { agentLoopBoundCheck } from '../rules/reliability/agent-loop-bound.js';
import { loopAgentUnboundedCheck } from '../rules/reliability/loop-agent-unbounded.js';
import { missingRetryOnHttpToolCheck } from '../rules/reliability/missing-retry-on-http-tool.js';
import { modelClientNoTimeoutCheck } from '../rules/reliability/model-client-no-timeout.js';
import { unboundedRetryCheck } from '../rules/reliability/unbounded-retry.js';
import { fixTester } from './testing/fix-tester.js';

/** Findings a one-click rule cannot fix exactly are reported as structural, with no fix attached. */
function structuralCases(check: Check, ruleId: string, cases: ReadonlyArray<{ name: string; filename: string; code: string }>): void {
  for (const testCase of cases) {
    it(`stays structural: ${testCase.name}`, async () => {
      const findings = (await findingsFor(check, testCase.filename, testCase.code)).filter((finding) => finding.ruleId === ruleId);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.fixability).toBe('structural');
        expect(finding.fix).toBeUndefined();
      }
    });
  }
}

const REQUESTS_ERRORS = '(requests.exceptions.ConnectionError, requests.exceptions.Timeout)';
/** The decorator the fix writes: transient errors only, bounded, exponential backoff, one argument per line. */
const toolRetry = (errors: string, indent = '', step = '    ', newline = '\n') =>
  ['@retry(', `${step}retry=retry_if_exception_type(${errors}),`, `${step}stop=stop_after_attempt(3),`, `${step}wait=wait_exponential(multiplier=1, max=10),`, `${step}reraise=True,`, ')']
    .map((line) => `${indent}${line}`)
    .join(newline);
const TOOL_RETRY = toolRetry(REQUESTS_ERRORS);
const HTTPX_RETRY = toolRetry('httpx.TransportError');
const TENACITY_IMPORT = 'from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential';

describe('reliability/missing-retry-on-http-tool fix', () => {
  fixTester(missingRetryOnHttpToolCheck, 'reliability/missing-retry-on-http-tool', [
    {
      name: 'ADK function tool listed in tools=[...], with a docstring',
      filename: 'weather_agent/agent.py',
      code:
        '"""Weather agent."""\nimport requests\nfrom google.adk.agents import Agent\n\n\ndef get_weather(city: str) -> dict:\n' +
        '    """Returns the current weather for a city."""\n    response = requests.get(f"https://api.example.com/weather/{city}", timeout=10)\n' +
        '    return response.json()\n\n\nroot_agent = Agent(name="weather", model="gemini-2.0-flash", tools=[get_weather])\n',
      output:
        `"""Weather agent."""\nimport requests\nfrom google.adk.agents import Agent\n${TENACITY_IMPORT}\n\n\n${TOOL_RETRY}\ndef get_weather(city: str) -> dict:\n` +
        '    """Returns the current weather for a city."""\n    response = requests.get(f"https://api.example.com/weather/{city}", timeout=10)\n' +
        '    return response.json()\n\n\nroot_agent = Agent(name="weather", model="gemini-2.0-flash", tools=[get_weather])\n',
    },
    {
      name: 'OpenAI Agents @function_tool on an async def: retry goes below the tool decorator',
      filename: 'tools.py',
      code:
        'import httpx\nfrom agents import function_tool\n\n\n@function_tool  # exposed to the agent\nasync def fetch_page(url: str) -> str:\n' +
        '    """Fetch a web page."""\n    async with httpx.AsyncClient(timeout=10) as client:\n        r = await client.get(url)\n        return r.text\n',
      output:
        `import httpx\nfrom agents import function_tool\n${TENACITY_IMPORT}\n\n\n@function_tool  # exposed to the agent\n${HTTPX_RETRY}\nasync def fetch_page(url: str) -> str:\n` +
        '    """Fetch a web page."""\n    async with httpx.AsyncClient(timeout=10) as client:\n        r = await client.get(url)\n        return r.text\n',
    },
    {
      name: 'LangChain @tool with a second decorator and a comment line; tenacity import merged',
      filename: 'tools.py',
      code:
        'import requests\nfrom langchain_core.tools import tool\nfrom tenacity import retry_if_exception_type\n\n\n@tool\n@traced\n# looks up an order\ndef lookup_order(order_id: str) -> dict:\n' +
        '    """Look up an order."""\n    return requests.get(f"https://shop.internal/orders/{order_id}", timeout=5).json()\n',
      output:
        `import requests\nfrom langchain_core.tools import tool\n${TENACITY_IMPORT}\n\n\n@tool\n@traced\n# looks up an order\n` +
        `${TOOL_RETRY}\ndef lookup_order(order_id: str) -> dict:\n` +
        '    """Look up an order."""\n    return requests.get(f"https://shop.internal/orders/{order_id}", timeout=5).json()\n',
    },
    {
      name: 'CrewAI BaseTool _run method, tabs and CRLF',
      filename: 'crew/tools.py',
      code:
        'import requests\r\nfrom crewai.tools import BaseTool\r\n\r\n\r\nclass SearchTool(BaseTool):\r\n\tname: str = "search"\r\n\tdescription: str = "Search the web"\r\n\r\n' +
        '\tdef _run(self, query: str) -> str:\r\n\t\treturn requests.post("https://search.internal", json={"q": query}, timeout=10).text\r\n',
      output:
        `import requests\r\nfrom crewai.tools import BaseTool\r\n${TENACITY_IMPORT}\r\n\r\n\r\nclass SearchTool(BaseTool):\r\n\tname: str = "search"\r\n\tdescription: str = "Search the web"\r\n\r\n` +
        `${toolRetry(REQUESTS_ERRORS, '\t', '\t', '\r\n')}\r\n\tdef _run(self, query: str) -> str:\r\n\t\treturn requests.post("https://search.internal", json={"q": query}, timeout=10).text\r\n`,
    },
    {
      name: 'tool defined inside a factory function (nested, indented)',
      filename: 'tools.py',
      code:
        'import requests\nfrom langchain_core.tools import tool\n\n\ndef make_tools(base_url):\n    @tool\n    def status() -> str:\n        """Service status."""\n' +
        '        return requests.get(base_url + "/status", timeout=5).text\n\n    return [status]\n',
      output:
        `import requests\nfrom langchain_core.tools import tool\n${TENACITY_IMPORT}\n\n\ndef make_tools(base_url):\n    @tool\n${toolRetry(REQUESTS_ERRORS, '    ')}\n    def status() -> str:\n        """Service status."""\n` +
        '        return requests.get(base_url + "/status", timeout=5).text\n\n    return [status]\n',
    },
  ]);
  fixTester(missingRetryOnHttpToolCheck, 'reliability/missing-retry-on-http-tool', [
    {
      name: 'two tools in one file: one decorator each, one import',
      filename: 'tools.py',
      code:
        'import httpx\nfrom pydantic_ai import Agent\n\nagent = Agent("openai:gpt-4o")\n\n\n@agent.tool_plain\ndef a(q: str) -> str:\n    return httpx.get(q, timeout=5).text\n\n\n' +
        '@agent.tool_plain\ndef b(q: str) -> str:\n    return httpx.post(q, timeout=5).text\n',
      output:
        `import httpx\nfrom pydantic_ai import Agent\n${TENACITY_IMPORT}\n\nagent = Agent("openai:gpt-4o")\n\n\n@agent.tool_plain\n${HTTPX_RETRY}\ndef a(q: str) -> str:\n    return httpx.get(q, timeout=5).text\n\n\n` +
        `@agent.tool_plain\n${HTTPX_RETRY}\ndef b(q: str) -> str:\n    return httpx.post(q, timeout=5).text\n`,
    },
  ]);
  structuralCases(missingRetryOnHttpToolCheck, 'reliability/missing-retry-on-http-tool', [
    {
      name: 'retry already means the retry package',
      filename: 'tools.py',
      code: 'import requests\nfrom retry import retry\nfrom langchain_core.tools import tool\n\n@tool\ndef f(u: str) -> str:\n    """F."""\n    return requests.get(u, timeout=5).text\n',
    },
    {
      name: 'a local def retry',
      filename: 'tools.py',
      code: 'import requests\nfrom agents import function_tool\n\ndef retry(fn):\n    return fn\n\n@function_tool\ndef f(u: str) -> str:\n    return requests.get(u, timeout=5).text\n',
    },
    {
      name: 'tenacity retry imported under another name',
      filename: 'tools.py',
      code: 'import requests\nfrom tenacity import retry as tretry\nfrom agents import function_tool\n\n@function_tool\ndef f(u: str) -> str:\n    return requests.get(u, timeout=5).text\n',
    },
  ]);
});

describe('reliability/unbounded-retry fix', () => {
  fixTester(unboundedRetryCheck, 'reliability/unbounded-retry', [
    {
      name: 'bare @retry gets a stop and an exponential wait; import merged',
      filename: 'llm.py',
      code: 'from tenacity import retry\n\n\n@retry\ndef call_model(prompt):\n    """Ask the model."""\n    return client.responses.create(model="gpt-4.1", input=prompt)\n',
      output:
        'from tenacity import retry, stop_after_attempt, wait_exponential\n\n\n@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))\ndef call_model(prompt):\n' +
        '    """Ask the model."""\n    return client.responses.create(model="gpt-4.1", input=prompt)\n',
    },
    {
      name: '@retry() on an async method',
      filename: 'llm.py',
      code: 'from tenacity import retry, wait_random_exponential\n\nclass Client:\n    @retry()\n    async def ask(self, prompt):\n        return await self.llm.ainvoke(prompt)\n',
      output: 'from tenacity import retry, stop_after_attempt, wait_random_exponential\n\nclass Client:\n    @retry(stop=stop_after_attempt(5))\n    async def ask(self, prompt):\n        return await self.llm.ainvoke(prompt)\n',
    },
    {
      name: '@tenacity.retry(wait=...) keeps the module prefix and needs no import',
      filename: 'llm.py',
      code: 'import tenacity\n\n\n@tenacity.retry(wait=tenacity.wait_fixed(2))\ndef f():\n    return g()\n',
      output: 'import tenacity\n\n\n@tenacity.retry(wait=tenacity.wait_fixed(2), stop=tenacity.stop_after_attempt(5))\ndef f():\n    return g()\n',
    },
    {
      name: 'bare @tenacity.retry with an aliased module',
      filename: 'llm.py',
      code: 'import tenacity as tn\n\n@tn.retry\ndef f():\n    return g()\n',
      output: 'import tenacity as tn\n\n@tn.retry(stop=tn.stop_after_attempt(5), wait=tn.wait_exponential(multiplier=1, max=30))\ndef f():\n    return g()\n',
    },
    {
      name: 'one keyword per line with a trailing comma and a comment',
      filename: 'llm.py',
      code:
        'from tenacity import retry, retry_if_exception_type, wait_random_exponential\n\n\n@retry(\n    wait=wait_random_exponential(min=1, max=60),\n' +
        '    retry=retry_if_exception_type(RateLimitError),  # only rate limits\n)\ndef completion_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
      output:
        'from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential\n\n\n@retry(\n    wait=wait_random_exponential(min=1, max=60),\n' +
        '    retry=retry_if_exception_type(RateLimitError),  # only rate limits\n    stop=stop_after_attempt(5),\n)\ndef completion_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
    },
    {
      name: 'stop=stop_never replaced',
      filename: 'llm.py',
      code: 'from tenacity import retry, stop_never\n\n@retry(stop=stop_never, reraise=True)\ndef f():\n    return g()\n',
      output: 'from tenacity import retry, stop_after_attempt, stop_never\n\n@retry(stop=stop_after_attempt(5), reraise=True)\ndef f():\n    return g()\n',
    },
    {
      name: 'Retrying(...) used as an iterator, tabs and CRLF',
      filename: 'llm.py',
      code:
        'from tenacity import Retrying, wait_fixed\r\n\r\ndef f():\r\n\tfor attempt in Retrying(wait=wait_fixed(1)):\r\n\t\twith attempt:\r\n\t\t\treturn g()\r\n',
      output:
        'from tenacity import Retrying, stop_after_attempt, wait_fixed\r\n\r\ndef f():\r\n\tfor attempt in Retrying(wait=wait_fixed(1), stop=stop_after_attempt(5)):\r\n\t\twith attempt:\r\n\t\t\treturn g()\r\n',
    },
    {
      name: 'AsyncRetrying() in an async def, no import yet',
      filename: 'llm.py',
      code: 'import tenacity\nfrom tenacity import AsyncRetrying\n\nasync def f():\n    async for attempt in AsyncRetrying():\n        with attempt:\n            return await g()\n',
      output:
        'import tenacity\nfrom tenacity import AsyncRetrying, stop_after_attempt\n\nasync def f():\n    async for attempt in AsyncRetrying(stop=stop_after_attempt(5)):\n        with attempt:\n            return await g()\n',
    },
    {
      name: 'backoff.on_exception gets max_tries',
      filename: 'llm.py',
      code: 'import backoff\nimport openai\n\n\n@backoff.on_exception(backoff.expo, openai.RateLimitError)\ndef completions_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
      output:
        'import backoff\nimport openai\n\n\n@backoff.on_exception(backoff.expo, openai.RateLimitError, max_tries=5)\ndef completions_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
    },
    {
      name: 'bare @retry from the retrying package',
      filename: 'llm.py',
      code: 'from retrying import retry\n\n@retry\ndef f():\n    return g()\n',
      output: 'from retrying import retry\n\n@retry(stop_max_attempt_number=5)\ndef f():\n    return g()\n',
    },
    {
      name: 'retry package @retry(delay=1)',
      filename: 'llm.py',
      code: 'from retry import retry\n\n@retry(ValueError, delay=1)\ndef f():\n    return g()\n',
      output: 'from retry import retry\n\n@retry(ValueError, delay=1, tries=5)\ndef f():\n    return g()\n',
    },
  ]);
  structuralCases(unboundedRetryCheck, 'reliability/unbounded-retry', [
    {
      name: 'stop_after_attempt is bound to another module',
      filename: 'llm.py',
      code: 'from tenacity import retry\nfrom mylib.policies import stop_after_attempt\n\n@retry\ndef f():\n    return g()\n',
    },
    {
      name: 'stop_after_attempt imported from tenacity under an alias',
      filename: 'llm.py',
      code: 'from tenacity import retry, stop_after_attempt as attempts\n\n@retry()\ndef f():\n    return g()\n',
    },
    {
      name: 'a bare backoff decorator has nothing to extend',
      filename: 'llm.py',
      code: 'import backoff\n\n@backoff.on_exception\ndef f():\n    return g()\n',
    },
  ]);
});

describe('reliability/model-client-no-timeout fix', () => {
  fixTester(modelClientNoTimeoutCheck, 'reliability/model-client-no-timeout', [
    {
      name: 'OpenAI() with no arguments',
      filename: 'client.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI()\n',
      output: 'from openai import OpenAI\n\nclient = OpenAI(timeout=60)\n',
    },
    {
      name: 'AsyncAnthropic in an async function',
      filename: 'client.py',
      code: 'import anthropic\n\nasync def main():\n    client = anthropic.AsyncAnthropic(api_key=KEY)\n    return await client.messages.create(model=MODEL, max_tokens=512, messages=[])\n',
      output:
        'import anthropic\n\nasync def main():\n    client = anthropic.AsyncAnthropic(api_key=KEY, timeout=60)\n    return await client.messages.create(model=MODEL, max_tokens=512, messages=[])\n',
    },
    {
      name: 'ChatAnthropic gets default_request_timeout, one per line, comment kept on its line',
      filename: 'llm.py',
      code: 'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(\n    model="claude-sonnet-4-5",\n    max_tokens=1024,  # enough for tool calls\n)\n',
      output:
        'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(\n    model="claude-sonnet-4-5",\n    max_tokens=1024,  # enough for tool calls\n    default_request_timeout=60,\n)\n',
    },
    {
      name: 'ChatOpenAI, tabs and CRLF',
      filename: 'llm.py',
      code: 'from langchain_openai import ChatOpenAI\r\n\r\ndef build():\r\n\treturn ChatOpenAI(\r\n\t\tmodel="gpt-4o-mini",\r\n\t\ttemperature=0,\r\n\t)\r\n',
      output: 'from langchain_openai import ChatOpenAI\r\n\r\ndef build():\r\n\treturn ChatOpenAI(\r\n\t\tmodel="gpt-4o-mini",\r\n\t\ttemperature=0,\r\n\t\ttimeout=60,\r\n\t)\r\n',
    },
    {
      name: 'TS new OpenAI() gets an options object',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nexport const client = new OpenAI();\n",
      output: "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS new OpenAI without parentheses',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nexport const client = new OpenAI;\n",
      output: "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS Anthropic with one-line options',
      filename: 'src/client.ts',
      code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] });\n",
      output: "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'], timeout: 60_000 });\n",
    },
    {
      name: 'TS empty options object',
      filename: 'src/client.js',
      code: "import { OpenAI } from 'openai';\n\nconst client = new OpenAI({});\n",
      output: "import { OpenAI } from 'openai';\n\nconst client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS one property per line with trailing comma and a comment',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY,\n  maxRetries: 3, // provider is flaky\n});\n",
      output:
        "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY,\n  maxRetries: 3, // provider is flaky\n  timeout: 60_000,\n});\n",
    },
    {
      name: 'TS one property per line without a trailing comma, CRLF',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI({\r\n\tbaseURL: 'https://gw.internal/v1' // gateway\r\n});\r\n",
      output: "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI({\r\n\tbaseURL: 'https://gw.internal/v1', // gateway\r\n\ttimeout: 60_000\r\n});\r\n",
    },
  ]);
  structuralCases(modelClientNoTimeoutCheck, 'reliability/model-client-no-timeout', [
    {
      name: 'TS options object holding only a comment',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nconst client = new OpenAI({ /* filled in later */ });\n",
    },
  ]);
});

describe('reliability/agent-loop-bound fix', () => {
  fixTester(agentLoopBoundCheck, 'reliability/agent-loop-bound', [
    {
      name: 'LangGraph recursion_limit in the run config',
      filename: 'graph.py',
      code: 'from langgraph.graph import StateGraph\n\nresult = app.invoke({"messages": msgs}, {"recursion_limit": 1000})  # long tasks\n',
      output: 'from langgraph.graph import StateGraph\n\nresult = app.invoke({"messages": msgs}, {"recursion_limit": 25})  # long tasks\n',
    },
    {
      name: 'OpenAI Agents Runner.run max_turns in an async def',
      filename: 'main.py',
      code: 'from agents import Agent, Runner\n\nasync def main():\n    result = await Runner.run(agent, "hi", max_turns=500)\n    print(result.final_output)\n',
      output: 'from agents import Agent, Runner\n\nasync def main():\n    result = await Runner.run(agent, "hi", max_turns=10)\n    print(result.final_output)\n',
    },
    {
      name: 'CrewAI Agent max_iter, one per line, tabs and CRLF',
      filename: 'crew.py',
      code: 'from crewai import Agent\r\n\r\nresearcher = Agent(\r\n\trole="Researcher",\r\n\tmax_iter=1_000,  # never give up\r\n)\r\n',
      output: 'from crewai import Agent\r\n\r\nresearcher = Agent(\r\n\trole="Researcher",\r\n\tmax_iter=20,  # never give up\r\n)\r\n',
    },
    {
      name: 'AgentExecutor max_iterations=None',
      filename: 'agent.py',
      code: 'from langchain.agents import AgentExecutor\n\nexecutor = AgentExecutor(agent=agent, tools=tools, max_iterations=None)\n',
      output: 'from langchain.agents import AgentExecutor\n\nexecutor = AgentExecutor(agent=agent, tools=tools, max_iterations=15)\n',
    },
    {
      name: 'Pydantic AI UsageLimits(request_limit=None)',
      filename: 'agent.py',
      code: 'from pydantic_ai import Agent, UsageLimits\n\nresult = agent.run_sync("hi", usage_limits=UsageLimits(request_limit=None))\n',
      output: 'from pydantic_ai import Agent, UsageLimits\n\nresult = agent.run_sync("hi", usage_limits=UsageLimits(request_limit=50))\n',
    },
    {
      name: 'smolagents CodeAgent max_steps',
      filename: 'agent.py',
      code: 'from smolagents import CodeAgent\n\nagent = CodeAgent(tools=[], model=model, max_steps=200)\n',
      output: 'from smolagents import CodeAgent\n\nagent = CodeAgent(tools=[], model=model, max_steps=20)\n',
    },
    {
      name: 'CrewAI agents.yaml max_iter with a comment',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Researcher\n  max_iter: 200  # deep research\n',
      output: 'researcher:\n  role: Researcher\n  max_iter: 20  # deep research\n',
    },
    {
      name: 'LangGraph.js recursionLimit',
      filename: 'src/graph.ts',
      code: "import { StateGraph } from '@langchain/langgraph';\n\nconst out = await app.invoke(input, { recursionLimit: 500 });\n",
      output: "import { StateGraph } from '@langchain/langgraph';\n\nconst out = await app.invoke(input, { recursionLimit: 25 });\n",
    },
    {
      name: 'OpenAI Agents JS run(..., { maxTurns })',
      filename: 'src/main.ts',
      code: "import { Agent, run } from '@openai/agents';\n\nconst result = await run(agent, 'hi', { maxTurns: 100 });\n",
      output: "import { Agent, run } from '@openai/agents';\n\nconst result = await run(agent, 'hi', { maxTurns: 10 });\n",
    },
  ]);
  structuralCases(agentLoopBoundCheck, 'reliability/agent-loop-bound', [
    {
      name: 'AI SDK stepCountIs: the default of 1 step would switch the tool loop off',
      filename: 'src/agent.ts',
      code: "import { generateText, stepCountIs } from 'ai';\n\nawait generateText({ model, tools, prompt, stopWhen: stepCountIs(100) });\n",
    },
  ]);
});

describe('reliability/loop-agent-unbounded fix', () => {
  fixTester(loopAgentUnboundedCheck, 'reliability/loop-agent-unbounded', [
    {
      name: 'ADK docs idiom, one argument per line',
      filename: 'agent.py',
      code:
        'from google.adk.agents import LoopAgent, LlmAgent\n\nrefinement_loop = LoopAgent(\n    name="RefinementLoop",\n' +
        '    # critic first, then the refiner\n    sub_agents=[critic_agent_in_loop, refiner_agent_in_loop],\n)\n',
      output:
        'from google.adk.agents import LoopAgent, LlmAgent\n\nrefinement_loop = LoopAgent(\n    name="RefinementLoop",\n' +
        '    # critic first, then the refiner\n    sub_agents=[critic_agent_in_loop, refiner_agent_in_loop],\n    max_iterations=10,\n)\n',
    },
    {
      name: 'one line, inside a function',
      filename: 'agent.py',
      code: 'from google.adk.agents import LoopAgent\n\ndef build():\n    return LoopAgent(name="Refine", sub_agents=[critic, refiner])\n',
      output: 'from google.adk.agents import LoopAgent\n\ndef build():\n    return LoopAgent(name="Refine", sub_agents=[critic, refiner], max_iterations=10)\n',
    },
    {
      name: 'explicit max_iterations=None replaced',
      filename: 'agent.py',
      code: 'from google.adk import agents\n\nloop = agents.LoopAgent(name="Refine", sub_agents=[critic], max_iterations=None)\n',
      output: 'from google.adk import agents\n\nloop = agents.LoopAgent(name="Refine", sub_agents=[critic], max_iterations=10)\n',
    },
    {
      name: 'TS new LoopAgent({...})',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner] });\n",
      output: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner], maxIterations: 10 });\n",
    },
    {
      name: 'TS multi-line with maxIterations: undefined',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({\n  name: 'refine',\n  maxIterations: undefined,\n});\n",
      output: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({\n  name: 'refine',\n  maxIterations: 10,\n});\n",
    },
    {
      name: 'YAML agent config: a line after agent_class',
      filename: 'root_agent.yaml',
      code: '# Refinement loop\nname: refine\nagent_class: LoopAgent\nsub_agents:\n  - config_path: critic.yaml\n',
      output: '# Refinement loop\nname: refine\nagent_class: LoopAgent\nmax_iterations: 10\nsub_agents:\n  - config_path: critic.yaml\n',
    },
    {
      name: 'YAML agent config, CRLF',
      filename: 'root_agent.yaml',
      code: 'agent_class: LoopAgent\r\nname: refine\r\n',
      output: 'agent_class: LoopAgent\r\nmax_iterations: 10\r\nname: refine\r\n',
    },
    {
      name: 'YAML agent_class on the last line without a newline',
      filename: 'root_agent.yaml',
      code: 'name: refine\nagent_class: LoopAgent',
      output: 'name: refine\nagent_class: LoopAgent\nmax_iterations: 10',
    },
  ]);
  structuralCases(loopAgentUnboundedCheck, 'reliability/loop-agent-unbounded', [
    {
      name: 'YAML with max_iterations: null',
      filename: 'root_agent.yaml',
      code: 'agent_class: LoopAgent\nname: refine\nmax_iterations: null\n',
    },
  ]);
});
