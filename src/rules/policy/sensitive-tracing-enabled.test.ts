import { ruleTester } from '../testing/rule-tester.js';
import { sensitiveTracingEnabledCheck } from './sensitive-tracing-enabled.js';

ruleTester(sensitiveTracingEnabledCheck, {
  valid: [
    {
      name: 'RunConfig turns sensitive data off',
      filename: 'app/main.py',
      code: `from agents import Agent, Runner, RunConfig
async def answer(agent, q):
    return await Runner.run(agent, q, run_config=RunConfig(trace_include_sensitive_data=False))
`,
    },
    {
      name: 'env var set in code',
      filename: 'app/main.py',
      code: `import os
os.environ.setdefault("OPENAI_AGENTS_TRACE_INCLUDE_SENSITIVE_DATA", "false")
from agents import Runner
result = Runner.run_sync(agent, "hi")
`,
    },
    {
      name: 'tracing disabled in the module',
      filename: 'app/main.py',
      code: `from agents import Runner, set_tracing_disabled
set_tracing_disabled(True)
result = Runner.run_sync(agent, "hi")
`,
    },
    {
      name: 'default tracing with an OpenAI-hosted model: the traces stay with the provider that serves the prompts',
      filename: 'app/main.py',
      code: `from agents import Agent, Runner
support = Agent(name="Support", instructions="Answer billing questions.", model="gpt-4.1")
async def reply(text):
    return (await Runner.run(support, text)).final_output
`,
    },
    {
      name: 'a base_url that is still api.openai.com, and a litellm/openai/ model, are OpenAI routes',
      filename: 'app/main.py',
      code: `from openai import AsyncOpenAI
from agents import Agent, OpenAIChatCompletionsModel, Runner
client = AsyncOpenAI(base_url="https://api.openai.com/v1")
writer = Agent(name="Writer", instructions="Draft replies.", model=OpenAIChatCompletionsModel(model="gpt-4.1", openai_client=client))
editor = Agent(name="Editor", instructions="Tighten drafts.", model="litellm/openai/gpt-4.1-mini")
result = Runner.run_sync(writer, "Draft a refund reply")
`,
    },
    {
      name: 'a Runner from another library',
      filename: 'app/jobs.py',
      code: `from myjobs import Runner
Runner.run(job)
`,
    },
    {
      name: 'JS run with traceIncludeSensitiveData false',
      filename: 'src/agent.ts',
      code: `import { Runner } from '@openai/agents';
const runner = new Runner({ traceIncludeSensitiveData: false });
`,
    },
    {
      name: 'test file',
      filename: 'tests/test_agent.py',
      code: `from agents import Runner
def test_run():
    Runner.run_sync(agent, "hi")
`,
    },
  ],
  invalid: [
    {
      name: 'explicit trace_include_sensitive_data=True',
      filename: 'app/main.py',
      code: `from agents import Runner, RunConfig
config = RunConfig(workflow_name="support", trace_include_sensitive_data=True)
result = Runner.run_sync(agent, "hi", run_config=config)
`,
      errors: [{ line: 2, message: /trace_include_sensitive_data=True/ }],
    },
    {
      name: 'default tracing while the model runs through LiteLLM, reported once per module',
      filename: 'app/main.py',
      code: `from agents import Agent, Runner
from agents.extensions.models.litellm_model import LitellmModel
agent = Agent(name="Support", instructions="Help customers.", model=LitellmModel(model="anthropic/claude-sonnet-4-5"))
async def answer(q):
    result = await Runner.run(agent, q)
    again = await Runner.run(agent, "follow up")
    return result.final_output
`,
      errors: [{ line: 5, message: /LitellmModel.*by default/ }],
    },
    {
      name: 'run_streamed through a module import, model on a self-hosted endpoint',
      filename: 'app/stream.py',
      code: `import agents
from openai import AsyncOpenAI
local = AsyncOpenAI(base_url="http://vllm.internal:8000/v1", api_key="unused")
def go(agent, q):
    return agents.Runner.run_streamed(agent, q)
`,
      errors: [{ line: 5, message: /vllm\.internal/ }],
    },
    {
      name: 'an openrouter model through the litellm/ prefix',
      filename: 'app/main.py',
      code: `from agents import Agent, Runner
helper = Agent(name="Helper", instructions="Be brief.", model="litellm/openrouter/meta-llama/llama-3.3-70b-instruct")
print(Runner.run_sync(helper, "hi").final_output)
`,
      errors: [{ line: 3, message: /litellm\/openrouter/ }],
    },
    {
      name: 'JS Runner with traceIncludeSensitiveData true',
      filename: 'src/agent.ts',
      code: `import { Runner } from '@openai/agents';
const runner = new Runner({ workflowName: 'support', traceIncludeSensitiveData: true });
`,
      errors: [{ line: 2, message: /traceIncludeSensitiveData: true/ }],
    },
    {
      name: 'explicit trace_include_sensitive_data=True in a RunConfig',
      filename: 'app.py',
      code:
        'from agents import Agent, RunConfig, Runner\n\nconfig = RunConfig(\n    workflow_name="support",\n    trace_include_sensitive_data=True,  # debug only\n)\n\nasync def main(agent):\n    return await Runner.run(agent, "hi", run_config=config)\n',
      errors: [{ line: 5 }],
      output:
        'from agents import Agent, RunConfig, Runner\n\nconfig = RunConfig(\n    workflow_name="support",\n    trace_include_sensitive_data=False,  # debug only\n)\n\nasync def main(agent):\n    return await Runner.run(agent, "hi", run_config=config)\n',
    },
    {
      name: 'Runner.run with no run_config: RunConfig added and imported',
      filename: 'app.py',
      code:
        '"""Support bot."""\nfrom agents import Agent, Runner\n\nagent = Agent(name="support", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\n\nasync def main():\n    result = await Runner.run(agent, "hello")\n    return result.final_output\n',
      errors: [{ line: 7 }],
      output:
        '"""Support bot."""\nfrom agents import Agent, RunConfig, Runner\n\nagent = Agent(name="support", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\n\nasync def main():\n    result = await Runner.run(agent, "hello", run_config=RunConfig(trace_include_sensitive_data=False))\n    return result.final_output\n',
    },
    {
      name: 'Runner.run_sync one argument per line, tabs and CRLF',
      filename: 'app.py',
      code:
        'from agents import Agent, Runner\r\n\r\nagent = Agent(name="chat", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\r\n\r\n@app.post("/chat")\r\ndef chat(body):\r\n\tresult = Runner.run_sync(\r\n\t\tagent,\r\n\t\tbody.text,  # user input\r\n\t\tmax_turns=5,\r\n\t)\r\n\treturn result.final_output\r\n',
      errors: [{ line: 7 }],
      output:
        'from agents import Agent, RunConfig, Runner\r\n\r\nagent = Agent(name="chat", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\r\n\r\n@app.post("/chat")\r\ndef chat(body):\r\n\tresult = Runner.run_sync(\r\n\t\tagent,\r\n\t\tbody.text,  # user input\r\n\t\tmax_turns=5,\r\n\t\trun_config=RunConfig(trace_include_sensitive_data=False),\r\n\t)\r\n\treturn result.final_output\r\n',
    },
    {
      name: 'traceIncludeSensitiveData: true in the JS SDK',
      filename: 'src/run.ts',
      code: "import { Agent, run } from '@openai/agents';\n\nexport const go = (agent: Agent) => run(agent, 'hi', { traceIncludeSensitiveData: true });\n",
      errors: [{ line: 3 }],
      output: "import { Agent, run } from '@openai/agents';\n\nexport const go = (agent: Agent) => run(agent, 'hi', { traceIncludeSensitiveData: false });\n",
    },
    {
      name: 'a run_config built elsewhere stays structural',
      filename: 'app.py',
      code: 'from agents import Agent, Runner\nfrom .config import cfg\n\nagent = Agent(name="a", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\nresult = Runner.run_sync(agent, "hi", run_config=cfg)\n',
      errors: [{ line: 5 }],
      output: null,
    },
  ],
});
