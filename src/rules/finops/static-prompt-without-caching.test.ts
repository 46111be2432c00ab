import { ruleTester } from '../testing/rule-tester.js';
import { staticPromptWithoutCachingCheck } from './static-prompt-without-caching.js';


const LONG = `You are the support agent for Acme. ${'Follow the refund policy exactly and cite the section you used. '.repeat(110)}`;
const SHORT = 'You are a helpful assistant.';

ruleTester(staticPromptWithoutCachingCheck, {
  valid: [
    {
      name: 'Anthropic system blocks with cache_control',
      filename: 'app/claude.py',
      code: `import anthropic
SYSTEM = """${LONG}"""
client = anthropic.Anthropic()
msg = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    system=[{"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}}],
    messages=messages,
)
`,
    },
    {
      name: 'OpenAI is cached automatically',
      filename: 'app/gpt.py',
      code: `from openai import OpenAI
SYSTEM = """${LONG}"""
resp = OpenAI().chat.completions.create(model="gpt-4o", max_tokens=300, messages=[{"role": "system", "content": SYSTEM}])
`,
    },
    {
      name: 'ADK agent wrapped in an App with ContextCacheConfig',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.apps.app import App
from google.adk.agents.context_cache_config import ContextCacheConfig
INSTRUCTION = """${LONG}"""
root_agent = Agent(name="support", model="gemini-2.5-flash", instruction=INSTRUCTION)
app = App(name="support", root_agent=root_agent, context_cache_config=ContextCacheConfig(min_tokens=2048, ttl_seconds=600))
`,
    },
    {
      name: 'short Anthropic system prompt',
      filename: 'app/claude.py',
      code: `import anthropic
msg = anthropic.Anthropic().messages.create(model="claude-haiku-4-5", max_tokens=200, system="${SHORT}", messages=m)
# ${'padding '.repeat(900)}
`,
    },
    {
      name: 'ADK agent on a non-Gemini model',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.models.lite_llm import LiteLlm
root_agent = Agent(name="support", model=LiteLlm(model="openai/gpt-4o"), instruction="""${LONG}""")
`,
    },
    {
      name: 'dynamic system prompt',
      filename: 'app/claude.py',
      code: `import anthropic
def ask(ctx):
    return anthropic.Anthropic().messages.create(model="claude-sonnet-4-5", max_tokens=500, system=build_prompt(ctx), messages=[])
# ${'padding '.repeat(900)}
`,
    },
  ],
  invalid: [
    {
      name: 'Anthropic system string constant',
      filename: 'app/claude.py',
      code: `import anthropic
SYSTEM_PROMPT = """${LONG}"""
client = anthropic.Anthropic()
def answer(messages):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, system=SYSTEM_PROMPT, messages=messages)
`,
      errors: [{ line: 5, message: /cache_control/ }],
    },
    {
      name: 'Anthropic text blocks without cache_control',
      filename: 'app/claude.py',
      code: `from anthropic import Anthropic
POLICY = """${LONG}"""
client = Anthropic()
msg = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    system=[{"type": "text", "text": POLICY}],
    messages=messages,
)
`,
      errors: [{ line: 7 }],
    },
    {
      name: 'ADK Gemini agent with a long instruction and no cache config',
      filename: 'support/agent.py',
      code: `from google.adk.agents import Agent
root_agent = Agent(
    name="support",
    model="gemini-2.5-flash",
    instruction="""${LONG}""",
)
`,
      errors: [{ line: 5, message: /ContextCacheConfig/ }],
    },
    {
      name: 'google-genai system_instruction without cached_content',
      filename: 'gen.py',
      code: `from google import genai
from google.genai import types
SYSTEM = """${LONG}"""
client = genai.Client()
resp = client.models.generate_content(model="gemini-2.5-pro", contents=q, config=types.GenerateContentConfig(system_instruction=SYSTEM, max_output_tokens=400))
`,
      errors: [{ line: 5, message: /cached_content/ }],
    },
    {
      name: 'Anthropic TS SDK with a long const system prompt',
      filename: 'src/claude.ts',
      code: `import Anthropic from '@anthropic-ai/sdk';
const system = \`${LONG}\`;
const client = new Anthropic();
const msg = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, system, messages });
`,
      errors: [{ line: 4 }],
    },
  ],
});
