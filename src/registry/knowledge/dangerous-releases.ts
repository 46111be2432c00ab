import type { Ecosystem } from '../manifests/types.js';

/**
 * Agent framework releases with a dangerous default or a critical advisory, each checked against the advisory it
 * cites. An advisory that fixed two release lines is two entries, one per line, so `fixed` names the release to move
 * to on that line and every `affected` stays a plain range the matching library parses.
 */
export interface DangerousRelease {
  readonly ecosystem: Ecosystem;
  /** As published; PyPI names are compared PEP 503-normalised. */
  readonly name: string;
  /** PyPI: a PEP 440 specifier set (`>=1.0.0,<1.2.5`). npm: a semver range (`>=1.0.0 <1.1.8`). */
  readonly affected: string;
  /** Read after "Fixed in": the first fixed version on this line, or what to do when no release fixes it. */
  readonly fixed: string;
  /** CVE and/or GHSA (or PYSEC / MAL) ids. */
  readonly advisory: string;
  /** What is dangerous, one sentence ending with a full stop. */
  readonly summary: string;
  readonly source: string;
}

const LANGCHAIN_CORE_SERIALIZATION = {
  advisory: 'CVE-2025-68664 / GHSA-c67j-w6g6-q2cm',
  summary:
    'dumps()/dumpd() do not escape user data carrying the reserved "lc" key, and load()/loads() revive it as a LangChain object with secrets_from_env on by default, so injected data can read environment secrets.',
  source: 'https://github.com/advisories/GHSA-c67j-w6g6-q2cm',
} as const;

const LANGCHAIN_JS_SERIALIZATION = {
  advisory: 'CVE-2025-68665 / GHSA-r399-636x-v7f6',
  summary:
    'toJSON() does not escape user data carrying the reserved "lc" key, so deserializing it revives attacker-shaped LangChain objects and can leak secrets.',
  source: 'https://github.com/advisories/GHSA-r399-636x-v7f6',
} as const;

