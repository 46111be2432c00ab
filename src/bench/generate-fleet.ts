import {
  ADJECTIVES,
  type AgentSpec,
  camel,
  capital,
  type Carrier,
  CODE_DECOYS_PY,
  CODE_DECOYS_TS,
  createTallyWriter,
  DOMAINS,
  drawPlanting,
  ENV_DECOYS,
  envFile,
  fill,
  jsonEvalFile,
  markdownFile,
  MODELS,
  NOUNS,
  packageJsonFile,
  paragraph,
  type PendingFile,
  type Plant,
  type PlantedSecret,
  type Planting,
  PLANTS,
  plural,
  PY_FUNCTION_NAME,
  pyModelClass,
  pyprojectFile,
  pythonAgentFile,
  pythonPromptsFile,
  pythonToolsFile,
  pyToolFunction,
  Rng,
  sentence,
  tsAgentFile,
  tsAgentModule,
  tsToolNames,
  tsToolsFile,
  VERBS,
  withDefinedName,
  wrap,
  yamlAgentsFile,
} from './corpus.js';

/**
 * A deterministic fleet of agents for the `report --workspace` benchmark: each agent is its own
 * folder `agents/<name>/` with a manifest that depends on one agent framework, an entry file that
 * uses the framework the way real projects do (ADK `root_agent`, a CrewAI `@CrewBase` crew, a
 * LangGraph `StateGraph`, `from agents import Agent, Runner`, `generateText` from `ai`, an
 * `@openai/agents` Agent, a Mastra instance), tools, prompts and configs: about 5-6 files and
 * 35 KB per agent on average. A fixed handful of agents carry one planted secret each; the same
 * seed always writes the same bytes.
 */

export type FleetFramework =
  | 'google-adk'
  | 'crewai'
  | 'langgraph'
  | 'openai-agents'
  | 'pydantic-ai'
  | 'llama-index'
  | 'ai-sdk'
  | 'openai-agents-ts'
  | 'mastra';

type FleetLanguage = 'python' | 'typescript';

interface FleetAgent {
  /** POSIX path of the agent folder relative to the fleet root (`agents/<name>`). */
  path: string;
  language: FleetLanguage;
  framework: FleetFramework;
  /** The file a reader would open first, relative to the agent folder. */
  entrypoint: string;
  files: number;
  bytes: number;
}

export interface GeneratedFleet {
  agents: FleetAgent[];
  files: number;
  bytes: number;
  /** One secret in each of the first few carrier agents, spread over the fleet (at most one per kind). */
  planted: PlantedSecret[];
  /** Secret-looking lines that must stay silent (placeholders, env lookups). */
  decoys: number;
}

const PYTHON_FRAMEWORKS = ['google-adk', 'crewai', 'langgraph', 'openai-agents', 'pydantic-ai', 'llama-index'] as const;
const TS_FRAMEWORKS = ['ai-sdk', 'openai-agents-ts', 'mastra'] as const;
type PythonFleetFramework = (typeof PYTHON_FRAMEWORKS)[number];
type TsFleetFramework = (typeof TS_FRAMEWORKS)[number];

/** Rough popularity: about two Python agents for each TypeScript one. */
const PYTHON_WEIGHTED: readonly PythonFleetFramework[] = [
  'google-adk', 'google-adk', 'google-adk', 'crewai', 'crewai', 'langgraph', 'langgraph', 'langgraph',
  'openai-agents', 'openai-agents', 'pydantic-ai', 'llama-index',
];
const TS_WEIGHTED: readonly TsFleetFramework[] = ['ai-sdk', 'ai-sdk', 'ai-sdk', 'openai-agents-ts', 'openai-agents-ts', 'mastra'];
const ALL_WEIGHTED: readonly FleetFramework[] = [...PYTHON_WEIGHTED, ...TS_WEIGHTED];

const KB = 1024;

