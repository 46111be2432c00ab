import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { missingRetryOnHttpToolCheck } from './missing-retry-on-http-tool.js';


describe('reliability/missing-retry-on-http-tool', () => {
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
    ],
  });
});
