import type { FrameworkId } from '../findings/kinds.js';
import type { ManifestInfo } from './manifests.js';

/**
 * Agent frameworks, one small entry each (the Knip plugin idea): the import roots and package names
 * that say an agent uses it. Detection reads imports in source and dependencies in manifests.
 */
export interface FrameworkPlugin {
  readonly id: FrameworkId;
  readonly name: string;
  /** Python import roots (`google.adk` matches `google.adk.agents`). */
  readonly pythonModules?: readonly string[];
  /** npm package names; a trailing `/*` matches a scope. */
  readonly npmPackages?: readonly string[];
  /** PyPI distribution names as they appear in requirements or pyproject. */
  readonly pypiPackages?: readonly string[];
  /**
   * A provider SDK, not an agent framework: code that imports it is an agent only when it hands the model
   * tools (a hand-written tool loop). Manifests naming it say nothing: most apps that call a model are not agents.
   */
  readonly toolUseOnly?: boolean;
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
  { id: 'anthropic-sdk', name: 'Anthropic SDK (tool use)', pythonModules: ['anthropic'], npmPackages: ['@anthropic-ai/sdk'], toolUseOnly: true },
  { id: 'openai-sdk', name: 'OpenAI SDK (tool use)', pythonModules: ['openai'], npmPackages: ['openai'], toolUseOnly: true },
];

/** A model call that is handed tools: `tools=[...]` in Python, `tools: [...]` in TypeScript. */
const TOOLS_ARGUMENT = /\btools\s*[=:]\s*[\[\w{]/;

/** Whether a source file hands a model tools (`tools=[...]`, `tools: [...]`). */
export function handsTools(text: string): boolean {
  return TOOLS_ARGUMENT.test(text);
}

/**
 * Frameworks in `found` plus, when none is an agent framework, the provider SDKs whose calls are handed tools.
 * `text`: the file's text, or whether it hands tools (discovery's cached answer, see discover.ts).
 */
function withToolUse(found: Set<string>, candidates: Iterable<string>, text: string | boolean | undefined): Set<string> {
  const tools = typeof text === 'boolean' ? text : text !== undefined && handsTools(text);
  if (found.size > 0 || !tools) return found;
  return new Set(candidates);
}

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

export function packageMatches(name: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** The frameworks whose plugin `matches` an import, provider SDKs kept apart for withToolUse. */
function importedFrameworks(
  imports: Iterable<string>,
  matches: (plugin: FrameworkPlugin, imported: string) => boolean | undefined,
  text: string | boolean | undefined,
): Set<string> {
  const found = new Set<string>();
  const sdks = new Set<string>();
  for (const imported of imports) {
    for (const plugin of FRAMEWORKS) {
      if (!matches(plugin, imported)) continue;
      (plugin.toolUseOnly ? sdks : found).add(plugin.id);
    }
  }
  return withToolUse(found, sdks, text);
}

/**
 * Frameworks a Python file imports. Pass the file's text to also recognise a hand-written agent: a provider
 * SDK (anthropic, openai) whose calls are handed tools, in a file that imports no agent framework.
 */
export function frameworksFromPythonModules(modules: Iterable<string>, text?: string | boolean): Set<string> {
  return importedFrameworks(modules, (plugin, imported) => plugin.pythonModules?.some((root) => moduleMatches(imported, root)), text);
}

/** Frameworks a TypeScript/JavaScript file imports (with its text: provider SDKs handed tools too). */
export function frameworksFromNpmPackages(packages: Iterable<string>, text?: string | boolean): Set<string> {
  return importedFrameworks(packages, (plugin, name) => plugin.npmPackages?.some((pattern) => packageMatches(name, pattern)), text);
}

/** PEP 503 normalisation: `LangChain_Core` and `langchain-core` are the same distribution. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function frameworksFromPypiPackages(packages: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const name of packages) {
    const normalised = normalisePypiName(name);
    for (const plugin of FRAMEWORKS) {
      if (!plugin.toolUseOnly && plugin.pypiPackages?.some((candidate) => candidate === normalised)) found.add(plugin.id);
    }
  }
  return found;
}

/** Frameworks a manifest depends on; provider SDKs never count there (most apps that call a model are not agents). */
export function frameworksFromManifest(manifest: ManifestInfo): Set<string> {
  return new Set([...frameworksFromPypiPackages(manifest.pythonPackages), ...frameworksFromNpmPackages(manifest.npmPackages)]);
}
