import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { codeExecFromInputCheck } from './code-exec-from-input.js';


const ID = 'security/code-exec-from-input';

describe(ID, () => {
  ruleTester(codeExecFromInputCheck, ID, {
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

export const parse = tool({
  description: 'Parse a JSON document',
  inputSchema: z.object({ doc: z.string() }),
  execute: async ({ doc }) => JSON.parse(doc),
});
`,
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
    ],
    invalid: [
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

export const calc = tool({
  description: 'Evaluate',
  inputSchema: z.object({ expression: z.string() }),
  execute: async ({ expression }) => {
    const body = \`return (\${expression});\`;
    vm.runInNewContext(expression, {});
    return new Function(body)();
  },
});
`,
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
});
