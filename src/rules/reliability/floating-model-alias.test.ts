import { ruleTester } from '../testing/rule-tester.js';
import { floatingModelAliasCheck } from './floating-model-alias.js';

ruleTester(floatingModelAliasCheck, {
  valid: [
    {
      name: 'pinned snapshots',
      filename: 'agent.py',
      code: 'from anthropic import Anthropic\n\nMODEL = "claude-haiku-4-5-20251001"\nclient = Anthropic(timeout=30)\nclient.messages.create(model=MODEL, max_tokens=100, messages=[])\n',
    },
    {
      name: 'preview model in a test file',
      filename: 'tests/test_agent.py',
      code: 'from google.adk.agents import Agent\n\nagent = Agent(name="t", model="gemini-3-pro-preview")\n',
    },
    {
      name: 'TS spec file',
      filename: 'src/agent.test.ts',
      code: "import { openai } from '@ai-sdk/openai';\nconst model = openai('gpt-5-chat-latest');\n",
    },
    {
      name: 'retired alias is left to reliability/retired-model',
      filename: 'agent.py',
      code: 'from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(model="claude-3-5-sonnet-latest")\n',
    },
    {
      name: 'Gemini 3 previews Google has shut down are retired, not floating',
      filename: 'agent.py',
      code:
        'from google.adk.agents import Agent\n\npro = Agent(name="p", model="gemini-3-pro-preview")\nlite = Agent(name="l", model="gemini-3.1-flash-lite-preview")\n' +
        'IMAGE_MODEL = "gemini-3-pro-image-preview"\n',
    },
    {
      name: 'the word preview in a prompt is not a model',
      filename: 'agent.py',
      code: 'from google.adk.agents import Agent\n\nagent = Agent(name="a", model="gemini-2.5-flash", instruction="Show a short-preview of the doc.")\n',
    },
  ],
  invalid: [
    {
      name: 'ADK agent on a Gemini preview model',
      filename: 'my_agent/agent.py',
      code: 'from google.adk.agents import LlmAgent\n\nroot_agent = LlmAgent(name="root", model="gemini-3.1-pro-preview", instruction="Help.")\n',
      errors: [{ line: 3, message: /'gemini-3\.1-pro-preview' is a floating or preview alias: preview models/ }],
    },
    {
      name: 'OpenAI -latest alias in a module constant',
      filename: 'config.py',
      code: 'DEFAULT_MODEL = "gpt-5-chat-latest"\n',
      errors: [{ line: 1, message: /-latest alias/ }],
    },
    {
      name: 'AI SDK mistral -latest and gemini exp',
      filename: 'src/agent.ts',
      code:
        "import { mistral } from '@ai-sdk/mistral';\nimport { google } from '@ai-sdk/google';\n\n" +
        "export const chat = mistral('mistral-large-latest');\nexport const fast = google('gemini-2.5-flash-exp-0827');\n",
      errors: [{ line: 4, message: /mistral-large-latest/ }, { line: 5, message: /experimental/ }],
    },
    {
      name: 'YAML agent config',
      filename: 'config/agents.yaml',
      code: 'analyst:\n  role: Analyst\n  llm: openai/gpt-4o-audio-preview\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'aliases without a certain pin stay structural',
      filename: 'agent.py',
      code: 'from google.adk.agents import Agent\n\na = Agent(name="a", model="gemini-3-flash-preview")\nDEFAULT_MODEL = "gpt-5-chat-latest"\n',
      errors: [{ line: 3 }, { line: 4 }],
      output: null,
    },
  ],
});
