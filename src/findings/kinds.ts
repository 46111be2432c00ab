/**
 * The vocabulary every finding, rule and report shares. Changing these is changing a public contract.
 * Plain constants, apart from the zod schemas in model.ts, so reports can be rendered without loading zod.
 */
export const SEVERITIES = ['error', 'warning', 'note'] as const;
export const CATEGORIES = [
  'secret',
  'pii',
  'security',
  'reliability',
  'architecture',
  'policy',
  'finops',
  'ux',
  'dependency',
] as const;
export const PERSONAS = ['secops', 'architecture', 'sre', 'finops', 'governance', 'ux'] as const;
export const FIXABILITIES = ['one-click', 'structural'] as const;

/** Agent frameworks and provider SDKs discovery recognises (src/discovery/frameworks.ts has one entry for each). */
export const FRAMEWORK_IDS = [
  'google-adk',
  'langgraph',
  'langchain',
  'crewai',
  'openai-agents',
  'llamaindex',
  'pydantic-ai',
  'smolagents',
  'vercel-ai-sdk',
  'mastra',
  'anthropic-sdk',
  'openai-sdk',
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Libraries a rule may read besides the frameworks: model SDKs, web servers, MCP. */
export const LIBRARY_IDS = ['google-genai', 'huggingface', 'mcp', 'fastapi', 'flask', 'express', 'nextjs'] as const;
export type LibraryId = (typeof LIBRARY_IDS)[number];

/** What a person decided about one finding (`ops triage`, the dashboard): it no longer counts for the gate. */
export const TRIAGE_STATUSES = ['accepted-risk', 'false-positive'] as const;

/** A name an auditor goes by in reports: a SARIF import's TOOL, never one of the engines' own. */
export const AUDITOR_NAME = /^(?!cockpit-)[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
