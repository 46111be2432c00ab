import { ruleTester } from '../testing/rule-tester.js';
import { unsandboxedCodeExecutorCheck } from './unsandboxed-code-executor.js';

ruleTester(unsandboxedCodeExecutorCheck, {
  valid: [
    {
      name: 'ADK agent with BuiltInCodeExecutor',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent
from google.adk.code_executors import BuiltInCodeExecutor

root_agent = LlmAgent(name="coder", model="gemini-2.0-flash", code_executor=BuiltInCodeExecutor())
`,
    },
    {
      name: 'CrewAI agent with code execution in the default safe (Docker) mode',
      filename: 'crew.py',
      code: `from crewai import Agent

coder = Agent(role="Coder", goal="Write code", backstory="Senior dev", allow_code_execution=True, code_execution_mode="safe")
analyst = Agent(role="Analyst", goal="Analyse", backstory="Data", allow_code_execution=True)
`,
    },
    {
      name: 'smolagents CodeAgent with an explicit import list, and ["*"] in an e2b sandbox',
      filename: 'agent.py',
      code: `from smolagents import CodeAgent, InferenceClientModel

model = InferenceClientModel()
agent = CodeAgent(tools=[], model=model, additional_authorized_imports=["pandas", "numpy"])
remote = CodeAgent(tools=[], model=model, additional_authorized_imports=["*"], executor_type="e2b")
`,
    },
    {
      name: 'CrewAI agents.yaml with safe mode',
      filename: 'config/agents.yaml',
      code: `coder:
  role: Senior Python developer
  goal: Write and run code
  backstory: You write tested code.
  allow_code_execution: true
  code_execution_mode: safe
`,
    },
  ],
  invalid: [
    {
      name: 'ADK UnsafeLocalCodeExecutor',
      filename: 'agent.py',
      code: `from google.adk.agents import LlmAgent
from google.adk.code_executors import UnsafeLocalCodeExecutor

root_agent = LlmAgent(
    name="coder",
    model="gemini-2.0-flash",
    code_executor=UnsafeLocalCodeExecutor(),
)
`,
      errors: [{ line: 7, message: /UnsafeLocalCodeExecutor\(\) runs model-written Python in the agent's own process/ }],
    },
    {
      name: 'CrewAI Agent in unsafe mode and CodeInterpreterTool(unsafe_mode=True)',
      filename: 'crew.py',
      code: `from crewai import Agent
from crewai_tools import CodeInterpreterTool

coder = Agent(
    role="Coder",
    goal="Write code",
    backstory="Senior dev",
    allow_code_execution=True,
    code_execution_mode="unsafe",
)
tool = CodeInterpreterTool(unsafe_mode=True)
`,
      errors: [{ line: 4, message: /code_execution_mode="unsafe"/ }, { line: 11, message: /unsafe_mode=True/ }],
    },
    {
      name: 'smolagents CodeAgent and LocalPythonExecutor with ["*"]',
      filename: 'agent.py',
      code: `from smolagents import CodeAgent, InferenceClientModel
from smolagents.local_python_executor import LocalPythonExecutor

agent = CodeAgent(tools=[], model=InferenceClientModel(), additional_authorized_imports=["*"])
executor = LocalPythonExecutor(["*"])
`,
      errors: [{ line: 4, message: /CodeAgent\(additional_authorized_imports=\["\*"\]\)/ }, { line: 5 }],
    },
    {
      name: 'CrewAI config/agents.yaml with an unsafe agent among safe ones',
      filename: 'src/crew/config/agents.yaml',
      code: `researcher:
  role: Researcher
  goal: Find facts
  backstory: Curious.

coder:
  role: Coder
  goal: Run code
  backstory: Fast.
  allow_code_execution: true
  code_execution_mode: "unsafe"  # faster than docker
`,
      errors: [{ line: 11, message: /Agent 'coder' sets allow_code_execution: true with code_execution_mode: unsafe/ }],
    },
  ],
});
