import { ruleTester } from '../testing/rule-tester.js';
import { aiSdkTool } from '../testing/ai-sdk-tool.js';
import { ssrfModelUrlCheck } from './ssrf-model-url.js';

ruleTester(ssrfModelUrlCheck, {
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

${aiSdkTool('weather', 'Weather for a city', 'city', `{
    const res = await fetch(\`https://api.weather.example.com/v1?q=\${encodeURIComponent(city)}\`);
    return res.json();
  }`)}`,
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
    {
      name: 'an asyncio.Queue parameter named requests is not the HTTP library',
      filename: 'tools.py',
      code: `import asyncio
import requests
from agents import function_tool

@function_tool
async def enqueue_download(url: str, requests: asyncio.Queue) -> str:
    await requests.put(url)
    return "queued"
`,
    },
    {
      name: 'requests: asyncio.Queue declared in the tool body, and no requests import',
      filename: 'tools.py',
      code: `import asyncio
from langchain_core.tools import tool

@tool
async def schedule(url: str) -> str:
    """Schedule a crawl."""
    requests: asyncio.Queue = asyncio.Queue()
    await requests.put(url)
    return "ok"
`,
    },
    {
      name: 'self.requests is an attribute, not the module',
      filename: 'tools.py',
      code: `import requests
from crewai.tools import BaseTool

class CacheLookupTool(BaseTool):
    name: str = "cache_lookup"
    description: str = "Looks up a cached page"

    def _run(self, url: str) -> str:
        return self.requests.get(url, "")
`,
    },
    {
      name: 'a local variable named client that is not an HTTP client',
      filename: 'agent.py',
      code: `import httpx
from google.adk.agents import Agent

async def warm_up():
    async with httpx.AsyncClient() as client:
        await client.get("https://status.example.com/health")

def lookup(key: str) -> dict:
    client = {"a": 1}
    return {"value": client.get(key)}

root_agent = Agent(name="kv", model="gemini-2.0-flash", tools=[lookup])
`,
    },
    {
      name: 'tool calls a helper that joins the input to a fixed base URL',
      filename: 'agent.py',
      files: {
        'weather_api.py': `import httpx

BASE = "https://api.weather.example.com/v1"

def current(city):
    return httpx.get(f"{BASE}/current", params={"q": city}, timeout=10).json()
`,
      },
      code: `from google.adk.agents import Agent
from weather_api import current

def get_weather(city: str) -> dict:
    return current(city)

root_agent = Agent(name="weather", model="gemini-2.0-flash", tools=[get_weather])
`,
    },
    {
      name: 'helper that checks the host against an allowlist',
      filename: 'tools.py',
      files: {
        'net.py': `from urllib.parse import urlparse
import requests

ALLOWED_HOSTS = {"docs.python.org"}

def fetch_text(url):
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return requests.get(url, timeout=10).text
`,
      },
      code: `from langchain_core.tools import tool
from net import fetch_text

@tool
def read_docs(url: str) -> str:
    """Read a documentation page."""
    return fetch_text(url)
`,
    },
    {
      name: 'Vercel AI SDK tool passes a path to a helper that fixes the host',
      filename: 'app/tools/docs.ts',
      files: {
        'app/lib/http.ts': `const BASE = 'https://docs.example.com';

export async function getDoc(path: string) {
  const res = await fetch(\`\${BASE}/\${encodeURIComponent(path)}\`);
  return res.text();
}
`,
      },
      code: `import { tool } from 'ai';
import { z } from 'zod';
import { getDoc } from '../lib/http';

${aiSdkTool('readDoc', 'Read a documentation page', 'path', 'getDoc(path)')}`,
    },
  ],
  invalid: [
    {
      name: 'Vercel AI SDK tool hands the URL to a fetch helper in another module',
      filename: 'app/tools/browse.ts',
      files: {
        'app/lib/http.ts': `export async function getText(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  return res.text();
}
`,
      },
      code: `import { tool } from 'ai';
import { z } from 'zod';
import { getText } from '../lib/http';

${aiSdkTool('browse', 'Read a web page', 'url', '({ body: await getText(url) })', 'z.string().url()')}`,
      errors: [{ line: 8, message: /getText\(\.\.\.\) passes tool input 'url' of tool\(\{ execute \}\) as the URL host of fetch\(\.\.\.\) at app\/lib\/http\.ts:2/ }],
    },
    {
      name: 'ADK tool in tools/ registered by a sub-agent module, urllib.request.urlopen on the URL',
      filename: 'research/tools/page_reader.py',
      files: {
        'research/tools/__init__.py': '',
        'research/sub_agents/reader.py': `from google.adk.agents import Agent
from ..tools.page_reader import read_page

reader_agent = Agent(name="reader", model="gemini-2.0-flash", tools=[read_page])
`,
      },
      code: `import urllib.request
from google.adk.tools import ToolContext

def read_page(url: str, tool_context: ToolContext) -> dict:
    body = urllib.request.urlopen(url, timeout=20).read().decode("utf-8")
    tool_context.state["page"] = body
    return {"status": "ok"}
`,
      errors: [{ line: 5, message: /urllib\.request\.urlopen\(\.\.\.\) fetches a URL whose host comes from tool input 'url' of read_page \(tools=\[\.\.\.\] in research\/sub_agents\/reader\.py\)/ }],
    },
    {
      name: 'import urllib.request as ur; and from urllib.request import Request',
      filename: 'tools.py',
      code: `import urllib.request as ur
from urllib.request import Request
from langchain_core.tools import tool

@tool
def head(link: str) -> str:
    """Fetch the headers of a page."""
    return str(ur.urlopen(link, timeout=5).headers)

@tool
def post_json(endpoint: str, body: str) -> str:
    """POST a JSON body."""
    req = Request(endpoint, data=body.encode(), method="POST")
    return "sent"
`,
      errors: [{ line: 8, message: /ur\.urlopen/ }, { line: 13, message: /Request\(\.\.\.\).*'endpoint'/ }],
    },
    {
      name: 'tool hands the URL to a fetch helper in another module (httpx)',
      filename: 'agent.py',
      files: {
        'utils/http.py': `import httpx

async def fetch_text(url: str) -> str:
    async with httpx.AsyncClient(follow_redirects=True) as client:
        resp = await client.get(url, timeout=15)
        return resp.text
`,
      },
      code: `from agents import Agent, function_tool
from utils.http import fetch_text

@function_tool
async def browse(url: str) -> str:
    return await fetch_text(url)

agent = Agent(name="browser", tools=[browse])
`,
      errors: [{ line: 6, message: /fetch_text\(\.\.\.\) passes tool input 'url' of browse \(@function_tool\) as the URL host of client\.get\(\.\.\.\) at utils\/http\.py:5/ }],
    },
    {
      name: 'module-level requests.Session used in a CrewAI tool',
      filename: 'tools/scraper.py',
      code: `import requests
from crewai.tools import BaseTool

session = requests.Session()

class ScrapeTool(BaseTool):
    name: str = "scrape"
    description: str = "Scrape a page"

    def _run(self, page_url: str) -> str:
        return session.get(page_url, timeout=10).text
`,
      errors: [{ line: 11, message: /session\.get\(\.\.\.\).*'page_url' of ScrapeTool \(BaseTool\._run\)/ }],
    },
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

${aiSdkTool('browse', 'Fetch a page', 'url', '(await fetch(url)).text()', 'z.string().url()')}
${aiSdkTool('ping', 'Ping a service', 'service', `(await axios.get(\`https://\${service}.internal/health\`)).status`)}`,
      errors: [{ line: 8, message: /fetch\(\.\.\.\).*'url'/ }, { line: 14, message: /axios\.get/ }],
    },
  ],
});
