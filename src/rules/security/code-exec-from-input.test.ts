import { ruleTester } from '../testing/rule-tester.js';
import { aiSdkTool } from '../testing/ai-sdk-tool.js';
import { codeExecFromInputCheck } from './code-exec-from-input.js';

ruleTester(codeExecFromInputCheck, {
  valid: [
    {
      name: 'LangChain @tool parses with ast.literal_eval',
      filename: 'tools.py',
      code: `import ast
from langchain_core.tools import tool

@tool
def parse_list(text: str) -> list:
    """Parse a Python list literal."""
    return ast.literal_eval(text)
`,
    },
    {
      name: 'eval of a constant inside a tool',
      filename: 'tools.py',
      code: `from agents import function_tool

@function_tool
def version(name: str) -> str:
    return str(eval("1 + 1")) + name
`,
    },
    {
      name: 'eval in a plain helper that is not a tool and sees no model output',
      filename: 'calc.py',
      code: `def calc(expr):
    return eval(expr)
`,
    },
    {
      name: 'a locally defined eval is not the builtin',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool
from simpleeval import simple_eval as eval

@tool
def calculator(expression: str) -> str:
    """Evaluate arithmetic."""
    return str(eval(expression))
`,
    },
    {
      name: 'AI SDK tool parses JSON instead of evaluating',
      filename: 'src/tools.ts',
      code: `import { tool } from 'ai';
import { z } from 'zod';

${aiSdkTool('parse', 'Parse a JSON document', 'doc', 'JSON.parse(doc)')}`,
    },
    {
      name: 'vm with a constant script, and eval outside any tool',
      filename: 'src/setup.ts',
      code: `import vm from 'node:vm';
export function boot(config: string) {
  vm.runInNewContext('1 + 1');
  return eval(config);
}
`,
    },
    {
      name: 'tool calls a helper in another module that parses with ast.literal_eval',
      filename: 'calc_agent/agent.py',
      files: {
        'calc_agent/parsing.py': `import ast

def parse_literal(text):
    return ast.literal_eval(text)
`,
      },
      code: `from google.adk.agents import Agent
from google.adk.tools import FunctionTool
from .parsing import parse_literal

def load_list(text: str) -> dict:
    return {"items": parse_literal(text)}

root_agent = Agent(name="calc", model="gemini-2.0-flash", tools=[FunctionTool(func=load_list)])
`,
    },
    {
      name: 'helper evaluates a fixed expression, whatever the tool passes',
      filename: 'tools.py',
      files: {
        'mathutil.py': `def scaled(value):
    factor = eval("10 ** 3")
    return value * factor
`,
      },
      code: `from langchain_core.tools import tool
from mathutil import scaled

@tool
def to_millis(seconds: float) -> float:
    """Convert seconds."""
    return scaled(seconds)
`,
    },
    {
      name: 'an eval parameter of the helper shadows the builtin',
      filename: 'tools.py',
      code: `from agents import function_tool

def apply(expression, eval):
    return eval(expression)

@function_tool
def compute(expression: str) -> str:
    return str(apply(expression, len))
`,
    },
    {
      name: 'input filtered to arithmetic characters before eval (ADK tool from another module)',
      filename: 'calc_agent/tools.py',
      files: {
        'calc_agent/agent.py': `from google.adk.agents import LlmAgent
from .tools import calculate

root_agent = LlmAgent(name="calc", model="gemini-2.0-flash", tools=[calculate])
`,
      },
      code: `ALLOWED = "0123456789+-*/(). "

def calculate(expression: str) -> dict:
    cleaned = ''.join(ch for ch in expression if ch in ALLOWED)
    return {"result": eval(cleaned)}
`,
    },
    {
      name: 'AI SDK tool calls a helper that parses JSON',
      filename: 'src/tools.ts',
      files: {
        'src/parse.ts': `export const parseDoc = (doc: string) => JSON.parse(doc);
`,
      },
      code: `import { tool } from 'ai';
import { z } from 'zod';
import { parseDoc } from './parse';

${aiSdkTool('load', 'Load a JSON document', 'doc', 'parseDoc(doc)')}`,
    },
  ],
  invalid: [
    {
      name: 'CrewAI BaseTool._run hands code to a helper module that execs it',
      filename: 'crew/tools/python_tool.py',
      files: {
        'crew/tools/runner.py': `import io
import contextlib

def run_python(snippet: str) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(snippet, {})
    return buffer.getvalue()
`,
      },
      code: `from crewai.tools import BaseTool
from .runner import run_python

class PythonTool(BaseTool):
    name: str = "python"
    description: str = "Runs Python code"

    def _run(self, code: str) -> str:
        return run_python(code)
`,
      errors: [{ line: 9, message: /run_python\(\.\.\.\) passes tool input 'code' of PythonTool \(BaseTool\._run\) to exec\(\.\.\.\) at crew\/tools\/runner\.py:7/ }],
    },
    {
      name: 'OpenAI Agents JS tool evaluates through a helper module with new Function',
      filename: 'src/agent.ts',
      files: {
        'src/sandbox.ts': `export function evaluate(source: string) {
  const fn = new Function('Math', \`return (\${source});\`);
  return fn(Math);
}
`,
      },
      code: `import { Agent, tool } from '@openai/agents';
import { z } from 'zod';
import { evaluate } from './sandbox';

const calc = tool({
  name: 'calc',
  description: 'Evaluate a formula',
  parameters: z.object({ formula: z.string() }),
  execute: async ({ formula }) => String(evaluate(formula)),
});

export const agent = new Agent({ name: 'math', tools: [calc] });
`,
      errors: [{ line: 9, message: /evaluate\(\.\.\.\) passes tool input 'formula' of tool\(\{ execute \}\) to new Function\(\.\.\.\) at src\/sandbox\.ts:2/ }],
    },
    {
      name: 'a character filter that keeps letters does not make eval safe',
      filename: 'tools.py',
      code: `import string
from langchain_core.tools import tool

@tool
def evaluate(expression: str) -> str:
    """Evaluate an expression."""
    kept = "".join([c for c in expression if c in "abcdefghijklmnopqrstuvwxyz_().0123456789"])
    return str(eval(kept))
`,
      errors: [{ line: 8, message: /eval\(\.\.\.\) receives tool input 'kept'/ }],
    },
    {
      name: 'ADK FunctionTool registered in agent.py; its helper in utils/ runs exec',
      filename: 'data_agent/tools.py',
      files: {
        'data_agent/utils/sandbox.py': `def run_snippet(source: str, env: dict) -> dict:
    exec(source, env)
    return env
`,
        'data_agent/utils/__init__.py': '',
        'data_agent/agent.py': `from google.adk.agents import Agent
from google.adk.tools import FunctionTool
from . import tools

root_agent = Agent(name="data", model="gemini-2.0-flash", tools=[FunctionTool(func=tools.analyse)])
`,
      },
      code: `from .utils.sandbox import run_snippet

def analyse(code: str) -> dict:
    env = {}
    run_snippet(code, env)
    return {"result": str(env.get("result"))}
`,
      errors: [{ line: 5, message: /run_snippet\(\.\.\.\) passes tool input 'code' of analyse \(tools=\[\.\.\.\] in data_agent\/agent\.py\) to exec\(\.\.\.\) at data_agent\/utils\/sandbox\.py:2/ }],
    },
    {
      name: 'LangChain @tool and a same-file helper around eval',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool

def _evaluate(expr: str):
    cleaned = expr.strip()
    return eval(cleaned)

@tool
def calculator(expression: str) -> str:
    """Evaluate a math expression."""
    return str(_evaluate(expression))
`,
      errors: [{ line: 10, message: /_evaluate\(\.\.\.\) passes tool input 'expression' of calculator \(@tool\) to eval\(\.\.\.\) at line 5/ }],
    },
    {
      name: 'LangChain @tool exec of an f-string',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool

@tool
def run_python(code: str) -> str:
    """Run Python code."""
    wrapped = f"result = {code}"
    exec(wrapped)
    return "ok"
`,
      errors: [{ line: 7, message: /exec\(\.\.\.\) receives tool input 'wrapped' of run_python \(@tool\)/ }],
    },
    {
      name: 'ADK function tool in tools=[...] evals its argument; ToolContext is ignored',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.tools import ToolContext

def calculate(expression: str, tool_context: ToolContext) -> dict:
    return {"result": eval(expression)}

root_agent = Agent(name="calc", model="gemini-2.0-flash", instruction="Do maths.", tools=[calculate])
`,
      errors: [{ line: 5, message: /eval\(\.\.\.\) receives tool input 'expression' of calculate \(tools=\[\.\.\.\]\)/ }],
    },
    {
      name: 'Pydantic AI @agent.tool and a CrewAI BaseTool._run',
      filename: 'tools.py',
      code: `from pydantic_ai import Agent, RunContext
from crewai.tools import BaseTool

agent = Agent("openai:gpt-4o")

@agent.tool
def formula(ctx: RunContext[None], expr: str) -> str:
    return str(eval(compile(expr, "<tool>", "eval")))

class Runner(BaseTool):
    name: str = "runner"
    def _run(self, snippet: str) -> str:
        exec(snippet)
        return "done"
`,
      errors: [{ line: 8, message: /^eval\(/ }, { line: 13, message: /'snippet' of Runner \(BaseTool\._run\)/ }],
    },
    {
      name: 'exec of a model response',
      filename: 'script.py',
      code: `from openai import OpenAI

client = OpenAI()

def solve(task):
    response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    code = response.choices[0].message.content
    exec(code)
`,
      errors: [{ line: 8, message: /receives model output 'code'/ }],
    },
    {
      name: 'AI SDK tool execute with new Function and vm',
      filename: 'src/tools.ts',
      code: `import { tool } from 'ai';
import * as vm from 'node:vm';
import { z } from 'zod';

${aiSdkTool('calc', 'Evaluate', 'expression', `{
    const body = \`return (\${expression});\`;
    vm.runInNewContext(expression, {});
    return new Function(body)();
  }`)}`,
      errors: [{ line: 10, message: /vm\.runInNewContext/ }, { line: 11, message: /new Function/ }],
    },
    {
      name: 'Mastra createTool and OpenAI Agents JS tool',
      filename: 'src/tools.js',
      code: `import { createTool } from '@mastra/core/tools';
import { tool } from '@openai/agents';

export const js = createTool({
  id: 'js',
  execute: async ({ context }) => eval(context.code),
});

export const js2 = tool({
  name: 'js2',
  async execute(input) {
    return eval('(' + input.source + ')');
  },
});

export async function answer(generateText) {
  return 1;
}
`,
      errors: [{ line: 6 }, { line: 12 }],
    },
    {
      name: 'eval of AI SDK generateText output',
      filename: 'src/run.ts',
      code: `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function compute(question: string) {
  const { text } = await generateText({ model: openai('gpt-4o'), prompt: question });
  return eval(text);
}
`,
      errors: [{ line: 6, message: /model output 'text'/ }],
    },
  ],
});
