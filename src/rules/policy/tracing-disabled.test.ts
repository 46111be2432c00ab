import { ruleTester } from '../testing/rule-tester.js';
import { tracingDisabledCheck } from './tracing-disabled.js';

ruleTester(tracingDisabledCheck, {
  valid: [
    {
      name: 'default tracing',
      filename: 'main.py',
      code: `from agents import Agent, Runner
result = Runner.run_sync(Agent(name="a", instructions="x"), "hi")
`,
    },
    {
      name: 'disabled but replaced by Logfire',
      filename: 'main.py',
      code: `import logfire
from agents import set_tracing_disabled
logfire.configure()
logfire.instrument_openai_agents()
set_tracing_disabled(True)
`,
    },
    {
      name: 'disabled with custom processors',
      filename: 'main.py',
      code: `from agents import set_trace_processors, set_tracing_disabled
set_trace_processors([MyProcessor()])
set_tracing_disabled(False)
`,
    },
    {
      name: 'tracing_disabled=False',
      filename: 'main.py',
      code: `from agents import RunConfig
cfg = RunConfig(tracing_disabled=False)
`,
    },
    {
      name: 'tracing off for a model on a local Ollama server: the OpenAI exporter would ship its prompts to OpenAI',
      filename: 'local_agent.py',
      code: `from openai import AsyncOpenAI
from agents import Agent, OpenAIChatCompletionsModel, set_tracing_disabled
set_tracing_disabled(True)
local = OpenAIChatCompletionsModel(model="qwen3:8b", openai_client=AsyncOpenAI(base_url="http://localhost:11434/v1", api_key="ollama"))
helper = Agent(name="Helper", instructions="Be brief.", model=local)
`,
    },
    {
      name: 'tracing off for a LiteLLM-served agent',
      filename: 'claude_agent.py',
      code: `from agents import Agent, Runner, RunConfig
from agents.extensions.models.litellm_model import LitellmModel
agent = Agent(name="Claude", instructions="Help.", model=LitellmModel(model="anthropic/claude-sonnet-4-5"))
result = Runner.run_sync(agent, "hi", run_config=RunConfig(tracing_disabled=True))
`,
    },
    {
      name: 'a different library with the same function name',
      filename: 'main.py',
      code: `from mylib import set_tracing_disabled
set_tracing_disabled(True)
`,
    },
  ],
  invalid: [
    {
      name: 'set_tracing_disabled(True)',
      filename: 'main.py',
      code: `from agents import Agent, Runner, set_tracing_disabled
set_tracing_disabled(True)
`,
      errors: [{ line: 2, message: /no audit trail/ }],
    },
    {
      name: 'RunConfig(tracing_disabled=True) and env var',
      filename: 'main.py',
      code: `import os
from agents import Runner, RunConfig
os.environ["OPENAI_AGENTS_DISABLE_TRACING"] = "1"
result = Runner.run_sync(agent, "hi", run_config=RunConfig(tracing_disabled=True))
`,
      errors: [{ line: 3 }, { line: 4, message: /RunConfig/ }],
    },
    {
      name: 'JS setTracingDisabled(true)',
      filename: 'src/agent.ts',
      code: `import { setTracingDisabled, Agent, run } from '@openai/agents';
setTracingDisabled(true);
`,
      errors: [{ line: 2 }],
    },
    {
      name: 'JS Runner tracingDisabled and process.env',
      filename: 'src/agent.ts',
      code: `import { Runner } from '@openai/agents';
process.env.OPENAI_AGENTS_DISABLE_TRACING = '1';
const runner = new Runner({ tracingDisabled: true });
`,
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
