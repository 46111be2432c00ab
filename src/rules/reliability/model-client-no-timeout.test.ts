import { ruleTester } from '../testing/rule-tester.js';
import { modelClientNoTimeoutCheck } from './model-client-no-timeout.js';

ruleTester(modelClientNoTimeoutCheck, {
  valid: [
    {
      name: 'OpenAI with a float timeout',
      filename: 'agent.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(timeout=20.0, max_retries=3)\n',
    },
    {
      name: 'AsyncAnthropic with httpx.Timeout',
      filename: 'agent.py',
      code: 'import httpx\nimport anthropic\n\nclient = anthropic.AsyncAnthropic(timeout=httpx.Timeout(30.0, connect=5.0))\n',
    },
    {
      name: 'ChatOpenAI with request_timeout alias, ChatAnthropic with default_request_timeout',
      filename: 'graph.py',
      code:
        'from langchain_openai import ChatOpenAI\nfrom langchain_anthropic import ChatAnthropic\n\n' +
        'llm = ChatOpenAI(model="gpt-4.1", request_timeout=30)\nclaude = ChatAnthropic(model="claude-sonnet-4-5", default_request_timeout=45)\n',
    },
    {
      name: 'settings passed through **kwargs',
      filename: 'factory.py',
      code: 'from openai import OpenAI\n\ndef make(**settings):\n    return OpenAI(**settings)\n',
    },
    {
      name: 'per-request timeout on create()',
      filename: 'agent.py',
      code:
        'from openai import OpenAI\n\nclient = OpenAI()\n\ndef ask(q):\n' +
        '    return client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}], timeout=15)\n',
    },
    {
      name: 'a local class called OpenAI is not the SDK',
      filename: 'fake.py',
      code: 'class OpenAI:\n    pass\n\nclient = OpenAI()\n',
    },
    {
      name: 'TS OpenAI with timeout',
      filename: 'src/agent.ts',
      code: "import OpenAI from 'openai';\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 20_000, maxRetries: 3 });\n",
    },
    {
      name: 'TS Anthropic with options from elsewhere',
      filename: 'src/agent.ts',
      code: "import Anthropic from '@anthropic-ai/sdk';\nimport { clientOptions } from './config';\n\nconst anthropic = new Anthropic(clientOptions);\n",
    },
    {
      name: 'LangChain.js ChatOpenAI with timeout, ChatAnthropic with clientOptions.timeout, ChatDeepSeek with configuration',
      filename: 'src/models.ts',
      code:
        "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nimport { ChatDeepSeek } from '@langchain/deepseek';\n\n" +
        "export const gpt = new ChatOpenAI({ model: 'gpt-4.1', timeout: 30_000 });\n" +
        "export const claude = new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions: { timeout: 45_000, maxRetries: 2 } });\n" +
        "export const deepseek = new ChatDeepSeek({ model: 'deepseek-chat', configuration: { timeout: 20_000 } });\n",
    },
    {
      name: 'LangChain.js ChatGoogleGenerativeAI bounded with withConfig({ timeout })',
      filename: 'src/models.ts',
      code:
        "import { ChatGoogleGenerativeAI } from '@langchain/google-genai';\n\n" +
        "export const gemini = new ChatGoogleGenerativeAI({ model: 'gemini-3.5-flash' }).withConfig({ timeout: 30_000 });\n",
    },
    {
      name: 'LangChain.js per-call timeout and an AbortSignal on invoke',
      filename: 'src/agent.ts',
      code:
        "import { ChatAnthropic } from '@langchain/anthropic';\n\nconst model = new ChatAnthropic({ model: 'claude-sonnet-4-6' });\n" +
        "export const answer = (q: string) => model.invoke(q, { signal: AbortSignal.timeout(30_000) });\n",
    },
    {
      name: 'ChatAnthropic options from a variable and a custom createClient',
      filename: 'src/models.ts',
      code:
        "import { ChatAnthropic } from '@langchain/anthropic';\nimport Anthropic from '@anthropic-ai/sdk';\n\n" +
        "export const a = new ChatAnthropic(settings);\n" +
        "export const b = new ChatAnthropic({ model: 'claude-sonnet-4-6', createClient: (options) => new Anthropic({ ...options, timeout: 30_000 }) });\n",
    },
  ],
  invalid: [
    {
      name: 'LangChain.js ChatOpenAI, ChatAnthropic (timeout at the top level is not read), ChatGoogleGenerativeAI',
      filename: 'src/models.ts',
      code:
        "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nimport { ChatGoogleGenerativeAI } from '@langchain/google-genai';\n\n" +
        "export const gpt = new ChatOpenAI({ model: 'gpt-4.1', temperature: 0 });\n" +
        "export const claude = new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions: { maxRetries: 2 } });\n" +
        "export const gemini = new ChatGoogleGenerativeAI({ model: 'gemini-3.5-flash' });\n",
      errors: [
        { line: 5, message: /new ChatOpenAI\(\.\.\.\) is constructed without a timeout.*600000 ms/ },
        { line: 6, message: /new ChatAnthropic\(\.\.\.\).*clientOptions\.timeout/ },
        { line: 7, message: /new ChatGoogleGenerativeAI\(\.\.\.\) has no request timeout.*withConfig/ },
      ],
    },
    {
      name: 'OpenAI() bare',
      filename: 'agent.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI()\n',
      errors: [{ line: 3, message: /OpenAI\(\.\.\.\) is constructed without a timeout.*600 s/ }],
    },
    {
      name: 'module-qualified AsyncAzureOpenAI and anthropic.Anthropic',
      filename: 'clients.py',
      code:
        'import os\nimport anthropic\nimport openai\n\n' +
        'azure = openai.AsyncAzureOpenAI(api_version="2024-10-21", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])\n' +
        'claude = anthropic.Anthropic()\n',
      errors: [{ line: 5, message: /AsyncAzureOpenAI/ }, { line: 6, message: /anthropic SDK default of 600 s/ }],
    },
    {
      name: 'LangChain ChatOpenAI and ChatAnthropic without timeout',
      filename: 'graph.py',
      code:
        'from langchain_openai import ChatOpenAI\nfrom langchain_anthropic import ChatAnthropic\n\n' +
        'llm = ChatOpenAI(model="gpt-4.1", temperature=0)\nclaude = ChatAnthropic(model="claude-sonnet-4-5")\n',
      errors: [{ line: 4, message: /ChatOpenAI.*timeout=None/ }, { line: 5, message: /default_request_timeout=None/ }],
    },
    {
      name: 'TS new OpenAI() and new Anthropic({ apiKey })',
      filename: 'src/agent.ts',
      code:
        "import OpenAI from 'openai';\nimport Anthropic from '@anthropic-ai/sdk';\n\n" +
        'const openai = new OpenAI();\nconst anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n',
      errors: [{ line: 4, message: /600000 ms/ }, { line: 5, message: /anthropic SDK/ }],
    },
    {
      name: 'OpenAI() with no arguments',
      filename: 'client.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI()\n',
      errors: [{ line: 3 }],
      output: 'from openai import OpenAI\n\nclient = OpenAI(timeout=60)\n',
    },
    {
      name: 'AsyncAnthropic in an async function',
      filename: 'client.py',
      code: 'import anthropic\n\nasync def main():\n    client = anthropic.AsyncAnthropic(api_key=KEY)\n    return await client.messages.create(model=MODEL, max_tokens=512, messages=[])\n',
      errors: [{ line: 4 }],
      output:
        'import anthropic\n\nasync def main():\n    client = anthropic.AsyncAnthropic(api_key=KEY, timeout=60)\n    return await client.messages.create(model=MODEL, max_tokens=512, messages=[])\n',
    },
    {
      name: 'ChatAnthropic gets default_request_timeout, one per line, comment kept on its line',
      filename: 'llm.py',
      code: 'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(\n    model="claude-sonnet-4-5",\n    max_tokens=1024,  # enough for tool calls\n)\n',
      errors: [{ line: 3 }],
      output:
        'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(\n    model="claude-sonnet-4-5",\n    max_tokens=1024,  # enough for tool calls\n    default_request_timeout=60,\n)\n',
    },
    {
      name: 'ChatOpenAI, tabs and CRLF',
      filename: 'llm.py',
      code: 'from langchain_openai import ChatOpenAI\r\n\r\ndef build():\r\n\treturn ChatOpenAI(\r\n\t\tmodel="gpt-4o-mini",\r\n\t\ttemperature=0,\r\n\t)\r\n',
      errors: [{ line: 4 }],
      output: 'from langchain_openai import ChatOpenAI\r\n\r\ndef build():\r\n\treturn ChatOpenAI(\r\n\t\tmodel="gpt-4o-mini",\r\n\t\ttemperature=0,\r\n\t\ttimeout=60,\r\n\t)\r\n',
    },
    {
      name: 'TS new OpenAI() gets an options object',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nexport const client = new OpenAI();\n",
      errors: [{ line: 3 }],
      output: "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS new OpenAI without parentheses',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nexport const client = new OpenAI;\n",
      errors: [{ line: 3 }],
      output: "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS Anthropic with one-line options',
      filename: 'src/client.ts',
      code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] });\n",
      errors: [{ line: 3 }],
      output: "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'], timeout: 60_000 });\n",
    },
    {
      name: 'TS empty options object',
      filename: 'src/client.js',
      code: "import { OpenAI } from 'openai';\n\nconst client = new OpenAI({});\n",
      errors: [{ line: 3 }],
      output: "import { OpenAI } from 'openai';\n\nconst client = new OpenAI({ timeout: 60_000 });\n",
    },
    {
      name: 'TS one property per line with trailing comma and a comment',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY,\n  maxRetries: 3, // provider is flaky\n});\n",
      errors: [{ line: 3 }],
      output:
        "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY,\n  maxRetries: 3, // provider is flaky\n  timeout: 60_000,\n});\n",
    },
    {
      name: 'TS one property per line without a trailing comma, CRLF',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI({\r\n\tbaseURL: 'https://gw.internal/v1' // gateway\r\n});\r\n",
      errors: [{ line: 3 }],
      output: "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI({\r\n\tbaseURL: 'https://gw.internal/v1', // gateway\r\n\ttimeout: 60_000\r\n});\r\n",
    },
    {
      name: 'TS options object holding only a comment',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nconst client = new OpenAI({ /* filled in later */ });\n",
      errors: [{ line: 3 }],
      output: null,
    },
    {
      name: 'LangChain.js ChatOpenAI gets timeout, ChatAnthropic gets clientOptions',
      filename: 'src/models.ts',
      code:
        "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\n\n" +
        "export const gpt = new ChatOpenAI({ model: 'gpt-4.1' });\nexport const claude = new ChatAnthropic({\n  model: 'claude-sonnet-4-6',\n});\n",
      errors: [{ line: 4 }, { line: 5 }],
      output:
        "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\n\n" +
        "export const gpt = new ChatOpenAI({ model: 'gpt-4.1', timeout: 60_000 });\nexport const claude = new ChatAnthropic({\n  model: 'claude-sonnet-4-6',\n  clientOptions: { timeout: 60_000 },\n});\n",
    },
    {
      name: 'ChatAnthropic clientOptions without a timeout gets one',
      filename: 'src/models.ts',
      code: "import { ChatAnthropic } from '@langchain/anthropic';\n\nexport const claude = new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions: { maxRetries: 2 } });\n",
      errors: [{ line: 3 }],
      output: "import { ChatAnthropic } from '@langchain/anthropic';\n\nexport const claude = new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions: { maxRetries: 2, timeout: 60_000 } });\n",
    },
    {
      name: 'ChatGoogleGenerativeAI has no constructor option to write: structural',
      filename: 'src/models.ts',
      code: "import { ChatGoogleGenerativeAI } from '@langchain/google-genai';\n\nexport const gemini = new ChatGoogleGenerativeAI({ model: 'gemini-3.5-flash' });\n",
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});
