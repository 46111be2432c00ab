import { describe, expect, it } from 'vitest';
import { NPM_NAME, PYPI_NAME, normalizePypiName } from '../manifests/names.js';
import { AGENT_PACKAGES, agentPackageKind, patternMatches } from './agent-packages.js';

describe('agentPackageKind', () => {
  it.each([
    ['google-adk', 'framework'],
    ['langchain', 'framework'],
    ['langgraph', 'framework'],
    ['crewai-tools', 'framework'],
    ['openai-agents', 'framework'],
    ['pydantic-ai-slim', 'framework'],
    ['autogen-agentchat', 'framework'],
    ['ag2', 'framework'],
    ['haystack-ai', 'framework'],
    ['smolagents', 'framework'],
    ['mcp', 'framework'],
    ['openai', 'model-sdk'],
    ['anthropic', 'model-sdk'],
    ['google-genai', 'model-sdk'],
    ['litellm', 'model-sdk'],
    ['groq', 'model-sdk'],
  ] as const)('knows the PyPI package %s as a %s', (name, kind) => {
    expect(agentPackageKind('pypi', name)).toBe(kind);
  });

  it.each([
    ['Google_GenerativeAI', 'model-sdk'],
    ['LangChain_Core', 'framework'],
    ['llama.index', 'framework'],
    ['Pydantic-AI', 'framework'],
    ['OPENAI', 'model-sdk'],
  ] as const)('compares the PyPI name %s PEP 503-normalised', (name, kind) => {
    expect(agentPackageKind('pypi', name)).toBe(kind);
  });

  it.each([
    'langchain-openai',
    'langchain-community',
    'langchain-google-vertexai',
    'langgraph-checkpoint',
    'llama-index-core',
    'llama-index-llms-openai',
    'llama_index.vector_stores.chroma',
  ])('covers %s through a PyPI family', (name) => {
    expect(agentPackageKind('pypi', name)).toBe('framework');
  });

  it.each(['langchainx', 'langchain-', 'llama-indexer', 'openai-agentsx', 'requests', 'crewai-extras-unknown', ''])(
    'does not take %j for an agent package on PyPI',
    (name) => {
      expect(agentPackageKind('pypi', name)).toBeUndefined();
    },
  );

  it.each([
    ['ai', 'framework'],
    ['@ai-sdk/openai', 'framework'],
    ['langchain', 'framework'],
    ['@langchain/core', 'framework'],
    ['@langchain/langgraph', 'framework'],
    ['@openai/agents', 'framework'],
    ['@openai/agents-core', 'framework'],
    ['@openai/agents-realtime', 'framework'],
    ['@mastra/core', 'framework'],
    ['mastra', 'framework'],
    ['llamaindex', 'framework'],
    ['@llamaindex/core', 'framework'],
    ['@modelcontextprotocol/sdk', 'framework'],
    ['openai', 'model-sdk'],
    ['@anthropic-ai/sdk', 'model-sdk'],
    ['@google/genai', 'model-sdk'],
    ['@google/generative-ai', 'model-sdk'],
    ['groq-sdk', 'model-sdk'],
  ] as const)('knows the npm package %s as a %s', (name, kind) => {
    expect(agentPackageKind('npm', name)).toBe(kind);
  });

  it.each([
    '@openai/agentsx',
    '@openai/other',
    '@langchain/',
    '@LangChain/core',
    'Langchain',
    'anthropic',
    '@ai-sdk',
    'ai-sdk',
    '@modelcontextprotocol/inspector',
    'mastra-extra',
  ])('compares the npm name %j exactly, scope included', (name) => {
    expect(agentPackageKind('npm', name)).toBeUndefined();
  });

  it('keeps the ecosystems apart', () => {
    expect(agentPackageKind('npm', 'langchain-core')).toBeUndefined();
    expect(agentPackageKind('pypi', '@langchain/core')).toBeUndefined();
  });
});

describe('patternMatches', () => {
  it('treats a trailing * after a scope or dash as a family and after a word as the package plus its dash parts', () => {
    expect(patternMatches('@langchain/*', '@langchain/openai')).toBe(true);
    expect(patternMatches('langchain-*', 'langchain-core')).toBe(true);
    expect(patternMatches('@openai/agents*', '@openai/agents')).toBe(true);
    expect(patternMatches('@openai/agents*', '@openai/agents-openai')).toBe(true);
    expect(patternMatches('@openai/agents*', '@openai/agents-')).toBe(false);
    expect(patternMatches('@openai/agents*', '@openai/agentsdk')).toBe(false);
    expect(patternMatches('openai', 'openai')).toBe(true);
    expect(patternMatches('openai', 'openai-agents')).toBe(false);
  });
});

describe('AGENT_PACKAGES', () => {
  it('holds well-formed, unique names; PyPI ones already normalised', () => {
    const seen = new Set<string>();
    for (const entry of AGENT_PACKAGES) {
      const name = entry.pattern.replace(/\*$/, entry.pattern.endsWith('-*') || entry.pattern.endsWith('/*') ? 'x' : '');
      if (entry.ecosystem === 'pypi') {
        expect(name, entry.pattern).toMatch(PYPI_NAME);
        expect(normalizePypiName(entry.pattern), entry.pattern).toBe(entry.pattern);
      } else {
        expect(name, entry.pattern).toMatch(NPM_NAME);
      }
      const key = `${entry.ecosystem}:${entry.pattern}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
