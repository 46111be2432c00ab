import { ruleTester } from '../testing/rule-tester.js';
import { retiredModelCheck } from './retired-model.js';

ruleTester(retiredModelCheck, {
  valid: [
    {
      name: 'current models across SDKs',
      filename: 'agent.py',
      code:
        'from google.adk.agents import Agent\nfrom langchain_openai import ChatOpenAI\n\n' +
        'root_agent = Agent(name="helper", model="gemini-2.5-flash", instruction="Be brief.")\nllm = ChatOpenAI(model="gpt-4.1-2025-04-14")\n' +
        'mini = ChatOpenAI(model="gpt-4o-mini")\n',
    },
    {
      name: 'retired ids in comments and docstrings are not calls',
      filename: 'agent.py',
      code: '"""Migrated from gpt-3.5-turbo and claude-2.1."""\n# model="gemini-pro" used to be here\nMODEL = "claude-sonnet-4-6"\n',
    },
    {
      name: 'gpt-4 prefix does not match gpt-4o / gpt-4.1',
      filename: 'src/agent.ts',
      code: "import { openai } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\n\nawait generateText({ model: openai('gpt-4o'), prompt: 'x' });\nawait generateText({ model: openai('gpt-4.1'), prompt: 'y' });\n",
    },
    {
      name: 'CrewAI agents.yaml with a current model',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Senior researcher\n  goal: Find facts\n  llm: anthropic/claude-haiku-4-5-20251001\n  # llm: claude-sonnet-4-5\n',
    },
    {
      name: 'CrewAI Agent positional role is not a model',
      filename: 'crew.py',
      code: 'from crewai import Agent\n\nagent = Agent("gpt-4", goal="x", backstory="y")\n',
    },
  ],
  invalid: [
    {
      name: 'ADK agent on gemini-1.5-flash and a LiteLlm on claude-3-opus',
      filename: 'agent.py',
      code:
        'from google.adk.agents import Agent\nfrom google.adk.models.lite_llm import LiteLlm\n\n' +
        'root_agent = Agent(name="a", model="gemini-1.5-flash-002", instruction="x")\nother = Agent(name="b", model=LiteLlm(model="anthropic/claude-3-opus-20240229"))\n',
      errors: [{ line: 4, message: /'gemini-1\.5-flash-002' was retired by google on 2025-09-24/ }, { line: 5, message: /claude-3-opus-20240229.*2026-01-05/ }],
    },
    {
      name: 'OpenAI create and init_chat_model and Pydantic AI Agent',
      filename: 'agent.py',
      code:
        'from langchain.chat_models import init_chat_model\nfrom pydantic_ai import Agent\n\n' +
        'llm = init_chat_model("openai:gpt-3.5-turbo")\nagent = Agent("anthropic:claude-3-5-sonnet-latest")\n' +
        'r = client.chat.completions.create(model="text-davinci-003", messages=[])\n',
      errors: [{ line: 4, message: /gpt-3\.5-turbo/ }, { line: 5, message: /claude-3-5-sonnet-latest/ }, { line: 6, message: /text-davinci-003/ }],
    },
    {
      name: 'AI SDK provider calls',
      filename: 'src/agent.ts',
      code:
        "import { generateText } from 'ai';\nimport { google } from '@ai-sdk/google';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "await generateText({ model: google('gemini-pro'), prompt: 'x' });\nawait generateText({ model: anthropic('claude-2.1'), prompt: 'y' });\n",
      errors: [{ line: 5, message: /gemini-pro/ }, { line: 6, message: /claude-2\.1/ }],
    },
    {
      name: 'Gemini 3 previews shut down in 2026 and Claude Sonnet 4.5 (retired 2026-11-30)',
      filename: 'agent.py',
      code:
        'from google.adk.agents import Agent\nfrom anthropic import Anthropic\n\n' +
        'pro = Agent(name="p", model="gemini-3-pro-preview")\nlite = Agent(name="l", model="gemini-3.1-flash-lite-preview")\n' +
        'IMAGE_MODEL = "models/gemini-3.1-flash-image-preview"\nclient = Anthropic(timeout=30)\nclient.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=[])\n',
      errors: [
        { line: 4, message: /'gemini-3-pro-preview' was retired by google on 2026-03-09.*gemini-3\.1-pro-preview/ },
        { line: 5, message: /'gemini-3\.1-flash-lite-preview' was retired by google on 2026-05-25.*gemini-3\.1-flash-lite\./ },
        { line: 6, message: /2026-06-25.*gemini-3\.1-flash-image/ },
        { line: 8, message: /'claude-sonnet-4-5' was retired by anthropic on 2026-11-30/ },
      ],
    },
    {
      name: 'OpenAI October 2026 shutdowns name the recommended successor',
      filename: 'agent.py',
      code: 'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\nclient.responses.create(model="o4-mini", input="x")\nclient.responses.create(model="gpt-4.1-nano", input="y")\n',
      errors: [{ line: 4, message: /2026-10-23, .*move to gpt-5\.6-terra/ }, { line: 5, message: /move to gpt-5\.6-luna/ }],
    },
    {
      name: 'CrewAI agents.yaml llm key',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Senior researcher\n  llm: gpt-4-32k\nwriter:\n  role: Writer\n  llm: "anthropic/claude-instant-1.2"\n',
      errors: [{ line: 3, message: /gpt-4-32k/ }, { line: 6, message: /claude-instant-1\.2/ }],
    },
    {
      name: 'ADK agent on gemini-1.5 and a LiteLlm with a provider prefix, comments and docstring kept',
      filename: 'my_agent/agent.py',
      code:
        '"""Support agent."""\nfrom google.adk.agents import Agent\nfrom google.adk.models.lite_llm import LiteLlm\n\n' +
        'root_agent = Agent(\n    name="helper",\n    model="gemini-1.5-flash-002",  # fast tier\n    instruction="Be brief.",\n)\n' +
        "other = Agent(name='b', model=LiteLlm(model='anthropic/claude-3-opus-20240229'))\n",
      errors: [{ line: 7 }, { line: 10 }],
      output:
        '"""Support agent."""\nfrom google.adk.agents import Agent\nfrom google.adk.models.lite_llm import LiteLlm\n\n' +
        'root_agent = Agent(\n    name="helper",\n    model="gemini-3.5-flash",  # fast tier\n    instruction="Be brief.",\n)\n' +
        "other = Agent(name='b', model=LiteLlm(model='anthropic/claude-opus-4-8'))\n",
    },
    {
      name: 'Pydantic AI prefix and LangChain in an async function, tabs and CRLF',
      filename: 'agent.py',
      code:
        'from pydantic_ai import Agent\r\nfrom langchain_anthropic import ChatAnthropic\r\n\r\n' +
        'agent = Agent("anthropic:claude-3-5-sonnet-latest")\r\n\r\n@tool\r\nasync def summarise(text):\r\n\tllm = ChatAnthropic(model="claude-3-5-haiku-20241022", max_tokens=256)\r\n\treturn await llm.ainvoke(text)\r\n',
      errors: [{ line: 4 }, { line: 8 }],
      output:
        'from pydantic_ai import Agent\r\nfrom langchain_anthropic import ChatAnthropic\r\n\r\n' +
        'agent = Agent("anthropic:claude-sonnet-4-6")\r\n\r\n@tool\r\nasync def summarise(text):\r\n\tllm = ChatAnthropic(model="claude-haiku-4-5-20251001", max_tokens=256)\r\n\treturn await llm.ainvoke(text)\r\n',
    },
    {
      name: 'Gemini REST models/ prefix in a module constant',
      filename: 'config.py',
      code: 'MODEL_NAME = "models/gemini-pro"  # legacy\n',
      errors: [{ line: 1 }],
      output: 'MODEL_NAME = "models/gemini-3.5-flash"  # legacy\n',
    },
    {
      name: 'AI SDK provider calls in TypeScript',
      filename: 'src/agent.ts',
      code:
        "import { generateText } from 'ai';\nimport { google } from '@ai-sdk/google';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "await generateText({ model: google('gemini-2.0-flash-lite'), prompt: 'x' });\nawait generateText({ model: anthropic(`claude-2.1`), prompt: 'y' });\n",
      errors: [{ line: 5 }, { line: 6 }],
      output:
        "import { generateText } from 'ai';\nimport { google } from '@ai-sdk/google';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "await generateText({ model: google('gemini-3.1-flash-lite'), prompt: 'x' });\nawait generateText({ model: anthropic(`claude-sonnet-4-6`), prompt: 'y' });\n",
    },
    {
      name: 'CrewAI agents.yaml llm keys, quoted and bare, comment kept',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Senior researcher\n  llm: anthropic/claude-sonnet-4-20250514 # main\nwriter:\n  role: Writer\n  llm: "gemini/gemini-1.0-pro"\n',
      errors: [{ line: 3 }, { line: 6 }],
      output: 'researcher:\n  role: Senior researcher\n  llm: anthropic/claude-sonnet-4-6 # main\nwriter:\n  role: Writer\n  llm: "gemini/gemini-3.5-flash"\n',
    },
    {
      name: 'ADK agent on a shut-down preview that went GA, in a nested function with a decorator',
      filename: 'my_agent/agent.py',
      code:
        'from google.adk.agents import LlmAgent\n\n@register\ndef build():\n    def inner():\n        # cheap router\n        return LlmAgent(name="router", model="gemini-3.1-flash-lite-preview", instruction="Route.")\n    return inner()\n',
      errors: [{ line: 7 }],
      output:
        'from google.adk.agents import LlmAgent\n\n@register\ndef build():\n    def inner():\n        # cheap router\n        return LlmAgent(name="router", model="gemini-3.1-flash-lite", instruction="Route.")\n    return inner()\n',
    },
    {
      name: 'provider prefix kept in TypeScript',
      filename: 'src/images.ts',
      code: "export const IMAGE_MODEL = 'google/gemini-3-pro-image-preview';\n",
      errors: [{ line: 1 }],
      output: "export const IMAGE_MODEL = 'google/gemini-3-pro-image';\n",
    },
    {
      name: 'Gemini previews that went GA under the same name get the GA id; Sonnet 4.5 gets the current Sonnet',
      filename: 'my_agent/agent.py',
      code:
        'from google.adk.agents import LlmAgent\n\nrouter = LlmAgent(name="router", model="gemini-3.1-flash-lite-preview", instruction="Route.")\n' +
        'IMAGE_MODEL = "google/gemini-3-pro-image-preview"\nWRITER_MODEL = "anthropic/claude-sonnet-4-5-20250929"\n',
      errors: [{ line: 3 }, { line: 4 }, { line: 5 }],
      output:
        'from google.adk.agents import LlmAgent\n\nrouter = LlmAgent(name="router", model="gemini-3.1-flash-lite", instruction="Route.")\n' +
        'IMAGE_MODEL = "google/gemini-3-pro-image"\nWRITER_MODEL = "anthropic/claude-sonnet-4-6"\n',
    },
    {
      name: 'OpenAI and PaLM ids have no certain successor: structural, no fix',
      filename: 'agent.py',
      code: 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-3.5-turbo")\nMODEL = "text-bison@002"\n',
      errors: [{ line: 3 }, { line: 4 }],
      output: null,
    },
  ],
});
