import { ruleTester } from '../testing/rule-tester.js';
import { missingRetryOnHttpToolCheck } from './missing-retry-on-http-tool.js';


const REQUESTS_ERRORS = '(requests.exceptions.ConnectionError, requests.exceptions.Timeout)';
/** The decorator the fix writes: transient errors only, bounded, exponential backoff, one argument per line. */
const toolRetry = (errors: string, indent = '', step = '    ', newline = '\n') =>
  ['@retry(', `${step}retry=retry_if_exception_type(${errors}),`, `${step}stop=stop_after_attempt(3),`, `${step}wait=wait_exponential(multiplier=1, max=10),`, `${step}reraise=True,`, ')']
    .map((line) => `${indent}${line}`)
    .join(newline);
const TOOL_RETRY = toolRetry(REQUESTS_ERRORS);
const HTTPX_RETRY = toolRetry('httpx.TransportError');
const TENACITY_IMPORT = 'from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential';

ruleTester(missingRetryOnHttpToolCheck, {
  valid: [
    {
      name: 'a tool whose requests parameter is a queue, not the HTTP library',
      filename: 'tools.py',
      code: `import asyncio
import requests
from agents import function_tool

@function_tool
async def next_job(requests: asyncio.Queue) -> str:
    return await requests.get()
`,
    },
    {
      name: 'tenacity-wrapped function_tool',
      filename: 'tools.py',
      code:
        'import httpx\nfrom agents import function_tool\nfrom tenacity import retry, stop_after_attempt, wait_exponential_jitter\n\n' +
        '@function_tool\n@retry(stop=stop_after_attempt(3), wait=wait_exponential_jitter(max=10))\ndef get_weather(city: str) -> str:\n' +
        '    return httpx.get("https://wttr.in/" + city, timeout=10).text\n',
    },
    {
      name: 'session with urllib3 Retry adapter',
      filename: 'tools.py',
      code:
        'import requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\nfrom langchain_core.tools import tool\n\n' +
        'session = requests.Session()\nsession.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))\n\n' +
        '@tool\ndef lookup(q: str) -> str:\n    """Look up q."""\n    return requests.get("https://api.example.com", params={"q": q}, timeout=10).text\n',
    },
    {
      name: 'hand-written retry loop',
      filename: 'tools.py',
      code:
        'import time\nimport requests\nfrom langchain_core.tools import tool\n\n@tool\ndef lookup(q: str) -> str:\n    """Look up q."""\n' +
        '    for attempt in range(3):\n        try:\n            return requests.get("https://api.example.com", params={"q": q}, timeout=10).text\n' +
        '        except requests.RequestException:\n            time.sleep(2 ** attempt)\n    return "unavailable"\n',
    },
    {
      name: 'HTTP call in a function that is not a tool',
      filename: 'client.py',
      code: 'import requests\n\ndef sync_inventory():\n    return requests.get("https://api.example.com/inventory", timeout=10).json()\n\nTOOLS = []\n',
    },
    {
      name: 'tool that calls a model SDK only',
      filename: 'tools.py',
      code: 'from openai import OpenAI\nfrom agents import function_tool\n\nclient = OpenAI(timeout=30)\n\n@function_tool\ndef summarise(text: str) -> str:\n    return client.responses.create(model="gpt-4.1", input=text).output_text\n',
    },
  ],
  invalid: [
    {
      name: 'LangChain @tool with requests.get',
      filename: 'tools.py',
      code: 'import requests\nfrom langchain_core.tools import tool\n\n@tool\ndef search(q: str) -> str:\n    """Search."""\n    return requests.get("https://api.example.com/search", params={"q": q}, timeout=10).text\n',
      errors: [{ line: 7, message: /Tool 'search' calls requests\.get\(\.\.\.\) with no retry/ }],
    },
    {
      name: 'ADK function listed in tools=[...] using httpx.AsyncClient',
      filename: 'agent.py',
      code:
        'import httpx\nfrom google.adk.agents import Agent\n\nasync def get_exchange_rate(base: str, target: str) -> dict:\n' +
        '    async with httpx.AsyncClient(timeout=10) as client:\n        r = await client.get("https://api.frankfurter.app/latest", params={"from": base, "to": target})\n        return r.json()\n\n' +
        'root_agent = Agent(name="fx", model="gemini-2.5-flash", instruction="Convert currencies.", tools=[get_exchange_rate])\n',
      errors: [{ line: 5, message: /get_exchange_rate.*httpx\.AsyncClient/ }],
    },
    {
      name: 'CrewAI BaseTool _run',
      filename: 'tools/weather.py',
      code:
        'import requests\nfrom crewai.tools import BaseTool\n\nclass WeatherTool(BaseTool):\n    name: str = "weather"\n    description: str = "Weather"\n\n' +
        '    def _run(self, city: str) -> str:\n        return requests.get(f"https://wttr.in/{city}", timeout=10).text\n',
      errors: [{ line: 9, message: /Tool '_run'/ }],
    },
    {
      name: 'ADK function tool listed in tools=[...], with a docstring',
      filename: 'weather_agent/agent.py',
      code:
        '"""Weather agent."""\nimport requests\nfrom google.adk.agents import Agent\n\n\ndef get_weather(city: str) -> dict:\n' +
        '    """Returns the current weather for a city."""\n    response = requests.get(f"https://api.example.com/weather/{city}", timeout=10)\n' +
        '    return response.json()\n\n\nroot_agent = Agent(name="weather", model="gemini-2.0-flash", tools=[get_weather])\n',
      errors: [{ line: 8 }],
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
      errors: [{ line: 8 }],
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
      errors: [{ line: 11 }],
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
      errors: [{ line: 10 }],
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
      errors: [{ line: 9 }],
      output:
        `import requests\nfrom langchain_core.tools import tool\n${TENACITY_IMPORT}\n\n\ndef make_tools(base_url):\n    @tool\n${toolRetry(REQUESTS_ERRORS, '    ')}\n    def status() -> str:\n        """Service status."""\n` +
        '        return requests.get(base_url + "/status", timeout=5).text\n\n    return [status]\n',
    },
    {
      name: 'two tools in one file: one decorator each, one import',
      filename: 'tools.py',
      code:
        'import httpx\nfrom pydantic_ai import Agent\n\nagent = Agent("openai:gpt-4o")\n\n\n@agent.tool_plain\ndef a(q: str) -> str:\n    return httpx.get(q, timeout=5).text\n\n\n' +
        '@agent.tool_plain\ndef b(q: str) -> str:\n    return httpx.post(q, timeout=5).text\n',
      errors: [{ line: 9 }, { line: 14 }],
      output:
        `import httpx\nfrom pydantic_ai import Agent\n${TENACITY_IMPORT}\n\nagent = Agent("openai:gpt-4o")\n\n\n@agent.tool_plain\n${HTTPX_RETRY}\ndef a(q: str) -> str:\n    return httpx.get(q, timeout=5).text\n\n\n` +
        `@agent.tool_plain\n${HTTPX_RETRY}\ndef b(q: str) -> str:\n    return httpx.post(q, timeout=5).text\n`,
    },
    {
      name: 'retry already means the retry package',
      filename: 'tools.py',
      code: 'import requests\nfrom retry import retry\nfrom langchain_core.tools import tool\n\n@tool\ndef f(u: str) -> str:\n    """F."""\n    return requests.get(u, timeout=5).text\n',
      errors: [{ line: 8 }],
      output: null,
    },
    {
      name: 'a local def retry',
      filename: 'tools.py',
      code: 'import requests\nfrom agents import function_tool\n\ndef retry(fn):\n    return fn\n\n@function_tool\ndef f(u: str) -> str:\n    return requests.get(u, timeout=5).text\n',
      errors: [{ line: 9 }],
      output: null,
    },
    {
      name: 'tenacity retry imported under another name',
      filename: 'tools.py',
      code: 'import requests\nfrom tenacity import retry as tretry\nfrom agents import function_tool\n\n@function_tool\ndef f(u: str) -> str:\n    return requests.get(u, timeout=5).text\n',
      errors: [{ line: 7 }],
      output: null,
    },
  ],
});
