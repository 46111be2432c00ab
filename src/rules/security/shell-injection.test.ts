import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { shellInjectionCheck } from './shell-injection.js';


const ID = 'security/shell-injection';

describe(ID, () => {
  ruleTester(shellInjectionCheck, ID, {
    valid: [
      {
        name: 'subprocess.run with an argument list and no shell (the safe form)',
        filename: 'tools.py',
        code: `import subprocess
from langchain_core.tools import tool

@tool
def git_log(path: str) -> str:
    """Show the git log for a path."""
    result = subprocess.run(["git", "log", "--", path], shell=False, capture_output=True, text=True, timeout=30)
    return result.stdout
`,
      },
      {
        name: 'constant shell command in a tool',
        filename: 'tools.py',
        code: `import os
from agents import function_tool

@function_tool
def disk_usage(unit: str) -> str:
    os.system("df -h")
    return unit
`,
      },
      {
        name: 'tool input quoted with shlex.quote',
        filename: 'tools.py',
        code: `import shlex
import subprocess
from crewai.tools import tool

@tool("grep")
def grep(pattern: str) -> str:
    """Search the repo."""
    safe = shlex.quote(pattern)
    return subprocess.check_output(f"grep -rn {safe} .", shell=True, text=True)
`,
      },
      {
        name: 'os.system in a deploy script that is not a tool',
        filename: 'scripts/deploy.py',
        code: `import os
import sys

def deploy(env):
    os.system(f"kubectl apply -k overlays/{env}")

deploy(sys.argv[1])
`,
      },
      {
        name: 'AI SDK tool using execFile with an argument array',
        filename: 'src/tools.ts',
        code: `import { tool } from 'ai';
import { execFile } from 'node:child_process';
import { z } from 'zod';

export const gitLog = tool({
  description: 'git log for a path',
  inputSchema: z.object({ path: z.string() }),
  execute: async ({ path }) => new Promise((resolve) => execFile('git', ['log', '--', path], (_e, out) => resolve(out))),
});
`,
      },
      {
        name: 'exec with a constant command in a Mastra tool',
        filename: 'src/tools.ts',
        code: `import { createTool } from '@mastra/core/tools';
import { execSync } from 'child_process';

export const uptime = createTool({
  id: 'uptime',
  execute: async ({ context }) => ({ out: execSync('uptime').toString(), unit: context.unit }),
});
`,
      },
    ],
    invalid: [
      {
        name: 'LangChain @tool with subprocess shell=True on an f-string',
        filename: 'tools.py',
        code: `import subprocess
from langchain_core.tools import tool

@tool
def search_logs(query: str) -> str:
    """Search the logs."""
    return subprocess.run(f"grep {query} /var/log/app.log", shell=True, capture_output=True, text=True).stdout
`,
        errors: [{ line: 7, message: /subprocess\.run\(\.\.\., shell=True\) receives tool input 'query' of search_logs \(@tool\)/ }],
      },
      {
        name: 'OpenAI Agents @function_tool with os.system and os.popen via assignment',
        filename: 'tools.py',
        code: `import os
from agents import function_tool

@function_tool
def ping(host: str) -> str:
    cmd = "ping -c 1 " + host
    os.system(cmd)
    return os.popen(cmd).read()
`,
        errors: [{ line: 7, message: /os\.system/ }, { line: 8, message: /os\.popen/ }],
      },
      {
        name: 'ADK tool with asyncio.create_subprocess_shell',
        filename: 'agent.py',
        code: `import asyncio
from google.adk.agents import LlmAgent

async def run_command(command: str) -> dict:
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"out": out.decode()}

root_agent = LlmAgent(name="ops", model="gemini-2.0-flash", tools=[run_command])
`,
        errors: [{ line: 5 }],
      },
      {
        name: 'subprocess imported by name, shell=True, smolagents @tool',
        filename: 'tools.py',
        code: `from subprocess import check_output
from smolagents import tool

@tool
def count_lines(filename: str) -> str:
    """Count lines.

    Args:
        filename: the file
    """
    return check_output("wc -l {}".format(filename), shell=True, text=True)
`,
        errors: [{ line: 11 }],
      },
      {
        name: 'AI SDK tool with exec on a template string',
        filename: 'src/tools.ts',
        code: `import { tool } from 'ai';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';

const execAsync = promisify(exec);

export const lookup = tool({
  description: 'DNS lookup',
  inputSchema: z.object({ domain: z.string() }),
  execute: async ({ domain }) => {
    const { stdout } = await execAsync(\`dig +short \${domain}\`);
    return stdout;
  },
});
`,
        errors: [{ line: 12, message: /child_process\.exec\(\.\.\.\) receives tool input 'domain'/ }],
      },
      {
        name: 'OpenAI Agents JS tool with cp.execSync concat and spawn shell:true',
        filename: 'src/tools.js',
        code: `const cp = require('child_process');
import { tool } from '@openai/agents';

export const run = tool({
  name: 'run',
  execute: async (input) => {
    cp.spawn(input.cmd, { shell: true });
    return cp.execSync('ls ' + input.dir).toString();
  },
});
`,
        errors: [{ line: 7, message: /shell: true/ }, { line: 8, message: /execSync/ }],
      },
    ],
  });
});