const TS_DEPENDENCIES: Record<TsFleetFramework, Record<string, string>> = {
  'ai-sdk': {
    ai: '^5.0.44', '@ai-sdk/openai': '^2.0.30', '@ai-sdk/anthropic': '^2.0.17', zod: '^4.1.8',
    '@opentelemetry/api': '^1.9.0', pino: '^9.9.0', 'p-retry': '^6.2.1',
  },
  'openai-agents-ts': { '@openai/agents': '^0.1.5', zod: '^3.25.76', pino: '^9.9.0', 'p-retry': '^6.2.1', undici: '^7.16.0' },
  mastra: {
    '@mastra/core': '^0.17.1', '@mastra/memory': '^0.15.1', '@mastra/loggers': '^0.10.11', '@mastra/libsql': '^0.14.1',
    '@ai-sdk/openai': '^2.0.30', zod: '^3.25.76',
  },
};

// ---------------------------------------------------------------------------------------------
// Framework-specific files the single-tree generator does not write.

/** A CrewAI project's crew.py: module-level tools and models, then the `@CrewBase` class. */
function crewFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  const className = `${capital(spec.domain)}${capital(spec.pkg.split('_')[1] ?? 'task')}Crew`;
  const head = `"""${capital(spec.domain)} crew: ${sentence(rng, 6, 12)}"""

import os

import httpx
${extra.includes('openai.OpenAI(') ? 'import openai\n' : ''}from crewai import Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, agent, crew, task
from crewai.tools import tool
from pydantic import BaseModel, Field

MODEL = os.environ.get("${spec.domain.toUpperCase()}_MODEL", "openai/${spec.model}")
${extra}`;
  const tools: string[] = [];
  const roles: string[] = [];
  for (let index = rng.int(2, 4); index > 0; index--) roles.push(`${rng.pick(ADJECTIVES)}_${rng.pick(['analyst', 'writer', 'reviewer', 'planner', 'router'])}`);
  const classText = (): string => {
    const members = roles.map((role, index) => {
      const ownTools = tools.slice(index * 2, index * 2 + 2);
      return `
    @agent
    def ${role}(self) -> Agent:
        return Agent(
            config=self.agents_config["${role}"],  # type: ignore[index]
            tools=[${ownTools.join(', ')}],
            llm=MODEL,
            verbose=False,
        )

    @task
    def ${role}_task(self) -> Task:
        return Task(config=self.tasks_config["${role}_task"])  # type: ignore[index]
`;
    });
    return `

@CrewBase
class ${className}:
    """${sentence(rng, 6, 12)}"""

    agents: list[BaseAgent]
    tasks: list[Task]

    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"
${members.join('')}
    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.${rng.pick(['sequential', 'hierarchical'])},
            verbose=False,
        )
`;
  };
  const body = fill(Math.max(0, target - 1500), head, () =>
    rng.chance(0.25) ? pyModelClass(rng) : withDefinedName(tools, PY_FUNCTION_NAME, pyToolFunction(rng, spec)),
  );
  return body + classText();
}

function crewMainFile(rng: Rng, spec: AgentSpec): string {
  const className = `${capital(spec.domain)}${capital(spec.pkg.split('_')[1] ?? 'task')}Crew`;
  return `#!/usr/bin/env python
"""Run the ${spec.domain} crew locally. ${sentence(rng, 5, 10)}"""

import sys
from datetime import datetime

from ${spec.pkg}.crew import ${className}


def run() -> None:
    inputs = {"topic": "${rng.pick(ADJECTIVES)} ${plural(rng.pick(NOUNS))}", "current_year": str(datetime.now().year)}
    ${className}().crew().kickoff(inputs=inputs)


def train() -> None:
    inputs = {"topic": "${rng.pick(ADJECTIVES)} ${plural(rng.pick(NOUNS))}"}
    ${className}().crew().train(n_iterations=int(sys.argv[1]), filename=sys.argv[2], inputs=inputs)


if __name__ == "__main__":
    run()
`;
}

