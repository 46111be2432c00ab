import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { ssrfModelUrlCheck } from './ssrf-model-url.js';


const ID = 'security/ssrf-model-url';

describe(ID, () => {
  ruleTester(ssrfModelUrlCheck, ID, {
    valid: [
      {
        name: 'constant base with a path parameter (the idiomatic weather tool)',
        filename: 'tools.py',
        code: `import requests
from langchain_core.tools import tool

BASE_URL = "https://api.weather.example.com"

@tool
def get_weather(city: str) -> str:
    """Get the weather for a city."""
    r = requests.get(f"https://api.weather.example.com/v1/current/{city}", timeout=10)
    s = requests.get(BASE_URL + "/v1/forecast", params={"q": city}, timeout=10)
    return r.text + s.text
`,
      },
      {
        name: 'URL parameter checked against an allowlist of hosts',
        filename: 'tools.py',
        code: `from urllib.parse import urlparse
import httpx
from agents import function_tool

ALLOWED_HOSTS = {"docs.python.org", "developer.mozilla.org"}

@function_tool
async def fetch_page(url: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "host not allowed"
    async with httpx.AsyncClient(follow_redirects=False) as client:
        return (await client.get(url, timeout=10)).text
`,
      },
      {
        name: 'fetching a user URL outside any tool',
        filename: 'crawler.py',
        code: `import requests

def crawl(url):
    return requests.get(url, timeout=5).text
`,
      },
      {
        name: 'AI SDK tool with a fixed host and an encoded query',
        filename: 'src/tools.ts',
        code: `import { tool } from 'ai';
import { z } from 'zod';

export const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    const res = await fetch(\`https://api.weather.example.com/v1?q=\${encodeURIComponent(city)}\`);
    return res.json();
  },
});
`,
      },
      {
        name: 'Mastra tool that validates new URL(url).hostname',
        filename: 'src/tools.ts',
        code: `import { createTool } from '@mastra/core/tools';
import axios from 'axios';

const ALLOWED = new Set(['example.com']);

export const scrape = createTool({
  id: 'scrape',
  execute: async ({ context }) => {
    if (!ALLOWED.has(new URL(context.url).hostname)) throw new Error('blocked');
    return (await axios.get(context.url)).data;
  },
});
`,
      },
    ],
    invalid: [
      {
        name: 'LangChain @tool fetching the URL argument with requests',
        filename: 'tools.py',
        code: `import requests
from langchain_core.tools import tool

@tool
def read_url(url: str) -> str:
    """Read a web page."""
    return requests.get(url, timeout=10).text
`,
        errors: [{ line: 7, message: /requests\.get\(\.\.\.\) fetches a URL whose host comes from tool input 'url' of read_url \(@tool\) with no host allowlist/ }],
      },
      {
        name: 'httpx.AsyncClient in an OpenAI Agents tool, host in an f-string',
        filename: 'tools.py',
        code: `import httpx
from agents import function_tool

@function_tool
async def service_status(host: str) -> str:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"http://{host}/healthz")
        return resp.text
`,
        errors: [{ line: 7, message: /client\.get\(\.\.\.\).*'host'/ }],
      },
      {
        name: 'ADK tool with urlopen and aiohttp session',
        filename: 'agent.py',
        code: `import aiohttp
from urllib.request import urlopen
from google.adk.agents import Agent

def download(link: str) -> dict:
    return {"body": urlopen(link.strip()).read().decode()}

async def post_webhook(endpoint: str, payload: str) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.post(endpoint, data=payload) as resp:
            return {"status": resp.status}

root_agent = Agent(name="web", model="gemini-2.0-flash", tools=[download, post_webhook])
`,
        errors: [{ line: 6, message: /urlopen/ }, { line: 10, message: /session\.post.*'endpoint'/ }],
      },
      {
        name: 'AI SDK tool fetch(url) and axios.get of a template with the host open',
        filename: 'src/tools.ts',
        code: `import { tool } from 'ai';
import axios from 'axios';
import { z } from 'zod';

export const browse = tool({
  description: 'Fetch a page',
  inputSchema: z.object({ url: z.string().url() }),
  execute: async ({ url }) => (await fetch(url)).text(),
});

export const ping = tool({
  description: 'Ping a service',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => (await axios.get(\`https://\${service}.internal/health\`)).status,
});
`,
        errors: [{ line: 8, message: /fetch\(\.\.\.\).*'url'/ }, { line: 14, message: /axios\.get/ }],
      },
    ],
  });
});
