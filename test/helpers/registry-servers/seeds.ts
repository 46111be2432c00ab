import type { NpmTestPackage } from './npm-publish.js';
import type { PypiFile, PypiProject } from './pypi-files.js';
import { startPypiStatic, type PypiStaticHandle, type PypiStaticOptions } from './pypi-static.js';
import { startVerdaccio, type VerdaccioHandle } from './verdaccio.js';

/**
 * The package sets the resolver tests work against: a private index that holds the company's own packages
 * (and answers 401 without credentials) and a public mirror that holds the open-source ones.
 * Listed in publish order: the last version published under `latest` is the one `latest` points to.
 */
const NPM_SEED = {
  private: [
    { name: '@acme/agent-tools', version: '1.0.0', deprecated: 'use 1.1.0' },
    { name: '@acme/agent-tools', version: '1.1.0' },
    { name: 'ai', version: '5.0.0' },
  ],
  open: [
    { name: 'ai', version: '4.3.0' },
    { name: 'ai', version: '5.0.0' },
    { name: '@langchain/core', version: '0.3.79' },
    { name: '@langchain/core', version: '1.2.5' },
    { name: 'openai', version: '4.0.0', deprecated: 'v4 is no longer supported' },
    { name: 'openai', version: '5.0.0' },
    { name: 'zod', version: '3.25.0' },
  ],
} as const satisfies Record<'private' | 'open', readonly NpmTestPackage[]>;

/** Published on the private instance only: its scope is readable by nobody, so the logged-in user gets 403. */
export const NPM_LOCKED_PACKAGE = { name: '@locked/secret-tools', version: '1.0.0' } as const satisfies NpmTestPackage;

export interface SeededNpm {
  private: VerdaccioHandle;
  open: VerdaccioHandle;
  /** Wall time from the first spawn to both registries seeded. */
  startupMs: number;
  stop(): Promise<void>;
}

async function publishAll(registry: VerdaccioHandle, packages: readonly NpmTestPackage[]): Promise<void> {
  // One after another: dist-tags depend on the order.
  for (const pkg of packages) await registry.publish(pkg);
}

/** Starts the private (401 for anonymous) and the open Verdaccio side by side and publishes NPM_SEED. */
export async function seedNpm(): Promise<SeededNpm> {
  const started = performance.now();
  const [privateResult, openResult] = await Promise.allSettled([
    startVerdaccio({ mode: 'private' }),
    startVerdaccio({ mode: 'open' }),
  ]);
  if (privateResult.status === 'rejected' || openResult.status === 'rejected') {
    await Promise.all([privateResult, openResult].map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
    throw privateResult.status === 'rejected' ? privateResult.reason : (openResult as PromiseRejectedResult).reason;
  }
  const registries = { private: privateResult.value, open: openResult.value };
  const stop = async (): Promise<void> => {
    await Promise.all([registries.private.stop(), registries.open.stop()]);
  };
  try {
    await Promise.all([
      publishAll(registries.private, [...NPM_SEED.private, NPM_LOCKED_PACKAGE]),
      publishAll(registries.open, NPM_SEED.open),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...registries, startupMs: Math.round(performance.now() - started), stop };
}

const wheel = (project: string, version: string, extra: Omit<PypiFile, 'filename'> = {}): PypiFile => ({
  filename: `${project.replace(/-/g, '_')}-${version}-py3-none-any.whl`,
  ...extra,
});
const sdist = (project: string, version: string, extra: Omit<PypiFile, 'filename'> = {}): PypiFile => ({
  filename: `${project.replace(/-/g, '_')}-${version}.tar.gz`,
  ...extra,
});

const ACME_AGENT_TOOLS: PypiProject = {
  name: 'acme-agent-tools',
  files: [
    // PyPI yanks a whole release: every file of 1.0.0 carries the mark and the reason.
    wheel('acme-agent-tools', '1.0.0', { yanked: 'broken build', requiresPython: '>=3.9' }),
    sdist('acme-agent-tools', '1.0.0', { yanked: 'broken build', requiresPython: '>=3.9' }),
    wheel('acme-agent-tools', '1.1.0', { requiresPython: '>=3.9' }),
    sdist('acme-agent-tools', '1.1.0', { requiresPython: '>=3.9' }),
  ],
};
const googleAdk = (versions: readonly string[]): PypiProject => ({
  name: 'google-adk',
  files: versions.map((version) => wheel('google-adk', version, { requiresPython: '>=3.9' })),
});

const PYPI_SEED = {
  private: [ACME_AGENT_TOOLS, googleAdk(['1.2.0'])],
  denied: [ACME_AGENT_TOOLS, googleAdk(['1.2.0'])],
  open: [
    googleAdk(['1.2.0', '1.5.0']),
    { name: 'requests', files: [wheel('requests', '2.32.3', { requiresPython: '>=3.8' }), sdist('requests', '2.32.3', { requiresPython: '>=3.8' })] },
    {
      name: 'langchain-core',
      files: ['0.3.79', '0.3.81'].map((version) => wheel('langchain-core', version, { requiresPython: '<4.0,>=3.9' })),
    },
    {
      name: 'google-generativeai',
      files: [wheel('google-generativeai', '0.8.2', { yanked: true, requiresPython: '>=3.9' }), wheel('google-generativeai', '0.8.3', { requiresPython: '>=3.9' })],
    },
  ],
} as const satisfies Record<'private' | 'denied' | 'open', readonly PypiProject[]>;

/** Starts the static index server (pypi-static.ts) with PYPI_SEED behind its three indexes. */
export function seedPypi(options: Omit<PypiStaticOptions, 'projects'> = {}): Promise<PypiStaticHandle> {
  return startPypiStatic({ ...options, projects: PYPI_SEED });
}