function yamlTasksFile(rng: Rng, spec: AgentSpec, target: number): string {
  const head = `# Tasks for the ${spec.domain} crew. ${sentence(rng, 5, 10)}\n`;
  return fill(target, head, () => {
    const role = `${rng.pick(ADJECTIVES)}_${rng.pick(['analyst', 'writer', 'reviewer', 'planner', 'router'])}`;
    return `
${role}_task:
  description: >
${wrap(paragraph(rng), 90, '    ')}
  expected_output: >
${wrap(sentence(rng, 8, 16), 90, '    ')}
  agent: ${role}
`;
  });
}

function langgraphJson(spec: AgentSpec): string {
  const manifest = { $schema: 'https://langgra.ph/schema.json', dependencies: ['.'], graphs: { agent: `./${spec.pkg}/graph.py:graph` }, env: '.env' };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function tsPromptsFile(rng: Rng, spec: AgentSpec, target: number): string {
  const head = `// Prompts for the ${spec.domain} agent. ${sentence(rng, 5, 10)}\n\nexport const SYSTEM_PROMPT = \`${wrap(paragraph(rng), 96)}\`;\n`;
  return fill(target, head, () => {
    const rules: string[] = [];
    for (let index = rng.int(3, 7); index > 0; index--) rules.push(`- ${sentence(rng)}`);
    return `\nexport const ${rng.pick(VERBS).toUpperCase()}_${rng.pick(NOUNS).toUpperCase()}_PROMPT = \`${wrap(paragraph(rng), 96)}\n\nRules:\n${rules.join('\n')}\`;\n`;
  });
}

function openAiAgentsTsTool(rng: Rng, spec: AgentSpec): string {
  const { verb, noun, param, env } = tsToolNames(rng, spec);
  return `

/** ${sentence(rng, 6, 12)} */
export const ${camel(verb, noun)} = tool({
  name: '${verb}_${noun}',
  description: '${sentence(rng, 6, 14)}',
  parameters: z.object({
    ${param}: z.string().describe('${sentence(rng, 4, 9)}'),
    limit: z.number().int().min(1).max(${rng.int(20, 100)}).default(${rng.int(3, 10)}),
  }),
  execute: async ({ ${param}, limit }) => {
    const url = new URL('/v1/${plural(noun)}', process.env.${env}_API_URL);
    url.searchParams.set('${param}', ${param});
    url.searchParams.set('status', '${rng.pick(ADJECTIVES)}');
    const response = await fetch(url, { headers: { authorization: \`Bearer \${process.env.${env}_API_TOKEN}\` } });
    if (!response.ok) return \`${verb} failed with status \${response.status}\`;
    // ${sentence(rng, 6, 12)}
    const body = (await response.json()) as { items: unknown[] };
    return JSON.stringify(body.items.slice(0, limit));
  },
});
`;
}

function openAiAgentsTsAgentFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  return tsAgentModule(rng, spec, target, extra, {
    imports: `import { Agent, run, tool } from '@openai/agents';
import { z } from 'zod';
`,
    prompt: 'INSTRUCTIONS',
    reserve: 600,
    tool: () => openAiAgentsTsTool(rng, spec),
    agent: (tools) => `export const ${camel(spec.domain, 'agent')} = new Agent({
  name: '${capital(spec.domain)} agent',
  instructions: INSTRUCTIONS,
  model: MODEL,
  tools: [${tools}],
});

export async function main(input: string): Promise<string> {
  const result = await run(${camel(spec.domain, 'agent')}, input, { maxTurns: ${rng.int(4, 12)} });
  return String(result.finalOutput ?? '');
}
`,
  });
}

