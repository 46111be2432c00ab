import { describe, expect, it } from 'vitest';
import { dangerousFrameworkFlagCheck } from '../rules/security/dangerous-framework-flag.js';
import { findingsFor } from '../rules/testing/rule-tester.js';
import { httpCallNoTimeoutCheck } from '../rules/reliability/http-call-no-timeout.js';
import { retriesDisabledCheck } from '../rules/reliability/retries-disabled.js';
import { hardcodedSecretCheck } from '../rules/secops/hardcoded-secret.js';
import { fixTester } from './testing/fix-tester.js';

describe('reliability/http-call-no-timeout fix', () => {
  fixTester(httpCallNoTimeoutCheck, 'reliability/http-call-no-timeout', [
    {
      name: 'one-line call',
      filename: 'tools.py',
      code: 'import requests\n\ndef f(url):\n    return requests.get(url).json()\n',
      output: 'import requests\n\ndef f(url):\n    return requests.get(url, timeout=30).json()\n',
    },
    {
      name: 'one argument per line with a trailing comma, tabs and a comment',
      filename: 'tools.py',
      code: 'import requests\n\nasync def f(u, body):\n\tr = requests.post(\n\t\tu,  # endpoint\n\t\tjson=body,\n\t)\n\treturn r\n',
      output: 'import requests\n\nasync def f(u, body):\n\tr = requests.post(\n\t\tu,  # endpoint\n\t\tjson=body,\n\t\ttimeout=30,\n\t)\n\treturn r\n',
    },
    {
      name: 'a comment ending the last argument line stays on that line',
      filename: 'tools.py',
      code: 'import requests\n\nr = requests.post(\n    "https://x.internal",\n    json={"a": 1},  # the payload\n)\n',
      output: 'import requests\n\nr = requests.post(\n    "https://x.internal",\n    json={"a": 1},  # the payload\n    timeout=30,\n)\n',
    },
    {
      name: 'timeout=None replaced, CRLF kept',
      filename: 'tools.py',
      code: 'import requests\r\nr = requests.get("https://x.internal", timeout=None)\r\n',
      output: 'import requests\r\nr = requests.get("https://x.internal", timeout=30)\r\n',
    },
  ]);
});

describe('reliability/retries-disabled fix', () => {
  fixTester(retriesDisabledCheck, 'reliability/retries-disabled', [
    {
      name: 'OpenAI client in Python',
      filename: 'client.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(max_retries=0, timeout=20)\n',
      output: 'from openai import OpenAI\n\nclient = OpenAI(max_retries=2, timeout=20)\n',
    },
    {
      name: 'AI SDK call in TypeScript',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', maxRetries: 0 });\n",
      output: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', maxRetries: 2 });\n",
    },
  ]);
});

describe('security/dangerous-framework-flag has no automatic fix', () => {
  // With False, create_pandas_dataframe_agent raises ValueError at construction (langchain_experimental's own
  // unit test asserts it), as FAISS.load_local and RequestsToolkit do: flipping the flag breaks working code.
  it('reports allow_dangerous_code=True as structural, with no edit', async () => {
    const code = 'from langchain_experimental.agents import create_pandas_dataframe_agent\n\nagent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)\n';
    const findings = await findingsFor(dangerousFrameworkFlagCheck, 'frames.py', code);
    expect(findings.map((finding) => [finding.fixability, finding.fix])).toEqual([['structural', undefined]]);
  });
});

const KEY = `sk-ant-api03-${'Qm7xT2vL9pR4kW8nZ3cY6hB1dF5gJ0sA'.repeat(3)}${'xK4mN8qP2rT6vW9z'}AA`;

describe('secret → environment fix', () => {
  fixTester(hardcodedSecretCheck, 'secret/anthropic-api-key', [
    {
      name: 'keyword argument in Python, import added after the docstring',
      filename: 'agent.py',
      code: `"""Support agent."""\n\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key="${KEY}")\n`,
      output: `"""Support agent."""\n\nimport os\n\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\n`,
    },
    {
      name: 'object property in TypeScript',
      filename: 'src/client.ts',
      code: `import Anthropic from '@anthropic-ai/sdk';\n\nexport const client = new Anthropic({ apiKey: '${KEY}' });\n`,
      output: `import Anthropic from '@anthropic-ai/sdk';\n\nexport const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n`,
    },
  ]);
});
