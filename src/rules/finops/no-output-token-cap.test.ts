import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { noOutputTokenCapCheck } from './no-output-token-cap.js';


describe('finops/no-output-token-cap', () => {
  ruleTester(noOutputTokenCapCheck, 'finops/no-output-token-cap', {
    valid: [
      {
        name: 'OpenAI chat completion with max_completion_tokens',
        filename: 'app/llm.py',
        code: `from openai import OpenAI
client = OpenAI()
resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs, max_completion_tokens=512)
`,
      },
      {
        name: 'Anthropic messages.create (max_tokens is required)',
        filename: 'app/claude.py',
        code: `import anthropic
client = anthropic.Anthropic()
msg = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": "hi"}])
`,
      },
      {
        name: 'ADK agent with capped GenerateContentConfig',
        filename: 'agent.py',
        code: `from google.adk.agents import Agent
from google.genai import types
root_agent = Agent(
    name="helper",
    model="gemini-2.5-flash",
    instruction="Answer briefly.",
    generate_content_config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=800),
)
`,
      },
      {
        name: 'OpenAI Agents ModelSettings with max_tokens',
        filename: 'agent.py',
        code: `from agents import Agent, ModelSettings
agent = Agent(name="a", instructions="x", model_settings=ModelSettings(temperature=0.1, max_tokens=400))
`,
      },
      {
        name: 'ChatOpenAI with max_tokens',
        filename: 'chain.py',
        code: `from langchain_openai import ChatOpenAI
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=300)
`,
      },
      {
        name: 'AI SDK v5 generateText with maxOutputTokens',
        filename: 'src/route.ts',
        code: `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt, maxOutputTokens: 500 });
`,
      },
      {
        name: 'AI SDK v4 streamText with maxTokens',
        filename: 'src/chat.ts',
        code: `import { streamText } from 'ai';
const result = streamText({ model, messages, maxTokens: 1000 });
`,
      },
      {
        name: 'options spread in from a shared config',
        filename: 'src/chat.ts',
        code: `import { generateText } from 'ai';
const result = await generateText({ ...defaults, prompt });
`,
      },
      {
        name: 'a chat.completions.create of a non-OpenAI module is not assumed to be OpenAI',
        filename: 'fake.py',
        code: `class X: pass
resp = client.chat.completions.create(model="m", messages=[])
`,
      },
      {
        name: 'kwargs splat may carry the cap',
        filename: 'app/llm.py',
        code: `from openai import OpenAI
resp = OpenAI().chat.completions.create(model="gpt-4o", messages=m, **params)
`,
      },
    ],
    invalid: [
      {
        name: 'OpenAI chat completion without a cap',
        filename: 'app/llm.py',
        code: `from openai import OpenAI
client = OpenAI()
resp = client.chat.completions.create(
    model="gpt-4o",
    messages=msgs,
)
`,
        errors: [{ line: 3, message: /max_tokens\/max_completion_tokens/ }],
      },
      {
        name: 'OpenAI responses.create without max_output_tokens',
        filename: 'app/llm.py',
        code: `from openai import AsyncOpenAI
client = AsyncOpenAI()
async def ask(q):
    r = await client.responses.create(model="gpt-4.1", input=q)
    return r.output_text
`,
        errors: [{ line: 4, message: /max_output_tokens/ }],
      },
      {
        name: 'ADK generate_content_config without max_output_tokens',
        filename: 'agent.py',
        code: `from google.adk.agents import Agent
from google.genai import types
root_agent = Agent(
    name="helper",
    model="gemini-2.5-pro",
    instruction="Answer.",
    generate_content_config=types.GenerateContentConfig(temperature=0.2),
)
`,
        errors: [{ line: 7, message: /Gemini defaults/ }],
      },
      {
        name: 'ChatOpenAI and ModelSettings without caps',
        filename: 'agent.py',
        code: `from langchain_openai import ChatOpenAI
from agents import ModelSettings
llm = ChatOpenAI(model="gpt-4o", temperature=0)
settings = ModelSettings(temperature=0.3)
`,
        errors: [{ line: 3 }, { line: 4, message: /ModelSettings/ }],
      },
      {
        name: 'AI SDK generateText and streamText without a cap',
        filename: 'src/agent.ts',
        code: `import { generateText, streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
const { text } = await generateText({ model: openai('gpt-4o'), prompt: 'Write a story' });
const stream = streamText({ model: openai('gpt-4o'), messages, tools });
`,
        errors: [{ line: 3, message: /maxOutputTokens\/maxTokens/ }, { line: 4 }],
      },
      {
        name: 'OpenAI Node SDK chat completion without a cap',
        filename: 'src/openai.ts',
        code: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
`,
        errors: [{ line: 3 }],
      },
    ],
  });
});