function mastraTool(rng: Rng, spec: AgentSpec): string {
  const { verb, noun, param, env } = tsToolNames(rng, spec);
  return `

/** ${sentence(rng, 6, 12)} */
export const ${camel(verb, noun, 'tool')} = createTool({
  id: '${verb}-${noun}',
  description: '${sentence(rng, 6, 14)}',
  inputSchema: z.object({
    ${param}: z.string().describe('${sentence(rng, 4, 9)}'),
    limit: z.number().int().min(1).max(${rng.int(20, 100)}).default(${rng.int(3, 10)}),
  }),
  outputSchema: z.object({ status: z.enum(['ok', 'error']), count: z.number(), items: z.array(z.unknown()) }),
  execute: async ({ context }) => {
    const url = new URL('/v1/${plural(noun)}', process.env.${env}_API_URL);
    url.searchParams.set('${param}', context.${param});
    const response = await fetch(url, { headers: { authorization: \`Bearer \${process.env.${env}_API_TOKEN}\` } });
    if (!response.ok) return { status: 'error' as const, count: 0, items: [] };
    // ${sentence(rng, 6, 12)}
    const body = (await response.json()) as { items: unknown[] };
    const items = body.items.slice(0, context.limit);
    return { status: 'ok' as const, count: items.length, items };
  },
});
`;
}

function mastraToolsFile(rng: Rng, spec: AgentSpec, target: number, tools: string[]): string {
  const head = `import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

// ${sentence(rng, 6, 12)}
`;
  return fill(target, head, () => withDefinedName(tools, /export const (\w+) = createTool/, mastraTool(rng, spec)));
}

function mastraAgentFile(rng: Rng, spec: AgentSpec, target: number, extra: string, agentName: string, toolsModule: string, tools: readonly string[]): string {
  const own = tools.slice(0, 8);
  const head = `import { openai } from '@ai-sdk/openai';
import { Agent } from '@mastra/core/agent';
import { Memory } from '@mastra/memory';
import { ${own.join(', ')} } from '${toolsModule}';

const MODEL = process.env.${spec.domain.toUpperCase()}_MODEL ?? '${spec.model}';
${extra}
const INSTRUCTIONS = \`${wrap(paragraph(rng), 96)}
`;
  // Long instructions are what makes a Mastra agent file big.
  const body = fill(Math.max(0, target - 500), head, () => `\n${wrap(paragraph(rng), 96)}\n`);
  return `${body}\`;

export const ${agentName} = new Agent({
  name: '${capital(spec.domain)} agent',
  instructions: INSTRUCTIONS,
  model: openai(MODEL),
  tools: { ${own.join(', ')} },
  memory: new Memory(),
});
`;
}

function mastraIndexFile(agentName: string, agentModule: string): string {
  return `import { Mastra } from '@mastra/core/mastra';
import { LibSQLStore } from '@mastra/libsql';
import { PinoLogger } from '@mastra/loggers';
import { ${agentName} } from '${agentModule}';

export const mastra = new Mastra({
  agents: { ${agentName} },
  storage: new LibSQLStore({ url: ':memory:' }),
  logger: new PinoLogger({ name: 'Mastra', level: 'info' }),
});
`;
}

// ---------------------------------------------------------------------------------------------

interface AgentPlan {
  agent: Omit<FleetAgent, 'files' | 'bytes'>;
  files: PendingFile[];
}

