import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeKinds } from '../source/code-kind.js';
import { discoverAgents } from './discover.js';

/** Discovery over a virtual tree: paths relative to /ws, contents in memory. */
async function discover(tree: Record<string, string>, codeKinds?: CodeKinds) {
  const root = '/ws';
  const files = Object.keys(tree).map((file) => `${root}/${file}`);
  const agents = await discoverAgents({
    root,
    files,
    read: async (absolute) => tree[absolute.slice(root.length + 1)] ?? '',
    ...(codeKinds ? { codeKinds } : {}),
  });
  return agents.map((agent) => ({ path: agent.path, frameworks: agent.frameworks }));
}

const SDK_AGENT = 'from agents import Agent, Runner\n\nagent = Agent(name="helper", instructions="Help.")\n';

describe('test code is never an agent', () => {
  it('an SDK repository: library source, tests and integration tests are not agents; examples are', async () => {
    const agents = await discover({
      'pyproject.toml': '[project]\nname = "openai-agents"\ndependencies = ["openai>=1"]\n',
      'src/agents/__init__.py': 'from .agent import Agent\n',
      'src/agents/agent.py': 'from agents.models import Model\n',
      'tests/test_agent.py': SDK_AGENT,
      'tests/conftest.py': 'from agents import set_default_openai_key\n',
      'tests/memory/test_session.py': SDK_AGENT,
      'tests/fixtures/run_state/state.py': SDK_AGENT,
      'integration_tests/openai/run.py': SDK_AGENT,
      'examples/basic/hello.py': SDK_AGENT,
    });
    expect(agents).toEqual([{ path: 'examples/basic', frameworks: ['openai-agents'] }]);
  });

  it('test files beside an agent stay with that agent, and a tests folder with its own manifest is not one', async () => {
    const agents = await discover({
      'travel/pyproject.toml': '[project]\nname = "travel"\ndependencies = ["google-adk"]\n',
      'travel/travel/__init__.py': '',
      'travel/travel/agent.py': 'from google.adk.agents import Agent\nroot_agent = Agent(name="t", model="gemini-2.5-flash")\n',
      'travel/tests/requirements.txt': 'google-adk\npytest\n',
      'travel/tests/test_agent.py': 'from google.adk.runners import InMemoryRunner\n',
      'travel/eval/test_eval.py': 'from google.adk.evaluation import AgentEvaluator\n',
    });
    expect(agents).toEqual([{ path: 'travel', frameworks: ['google-adk'] }]);
  });

  it('cockpit.yaml test_code.paths adds folders that are test code by the team\'s own convention', async () => {
    const tree = { 'qa/scenarios/run.py': SDK_AGENT, 'bots/helper/main.py': SDK_AGENT };
    expect((await discover(tree)).map((agent) => agent.path)).toEqual(['bots/helper', 'qa/scenarios']);
    const kinds = new CodeKinds({ testPaths: ['qa/'], productionPaths: [], rules: 'secrets-and-pii' });
    expect((await discover(tree, kinds)).map((agent) => agent.path)).toEqual(['bots/helper']);
  });
});

describe('imports are resolved before frameworks are named', () => {
  it('a CrewAI app with its own agents.py is not an OpenAI Agents SDK app', async () => {
    const agents = await discover({
      'trip/main.py': 'from crewai import Crew\nfrom agents import TripAgents\nfrom tasks import TripTasks\n',
      'trip/agents.py': 'from crewai import Agent\n\nclass TripAgents:\n    pass\n',
      'trip/tasks.py': 'from crewai import Task\n',
    });
    expect(agents).toEqual([{ path: 'trip', frameworks: ['crewai'] }]);
  });

  it('a local agents/ package shadows the SDK for the files that import it', async () => {
    const agents = await discover({
      'app/requirements.txt': 'langgraph>=0.4\n',
      'app/main.py': 'from agents.research import build\n',
      'app/agents/__init__.py': '',
      'app/agents/research.py': 'from langgraph.graph import StateGraph\n',
    });
    expect(agents).toEqual([{ path: 'app', frameworks: ['langgraph'] }]);
  });

  it('an agents.py module that imports agents.realtime uses the SDK (a module never imports itself)', async () => {
    const agents = await discover({
      'voice/__init__.py': '',
      'voice/agents.py': 'from agents.realtime import RealtimeAgent\n',
      'voice/server.py': 'from .agents import triage\n',
    });
    expect(agents).toEqual([{ path: 'voice', frameworks: ['openai-agents'] }]);
  });

  it('the SDK itself imported by a script with no local module of that name is the SDK', async () => {
    expect(await discover({ 'bot/run.py': SDK_AGENT })).toEqual([{ path: 'bot', frameworks: ['openai-agents'] }]);
  });
});

describe('hand-written agents on a provider SDK', () => {
  it('a file that hands the model tools through the Anthropic or OpenAI SDK is an agent', async () => {
    const agents = await discover({
      'router/forge.py':
        'import anthropic\n\nclient = anthropic.Anthropic()\nresponse = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, tools=TOOLS, messages=msgs)\nwhile response.stop_reason == "tool_use":\n    response = step(response)\n',
      'bridge/src/index.ts': 'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.responses.create({ model: "gpt-5.6-terra", tools: [mcpTool], input });\n',
    });
    expect(agents).toEqual([
      { path: 'bridge/src', frameworks: ['openai-sdk'] },
      { path: 'router', frameworks: ['anthropic-sdk'] },
    ]);
  });

  it('a model call without tools, or an SDK named only in requirements.txt, is not an agent', async () => {
    const agents = await discover({
      'summarise/app.py': 'from openai import OpenAI\n\nclient = OpenAI()\nprint(client.chat.completions.create(model="gpt-5.6-luna", messages=msgs))\n',
      'summarise/requirements.txt': 'openai>=1.40\nanthropic\n',
    });
    expect(agents).toEqual([]);
  });

  it('an agent framework wins: an ADK agent that also imports openai is a google-adk agent', async () => {
    const agents = await discover({
      'helper/agent.py': 'from google.adk.agents import Agent\nimport openai\n\nroot_agent = Agent(name="h", model="gemini-2.5-flash", tools=[search])\n',
    });
    expect(agents).toEqual([{ path: 'helper', frameworks: ['google-adk'] }]);
  });
});

