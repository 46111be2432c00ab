/**
 * Agent frameworks, one small entry each (the Knip plugin idea): the import roots and package names
 * that say an agent uses it. Detection reads imports in source and dependencies in manifests.
 */
export interface FrameworkPlugin {
  readonly id: string;
  readonly name: string;
  /** Python import roots (`google.adk` matches `google.adk.agents`). */
  readonly pythonModules?: readonly string[];
  /** npm package names; a trailing `/*` matches a scope. */
  readonly npmPackages?: readonly string[];
  /** PyPI distribution names as they appear in requirements or pyproject. */
  readonly pypiPackages?: readonly string[];
}

export const FRAMEWORKS: readonly FrameworkPlugin[] = [
  { id: 'google-adk', name: 'Google ADK', pythonModules: ['google.adk'], pypiPackages: ['google-adk'], npmPackages: ['@google/adk'] },
  { id: 'langgraph', name: 'LangGraph', pythonModules: ['langgraph'], pypiPackages: ['langgraph'], npmPackages: ['@langchain/langgraph'] },
  { id: 'langchain', name: 'LangChain', pythonModules: ['langchain', 'langchain_core', 'langchain_community', 'langchain_openai', 'langchain_anthropic', 'langchain_google_genai', 'langchain_google_vertexai', 'langchain_aws'], pypiPackages: ['langchain', 'langchain-core', 'langchain-community', 'langchain-openai', 'langchain-anthropic', 'langchain-google-genai'], npmPackages: ['langchain', '@langchain/core', '@langchain/openai', '@langchain/anthropic', '@langchain/community'] },
  { id: 'crewai', name: 'CrewAI', pythonModules: ['crewai', 'crewai_tools'], pypiPackages: ['crewai', 'crewai-tools'] },
  { id: 'openai-agents', name: 'OpenAI Agents SDK', pythonModules: ['agents'], pypiPackages: ['openai-agents'], npmPackages: ['@openai/agents', '@openai/agents-core', '@openai/agents-openai'] },
  { id: 'llamaindex', name: 'LlamaIndex', pythonModules: ['llama_index'], pypiPackages: ['llama-index', 'llama-index-core'], npmPackages: ['llamaindex'] },
  { id: 'pydantic-ai', name: 'Pydantic AI', pythonModules: ['pydantic_ai'], pypiPackages: ['pydantic-ai', 'pydantic-ai-slim'] },
  { id: 'smolagents', name: 'smolagents', pythonModules: ['smolagents'], pypiPackages: ['smolagents'] },
  { id: 'vercel-ai-sdk', name: 'Vercel AI SDK', npmPackages: ['ai', '@ai-sdk/*'] },
  { id: 'mastra', name: 'Mastra', npmPackages: ['@mastra/*', 'mastra'] },
];

const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import|import[ \t]+([A-Za-z_][\w.]*))/gm;
const JS_IMPORT = /(?:\bfrom[ \t]*|\bimport[ \t]*\(?[ \t]*|\brequire[ \t]*\([ \t]*)['"]([^'"\n]+)['"]/g;

/** Import roots named by a Python source file. */
export function pythonImports(text: string): string[] {
  const modules: string[] = [];
  for (const match of text.matchAll(PYTHON_IMPORT)) modules.push((match[1] ?? match[2]) as string);
  return modules;
}

/** Package names imported or required by a TypeScript/JavaScript file (`@scope/pkg/sub` → `@scope/pkg`). */
export function javascriptImports(text: string): string[] {
  const packages: string[] = [];
  for (const match of text.matchAll(JS_IMPORT)) {
    const specifier = match[1] as string;
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
    const parts = specifier.split('/');
    packages.push(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
  }
  return packages;
}

function moduleMatches(imported: string, root: string): boolean {
  return imported === root || imported.startsWith(`${root}.`);
}

function packageMatches(name: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export function frameworksFromPythonModules(modules: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const imported of modules) {
    for (const plugin of FRAMEWORKS) {
      if (plugin.pythonModules?.some((root) => moduleMatches(imported, root))) found.add(plugin.id);
    }
  }
  return found;
}

export function frameworksFromNpmPackages(packages: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const name of packages) {
    for (const plugin of FRAMEWORKS) {
      if (plugin.npmPackages?.some((pattern) => packageMatches(name, pattern))) found.add(plugin.id);
    }
  }
  return found;
}

/** PEP 503 normalisation: `LangChain_Core` and `langchain-core` are the same distribution. */
function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function frameworksFromPypiPackages(packages: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const name of packages) {
    const normalised = normalisePypiName(name);
    for (const plugin of FRAMEWORKS) {
      if (plugin.pypiPackages?.some((candidate) => candidate === normalised)) found.add(plugin.id);
    }
  }
  return found;
}