/** One agent's files. `plant` puts the planted value into the file of its carrier type. */
function fleetAgent(
  rng: Rng,
  index: number,
  width: number,
  plant: Planting | undefined,
  onDecoy: () => void,
): AgentPlan {
  const carrier = plant?.spec.carrier;
  // The carrier decides the language when it is a code file.
  const framework: FleetFramework =
    carrier === 'python-agent' ? rng.pick(PYTHON_WEIGHTED) : carrier === 'ts-agent' ? rng.pick(TS_WEIGHTED) : rng.pick(ALL_WEIGHTED);
  const language: FleetLanguage = (TS_FRAMEWORKS as readonly string[]).includes(framework) ? 'typescript' : 'python';
  const domain = rng.pick(DOMAINS);
  const noun = rng.pick(NOUNS);
  const pkg = `${domain}_${noun}_agent`;
  const root = `agents/${String(index).padStart(width, '0')}-${domain}-${noun}-agent`;
  const spec: AgentSpec = {
    name: `${domain}-${noun}-agent`,
    domain,
    pkg,
    // Only the Python generators read the framework; TypeScript agents never reach them.
    framework: language === 'python' ? (framework as PythonFleetFramework) : 'openai-agents',
    model: rng.pick(MODELS),
  };
  const carried = (kind: Carrier): string => (plant && carrier === kind ? plant.spec.line(plant.value) : '');
  const size = (lowKb: number, highKb: number): number => rng.size(lowKb * KB, highKb * KB);
  const files: PendingFile[] = [];
  const add = (relative: string, text: string): void => {
    files.push({ path: `${root}/${relative}`, text });
  };
  const codeDecoy = (): string => {
    if (!rng.chance(0.1)) return '';
    onDecoy();
    return language === 'python' ? rng.pick(CODE_DECOYS_PY) : rng.pick(CODE_DECOYS_TS);
  };
  let entrypoint: string;
  let yamlConfig = false;

  if (language === 'python') {
    add('pyproject.toml', pyprojectFile(rng, spec));
    const agentTarget = size(7, 24);
    switch (framework) {
      case 'google-adk':
        entrypoint = `${pkg}/agent.py`;
        add(`${pkg}/__init__.py`, 'from . import agent\n');
        add(entrypoint, pythonAgentFile(rng, spec, agentTarget, carried('python-agent')));
        break;
      case 'crewai':
        entrypoint = `src/${pkg}/crew.py`;
        add(entrypoint, crewFile(rng, spec, agentTarget, carried('python-agent')));
        add(`src/${pkg}/main.py`, crewMainFile(rng, spec));
        add(`src/${pkg}/config/agents.yaml`, yamlAgentsFile(rng, spec, size(2, 8), carried('yaml-config')));
        add(`src/${pkg}/config/tasks.yaml`, yamlTasksFile(rng, spec, size(2, 6)));
        yamlConfig = true;
        break;
      case 'langgraph':
        entrypoint = `${pkg}/graph.py`;
        add('langgraph.json', langgraphJson(spec));
        add(entrypoint, pythonAgentFile(rng, spec, agentTarget, carried('python-agent')));
        break;
      case 'openai-agents':
        entrypoint = `${pkg}/main.py`;
        add(entrypoint, pythonAgentFile(rng, spec, agentTarget, carried('python-agent')));
        break;
      default:
        // pydantic-ai, llama-index
        entrypoint = `${pkg}/agent.py`;
        add(entrypoint, pythonAgentFile(rng, spec, agentTarget, carried('python-agent')));
        break;
    }
    const toolsDir = framework === 'crewai' ? `src/${pkg}/tools` : pkg;
    add(`${toolsDir}/${framework === 'crewai' ? 'custom_tool' : 'tools'}.py`, pythonToolsFile(rng, spec, size(3, 18), codeDecoy()));
    if (framework !== 'crewai' && rng.chance(0.6)) add(`${pkg}/prompts.py`, pythonPromptsFile(rng, spec, size(2, 10)));
  } else {
    add('package.json', packageJsonFile(rng, spec, TS_DEPENDENCIES[framework as TsFleetFramework]));
    const agentTarget = size(7, 24);
    switch (framework) {
      case 'ai-sdk':
        entrypoint = 'src/agent.ts';
        add(entrypoint, tsAgentFile(rng, spec, agentTarget, carried('ts-agent')));
        add(`src/tools/${camel(rng.pick(VERBS), rng.pick(NOUNS))}.ts`, tsToolsFile(rng, spec, size(3, 18), codeDecoy()));
        break;
      case 'openai-agents-ts':
        entrypoint = 'src/agent.ts';
        add(entrypoint, openAiAgentsTsAgentFile(rng, spec, agentTarget, carried('ts-agent')));
        break;
      default: {
        // mastra: the `mastra dev` layout, src/mastra/{index.ts, agents/, tools/}.
        entrypoint = 'src/mastra/index.ts';
        const agentName = camel(domain, noun, 'agent');
        const tools: string[] = [];
        add(`src/mastra/tools/${domain}-tools.ts`, mastraToolsFile(rng, spec, size(4, 20), tools));
        add(`src/mastra/agents/${domain}-agent.ts`, mastraAgentFile(rng, spec, size(3, 10), carried('ts-agent'), agentName, `../tools/${domain}-tools`, tools));
        add(entrypoint, mastraIndexFile(agentName, `./agents/${domain}-agent`));
        break;
      }
    }
    if (framework !== 'mastra' && rng.chance(0.6)) add('src/prompts.ts', tsPromptsFile(rng, spec, size(2, 8)));
  }

  add('README.md', markdownFile(rng, spec, size(2, 8), carried('markdown')));
  if (rng.chance(0.5)) {
    const decoy = rng.chance(0.5) ? [rng.pick(ENV_DECOYS)] : [];
    if (decoy.length > 0) onDecoy();
    add('.env.example', envFile(rng, spec, size(1, 3), decoy));
  }
  if (carrier === 'dotenv') add('.env', envFile(rng, spec, size(1, 3), [carried('dotenv').trimEnd()]));
  if (!yamlConfig && (carrier === 'yaml-config' || rng.chance(0.2))) {
    add('config/agents.yaml', yamlAgentsFile(rng, spec, size(2, 10), carried('yaml-config')));
  }
  if (carrier === 'json-eval' || rng.chance(0.2)) {
    const secret = plant && carrier === 'json-eval' ? plant.value : undefined;
    add(`evals/${rng.pick(VERBS)}-${plural(rng.pick(NOUNS))}.json`, jsonEvalFile(rng, spec, size(4, 16), secret));
  }
  return { agent: { path: root, language, framework, entrypoint }, files };
}

