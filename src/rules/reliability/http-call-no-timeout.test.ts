import { ruleTester } from '../testing/rule-tester.js';
import { httpCallNoTimeoutCheck } from './http-call-no-timeout.js';

ruleTester(httpCallNoTimeoutCheck, {
  valid: [
    {
      name: 'self.requests is an attribute (a counter object), not the requests module',
      filename: 'usage.py',
      code: `import requests

class Usage:
    def add(self, other):
        self.requests.get("total", 0)
        return requests.get("https://example.com/usage", timeout=10)
`,
    },
    {
      name: 'an asyncio.Queue parameter named requests is not the requests library',
      filename: 'worker.py',
      code: `import asyncio
import requests

async def drain(requests: asyncio.Queue[None], done: asyncio.Event) -> None:
    while not done.is_set():
        await requests.get()

def ping():
    return requests.get("https://example.com/health", timeout=5)
`,
    },
    {
      name: 'requests.get on a name that nothing imports',
      filename: 'worker.py',
      code: `def handle(requests):
    return requests.get("id")
`,
    },
    {
      name: 'requests with a (connect, read) timeout',
      filename: 'tools.py',
      code: 'import requests\n\ndef get_weather(city: str) -> dict:\n    return requests.get("https://wttr.in/" + city, params={"format": "j1"}, timeout=(3.05, 20)).json()\n',
    },
    {
      name: 'httpx default 5 s timeout is fine',
      filename: 'tools.py',
      code: 'import httpx\n\nasync def fetch(url: str) -> str:\n    async with httpx.AsyncClient() as client:\n        return (await client.get(url)).text\n\ndef head(url):\n    return httpx.get(url).status_code\n',
    },
    {
      name: 'urlopen with a timeout, positional or keyword',
      filename: 'tools.py',
      code: 'from urllib.request import urlopen\n\ndef read(url):\n    a = urlopen(url, timeout=10).read()\n    b = urlopen(url, None, 10).read()\n    return a + b\n',
    },
    {
      name: 'options forwarded through **kwargs',
      filename: 'client.py',
      code: 'import requests\n\ndef call(url, **options):\n    return requests.post(url, **options)\n',
    },
    {
      name: 'a local function named get is not requests',
      filename: 'cache.py',
      code: 'cache = {}\n\ndef get(key):\n    return cache.get(key)\n\nvalue = get("a")\n',
    },
  ],
  invalid: [
    {
      name: 'requests.get in a tool without timeout',
      filename: 'tools.py',
      code: 'import requests\n\ndef search(query: str) -> str:\n    """Search the docs."""\n    return requests.get("https://api.example.com/search", params={"q": query}).text\n',
      errors: [{ line: 5, message: /requests\.get\(\.\.\.\) has no timeout=.*waits forever/ }],
    },
    {
      name: 'aliased import and requests.request, plus timeout=None',
      filename: 'client.py',
      code: 'import requests as rq\n\nrq.request("POST", "https://hooks.example.com", json={})\nrq.put("https://api.example.com/x", timeout=None)\n',
      errors: [{ line: 3, message: /requests\.request/ }, { line: 4, message: /timeout=None/ }],
    },
    {
      name: 'urllib.request.urlopen without timeout',
      filename: 'fetch.py',
      code: 'import urllib.request\n\ndef fetch(url):\n    with urllib.request.urlopen(url) as response:\n        return response.read()\n',
      errors: [{ line: 4, message: /global socket default/ }],
    },
    {
      name: 'httpx with the default switched off',
      filename: 'fetch.py',
      code: 'import httpx\n\nclient = httpx.Client(timeout=None)\n',
      errors: [{ line: 3, message: /switches off the httpx 5 s default/ }],
    },
    {
      name: 'one-line call',
      filename: 'tools.py',
      code: 'import requests\n\ndef f(url):\n    return requests.get(url).json()\n',
      errors: [{ line: 4 }],
      output: 'import requests\n\ndef f(url):\n    return requests.get(url, timeout=30).json()\n',
    },
    {
      name: 'one argument per line with a trailing comma, tabs and a comment',
      filename: 'tools.py',
      code: 'import requests\n\nasync def f(u, body):\n\tr = requests.post(\n\t\tu,  # endpoint\n\t\tjson=body,\n\t)\n\treturn r\n',
      errors: [{ line: 4 }],
      output: 'import requests\n\nasync def f(u, body):\n\tr = requests.post(\n\t\tu,  # endpoint\n\t\tjson=body,\n\t\ttimeout=30,\n\t)\n\treturn r\n',
    },
    {
      name: 'a comment ending the last argument line stays on that line',
      filename: 'tools.py',
      code: 'import requests\n\nr = requests.post(\n    "https://x.internal",\n    json={"a": 1},  # the payload\n)\n',
      errors: [{ line: 3 }],
      output: 'import requests\n\nr = requests.post(\n    "https://x.internal",\n    json={"a": 1},  # the payload\n    timeout=30,\n)\n',
    },
    {
      name: 'timeout=None replaced, CRLF kept',
      filename: 'tools.py',
      code: 'import requests\r\nr = requests.get("https://x.internal", timeout=None)\r\n',
      errors: [{ line: 2 }],
      output: 'import requests\r\nr = requests.get("https://x.internal", timeout=30)\r\n',
    },
  ],
});
