import { valid as pep440Valid } from '@renovatebot/pep440';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { NPM_NAME, PYPI_NAME } from '../manifests/names.js';
import type { Ecosystem } from '../manifests/types.js';
import { DANGEROUS_RELEASES, type DangerousRelease } from './dangerous-releases.js';
import { DEPRECATED_MODULES, DEPRECATED_SDKS } from './deprecated-sdks.js';
import { dangerousReleases, deprecatedModule, deprecatedSdk, isValidRange, versionMatches } from './match.js';

/** One release inside each entry's range and one just outside it; every entry must have its pair here. */
const SAMPLES: Record<string, { inside: string; outside: string }> = {
  'pypi langchain-core <0.3.81': { inside: '0.3.80', outside: '0.3.81' },
  'pypi langchain-core >=1.0.0,<1.2.5': { inside: '1.2.4', outside: '1.2.5' },
  'pypi langchain-core >=1.0.0,<=1.3.2': { inside: '1.3.2', outside: '1.3.3' },
  'pypi langchain <0.0.236': { inside: '0.0.235', outside: '0.0.236' },
  'pypi langchain-experimental <0.0.15': { inside: '0.0.14', outside: '0.0.15' },
  'pypi llama-index <0.9.14': { inside: '0.9.13', outside: '0.9.14' },
  'pypi mcp <1.23.0': { inside: '1.22.0', outside: '1.23.0' },
  'pypi litellm <1.40.16': { inside: '1.35.8', outside: '1.40.16' },
  'pypi litellm >=1.82.7,<=1.82.8': { inside: '1.82.8', outside: '1.82.6' },
  'pypi smolagents <1.17.0': { inside: '1.14.0', outside: '1.17.0' },
  'npm @langchain/core <0.3.80': { inside: '0.3.79', outside: '0.3.80' },
  'npm @langchain/core >=1.0.0 <1.1.8': { inside: '1.1.7', outside: '1.1.8' },
  'npm langchain <0.3.37': { inside: '0.3.36', outside: '0.3.37' },
  'npm langchain >=1.0.0 <1.2.3': { inside: '1.2.2', outside: '1.2.3' },
  'npm @modelcontextprotocol/sdk <1.24.0': { inside: '1.23.0', outside: '1.24.0' },
  'npm @mastra/core 1.42.1': { inside: '1.42.1', outside: '1.42.0' },
};

const keyOf = (entry: DangerousRelease): string => `${entry.ecosystem} ${entry.name} ${entry.affected}`;
const parsesAsVersion = (ecosystem: Ecosystem, text: string): boolean =>
  ecosystem === 'pypi' ? pep440Valid(text) !== null : semver.valid(text) !== null;

function expectSourceUrl(source: string): void {
  const url = new URL(source);
  expect(url.protocol).toBe('https:');
}