export const DANGEROUS_RELEASES: readonly DangerousRelease[] = [
  { ecosystem: 'pypi', name: 'langchain-core', affected: '<0.3.81', fixed: '0.3.81', ...LANGCHAIN_CORE_SERIALIZATION },
  { ecosystem: 'pypi', name: 'langchain-core', affected: '>=1.0.0,<1.2.5', fixed: '1.2.5', ...LANGCHAIN_CORE_SERIALIZATION },
  {
    ecosystem: 'pypi',
    name: 'langchain-core',
    affected: '>=1.0.0,<=1.3.2',
    fixed: '1.3.3',
    advisory: 'CVE-2026-44843 / GHSA-pjwx-r37v-7724',
    summary:
      'Runtime paths such as RunnableWithMessageHistory, astream_log() and astream_events(version="v1") call load() with allowed_objects="all", so untrusted input can instantiate any LangChain-serializable class with arguments it chooses.',
    source: 'https://github.com/advisories/GHSA-pjwx-r37v-7724',
  },
  {
    ecosystem: 'pypi',
    name: 'langchain',
    affected: '<0.0.236',
    fixed: '0.0.236',
    advisory: 'CVE-2023-36095 / GHSA-gwqq-6vq7-5j86',
    summary: 'PALChain runs the Python code the model writes through exec(), so a prompt injection becomes code execution on the host.',
    source: 'https://github.com/advisories/GHSA-gwqq-6vq7-5j86',
  },
  {
    ecosystem: 'pypi',
    name: 'langchain-experimental',
    affected: '<0.0.15',
    fixed: '0.0.15',
    advisory: 'CVE-2023-44467 / GHSA-gjjr-63x4-v8cq',
    summary: 'The PALChain code checks can be bypassed, so model-written Python still reaches exec() and runs arbitrary code.',
    source: 'https://github.com/pypa/advisory-database/blob/main/vulns/langchain-experimental/PYSEC-2023-194.yaml',
  },
  {
    ecosystem: 'pypi',
    name: 'llama-index',
    affected: '<0.9.14',
    fixed: '0.9.14',
    advisory: 'CVE-2023-39662 / GHSA-2xxc-73fv-36f7',
    summary: 'PandasQueryEngine executes the pandas code the model returns, so a crafted question can run arbitrary Python on the server.',
    source: 'https://github.com/advisories/GHSA-2xxc-73fv-36f7',
  },
  {
    ecosystem: 'pypi',
    name: 'mcp',
    affected: '<1.23.0',
    fixed: '1.23.0',
    advisory: 'CVE-2025-66416 / GHSA-9h52-p55h-vw2f',
    summary:
      'HTTP servers built with FastMCP (streamable HTTP or SSE) start without DNS rebinding protection, so a web page can reach an unauthenticated localhost server and call its tools.',
    source: 'https://github.com/advisories/GHSA-9h52-p55h-vw2f',
  },
  {
    ecosystem: 'pypi',
    name: 'litellm',
    affected: '<1.40.16',
    fixed: '1.40.16',
    advisory: 'GHSA-gppg-gqw8-wh9g',
    summary:
      'The proxy puts values sent to /config/update into the environment and later passes them to eval() when it reads secrets through Google KMS, so one request can run code on the server.',
    source: 'https://github.com/advisories/GHSA-gppg-gqw8-wh9g',
  },
  {
    ecosystem: 'pypi',
    name: 'litellm',
    affected: '>=1.82.7,<=1.82.8',
    fixed: 'any other release (1.82.6 is the last one before the compromise); rotate every credential the environment could read',
    advisory: 'PYSEC-2026-2 / MAL-2026-2144',
    summary:
      'These two releases were uploaded with a stolen publishing token and carry a credential stealer that runs when litellm is imported (1.82.8: whenever Python starts) and sends keys and cloud tokens to the attacker.',
    source: 'https://osv.dev/vulnerability/MAL-2026-2144',
  },
  {
    ecosystem: 'pypi',
    name: 'smolagents',
    affected: '<1.17.0',
    fixed: '1.17.0',
    advisory: 'CVE-2025-5120',
    summary: 'The default local Python executor can be escaped through its allowed modules and functions, so model-written code runs unrestricted on the host.',
    source: 'https://www.cve.org/CVERecord?id=CVE-2025-5120',
  },
  { ecosystem: 'npm', name: '@langchain/core', affected: '<0.3.80', fixed: '0.3.80', ...LANGCHAIN_JS_SERIALIZATION },
  { ecosystem: 'npm', name: '@langchain/core', affected: '>=1.0.0 <1.1.8', fixed: '1.1.8', ...LANGCHAIN_JS_SERIALIZATION },
  { ecosystem: 'npm', name: 'langchain', affected: '<0.3.37', fixed: '0.3.37', ...LANGCHAIN_JS_SERIALIZATION },
  { ecosystem: 'npm', name: 'langchain', affected: '>=1.0.0 <1.2.3', fixed: '1.2.3', ...LANGCHAIN_JS_SERIALIZATION },
  {
    ecosystem: 'npm',
    name: '@modelcontextprotocol/sdk',
    affected: '<1.24.0',
    fixed: '1.24.0',
    advisory: 'CVE-2025-66414 / GHSA-w48q-cv73-mx4w',
    summary:
      'StreamableHTTPServerTransport and SSEServerTransport leave DNS rebinding protection off by default, so a web page can reach an unauthenticated localhost server and call its tools.',
    source: 'https://github.com/advisories/GHSA-w48q-cv73-mx4w',
  },
  {
    ecosystem: 'npm',
    name: '@mastra/core',
    affected: '1.42.1',
    fixed: 'any other release (only 1.42.1 was malicious); rotate every credential the machine could read',
    advisory: 'GHSA-pp62-grrw-hvfp / MAL-2026-6011',
    summary: 'This release was published with malicious code, and any machine that installed it must be treated as compromised.',
    source: 'https://github.com/advisories/GHSA-pp62-grrw-hvfp',
  },
];
