import { normalizePypiName } from '../manifests/names.js';
import type { Ecosystem } from '../manifests/types.js';

/**
 * Agent frameworks and model SDKs: the packages whose version pins change how an agent behaves (defaults, retries,
 * tool execution, serialization), so an unpinned one is worth a finding. Every name here was checked to exist on its
 * registry; a family pattern covers a publisher's own split packages (`@langchain/openai`, `llama-index-llms-openai`).
 */
export type AgentPackageKind = 'framework' | 'model-sdk';

export interface AgentPackage {
  readonly ecosystem: Ecosystem;
  /** A package name, or a family ending in `*`: `@langchain/*`, `llama-index-*`, `@openai/agents*`. */
  readonly pattern: string;
  readonly kind: AgentPackageKind;
}

const pypi = (kind: AgentPackageKind, ...patterns: string[]): AgentPackage[] =>
  patterns.map((pattern) => ({ ecosystem: 'pypi', pattern, kind }));
const npm = (kind: AgentPackageKind, ...patterns: string[]): AgentPackage[] =>
  patterns.map((pattern) => ({ ecosystem: 'npm', pattern, kind }));

export const AGENT_PACKAGES: readonly AgentPackage[] = [
  ...pypi(
    'framework',
    'google-adk',
    'langchain',
    'langchain-*',
    'langgraph',
    'langgraph-*',
    'crewai',
    'crewai-tools',
    'openai-agents',
    'llama-index',
    'llama-index-*',
    'pydantic-ai',
    'pydantic-ai-slim',
    'autogen-agentchat',
    'autogen-core',
    'autogen-ext',
    'ag2',
    'pyautogen',
    'semantic-kernel',
    'haystack-ai',
    'dspy',
    'dspy-ai',
    'smolagents',
    'mcp',
    'fastmcp',
  ),
  ...pypi(
    'model-sdk',
    'openai',
    'anthropic',
    'google-genai',
    'google-generativeai',
    'google-cloud-aiplatform',
    'litellm',
    'mistralai',
    'cohere',
    'groq',
  ),
  ...npm(
    'framework',
    'ai',
    '@ai-sdk/*',
    'langchain',
    '@langchain/*',
    '@openai/agents*',
    '@google/adk',
    'mastra',
    '@mastra/*',
    'llamaindex',
    '@llamaindex/*',
    '@modelcontextprotocol/sdk',
  ),
  ...npm(
    'model-sdk',
    'openai',
    '@anthropic-ai/sdk',
    '@google/genai',
    '@google/generative-ai',
    '@google-cloud/vertexai',
    '@mistralai/mistralai',
    'cohere-ai',
    'groq-sdk',
  ),
];

/**
 * `@scope/*` is the whole scope; `name-*` is the publisher's dash family; `@openai/agents*` is the package itself
 * plus its `@openai/agents-…` parts. A bare prefix match would also take unrelated names (`langchainx`), so a family
 * always needs the separator.
 */
export function patternMatches(pattern: string, name: string): boolean {
  if (!pattern.endsWith('*')) return name === pattern;
  const stem = pattern.slice(0, -1);
  if (stem.endsWith('/') || stem.endsWith('-')) return name.startsWith(stem) && name.length > stem.length;
  return name === stem || (name.startsWith(`${stem}-`) && name.length > stem.length + 1);
}

/** Whether `name` is an agent framework or model SDK; PyPI names compare PEP 503-normalised, npm names exactly. */
export function agentPackageKind(ecosystem: Ecosystem, name: string): AgentPackageKind | undefined {
  const key = ecosystem === 'pypi' ? normalizePypiName(name) : name;
  // Exact names first, so a family can never shadow a more specific entry.
  const exact = AGENT_PACKAGES.find((entry) => entry.ecosystem === ecosystem && entry.pattern === key);
  if (exact) return exact.kind;
  return AGENT_PACKAGES.find((entry) => entry.ecosystem === ecosystem && patternMatches(entry.pattern, key))?.kind;
}
