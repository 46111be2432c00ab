import { ruleTester } from '../testing/rule-tester.js';
import { retriesDisabledCheck } from './retries-disabled.js';

ruleTester(retriesDisabledCheck, {
  valid: [
    {
      name: 'missing max_retries keeps the SDK default',
      filename: 'agent.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\n',
    },
    {
      name: 'positive max_retries',
      filename: 'agent.py',
      code: 'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(model="claude-sonnet-4-5", max_retries=5)\n',
    },
    {
      name: 'retries off on purpose for a fast fallback chain',
      filename: 'chain.py',
      code:
        'from langchain_openai import ChatOpenAI\nfrom langchain_anthropic import ChatAnthropic\n\n' +
        'primary = ChatOpenAI(model="gpt-4.1", max_retries=0)\nbackup = ChatAnthropic(model="claude-sonnet-4-5")\nllm = primary.with_fallbacks([backup])\n',
    },
    {
      name: 'retries handled by tenacity',
      filename: 'agent.py',
      code:
        'from anthropic import Anthropic\nfrom tenacity import retry, stop_after_attempt, wait_random_exponential\n\nclient = Anthropic(max_retries=0)\n\n' +
        '@retry(stop=stop_after_attempt(4), wait=wait_random_exponential(max=20))\ndef ask(q):\n    return client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": q}])\n',
    },
    {
      name: 'AI SDK with maxRetries 3',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nconst { text } = await generateText({ model: openai('gpt-4.1'), prompt: 'hi', maxRetries: 3 });\n",
    },
    {
      name: 'unrelated function with max_retries=0',
      filename: 'jobs.py',
      code: 'def enqueue(job, max_retries=3):\n    pass\n\nenqueue("x", max_retries=0)\n',
    },
  ],
  invalid: [
    {
      name: 'OpenAI(max_retries=0)',
      filename: 'agent.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(timeout=20, max_retries=0)\n',
      errors: [{ line: 3, message: /OpenAI\(\.\.\.\) sets max_retries to 0, replacing the openai SDK default of 2 retries/ }],
    },
    {
      name: 'ChatOpenAI and with_options',
      filename: 'graph.py',
      code:
        'import openai\nfrom langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4.1", max_retries=0)\n' +
        'client = openai.OpenAI()\nfast = client.with_options(max_retries=0)\n',
      errors: [{ line: 4, message: /ChatOpenAI/ }, { line: 6, message: /with_options/ }],
    },
    {
      name: 'AI SDK generateText maxRetries: 0',
      filename: 'src/agent.ts',
      code:
        "import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "const result = await generateText({\n  model: anthropic('claude-sonnet-4-5'),\n  prompt: 'Summarise',\n  maxRetries: 0,\n});\n",
      errors: [{ line: 7, message: /generateText\(\.\.\.\) sets maxRetries to 0, replacing the AI SDK default of 2 retries/ }],
    },
    {
      name: 'TS new OpenAI({ maxRetries: 0 })',
      filename: 'src/client.ts',
      code: "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ timeout: 20_000, maxRetries: 0 });\n",
      errors: [{ line: 3, message: /new OpenAI/ }],
    },
    {
      name: 'OpenAI client in Python',
      filename: 'client.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(max_retries=0, timeout=20)\n',
      errors: [{ line: 3 }],
      output: 'from openai import OpenAI\n\nclient = OpenAI(max_retries=2, timeout=20)\n',
    },
    {
      name: 'AI SDK call in TypeScript',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', maxRetries: 0 });\n",
      errors: [{ line: 4 }],
      output: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', maxRetries: 2 });\n",
    },
  ],
});
