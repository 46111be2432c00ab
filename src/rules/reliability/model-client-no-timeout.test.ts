import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { modelClientNoTimeoutCheck } from './model-client-no-timeout.js';


describe('reliability/model-client-no-timeout', () => {
  ruleTester(modelClientNoTimeoutCheck, 'reliability/model-client-no-timeout', {
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
    ],
    invalid: [
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
    ],
  });
});