describe('DANGEROUS_RELEASES', () => {
  it('has a sample pair for every entry and no stale samples', () => {
    expect(DANGEROUS_RELEASES.map(keyOf).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(DANGEROUS_RELEASES.map((entry) => [keyOf(entry), entry] as const))('%s is well-formed and sourced', (_key, entry) => {
    expectSourceUrl(entry.source);
    expect(isValidRange(entry.ecosystem, entry.affected)).toBe(true);
    expect(entry.name).toMatch(entry.ecosystem === 'pypi' ? PYPI_NAME : NPM_NAME);
    expect(entry.advisory).toMatch(/^(CVE-\d{4}-\d+|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|MAL-\d{4}-\d+)( \/ \S+)*$/);
    expect(entry.summary).toMatch(/^\S.*\.$/s);
    expect(entry.fixed.trim()).not.toBe('');
  });

  it.each(DANGEROUS_RELEASES.map((entry) => [keyOf(entry), entry] as const))(
    '%s matches a release inside and neither the fixed one nor one outside',
    (key, entry) => {
      const sample = SAMPLES[key];
      expect(sample, key).toBeDefined();
      if (!sample) return;
      expect(versionMatches(entry.ecosystem, sample.inside, entry.affected)).toBe(true);
      expect(versionMatches(entry.ecosystem, sample.outside, entry.affected)).toBe(false);
      if (parsesAsVersion(entry.ecosystem, entry.fixed)) {
        expect(versionMatches(entry.ecosystem, entry.fixed, entry.affected)).toBe(false);
      }
      expect(dangerousReleases(entry.ecosystem, entry.name, sample.inside)).toContain(entry);
      expect(dangerousReleases(entry.ecosystem, entry.name, sample.outside)).not.toContain(entry);
    },
  );

  it('keeps the release lines of one advisory apart, so a version gets each advisory once', () => {
    for (const entry of DANGEROUS_RELEASES) {
      const inside = SAMPLES[keyOf(entry)]?.inside ?? '';
      const same = dangerousReleases(entry.ecosystem, entry.name, inside).filter((hit) => hit.advisory === entry.advisory);
      expect(same, keyOf(entry)).toEqual([entry]);
    }
  });
});

describe('dangerousReleases', () => {
  it('returns every advisory that covers the release', () => {
    const advisories = (version: string): string[] =>
      dangerousReleases('pypi', 'langchain-core', version).map((entry) => entry.advisory);
    expect(advisories('1.2.4')).toEqual(['CVE-2025-68664 / GHSA-c67j-w6g6-q2cm', 'CVE-2026-44843 / GHSA-pjwx-r37v-7724']);
    expect(advisories('1.2.5')).toEqual(['CVE-2026-44843 / GHSA-pjwx-r37v-7724']);
    expect(advisories('1.3.3')).toEqual([]);
    expect(advisories('0.3.81')).toEqual([]);
  });

  it('compares PyPI names PEP 503-normalised and npm names exactly', () => {
    expect(dangerousReleases('pypi', 'LangChain_Core', '0.3.80')).toHaveLength(1);
    expect(dangerousReleases('pypi', 'MCP', '1.9.0')).toHaveLength(1);
    expect(dangerousReleases('npm', '@langchain/core', '0.3.79')).toHaveLength(1);
    expect(dangerousReleases('npm', '@LangChain/core', '0.3.79')).toEqual([]);
    expect(dangerousReleases('npm', 'langchain-core', '0.3.79')).toEqual([]);
    expect(dangerousReleases('pypi', '@langchain/core', '0.3.79')).toEqual([]);
  });

  it.each(['', 'latest', 'not-a-version', '^1.2.3', '>=1.0', '1.2.3 || 1.2.4', '*'])(
    'matches nothing and does not throw for the version %j',
    (version) => {
      expect(() => dangerousReleases('pypi', 'langchain-core', version)).not.toThrow();
      expect(dangerousReleases('pypi', 'langchain-core', version)).toEqual([]);
      expect(dangerousReleases('npm', '@langchain/core', version)).toEqual([]);
    },
  );

  it('returns nothing for a package it does not know', () => {
    expect(dangerousReleases('pypi', 'requests', '2.0.0')).toEqual([]);
    expect(dangerousReleases('npm', 'left-pad', '1.0.0')).toEqual([]);
  });
});

describe('versionMatches', () => {
  it('reads PEP 440 specifier sets for PyPI and semver ranges for npm', () => {
    expect(versionMatches('pypi', '1.0.0', '>=1.0.0,<1.2.5')).toBe(true);
    expect(versionMatches('pypi', '1.2.4.post1', '>=1.0.0,<1.2.5')).toBe(true);
    expect(versionMatches('pypi', '1.2', '<1.2.5')).toBe(true);
    expect(versionMatches('npm', '1.0.0', '>=1.0.0 <1.1.8')).toBe(true);
    expect(versionMatches('npm', '1.1.8', '>=1.0.0 <1.1.8')).toBe(false);
  });

  it('leaves pre-releases out unless the range names one, as pip and npm do', () => {
    expect(versionMatches('pypi', '1.2.5rc1', '>=1.0.0,<1.2.5')).toBe(false);
    expect(versionMatches('npm', '1.1.8-beta.1', '>=1.0.0 <1.1.8')).toBe(false);
  });

  it('matches nothing for an invalid or empty range', () => {
    expect(versionMatches('pypi', '1.0.0', '')).toBe(false);
    expect(versionMatches('pypi', '1.0.0', 'nope')).toBe(false);
    expect(versionMatches('pypi', '1.0.0', '>=1.0.0 <2')).toBe(false);
    expect(versionMatches('npm', '1.0.0', '')).toBe(false);
    expect(versionMatches('npm', '1.0.0', 'nope')).toBe(false);
  });

  it('matches nothing for an invalid version', () => {
    expect(versionMatches('pypi', 'garbage', '<1')).toBe(false);
    expect(versionMatches('npm', 'garbage', '<1')).toBe(false);
    expect(versionMatches('npm', '1.2', '<2')).toBe(false);
  });
});

describe('DEPRECATED_SDKS', () => {
  it.each(DEPRECATED_SDKS.map((entry) => [`${entry.ecosystem} ${entry.name}`, entry] as const))(
    '%s is well-formed and sourced',
    (_key, entry) => {
      expectSourceUrl(entry.source);
      expect(entry.name).toMatch(entry.ecosystem === 'pypi' ? PYPI_NAME : NPM_NAME);
      expect(entry.successor).toMatch(entry.ecosystem === 'pypi' ? PYPI_NAME : NPM_NAME);
      expect(entry.successor).not.toBe(entry.name);
      expect(entry.since).toMatch(/^(\d{4}-\d{2}-\d{2}|\d+(\.\d+)+)$/);
      expect(entry.note).toMatch(/^[A-Z].*\.$/s);
      expect(deprecatedSdk(entry.ecosystem, entry.name)).toBe(entry);
      expect(deprecatedSdk(entry.ecosystem, entry.successor)).toBeUndefined();
    },
  );

  it('finds PyPI names PEP 503-normalised', () => {
    expect(deprecatedSdk('pypi', 'Google_GenerativeAI')?.successor).toBe('google-genai');
    expect(deprecatedSdk('pypi', 'google.generativeai')?.successor).toBe('google-genai');
    expect(deprecatedSdk('pypi', 'Pinecone_Client')?.successor).toBe('pinecone');
    expect(deprecatedSdk('pypi', 'GPT_Index')?.successor).toBe('llama-index');
  });

  it('finds npm names exactly, scope included', () => {
    expect(deprecatedSdk('npm', '@google/generative-ai')?.successor).toBe('@google/genai');
    expect(deprecatedSdk('npm', '@Google/generative-ai')).toBeUndefined();
    expect(deprecatedSdk('npm', 'generative-ai')).toBeUndefined();
    expect(deprecatedSdk('npm', 'google-generativeai')).toBeUndefined();
  });

  it('never flags a package that only deprecated some of its modules', () => {
    expect(deprecatedSdk('pypi', 'google-cloud-aiplatform')).toBeUndefined();
  });
});

describe('deprecatedModule', () => {
  it('holds well-formed, sourced entries', () => {
    for (const entry of DEPRECATED_MODULES) {
      expectSourceUrl(entry.source);
      expect(entry.modules.length).toBeGreaterThan(0);
      for (const module of entry.modules) expect(module).toMatch(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/);
      expect(entry.note).toMatch(/^[A-Z].*\.$/s);
    }
  });

  it('covers the module and its submodules, and nothing beside them', () => {
    expect(deprecatedModule('pypi', 'vertexai.generative_models')?.successor).toBe('google-genai');
    expect(deprecatedModule('pypi', 'vertexai.language_models._language_models')?.name).toBe('google-cloud-aiplatform');
    expect(deprecatedModule('pypi', 'vertexai')).toBeUndefined();
    expect(deprecatedModule('pypi', 'vertexai.generative_models_extra')).toBeUndefined();
    expect(deprecatedModule('pypi', 'google.cloud.aiplatform')).toBeUndefined();
    expect(deprecatedModule('npm', 'vertexai.generative_models')).toBeUndefined();
  });
});