/** Indexes of the agents that carry a planted secret: one per kind, spread evenly over the fleet. */
function carrierIndexes(agents: number): Map<number, Plant> {
  const count = Math.min(PLANTS.length, agents);
  const carriers = new Map<number, Plant>();
  for (let slot = 0; slot < count; slot++) {
    const plant = PLANTS[slot];
    if (plant) carriers.set(Math.floor(((slot + 0.5) * agents) / count), plant);
  }
  return carriers;
}

/**
 * Writes `agents` agents under `dir/agents/` (created if missing), plus a root README, and reports
 * what it wrote. Agent folders are numbered, so every agent has its own path whatever its name.
 */
export async function generateFleet(dir: string, opts: { agents: number; seed: number }): Promise<GeneratedFleet> {
  if (!Number.isInteger(opts.agents) || opts.agents < 1) throw new Error(`agents must be a positive integer, got ${opts.agents}`);
  const rng = new Rng(opts.seed);
  const writer = createTallyWriter(dir);
  const carriers = carrierIndexes(opts.agents);
  const width = Math.max(3, String(opts.agents - 1).length);
  const agents: FleetAgent[] = [];
  let decoys = 0;

  const readme = `# Agent fleet\n\n${wrap(paragraph(rng, 4), 100)}\n\nEach folder under \`agents/\` is one deployable agent with its own manifest.\n`;
  await writer.add({ path: 'README.md', text: readme });

  for (let index = 0; index < opts.agents; index++) {
    const plant = drawPlanting(rng, carriers.get(index));
    const plan = fleetAgent(rng, index, width, plant, () => {
      decoys += 1;
    });
    let agentBytes = 0;
    for (const file of plan.files) agentBytes += await writer.add(file, plant);
    agents.push({ ...plan.agent, files: plan.files.length, bytes: agentBytes });
  }
  const { files, bytes, planted } = await writer.finish(carriers.size);
  return { agents, files, bytes, planted, decoys };
}
