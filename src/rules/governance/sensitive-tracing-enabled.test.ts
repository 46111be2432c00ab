import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { sensitiveTracingEnabledCheck } from './sensitive-tracing-enabled.js';


describe('governance/sensitive-tracing-enabled', () => {
  ruleTester(sensitiveTracingEnabledCheck, 'governance/sensitive-tracing-enabled', {
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
        name: 'Runner.run with defaults, reported once per module',
        filename: 'app/main.py',
        code: `from agents import Agent, Runner
agent = Agent(name="Support", instructions="Help customers.")
async def answer(q):
    result = await Runner.run(agent, q)
    again = await Runner.run(agent, "follow up")
    return result.final_output
`,
        errors: [{ line: 4, message: /by default/ }],
      },
      {
        name: 'run_streamed through a module import',
        filename: 'app/stream.py',
        code: `import agents
def go(agent, q):
    return agents.Runner.run_streamed(agent, q)
`,
        errors: [{ line: 3 }],
      },
      {
        name: 'JS Runner with traceIncludeSensitiveData true',
        filename: 'src/agent.ts',
        code: `import { Runner } from '@openai/agents';
const runner = new Runner({ workflowName: 'support', traceIncludeSensitiveData: true });
`,
        errors: [{ line: 2, message: /traceIncludeSensitiveData: true/ }],
      },
    ],
  });
});
