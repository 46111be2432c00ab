import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { retiredModelCheck } from './retired-model.js';


describe('reliability/retired-model', () => {
  ruleTester(retiredModelCheck, 'reliability/retired-model', {
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
        code: '"""Migrated from gpt-3.5-turbo and claude-2.1."""\n# model="gemini-pro" used to be here\nMODEL = "claude-sonnet-4-5"\n',
      },
      {
        name: 'gpt-4 prefix does not match gpt-4o / gpt-4.1',
        filename: 'src/agent.ts',
        code: "import { openai } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\n\nawait generateText({ model: openai('gpt-4o'), prompt: 'x' });\nawait generateText({ model: openai('gpt-4.1'), prompt: 'y' });\n",
      },
      {
        name: 'CrewAI agents.yaml with a current model',
        filename: 'src/crew/config/agents.yaml',
        code: 'researcher:\n  role: Senior researcher\n  goal: Find facts\n  llm: anthropic/claude-sonnet-4-5-20250929\n  # llm: claude-2.1\n',
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
        name: 'CrewAI agents.yaml llm key',
        filename: 'src/crew/config/agents.yaml',
        code: 'researcher:\n  role: Senior researcher\n  llm: gpt-4-32k\nwriter:\n  role: Writer\n  llm: "anthropic/claude-instant-1.2"\n',
        errors: [{ line: 3, message: /gpt-4-32k/ }, { line: 6, message: /claude-instant-1\.2/ }],
      },
    ],
  });
});
