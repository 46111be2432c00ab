import { ruleTester } from '../testing/rule-tester.js';
import { aiSdkTool } from '../testing/ai-sdk-tool.js';
import { shellInjectionCheck } from './shell-injection.js';

ruleTester(shellInjectionCheck, {
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

${aiSdkTool('gitLog', 'git log for a path', 'path', `new Promise((resolve) => execFile('git', ['log', '--', path], (_e, out) => resolve(out)))`)}`,
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
    {
      name: 'tool passes input to a helper in another module that runs an argument list',
      filename: 'ops_agent/agent.py',
      files: {
        'ops_agent/utils.py': `import subprocess

def run_command(args: list[str]) -> str:
    return subprocess.run(["kubectl", *args], capture_output=True, text=True, timeout=60).stdout
`,
      },
      code: `from google.adk.agents import Agent
from .utils import run_command

def get_pods(namespace: str) -> dict:
    return {"out": run_command(["get", "pods", "-n", namespace])}

root_agent = Agent(name="ops", model="gemini-2.0-flash", tools=[get_pods])
`,
    },
    {
      name: 'helper quotes its parameter with shlex.quote before the shell',
      filename: 'tools.py',
      files: {
        'helpers/shell.py': `import shlex
import subprocess

def grep_repo(pattern):
    return subprocess.check_output(f"grep -rn {shlex.quote(pattern)} .", shell=True, text=True)
`,
      },
      code: `from langchain_core.tools import tool
from helpers.shell import grep_repo

@tool
def search_code(pattern: str) -> str:
    """Search the repository."""
    return grep_repo(pattern)
`,
    },
    {
      name: 'the tool passes a constant, not its input, to the shell helper',
      filename: 'tools.py',
      files: {
        'shell_utils.py': `import os

def run(cmd):
    return os.popen(cmd).read()
`,
      },
      code: `from agents import function_tool
from shell_utils import run

@function_tool
def uptime(verbose: bool) -> str:
    return run("uptime") if verbose else "ok"
`,
    },
    {
      name: 'a shell helper called from code that is not a tool',
      filename: 'scripts/setup.py',
      files: {
        'scripts/sh.py': `import subprocess

def sh(cmd):
    subprocess.run(cmd, shell=True, check=True)
`,
      },
      code: `import sys
from .sh import sh

def main(target):
    sh(f"make {target}")

main(sys.argv[1])
`,
    },
    {
      name: 'a parameter named subprocess is not the module',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool

@tool
def run_job(command: str, subprocess=None) -> str:
    """Queue a job."""
    return subprocess.run(command, shell=True)
`,
    },
    {
      name: 'AI SDK tool calls a helper module that uses execFile with an argument array',
      filename: 'src/tools.ts',
      files: {
        'src/lib/git.ts': `import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function gitLog(path: string) {
  const { stdout } = await run('git', ['log', '--', path]);
  return stdout;
}
`,
      },
      code: `import { tool } from 'ai';
import { z } from 'zod';
import { gitLog } from './lib/git.js';

${aiSdkTool('history', 'git history of a file', 'path', 'gitLog(path)')}`,
    },
  ],
  invalid: [
    {
      name: 'AI SDK tool hands its command to exec in another module (./lib/shell.js → shell.ts)',
      filename: 'src/tools.ts',
      files: {
        'src/lib/shell.ts': `import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);

export async function runCommand(command: string, cwd = process.cwd()) {
  const { stdout } = await execAsync(command, { cwd });
  return stdout;
}
`,
      },
      code: `import { tool } from 'ai';
import { z } from 'zod';
import { runCommand } from './lib/shell.js';

${aiSdkTool('terminal', 'Run a shell command in the workspace', 'command', '({ output: await runCommand(command) })')}`,
      errors: [{ line: 8, message: /runCommand\(\.\.\.\) passes tool input 'command' of tool\(\{ execute \}\) to child_process\.exec\(\.\.\.\) at src\/lib\/shell\.ts:7 \(its parameter command\)/ }],
    },
    {
      name: 'Mastra tool through a namespace import and an index re-export',
      filename: 'src/mastra/tools/ops.ts',
      files: {
        'src/mastra/utils/index.ts': `export { sh } from './proc';
`,
        'src/mastra/utils/proc.ts': `import * as cp from 'child_process';

export const sh = (line: string) => cp.execSync(line).toString();
`,
      },
      code: `import { createTool } from '@mastra/core/tools';
import { z } from 'zod';
import * as utils from '../utils';

export const opsTool = createTool({
  id: 'ops',
  description: 'Run an ops command',
  inputSchema: z.object({ line: z.string() }),
  execute: async ({ context }) => ({ out: utils.sh(context.line) }),
});
`,
      errors: [{ line: 9, message: /utils\.sh\(\.\.\.\).*child_process\.execSync\(\.\.\.\) at src\/mastra\/utils\/proc\.ts:3/ }],
    },
    {
      name: 'ADK tool registered in another module calls a shell helper from .utils',
      filename: 'ops_agent/tools.py',
      files: {
        'ops_agent/utils.py': `import subprocess

def run_command(command: str, timeout: int = 60) -> str:
    return subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout).stdout
`,
        'ops_agent/agent.py': `from google.adk.agents import Agent
from .tools import run_on_host

root_agent = Agent(name="ops", model="gemini-2.0-flash", tools=[run_on_host])
`,
      },
      code: `from .utils import run_command

def run_on_host(cmd: str) -> dict:
    return {"output": run_command(cmd)}
`,
      errors: [{ line: 4, message: /run_command\(\.\.\.\) passes tool input 'cmd' of run_on_host \(tools=\[\.\.\.\] in ops_agent\/agent\.py\) to subprocess\.run\(\.\.\., shell=True\) at ops_agent\/utils\.py:4 \(its parameter 'command'\)/ }],
    },
    {
      name: 'LangChain @tool calls os.system through a module import (tools.shell)',
      filename: 'app/agent.py',
      files: {
        'app/tools/__init__.py': '',
        'app/tools/shell.py': `import os

def execute(line):
    status = os.system(line)
    return status
`,
      },
      code: `from langchain_core.tools import tool
from tools import shell

@tool
def terminal(command: str) -> str:
    """Run a terminal command."""
    return str(shell.execute(line=command))
`,
      errors: [{ line: 7, message: /shell\.execute\(\.\.\.\) passes tool input 'command' of terminal \(@tool\) to os\.system\(\.\.\.\) at app\/tools\/shell\.py:4/ }],
    },
    {
      name: 'OpenAI Agents @function_tool and a same-file helper',
      filename: 'tools.py',
      code: `import subprocess
from agents import function_tool

def _sh(cmd: str) -> str:
    return subprocess.check_output(cmd, shell=True, text=True)

@function_tool
def disk_usage(path: str) -> str:
    return _sh("du -sh " + path)
`,
      errors: [{ line: 9, message: /_sh\(\.\.\.\) passes tool input 'path' of disk_usage \(@function_tool\) to subprocess\.check_output\(\.\.\., shell=True\) at line 5/ }],
    },
    {
      name: 'CrewAI BaseTool._run through a helper re-exported by the package __init__',
      filename: 'crew/tools/terminal_tool.py',
      files: {
        'crew/utils/__init__.py': `from .proc import run_shell
`,
        'crew/utils/proc.py': `import subprocess

def run_shell(script):
    p = subprocess.Popen(script, shell=True, stdout=subprocess.PIPE)
    return p.communicate()[0].decode()
`,
      },
      code: `from crewai.tools import BaseTool
from ..utils import run_shell

class TerminalTool(BaseTool):
    name: str = "terminal"
    description: str = "Runs a command"

    def _run(self, command: str) -> str:
        return run_shell(command)
`,
      errors: [{ line: 9, message: /run_shell\(\.\.\.\).*TerminalTool \(BaseTool\._run\).*crew\/utils\/proc\.py:4/ }],
    },
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

${aiSdkTool('lookup', 'DNS lookup', 'domain', `{
    const { stdout } = await execAsync(\`dig +short \${domain}\`);
    return stdout;
  }`)}`,
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
