import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The pieces the bench generators share (generate-tree.ts, generate-fleet.ts): a seeded PRNG, word
 * lists, text helpers, the planted secrets and decoys, and one generator per agent file type.
 * Content is built from word lists, never random characters, so the only secret-shaped strings the
 * generators write are the ones planted on purpose.
 */

export const MIN_FILE_BYTES = 2 * 1024;
export const MAX_FILE_BYTES = 60 * 1024;

export interface PlantedSecret {
  /** The detector the value is shaped for (`openai-project-key`, ...). */
  kind: string;
  /** POSIX path relative to the tree root. */
  file: string;
  /** 1-based line of the value. */
  line: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG: mulberry32 over a splitmix32-scrambled seed, so nearby seeds give unrelated trees.

export class Rng {
  private state: number;

  constructor(seed: number) {
    let z = (seed + 0x9e3779b9) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.state = (z ^ (z >>> 16)) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Log-uniform size: most files small, a long tail of large ones, as in real repositories. */
  size(low: number, high: number): number {
    return Math.round(Math.exp(Math.log(low) + this.next() * (Math.log(high) - Math.log(low))));
  }

  chars(length: number, alphabet: string): string {
    let out = '';
    for (let index = 0; index < length; index++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Plain words only: no digit runs (cards, phones), no emails, no hex.

export const DOMAINS = [
  'billing', 'support', 'research', 'travel', 'hiring', 'legal', 'sales', 'marketing', 'devops', 'finance',
  'procurement', 'compliance', 'analytics', 'onboarding', 'logistics', 'catalog', 'pricing', 'claims', 'security', 'content',
] as const;
export const NOUNS = [
  'invoice', 'ticket', 'order', 'shipment', 'refund', 'account', 'report', 'summary', 'document', 'policy',
  'forecast', 'itinerary', 'incident', 'deployment', 'query', 'dataset', 'metric', 'alert', 'contract', 'claim',
  'lead', 'campaign', 'article', 'citation', 'transcript', 'schedule', 'budget', 'inventory', 'supplier', 'review',
  'escalation', 'workflow', 'pipeline', 'chunk', 'source', 'session', 'plan', 'step', 'result', 'evaluation',
] as const;
export const VERBS = [
  'fetch', 'summarize', 'classify', 'extract', 'validate', 'route', 'rank', 'draft', 'search', 'lookup',
  'translate', 'reconcile', 'enrich', 'score', 'schedule', 'notify', 'archive', 'compare', 'normalize', 'resolve',
] as const;
export const ADJECTIVES = [
  'pending', 'overdue', 'urgent', 'recent', 'weekly', 'regional', 'internal', 'public', 'stale', 'critical',
  'approved', 'rejected', 'partial', 'duplicate', 'missing', 'verified', 'archived', 'shared', 'primary', 'open',
] as const;
const WORDS = [
  'the', 'agent', 'should', 'always', 'check', 'each', 'request', 'before', 'answering', 'and', 'cite', 'one',
  'source', 'for', 'every', 'claim', 'when', 'data', 'is', 'missing', 'say', 'so', 'instead', 'of', 'guessing',
  'keep', 'replies', 'short', 'clear', 'use', 'tools', 'only', 'if', 'needed', 'a', 'human', 'reviews', 'changes',
  'that', 'affect', 'money', 'or', 'access', 'results', 'are', 'cached', 'per', 'session', 'to', 'reduce', 'cost',
  'latency', 'matters', 'more', 'than', 'style', 'errors', 'from', 'upstream', 'services', 'retried', 'twice',
  'with', 'backoff', 'then', 'reported', 'model', 'must', 'not', 'invent', 'numbers', 'names', 'links', 'this',
  'step', 'runs', 'after', 'retrieval', 'ranks', 'chunks', 'by', 'relevance', 'drops', 'anything', 'older',
  'policy', 'owner', 'team', 'approves', 'new', 'prompts', 'on', 'release', 'branch', 'evaluation', 'suite',
  'covers', 'happy', 'path', 'edge', 'cases', 'refusals', 'tracing', 'records', 'tool', 'calls', 'tokens',
] as const;
export const MODELS = ['gpt-4o-mini', 'gpt-4.1', 'gemini-2.5-flash', 'claude-sonnet-4-5', 'o4-mini', 'gemini-2.5-pro'] as const;
export const PY_FRAMEWORKS = ['google-adk', 'crewai', 'langgraph', 'openai-agents', 'pydantic-ai', 'llama-index'] as const;
type PyFramework = (typeof PY_FRAMEWORKS)[number];

const PY_IMPORTS: Record<PyFramework, string> = {
  'google-adk': 'from google.adk.agents import Agent\nfrom google.adk.tools import ToolContext',
  crewai: 'from crewai import Agent, Crew, Process, Task\nfrom crewai.tools import tool',
  langgraph: 'from langchain_openai import ChatOpenAI\nfrom langgraph.graph import END, START, MessagesState, StateGraph\nfrom langgraph.prebuilt import ToolNode, tools_condition',
  'openai-agents': 'from agents import Agent, Runner, function_tool',
  'pydantic-ai': 'from pydantic_ai import Agent, RunContext',
  'llama-index': 'from llama_index.core.agent.workflow import FunctionAgent\nfrom llama_index.llms.openai import OpenAI',
};
const PY_PACKAGES: Record<PyFramework, string> = {
  'google-adk': 'google-adk>=1.14.0',
  crewai: 'crewai[tools]>=0.203.1',
  langgraph: 'langgraph>=0.6.7',
  'openai-agents': 'openai-agents>=0.3.0',
  'pydantic-ai': 'pydantic-ai-slim[openai]>=1.0.0',
  'llama-index': 'llama-index-core>=0.14.0',
};

export const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
export const camel = (...parts: string[]): string => parts.map((part, index) => (index === 0 ? part : capital(part))).join('');
export const plural = (noun: string): string => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

export function sentence(rng: Rng, min = 6, max = 16): string {
  const count = rng.int(min, max);
  const words: string[] = [];
  for (let index = 0; index < count; index++) words.push(rng.pick(WORDS));
  return `${capital(words.join(' '))}.`;
}

export function paragraph(rng: Rng, sentences = rng.int(2, 5)): string {
  const parts: string[] = [];
  for (let index = 0; index < sentences; index++) parts.push(sentence(rng));
  return parts.join(' ');
}

/** Hard-wraps text at `width` columns with a prefix, the way prompts and docstrings are written. */
export function wrap(text: string, width: number, prefix = ''): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current.length + word.length + 1 > width && current !== '') {
      lines.push(prefix + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(prefix + current);
  return lines.join('\n');
}

/**
 * Appends blocks after `head` until the text reaches `target` bytes, never passing `max` (the last
 * block that would overflow is dropped). Blocks are whole syntactic units, so the file stays valid.
 */
export function fill(target: number, head: string, block: () => string, tail = '', max = MAX_FILE_BYTES): string {
  let body = head;
  let guard = 0;
  while (body.length + tail.length < target && guard++ < 10_000) {
    const next = block();
    if (body.length + next.length + tail.length > max) break;
    body += next;
  }
  return body + tail;
}

/** Returns `block` after adding the name it defines (the first group of `definition`) to `names`: an agent lists the tools its file defines. */
export function withDefinedName(names: string[], definition: RegExp, block: string): string {
  const name = definition.exec(block)?.[1];
  if (name) names.push(name);
  return block;
}

/** The name a generated Python tool function defines. */
export const PY_FUNCTION_NAME = /def (\w+)\(/;

// ---------------------------------------------------------------------------------------------
// Planted secrets and decoys. Values are drawn from the seeded PRNG at run time, so this source file
// holds no credential-shaped literal (other scanners and push protection would flag it).

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Whatever a placeholder filter might silence: marker words, masks, runs, keyboard sequences. */
const LOOKS_LIKE_PLACEHOLDER =
  /example|sample|dummy|test|fake|your|todo|fixme|mock|tbd|demo|here|xxxx|([A-Za-z0-9])\1{4,}|0123|1234|abcd|qwer/i;

function token(rng: Rng, length: number, alphabet: string): string {
  for (;;) {
    const value = rng.chars(length, alphabet);
    // Real tokens start and end with an alphanumeric; a token that trips a placeholder filter is redrawn.
    if (/^[A-Za-z0-9].*[A-Za-z0-9]$/.test(value) && !LOOKS_LIKE_PLACEHOLDER.test(value)) return value;
  }
}

export type Carrier = 'python-agent' | 'yaml-config' | 'ts-agent' | 'json-eval' | 'dotenv' | 'markdown';

export interface Plant {
  kind: string;
  carrier: Carrier;
  value: (rng: Rng) => string;
  /** The line (or lines) that hold the value, in the carrier's syntax. */
  line: (value: string) => string;
}

/** The fixed set: one per carrier file type, each shaped for a catalog detector. */
export const PLANTS: readonly Plant[] = [
  {
    kind: 'openai-project-key',
    carrier: 'python-agent',
    value: (rng) => `sk-proj-${token(rng, 156, B64URL)}`,
    line: (value) => `\nfallback_client = openai.OpenAI(api_key="${value}")\n`,
  },
  {
    kind: 'anthropic-api-key',
    carrier: 'yaml-config',
    value: (rng) => `sk-ant-api03-${token(rng, 93, B64URL)}AA`,
    line: (value) => `\nllm_provider:\n  name: anthropic\n  model: claude-sonnet-4-5\n  api_key: ${value}\n`,
  },
  {
    kind: 'google-api-key',
    carrier: 'ts-agent',
    value: (rng) => `AIza${token(rng, 35, B64URL)}`,
    line: (value) => `\nconst GEMINI_API_KEY = '${value}';\n`,
  },
  {
    kind: 'huggingface-token',
    carrier: 'json-eval',
    value: (rng) => `hf_${token(rng, 34, ALNUM)}`,
    line: (value) => value,
  },
  {
    kind: 'groq-api-key',
    carrier: 'dotenv',
    value: (rng) => `gsk_${token(rng, 52, ALNUM)}`,
    line: (value) => `GROQ_API_KEY=${value}\n`,
  },
  {
    kind: 'tavily-api-key',
    carrier: 'markdown',
    value: (rng) => `tvly-${token(rng, 32, ALNUM)}`,
    line: (value) => `\n\`\`\`bash\nexport TAVILY_API_KEY=${value}\npython -m agent.run --search\n\`\`\`\n`,
  },
];

/** Secret-looking lines that a good scanner keeps silent; a fixed set spread over `.env.example` and code. */
export const ENV_DECOYS = [
  'OPENAI_API_KEY=sk-...',
  'ANTHROPIC_API_KEY=<your-anthropic-key>',
  'GOOGLE_API_KEY=your-api-key-here',
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx',
  'DATABASE_URL=postgres://postgres:postgres@localhost:5432/agents',
] as const;
export const CODE_DECOYS_PY = [
  'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
  'anthropic_key = os.getenv("ANTHROPIC_API_KEY")',
] as const;
export const CODE_DECOYS_TS = ['const openaiKey = process.env.OPENAI_API_KEY;', "const githubToken = process.env['GITHUB_TOKEN'];"] as const;

// ---------------------------------------------------------------------------------------------
// File generators. Each returns the file text; sizes are drawn per file within [2 KB, 60 KB].

export interface AgentSpec {
  name: string;
  domain: string;
  pkg: string;
  framework: PyFramework;
  model: string;
}

export function pyToolFunction(rng: Rng, spec: AgentSpec): string {
  const verb = rng.pick(VERBS);
  const noun = rng.pick(NOUNS);
  const param = `${rng.pick(NOUNS)}_id`;
  const decorator =
    spec.framework === 'openai-agents' ? '@function_tool\n' : spec.framework === 'crewai' ? `@tool("${capital(verb)} ${noun}")\n` : '';
  const env = spec.domain.toUpperCase();
  return `

${decorator}def ${verb}_${noun}(${param}: str, limit: int = ${rng.int(3, 50)}) -> dict:
    """${capital(verb)} the ${rng.pick(ADJECTIVES)} ${plural(noun)} for a ${param.replace('_', ' ')}.

${wrap(paragraph(rng, 2), 92, '    ')}

    Args:
        ${param}: ${sentence(rng, 5, 10)}
        limit: Maximum number of ${plural(noun)} to return.
    """
    base_url = os.environ.get("${env}_API_URL", "http://localhost:${rng.int(3000, 9999)}")
    response = httpx.get(
        f"{base_url}/v1/${plural(noun)}",
        params={"${param}": ${param}, "limit": limit, "status": "${rng.pick(ADJECTIVES)}"},
        headers={"Authorization": f"Bearer {os.environ['${env}_API_TOKEN']}"},
        timeout=${rng.int(5, 30)}.0,
    )
    if response.status_code == 404:
        return {"status": "not_found", "${param}": ${param}}
    response.raise_for_status()
    items = response.json().get("${plural(noun)}", [])
    # ${sentence(rng, 6, 12)}
    items = [item for item in items if item.get("state") != "${rng.pick(ADJECTIVES)}"]
    return {"status": "ok", "count": len(items), "items": items[:limit]}
`;
}

export function pyModelClass(rng: Rng): string {
  const noun = rng.pick(NOUNS);
  const fields: string[] = [];
  for (let index = rng.int(3, 7); index > 0; index--) {
    const field = `${rng.pick(ADJECTIVES)}_${rng.pick(NOUNS)}`;
    const type = rng.pick(['str', 'int', 'float', 'bool', 'list[str]', 'str | None']);
    fields.push(`    ${field}: ${type} = Field(description="${sentence(rng, 4, 9)}")`);
  }
  return `

class ${capital(noun)}${rng.pick(['Record', 'Request', 'Decision', 'Summary', 'Update'])}(BaseModel):
    """${sentence(rng, 6, 12)}"""

${fields.join('\n')}
`;
}

function pyPrompt(rng: Rng, name: string): string {
  const rules: string[] = [];
  for (let index = rng.int(3, 8); index > 0; index--) rules.push(`- ${sentence(rng)}`);
  return `

${name} = """${wrap(paragraph(rng), 96)}

Rules:
${rules.join('\n')}

${wrap(paragraph(rng), 96)}
"""
`;
}

function pyAgentConstruction(rng: Rng, spec: AgentSpec, tools: string[]): string {
  const list = tools.join(', ');
  switch (spec.framework) {
    case 'google-adk':
      return `\n\nroot_agent = Agent(\n    name="${spec.pkg}",\n    model="${spec.model}",\n    description="${sentence(rng, 5, 10)}",\n    instruction=SYSTEM_PROMPT,\n    tools=[${list}],\n)\n`;
    case 'crewai':
      return `\n\n${spec.pkg}_agent = Agent(\n    role="${capital(spec.domain)} analyst",\n    goal="${sentence(rng, 6, 12)}",\n    backstory=SYSTEM_PROMPT,\n    tools=[${list}],\n    llm="openai/${spec.model}",\n    verbose=False,\n)\n`;
    case 'langgraph':
      return `\n\nmodel = ChatOpenAI(model="${spec.model}", temperature=0)\nTOOLS = [${list}]\n\n\ndef call_model(state: MessagesState) -> dict:\n    return {"messages": [model.bind_tools(TOOLS).invoke([("system", SYSTEM_PROMPT), *state["messages"]])]}\n\n\nbuilder = StateGraph(MessagesState)\nbuilder.add_node("agent", call_model)\nbuilder.add_node("tools", ToolNode(TOOLS))\nbuilder.add_edge(START, "agent")\nbuilder.add_conditional_edges("agent", tools_condition)\nbuilder.add_edge("tools", "agent")\ngraph = builder.compile()\n`;
    case 'openai-agents':
      return `\n\nagent = Agent(\n    name="${capital(spec.domain)} agent",\n    instructions=SYSTEM_PROMPT,\n    model="${spec.model}",\n    tools=[${list}],\n)\n\n\nasync def run(question: str) -> str:\n    result = await Runner.run(agent, question, max_turns=${rng.int(4, 12)})\n    return result.final_output\n`;
    case 'pydantic-ai':
      return `\n\nagent = Agent(\n    "openai:${spec.model}",\n    system_prompt=SYSTEM_PROMPT,\n    tools=[${list}],\n    retries=${rng.int(1, 3)},\n)\n`;
    case 'llama-index':
      return `\n\nagent = FunctionAgent(\n    tools=[${list}],\n    llm=OpenAI(model="${spec.model}"),\n    system_prompt=SYSTEM_PROMPT,\n)\n`;
  }
}

export function pythonAgentFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  const tools: string[] = [];
  const head = `"""${capital(spec.domain)} agent: ${sentence(rng, 6, 12)}"""

import os
from typing import Any

import httpx
${extra.includes('openai.OpenAI(') ? 'import openai\n' : ''}from pydantic import BaseModel, Field

${PY_IMPORTS[spec.framework]}

MODEL = os.environ.get("${spec.domain.toUpperCase()}_MODEL", "${spec.model}")
MAX_RETRIES = ${rng.int(1, 5)}
${pyPrompt(rng, 'SYSTEM_PROMPT')}`;
  // The planted line goes right after the imports and prompt, the spot where people paste keys.
  const body = fill(Math.max(0, target - 600), head + extra, () =>
    rng.chance(0.3) ? pyModelClass(rng) : withDefinedName(tools, PY_FUNCTION_NAME, pyToolFunction(rng, spec)),
  );
  return body + pyAgentConstruction(rng, spec, tools.length > 0 ? tools.slice(0, 8) : []);
}

export function pythonToolsFile(rng: Rng, spec: AgentSpec, target: number, decoy: string): string {
  const head = `"""Tools for the ${spec.domain} agent. ${sentence(rng, 5, 10)}"""

import os
from datetime import datetime, timezone

import httpx
from pydantic import BaseModel, Field
${spec.framework === 'openai-agents' ? 'from agents import function_tool\n' : spec.framework === 'crewai' ? 'from crewai.tools import tool\n' : ''}
${decoy}
DEFAULT_TIMEOUT = ${rng.int(5, 30)}.0
`;
  return fill(target, head, () => (rng.chance(0.2) ? pyModelClass(rng) : pyToolFunction(rng, spec)));
}

export function pythonPromptsFile(rng: Rng, spec: AgentSpec, target: number): string {
  const head = `"""Prompts for the ${spec.domain} agent. Reviewed by the ${rng.pick(DOMAINS)} team before each release."""\n`;
  let index = 0;
  return fill(target, head, () => pyPrompt(rng, `${rng.pick(VERBS).toUpperCase()}_${rng.pick(NOUNS).toUpperCase()}_PROMPT_${++index}`));
}

/** The names one generated TypeScript tool uses: what it does to what, its id parameter, and the env prefix of its API. */
export function tsToolNames(rng: Rng, spec: AgentSpec): { verb: string; noun: string; param: string; env: string } {
  return { verb: rng.pick(VERBS), noun: rng.pick(NOUNS), param: camel(rng.pick(NOUNS), 'id'), env: spec.domain.toUpperCase() };
}

function tsTool(rng: Rng, spec: AgentSpec): string {
  const { verb, noun, param, env } = tsToolNames(rng, spec);
  return `

export interface ${capital(noun)}${capital(verb)}Result {
  status: 'ok' | 'error';
  ${noun}: { id: string; state: '${rng.pick(ADJECTIVES)}' | '${rng.pick(ADJECTIVES)}'; updatedAt: string }[];
}

/** ${sentence(rng, 6, 12)} */
export const ${camel(verb, noun)} = tool({
  description: '${sentence(rng, 6, 14)}',
  inputSchema: z.object({
    ${param}: z.string().describe('${sentence(rng, 4, 9)}'),
    limit: z.number().int().min(1).max(${rng.int(20, 100)}).default(${rng.int(3, 10)}),
  }),
  execute: async ({ ${param}, limit }): Promise<${capital(noun)}${capital(verb)}Result> => {
    const url = new URL('/v1/${plural(noun)}', process.env.${env}_API_URL);
    url.searchParams.set('${param}', ${param});
    url.searchParams.set('limit', String(limit));
    const response = await fetch(url, { headers: { authorization: \`Bearer \${process.env.${env}_API_TOKEN}\` } });
    if (!response.ok) return { status: 'error', ${noun}: [] };
    // ${sentence(rng, 6, 12)}
    const body = (await response.json()) as { items: ${capital(noun)}${capital(verb)}Result['${noun}'] };
    return { status: 'ok', ${noun}: body.items.slice(0, limit) };
  },
});
`;
}

/** What differs between the TypeScript agent files of two frameworks; tsAgentModule writes the rest. */
interface TsAgentParts {
  /** The import lines, each ending in a newline. */
  imports: string;
  /** The name of the prompt constant (`SYSTEM`, `INSTRUCTIONS`). */
  prompt: string;
  /** Bytes of `target` kept for the agent after the tools. */
  reserve: number;
  /** One `export const NAME = tool(...)` block. */
  tool: () => string;
  /** The agent, given the names of the first tools (comma-separated). */
  agent: (tools: string) => string;
}

/**
 * A TypeScript agent module: imports, the model read from the environment, a two-paragraph prompt,
 * `extra` (the planted line goes right there, where people paste keys), tools up to `target`, then
 * the agent over the first ten of them.
 */
export function tsAgentModule(rng: Rng, spec: AgentSpec, target: number, extra: string, parts: TsAgentParts): string {
  const head = `${parts.imports}
const MODEL = process.env.${spec.domain.toUpperCase()}_MODEL ?? '${spec.model}';

const ${parts.prompt} = \`${wrap(paragraph(rng), 96)}
${wrap(paragraph(rng), 96)}\`;
${extra}`;
  const tools: string[] = [];
  const body = fill(Math.max(0, target - parts.reserve), head, () => withDefinedName(tools, /export const (\w+) = tool/, parts.tool()));
  return `${body}\n${parts.agent(tools.slice(0, 10).join(', '))}`;
}

export function tsAgentFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  return tsAgentModule(rng, spec, target, extra, {
    imports: `import { openai } from '@ai-sdk/openai';
import { generateText, stepCountIs, tool } from 'ai';
import { z } from 'zod';
`,
    prompt: 'SYSTEM',
    reserve: 700,
    tool: () => tsTool(rng, spec),
    agent: (tools) => `export async function run(prompt: string) {
  const result = await generateText({
    model: openai(MODEL),
    system: SYSTEM,
    prompt,
    tools: { ${tools} },
    stopWhen: stepCountIs(${rng.int(3, 10)}),
  });
  return { text: result.text, steps: result.steps.length };
}
`,
  });
}

export function tsToolsFile(rng: Rng, spec: AgentSpec, target: number, decoy: string): string {
  const head = `import { tool } from 'ai';
import { z } from 'zod';

// ${sentence(rng, 6, 12)}
${decoy}
`;
  return fill(target, head, () => tsTool(rng, spec));
}

export function yamlAgentsFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  const head = `# ${capital(spec.domain)} crew configuration. ${sentence(rng, 5, 10)}\n${extra}`;
  return fill(target, head, () => {
    const name = `${rng.pick(ADJECTIVES)}_${rng.pick(NOUNS)}_${rng.pick(['analyst', 'writer', 'reviewer', 'planner', 'router'])}`;
    const tools: string[] = [];
    for (let index = rng.int(1, 4); index > 0; index--) tools.push(`    - ${rng.pick(VERBS)}_${rng.pick(NOUNS)}`);
    return `
${name}:
  role: >
    ${capital(spec.domain)} ${name.split('_').slice(-1)[0]}
  goal: >
${wrap(sentence(rng, 8, 16), 90, '    ')}
  backstory: >
${wrap(paragraph(rng), 90, '    ')}
  llm: openai/${rng.pick(MODELS)}
  max_iter: ${rng.int(5, 25)}
  allow_delegation: ${rng.chance(0.3)}
  tools:
${tools.join('\n')}
`;
  });
}

export function jsonEvalFile(rng: Rng, spec: AgentSpec, target: number, secret: string | undefined): string {
  const header: Record<string, unknown> = {
    name: `${spec.pkg}-${rng.pick(VERBS)}-eval`,
    version: `${rng.int(0, 3)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
    model: spec.model,
    grader: { type: rng.pick(['exact', 'llm-judge', 'rubric']), threshold: rng.int(60, 95) / 100 },
  };
  if (secret !== undefined) header['dataset_source'] = { hub: 'huggingface', repo: `${spec.domain}/${spec.pkg}-cases`, hf_token: secret };
  const cases: unknown[] = [];
  const document = { ...header, cases };
  // Serialising as we go is quadratic; estimate per case and check the real size once at the end.
  let estimate = JSON.stringify(document, null, 2).length;
  while (estimate < target) {
    const entry = {
      id: `case-${cases.length + 1}`,
      input: sentence(rng, 8, 20),
      expected: sentence(rng, 6, 14),
      tags: [rng.pick(ADJECTIVES), rng.pick(NOUNS)],
      weight: rng.int(1, 5),
    };
    // Inside `cases` every line is indented four more spaces than a top-level stringify.
    const lines = JSON.stringify(entry, null, 2).split('\n');
    const size = lines.reduce((total, line) => total + line.length + 5, 2);
    if (estimate + size > MAX_FILE_BYTES - 512) break;
    cases.push(entry);
    estimate += size;
  }
  let text = `${JSON.stringify(document, null, 2)}\n`;
  while (text.length > MAX_FILE_BYTES && cases.length > 1) {
    cases.pop();
    text = `${JSON.stringify(document, null, 2)}\n`;
  }
  return text;
}

export function markdownFile(rng: Rng, spec: AgentSpec, target: number, extra: string): string {
  const head = `# ${capital(spec.domain)} agent: ${rng.pick(NOUNS)} handling\n\n${wrap(paragraph(rng), 100)}\n${extra}`;
  return fill(target, head, () => {
    const kind = rng.int(0, 3);
    if (kind === 0) return `\n## ${capital(rng.pick(VERBS))} ${plural(rng.pick(NOUNS))}\n\n${wrap(paragraph(rng), 100)}\n`;
    if (kind === 1) {
      const items: string[] = [];
      for (let index = rng.int(3, 7); index > 0; index--) items.push(`- ${sentence(rng, 5, 12)}`);
      return `\n${items.join('\n')}\n`;
    }
    if (kind === 2) {
      return `\n\`\`\`python\nresult = ${rng.pick(VERBS)}_${rng.pick(NOUNS)}("${rng.pick(ADJECTIVES)}", limit=${rng.int(3, 20)})\nprint(result["status"], result["count"])\n\`\`\`\n`;
    }
    return `\n| ${rng.pick(NOUNS)} | ${rng.pick(NOUNS)} | notes |\n| --- | --- | --- |\n| ${rng.pick(ADJECTIVES)} | ${rng.int(1, 99)} | ${sentence(rng, 4, 8)} |\n| ${rng.pick(ADJECTIVES)} | ${rng.int(1, 99)} | ${sentence(rng, 4, 8)} |\n`;
  });
}

export function envFile(rng: Rng, spec: AgentSpec, target: number, lines: readonly string[]): string {
  const env = spec.domain.toUpperCase();
  const head = `# ${capital(spec.domain)} agent settings. Copy to .env; never commit real values.\n\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`;
  return fill(target, head, () => {
    const name = `${env}_${rng.pick(ADJECTIVES).toUpperCase()}_${rng.pick(NOUNS).toUpperCase()}`;
    const value = rng.pick([`${rng.int(1, 500)}`, 'true', 'false', rng.pick(MODELS), `http://localhost:${rng.int(3000, 9999)}`, '']);
    return `\n# ${sentence(rng, 5, 12)}\n${name}=${value}\n`;
  }, '', Math.min(MAX_FILE_BYTES, 6 * 1024));
}

export function pyprojectFile(rng: Rng, spec: AgentSpec): string {
  const extras = ['httpx>=0.27', 'pydantic>=2.7', 'python-dotenv>=1.0', 'tenacity>=8.5', 'structlog>=24.4', 'opentelemetry-sdk>=1.27', 'rich>=13.8', 'typer>=0.12'];
  const text = `[project]
name = "${spec.name}"
version = "${rng.int(0, 2)}.${rng.int(0, 30)}.${rng.int(0, 9)}"
description = "${sentence(rng, 6, 12).slice(0, -1)}"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
    "${PY_PACKAGES[spec.framework]}",
${extras.map((entry) => `    "${entry}",`).join('\n')}
]

[project.optional-dependencies]
dev = ["pytest>=8.3", "pytest-asyncio>=0.24", "ruff>=0.6", "mypy>=1.11", "respx>=0.21"]

[project.scripts]
${spec.name} = "${spec.pkg}.agent:main"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.ruff]
line-length = 110
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "I", "B", "UP", "SIM", "ASYNC", "S"]
ignore = ["S101"]

[tool.pytest.ini_options]
asyncio_mode = "auto"
testpaths = ["tests"]
addopts = "-q --strict-markers"
markers = ["live: calls real model APIs (deselect with -m 'not live')"]

[tool.mypy]
strict = true
plugins = ["pydantic.mypy"]

[tool.coverage.run]
branch = true
source = ["${spec.pkg}"]

# ${sentence(rng, 8, 16)}
# ${sentence(rng, 8, 16)}
`;
  // Short manifests get notes comments so every generated file stays within the 2-60 KB band.
  return fill(MIN_FILE_BYTES, text, () => `\n${wrap(paragraph(rng, 4), 96, '# ')}\n`);
}

const AI_SDK_DEPENDENCIES: Readonly<Record<string, string>> = {
  ai: '^5.0.44', '@ai-sdk/openai': '^2.0.30', '@ai-sdk/anthropic': '^2.0.17', '@ai-sdk/google': '^2.0.14',
  zod: '^4.1.8', '@opentelemetry/api': '^1.9.0', pino: '^9.9.0', 'p-retry': '^6.2.1', undici: '^7.16.0',
};

/** A TypeScript agent's package.json; `dependencies` defaults to an AI SDK agent's. */
export function packageJsonFile(rng: Rng, spec: AgentSpec, dependencies: Readonly<Record<string, string>> = AI_SDK_DEPENDENCIES): string {
  const manifest = {
    name: `@fleet/${spec.name}`,
    version: `${rng.int(0, 2)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
    private: true,
    description: sentence(rng, 6, 12),
    type: 'module',
    main: 'dist/agent.js',
    scripts: {
      build: 'tsc -p tsconfig.json',
      dev: 'tsx watch --env-file=.env src/agent.ts',
      start: 'node --env-file=.env dist/agent.js',
      test: 'vitest run',
      'test:watch': 'vitest',
      eval: 'tsx src/evals/run.ts',
      lint: 'eslint src --max-warnings 0',
      format: 'prettier --write .',
      typecheck: 'tsc --noEmit',
      clean: 'rm -rf dist coverage',
    },
    dependencies: { ...dependencies },
    devDependencies: {
      '@types/node': '^20.19.0', typescript: '^5.9.2', tsx: '^4.20.5', vitest: '^3.2.4', eslint: '^9.35.0',
      prettier: '^3.6.2', 'typescript-eslint': '^8.43.0', msw: '^2.11.2',
    },
    engines: { node: '>=20' },
    keywords: ['agent', spec.domain, 'ai-sdk', rng.pick(NOUNS), rng.pick(NOUNS)],
    files: ['dist', 'README.md'],
    prettier: { singleQuote: true, printWidth: 110, trailingComma: 'all' },
  };
  const notes: string[] = [];
  let text = `${JSON.stringify(manifest, null, 2)}\n`;
  while (text.length < MIN_FILE_BYTES) {
    notes.push(paragraph(rng, 3));
    text = `${JSON.stringify({ ...manifest, notes }, null, 2)}\n`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Writing.

export interface PendingFile {
  /** POSIX path relative to the tree root. */
  path: string;
  text: string;
}

/** 1-based line of the first occurrence of `value` in `text`, or -1. */
function lineOf(text: string, value: string): number {
  const at = text.indexOf(value);
  return at < 0 ? -1 : text.slice(0, at).split('\n').length;
}

/**
 * Writes files under `dir` with bounded concurrency: enough to keep the disk busy without holding
 * the whole tree in memory. Call `flush` once at the end.
 */
function createWriter(dir: string): { add(file: PendingFile): Promise<void>; flush(): Promise<void> } {
  // One mkdir per folder, shared by every write into it (a bare Set would let a sibling write race ahead).
  const madeDirs = new Map<string, Promise<unknown>>();
  let writes: Promise<void>[] = [];

  const write = async (file: PendingFile): Promise<void> => {
    const target = path.join(dir, ...file.path.split('/'));
    const parent = path.dirname(target);
    let made = madeDirs.get(parent);
    if (made === undefined) {
      made = mkdir(parent, { recursive: true });
      madeDirs.set(parent, made);
    }
    await made;
    await writeFile(target, file.text);
  };

  return {
    async add(file) {
      writes.push(write(file));
      if (writes.length >= 32) {
        const batch = writes;
        writes = [];
        await Promise.all(batch);
      }
    },
    async flush() {
      const batch = writes;
      writes = [];
      await Promise.all(batch);
    },
  };
}

/** A secret planted in one agent: its kind and the value drawn for it. */
export interface Planting {
  spec: Plant;
  value: string;
}

/** Draws the value of the secret an agent carries; undefined for an agent that carries none. */
export function drawPlanting(rng: Rng, spec: Plant | undefined): Planting | undefined {
  return spec ? { spec, value: spec.value(rng) } : undefined;
}

/**
 * `createWriter` plus the tally a generator reports: files and bytes written, and where each planted
 * secret landed (looked up in the text written, so no generator tracks lines itself).
 */
export function createTallyWriter(dir: string): {
  add(file: PendingFile, plant?: Planting): Promise<number>;
  readonly bytes: number;
  finish(expectedPlants: number): Promise<{ files: number; bytes: number; planted: PlantedSecret[] }>;
} {
  const writer = createWriter(dir);
  const planted: PlantedSecret[] = [];
  let files = 0;
  let bytes = 0;
  return {
    /** Writes one file of an agent that carries `plant`; returns the file's size in bytes. */
    async add(file, plant) {
      if (plant) {
        const line = lineOf(file.text, plant.value);
        if (line > 0) planted.push({ kind: plant.spec.kind, file: file.path, line });
      }
      const size = Buffer.byteLength(file.text);
      files += 1;
      bytes += size;
      await writer.add(file);
      return size;
    },
    get bytes() {
      return bytes;
    },
    /** Waits for every write; a planted secret that found no carrier file is a generator bug. */
    async finish(expectedPlants) {
      await writer.flush();
      if (planted.length !== expectedPlants) throw new Error(`planted ${planted.length} of ${expectedPlants} secrets: a carrier file is missing`);
      return { files, bytes, planted };
    },
  };
}