describe('notebooks', () => {
  const notebook = (cells: string[]) =>
    JSON.stringify({ cells: cells.map((source) => ({ cell_type: 'code', source: source.split(/(?<=\n)/) })), nbformat: 4 });

  it('a crew defined only in a notebook is discovered', async () => {
    const agents = await discover({
      'notebooks/Research Crew/crew.ipynb': notebook(['!pip install crewai\n', 'from crewai import Agent, Crew, Task\n\nresearcher = Agent(role="r")\n']),
    });
    expect(agents).toEqual([{ path: 'notebooks/Research Crew', frameworks: ['crewai'] }]);
  });

  it('a notebook without framework imports, or one that is not JSON, is not an agent', async () => {
    const agents = await discover({
      'analysis/plot.ipynb': notebook(['import pandas as pd\n']),
      'analysis/broken.ipynb': '{ not json',
    });
    expect(agents).toEqual([]);
  });
});

describe('agent identity resolves imports too', () => {
  it('a CrewAI app with its own agents.py lists crewai alone', async () => {
    const { identifyAgent } = await import('./agent-identity.js');
    const { sourceFile } = await import('../rules/testing/rule-tester.js');
    const identity = identifyAgent({
      root: '/ws/trip',
      relativePath: 'trip',
      files: [
        sourceFile('main.py', 'from crewai import Crew\nfrom agents import TripAgents\n'),
        sourceFile('agents.py', 'from crewai import Agent\n'),
      ],
    });
    expect(identity.frameworks).toEqual(['crewai']);
  });
});

describe('entry points do not depend on which read finishes first', () => {
  it('two @CrewBase crews: the entry point is the first in walk order, however slow its read', async () => {
    const crew = (name: string) => `from crewai import Agent, Crew\nfrom crewai.project import CrewBase\n\n@CrewBase\nclass ${name}:\n    pass\n`;
    const tree: Record<string, string> = {
      'flow/pyproject.toml': '[project]\nname = "flow"\ndependencies = ["crewai"]\n',
      'flow/src/flow/crews/alpha_crew/alpha_crew.py': crew('AlphaCrew'),
      'flow/src/flow/crews/beta_crew/beta_crew.py': crew('BetaCrew'),
    };
    const root = '/ws';
    const files = Object.keys(tree).map((file) => `${root}/${file}`);
    // The first crew's read finishes last, as a cold disk or a busy thread pool can make it.
    const slowFirst = async (absolute: string) => {
      if (absolute.endsWith('alpha_crew.py')) await new Promise((resolve) => setTimeout(resolve, 20));
      return tree[absolute.slice(root.length + 1)] ?? '';
    };
    const [agent] = await discoverAgents({ root, files, read: slowFirst });
    expect(agent?.entrypoints.slice(0, 2)).toEqual(['src/flow/crews/alpha_crew/alpha_crew.py', 'src/flow/crews/beta_crew/beta_crew.py']);
  });
});

describe('reasons', () => {
  it('come in the walk order of the files that gave them, however the concurrent reads finish', async () => {
    const tree: Record<string, string> = {
      'bot/langgraph.json': '{ "graphs": { "bot": "./agent.py:graph" } }',
      'bot/requirements.txt': 'google-adk==1.2.0\n',
      'bot/agent.py': 'from google.adk.agents import Agent\nroot_agent = Agent(name="b", model="gemini-2.5-flash")\n',
    };
    const reasonsWhenReadsFinish = async (order: string[]) => {
      const root = '/ws';
      const agents = await discoverAgents({
        root,
        files: Object.keys(tree).map((file) => `${root}/${file}`),
        // Each read waits for the reads before it in `order`, so completion order is forced.
        read: async (absolute) => {
          const relative = absolute.slice(root.length + 1);
          for (let turn = 0; turn < order.indexOf(relative) * 5; turn++) await Promise.resolve();
          return tree[relative] ?? '';
        },
      });
      return agents.map((agent) => agent.reasons);
    };
    const expected = [['langgraph.json declares graphs', 'requirements.txt depends on google-adk', 'ADK convention: agent.py defines root_agent', 'code imports google-adk']];
    expect(await reasonsWhenReadsFinish(['bot/langgraph.json', 'bot/requirements.txt', 'bot/agent.py'])).toEqual(expected);
    expect(await reasonsWhenReadsFinish(['bot/agent.py', 'bot/requirements.txt', 'bot/langgraph.json'])).toEqual(expected);
  });
});

describe('the default read, on disk', () => {
  it('refuses a FIFO put where the walk listed a file instead of waiting on it for good', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cockpit-discover-'));
    try {
      mkdirSync(path.join(root, 'helper'));
      writeFileSync(path.join(root, 'helper', 'agent.py'), SDK_AGENT);
      execFileSync('mkfifo', [path.join(root, 'helper', 'tools.py')]);
      const files = ['agent.py', 'tools.py'].map((name) => path.join(root, 'helper', name));
      const agents = await discoverAgents({ root, files });
      expect(agents.map((agent) => [agent.path, agent.frameworks])).toEqual([['helper', ['openai-agents']]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
