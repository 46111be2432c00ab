import type { Ecosystem } from '../manifests/types.js';

/**
 * SDKs whose maintainers deprecated the whole package in favour of a named successor. Only packages deprecated as a
 * whole belong here: a package that merely deprecated some modules goes in DEPRECATED_MODULES, so depending on it is
 * never flagged by itself.
 */
export interface DeprecatedSdk {
  readonly ecosystem: Ecosystem;
  /** As published; PyPI names are compared PEP 503-normalised. */
  readonly name: string;
  readonly successor: string;
  /** When the deprecation or end of support took effect, as the source states it: ISO date or the version. */
  readonly since: string;
  /** One or two sentences, ending with a full stop. */
  readonly note: string;
  readonly source: string;
}

export const DEPRECATED_SDKS: readonly DeprecatedSdk[] = [
  {
    ecosystem: 'pypi',
    name: 'google-generativeai',
    successor: 'google-genai',
    since: '2025-11-30',
    note: 'The old Gemini SDK is legacy: Google moved all development to the unified Google Gen AI SDK and ended support for this one, bug fixes included.',
    source: 'https://pypi.org/project/google-generativeai/',
  },
  {
    ecosystem: 'npm',
    name: '@google/generative-ai',
    successor: '@google/genai',
    since: '2025-08-31',
    note: 'The old Gemini JavaScript SDK is legacy: new features land only in the Google Gen AI SDK, and its README gives this date for the end of all support.',
    source: 'https://www.npmjs.com/package/@google/generative-ai',
  },
  {
    ecosystem: 'npm',
    name: '@google-cloud/vertexai',
    successor: '@google/genai',
    since: '2025-06-24',
    note: 'The Vertex AI generative AI client is deprecated and Google removes it on 2026-06-24; the Google Gen AI SDK covers Vertex AI too.',
    source: 'https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/genai-vertexai-sdk',
  },
  {
    ecosystem: 'pypi',
    name: 'pinecone-client',
    successor: 'pinecone',
    since: '5.1.0',
    note: 'Pinecone renamed its Python SDK in 5.1.0; releases go out as pinecone and PyPI marks pinecone-client deprecated.',
    source: 'https://github.com/pinecone-io/python-sdk/releases/tag/v5.1.0',
  },
  {
    ecosystem: 'pypi',
    name: 'gpt-index',
    successor: 'llama-index',
    since: '2023-02-19',
    note: 'GPT Index was renamed LlamaIndex; gpt-index was kept only as a duplicate of the old name, and current LlamaIndex ships as llama-index.',
    source: 'https://pypi.org/project/llama-index/0.5.9/',
  },
];

/** Modules deprecated inside a package that stays supported: only code importing them should be flagged. */
export interface DeprecatedModules {
  readonly ecosystem: Ecosystem;
  /** The distribution that ships the modules. */
  readonly name: string;
  /** Import paths; a submodule of one (`vertexai.generative_models.x`) is covered too. */
  readonly modules: readonly string[];
  readonly successor: string;
  readonly since: string;
  readonly note: string;
  readonly source: string;
}

export const DEPRECATED_MODULES: readonly DeprecatedModules[] = [
  {
    ecosystem: 'pypi',
    name: 'google-cloud-aiplatform',
    modules: [
      'vertexai.generative_models',
      'vertexai.language_models',
      'vertexai.vision_models',
      'vertexai.caching',
      'vertexai.tuning',
    ],
    successor: 'google-genai',
    since: '2025-06-24',
    note: 'The generative AI modules of the Vertex AI SDK are deprecated and Google removes them on 2026-06-24; the rest of google-cloud-aiplatform stays supported.',
    source: 'https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations',
  },
];
