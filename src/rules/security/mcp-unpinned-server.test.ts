import { ruleTester } from '../testing/rule-tester.js';
import { mcpUnpinnedServerCheck } from './mcp-unpinned-server.js';

/** An ADK MCPToolset that starts `pkg` with `npx -y` (the package on line 9). */
const adkNpxToolset = (pkg: string): string => `from google.adk.tools.mcp_tool.mcp_toolset import MCPToolset
from google.adk.tools.mcp_tool.mcp_session_manager import StdioConnectionParams
from mcp import StdioServerParameters

toolset = MCPToolset(
    connection_params=StdioConnectionParams(
        server_params=StdioServerParameters(
            command="npx",
            args=["-y", "${pkg}", "/data"],
        ),
    ),
)
`;

ruleTester(mcpUnpinnedServerCheck, {
  valid: [
    {
      name: 'ADK MCPToolset with a pinned npx package',
      filename: 'agent.py',
      code: adkNpxToolset('@modelcontextprotocol/server-filesystem@2025.8.21'),
    },
    {
      name: 'OpenAI Agents MCPServerStdio with uvx ==version and a docker digest',
      filename: 'agent.py',
      code: `from agents.mcp import MCPServerStdio

git = MCPServerStdio(params={"command": "uvx", "args": ["mcp-server-git==2025.7.1", "--repository", "."]})
gh = MCPServerStdio(params={"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server@sha256:4f3c5b1e0b4c0e1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c"]})
`,
    },
    {
      name: 'TS StdioClientTransport with a pinned scoped package and a local server',
      filename: 'src/mcp.ts',
      code: `import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const a = new StdioClientTransport({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@0.6.2'] });
const b = new StdioClientTransport({ command: 'node', args: ['./build/server.js'] });
const c = new StdioClientTransport({ command: 'npx', args: ['tsx', './src/server.ts'] });
`,
    },
    {
      name: 'mcp.json with pinned servers and a tagged image',
      filename: '.cursor/mcp.json',
      code: `{
  "mcpServers": {
    "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "/tmp"] },
    "fetch": { "command": "uvx", "args": ["mcp-server-fetch@2025.4.7"] },
    "pg": { "command": "docker", "args": ["run", "-i", "--rm", "mcp/postgres:1.4"] },
    "remote": { "url": "https://mcp.example.com/sse" }
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'ADK StdioServerParameters with npx -y and no version',
      filename: 'agent.py',
      code: adkNpxToolset('@modelcontextprotocol/server-filesystem'),
      errors: [{ line: 9, message: /launches npx '@modelcontextprotocol\/server-filesystem' without a pinned version.*@modelcontextprotocol\/server-filesystem@<version>/ }],
    },
    {
      name: 'OpenAI Agents MCPServerStdio with uvx, and docker :latest',
      filename: 'agent.py',
      code: `from agents.mcp import MCPServerStdio

git = MCPServerStdio(params={"command": "uvx", "args": ["mcp-server-git", "--repository", "."]})
gh = MCPServerStdio(params={"command": "docker", "args": ["run", "-i", "--rm", "-e", "TOKEN", "ghcr.io/github/github-mcp-server:latest"]})
`,
      errors: [{ line: 3, message: /uvx 'mcp-server-git'/ }, { line: 4, message: /docker run 'ghcr\.io\/github\/github-mcp-server:latest'.*@sha256:<digest>/ }],
    },
    {
      name: 'TS StdioClientTransport and OpenAI Agents JS fullCommand',
      filename: 'src/mcp.ts',
      code: `import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { MCPServerStdio } from '@openai/agents';

const transport = new StdioClientTransport({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-everything@latest'],
});
const server = new MCPServerStdio({ name: 'fs', fullCommand: 'npx -y @modelcontextprotocol/server-filesystem ./sample_files' });
`,
      errors: [{ line: 6, message: /@latest/ }, { line: 8, message: /fullCommand/ }],
    },
    {
      name: 'claude_desktop_config.json with unpinned npx and docker image',
      filename: 'claude_desktop_config.json',
      code: `{
  "mcpServers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"]
    },
    "puppeteer": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-puppeteer"]
    }
  }
}
`,
      errors: [{ line: 5, message: /MCP server 'github' launches docker run/ }, { line: 9, message: /MCP server 'puppeteer' launches npx/ }],
    },
    {
      name: 'no fix: the version to pin cannot be known offline',
      filename: 'agent.py',
      code: 'from mcp import StdioServerParameters\n\nparams = StdioServerParameters(command="npx", args=["-y", "@modelcontextprotocol/server-filesystem", "/data"])\n',
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});
