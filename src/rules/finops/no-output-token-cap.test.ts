import { ruleTester } from '../testing/rule-tester.js';
import { noOutputTokenCapCheck } from './no-output-token-cap.js';

/** An ADK root agent on `model` whose GenerateContentConfig (line 7) sets `config`. */
const adkAgentWithConfig = (model: string, instruction: string, config: string): string => `from google.adk.agents import Agent
from google.genai import types
root_agent = Agent(
    name="helper",
    model="${model}",
    instruction="${instruction}",
    generate_content_config=types.GenerateContentConfig(${config}),
)
`;

/**
 * No automatic cap on a structured answer: one cut off by the cap is invalid (`.parse()` raises
 * LengthFinishReasonError, an agent's output_type/output_schema fails validation). The finding on `line` stays;
 * the cap is a person's call, so heal plans nothing.
 */
const structuredAnswerCase = (what: string, filename: string, code: string, line: number) => ({
  name: `no automatic cap on a structured answer: ${what}`,
  filename,
  code,
  errors: [{ line }],
  output: null,
});

ruleTester(noOutputTokenCapCheck, {
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
      code: adkAgentWithConfig('gemini-2.5-flash', 'Answer briefly.', 'temperature=0.2, max_output_tokens=800'),
    },
    {
      // Heal swaps the retired id for gemini-3.5-flash, a thinking model: a 1024 cap beside it would end answers empty.
      name: 'ADK agent on a retired Gemini whose successor thinks',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.genai import types
booking = Agent(
    model="gemini-2.0-flash-001",
    name="booking",
    generate_content_config=types.GenerateContentConfig(temperature=0.0, top_p=0.5),
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
      name: 'reasoning models count their reasoning against the cap: o-series call, reasoning_effort, gpt-5 in LangChain',
      filename: 'app/planner.py',
      code: `from openai import OpenAI
from langchain_openai import ChatOpenAI
client = OpenAI()
PLANNER_MODEL = "o4-mini"
plan = client.chat.completions.create(model=PLANNER_MODEL, messages=[{"role": "user", "content": task}])
draft = client.chat.completions.create(model=pick_model(), reasoning_effort="low", messages=msgs)
critic = ChatOpenAI(model="gpt-5-mini", temperature=1)
`,
    },
    {
      name: 'Agents SDK ModelSettings on an agent that runs the SDK default model or sets reasoning',
      filename: 'agents_app.py',
      code: `from agents import Agent, ModelSettings
from openai.types.shared import Reasoning
triage = Agent(name="Triage", instructions="Route the request.", model_settings=ModelSettings(tool_choice="required"))
tuned = ModelSettings(reasoning=Reasoning(effort="low"), verbosity="low")
researcher = Agent(name="Researcher", instructions="Dig.", model="gpt-4.1", model_settings=tuned)
`,
    },
    {
      name: 'Gemini thinking and image output: a text-sized cap would cut the thinking or bound nothing',
      filename: 'tools.py',
      code: `from google import genai
from google.genai import types
client = genai.Client()
def render(prompt):
    return client.models.generate_content(
        model="gemini-3.1-flash-image",
        contents=prompt,
        config=types.GenerateContentConfig(response_modalities=["TEXT", "IMAGE"]),
    )
def think(prompt):
    return client.models.generate_content(
        model="gemini-3.5-flash",
        contents=prompt,
        config=types.GenerateContentConfig(temperature=0.2),
    )
`,
    },
    {
      name: 'a model served by LM Studio on localhost bills no tokens',
      filename: 'chat.py',
      code: `from openai import OpenAI
client = OpenAI(base_url="http://localhost:1234/v1", api_key="lm-studio")
reply = client.chat.completions.create(model="llama-3.1-8b-instruct", messages=history)
`,
    },
    {
      name: 'AI SDK call on a reasoning model',
      filename: 'src/plan.ts',
      code: `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
const { text } = await generateText({ model: openai('o3'), prompt });
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
      code: adkAgentWithConfig('gemini-2.5-flash-lite', 'Answer.', 'temperature=0.2'),
      errors: [{ line: 7, message: /Gemini then allows up to the model's maximum output/ }],
    },
    {
      name: 'ChatOpenAI, and ModelSettings on an agent that names a non-reasoning model',
      filename: 'agent.py',
      code: `from langchain_openai import ChatOpenAI
from agents import Agent, ModelSettings
llm = ChatOpenAI(model="gpt-4o", temperature=0)
settings = ModelSettings(temperature=0.3)
writer = Agent(name="Writer", instructions="Write.", model="gpt-4.1", model_settings=settings)
`,
      errors: [{ line: 3 }, { line: 4, message: /ModelSettings/ }],
    },
    {
      name: 'Gemini 2.5 Flash-Lite config handed to generate_content, and a remote OpenAI-compatible server',
      filename: 'summarise.py',
      code: `from google import genai
from google.genai import types
from openai import OpenAI
cfg = types.GenerateContentConfig(temperature=0.1)
def summarise(text):
    return genai.Client().models.generate_content(model="gemini-2.5-flash-lite", contents=text, config=cfg)
together = OpenAI(base_url="https://api.together.xyz/v1")
out = together.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=m)
`,
      errors: [{ line: 4, message: /Gemini/ }, { line: 8 }],
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
    {
      name: 'chat.completions.create gets max_completion_tokens, responses.create max_output_tokens',
      filename: 'llm.py',
      code:
        'from openai import OpenAI\n\nclient = OpenAI()\n\nasync def ask(q):\n    r = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}])\n' +
        '    s = client.responses.create(\n        model="gpt-4.1",  # pinned\n        input=q,\n    )\n    return r, s\n',
      errors: [{ line: 6 }, { line: 7 }],
      output:
        'from openai import OpenAI\n\nclient = OpenAI()\n\nasync def ask(q):\n    r = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}], max_completion_tokens=1024)\n' +
        '    s = client.responses.create(\n        model="gpt-4.1",  # pinned\n        input=q,\n        max_output_tokens=1024,\n    )\n    return r, s\n',
    },
    {
      name: 'Gemini GenerateContentConfig in an ADK agent, tabs',
      filename: 'my_agent/agent.py',
      code:
        'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot_agent = Agent(\n\tname="helper",\n\tmodel="gemini-2.5-flash-lite",\n\tgenerate_content_config=types.GenerateContentConfig(temperature=0.2),\n)\n',
      errors: [{ line: 7 }],
      output:
        'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot_agent = Agent(\n\tname="helper",\n\tmodel="gemini-2.5-flash-lite",\n\tgenerate_content_config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=1024),\n)\n',
    },
    {
      name: 'ChatOpenAI and ModelSettings get max_tokens, CRLF kept',
      filename: 'agent.py',
      code:
        'from langchain_openai import ChatOpenAI\r\nfrom agents import Agent, ModelSettings\r\n\r\nllm = ChatOpenAI(model="gpt-4.1-mini")\r\nagent = Agent(name="a", model="gpt-4.1", model_settings=ModelSettings())\r\n',
      errors: [{ line: 4 }, { line: 5 }],
      output:
        'from langchain_openai import ChatOpenAI\r\nfrom agents import Agent, ModelSettings\r\n\r\nllm = ChatOpenAI(model="gpt-4.1-mini", max_tokens=1024)\r\nagent = Agent(name="a", model="gpt-4.1", model_settings=ModelSettings(max_tokens=1024))\r\n',
    },
    {
      name: 'AI SDK generateText, one-line object',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4.1'), prompt: 'hi' });\n",
      errors: [{ line: 4 }],
      output: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4.1'), prompt: 'hi', maxOutputTokens: 1024 });\n",
    },
    {
      name: 'AI SDK streamText, one property per line with a trailing comma and a comment',
      filename: 'src/agent.ts',
      code:
        "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport async function chat(messages) {\n  return streamText({\n    model: openai('gpt-4.1'),\n    messages, // history\n  });\n}\n",
      errors: [{ line: 5 }],
      output:
        "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport async function chat(messages) {\n  return streamText({\n    model: openai('gpt-4.1'),\n    messages, // history\n    maxOutputTokens: 1024,\n  });\n}\n",
    },
    {
      name: 'openai chat.completions.create in TypeScript, multi-line without a trailing comma, CRLF',
      filename: 'src/llm.ts',
      code:
        "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI();\r\nexport const ask = (q: string) =>\r\n  client.chat.completions.create({\r\n    model: 'gpt-4.1',\r\n    messages: [{ role: 'user', content: q }] // one turn\r\n  });\r\n",
      errors: [{ line: 5 }],
      output:
        "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI();\r\nexport const ask = (q: string) =>\r\n  client.chat.completions.create({\r\n    model: 'gpt-4.1',\r\n    messages: [{ role: 'user', content: q }], // one turn\r\n    max_completion_tokens: 1024\r\n  });\r\n",
    },
    {
      name: 'LangChain.js ChatOpenAI with an empty object gets maxTokens',
      filename: 'src/llm.ts',
      code: "import { ChatOpenAI } from '@langchain/openai';\n\nexport const llm = new ChatOpenAI({});\n",
      errors: [{ line: 3 }],
      output: "import { ChatOpenAI } from '@langchain/openai';\n\nexport const llm = new ChatOpenAI({ maxTokens: 1024 });\n",
    },
    structuredAnswerCase('OpenAI JSON mode', 'llm.py', 'from openai import OpenAI\n\nclient = OpenAI()\nr = client.chat.completions.create(model="gpt-4.1", messages=m, response_format={"type": "json_object"})\n', 4),
    structuredAnswerCase('ADK agent with output_schema', 'agent.py', 'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot = Agent(name="a", model="gemini-2.5-flash-lite", output_schema=Plan, generate_content_config=types.GenerateContentConfig(temperature=0))\n', 4),
    structuredAnswerCase('ChatOpenAI used with with_structured_output', 'chain.py', 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o-mini")\nextractor = llm.with_structured_output(Invoice)\n', 3),
    structuredAnswerCase('AI SDK generateText with experimental_output', 'src/a.ts', "import { generateText, Output } from 'ai';\n\nexport const run = () => generateText({ model, prompt: 'hi', experimental_output: Output.object({ schema }) });\n", 3),
  ],
});
