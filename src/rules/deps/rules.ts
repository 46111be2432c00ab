import type { RuleMeta } from '../types.js';

/** Dependency rules read manifests and registry answers, not source files: the engine runs them per agent. */
const base = { category: 'dependency', fixability: 'structural' } as const;

export const UNKNOWN_PACKAGE: RuleMeta = {
  ...base,
  id: 'deps/unknown-package',
  title: 'Dependency exists in no package index',
  description:
    'Every configured index (and, after a refusal, every public mirror) answered "not found" for this package. Code written with an AI assistant sometimes names packages that do not exist; an attacker who registers that name (slopsquatting) gets code execution on the next install. A typo of a popular name is the same risk.',
  persona: 'secops',
  severity: 'error',
  tags: ['security', 'LLM03:2025', 'CWE-1357', 'CWE-829'],
  remediation: 'Check the name against the package you meant (its index page and repository); fix the spelling, or remove the line. If it is a private package, make sure the private index is configured so the cockpit asks it.',
  precision: 'high',
  securitySeverity: 8.1,
};

export const UNRESOLVED_PACKAGE: RuleMeta = {
  ...base,
  id: 'deps/unresolved-package',
  title: 'Dependency could not be checked in any index',
  description:
    'No index could say whether this package exists: an index refused, failed or answered a broken document and no mirror could answer in its place (or the name is private and never sent to one), or the run was offline and the cache had no answer. Without best-effort (`--resolve-best-effort`, cockpit.yaml `registries.best-effort`) such a run fails with exit 3 instead; offline cache misses are always notes. Nothing is known to be wrong; the other dependency rules could not look at it.',
  persona: 'sre',
  severity: 'note',
  tags: ['supply-chain'],
  remediation: 'Run `ops diagnose` to see which index failed and why; configure credentials for the private index (pip.conf, .netrc, .npmrc) or add a mirror in cockpit.yaml `registries.mirrors`.',
  precision: 'very-high',
};

export const DEPENDENCY_CONFUSION_RISK: RuleMeta = {
  ...base,
  id: 'deps/dependency-confusion-risk',
  title: 'Dependency may resolve to a public package that is not the intended one',
  description:
    'Either the name matches one of the organisation\'s private name patterns (cockpit.yaml `registries.private`) and a public registry (pypi.org, registry.npmjs.org) has a package of that name where the installer looks, or a configured index refused, failed or answered a broken document for this package and the index that did answer does not offer the pinned or locked version. Both are the dependency-confusion shape: an installer that asks the public registry takes whatever is published there under the internal name.',
  persona: 'secops',
  severity: 'error',
  tags: ['security', 'supply-chain', 'LLM03:2025', 'CWE-427', 'CWE-829'],
  remediation:
    'Install private packages from the private index only: npm scope registries (`@acme:registry=`), pip `--index-url` to the private index (not `--extra-index-url` next to pypi.org) or uv `index-strategy = first-index`; give the cockpit credentials for the private index so it can check the real package; pin hashes (`--require-hashes`) or commit a lock file.',
  precision: 'high',
  securitySeverity: 8.1,
};

export const UNPINNED_AGENT_PACKAGE: RuleMeta = {
  ...base,
  id: 'deps/unpinned-agent-package',
  title: 'Agent framework or model SDK without an upper version bound',
  description:
    'An agent framework or model SDK is declared with no version or with only a lower bound, and no lock file pins it. Agent frameworks change defaults (retries, tool calling, prompts, model names) between releases, so the next install can silently change how the agent behaves.',
  persona: 'sre',
  severity: 'warning',
  tags: ['reliability', 'supply-chain', 'CWE-1357'],
  remediation: 'Pin an exact version (`==1.2.3`, `"1.2.3"`), or bound it (`~=1.2`, `^1.2.3`) and commit a lock file (uv.lock, poetry.lock, package-lock.json).',
  precision: 'very-high',
};

export const DEPRECATED_SDK: RuleMeta = {
  ...base,
  id: 'deps/deprecated-sdk',
  title: 'Deprecated SDK with a named successor',
  description:
    'The package is deprecated by its maintainer in favour of a successor: it gets no new models or features and, after its end-of-support date, no fixes.',
  persona: 'architecture',
  severity: 'warning',
  tags: ['reliability', 'supply-chain'],
  remediation: 'Migrate to the successor package named in the message (its migration guide lists the API changes), then remove the old dependency.',
  precision: 'very-high',
};

export const DANGEROUS_RELEASE: RuleMeta = {
  ...base,
  id: 'deps/dangerous-release',
  title: 'Framework release with a known-dangerous default or critical advisory',
  description:
    'The pinned or locked version of an agent framework is in the affected range of a published advisory, usually about a default that is unsafe for agents (deserialisation that reads secrets, servers without DNS-rebinding protection, code execution in tools).',
  persona: 'secops',
  severity: 'error',
  tags: ['security', 'LLM03:2025', 'CWE-1395'],
  remediation: 'Upgrade to the fixed version named in the message (or later) and update the lock file.',
  precision: 'high',
  securitySeverity: 8.0,
};

export const YANKED_RELEASE: RuleMeta = {
  ...base,
  id: 'deps/yanked-release',
  title: 'Pinned release was yanked from the index',
  description:
    'The exact version the agent pins or locks was yanked (PEP 592): its maintainers withdrew it, usually because it is broken or unsafe. pip still installs a yanked release when it is pinned exactly, so the problem stays hidden.',
  persona: 'secops',
  severity: 'error',
  tags: ['supply-chain', 'CWE-1104'],
  remediation: 'Move to a release that is not yanked (the next patch release, usually) and update the lock file.',
  precision: 'very-high',
};

export const DEPRECATED_RELEASE: RuleMeta = {
  ...base,
  id: 'deps/deprecated-release',
  title: 'Pinned npm release or package is deprecated',
  description: 'The npm registry marks the version the agent uses (or the whole package) as deprecated, with a message from its maintainers.',
  persona: 'sre',
  severity: 'warning',
  tags: ['supply-chain', 'CWE-1104'],
  remediation: 'Follow the deprecation message: move to the version or package it names, and update the lock file.',
  precision: 'very-high',
};

export const MALFORMED_MANIFEST: RuleMeta = {
  ...base,
  id: 'deps/malformed-manifest',
  title: 'Manifest or lock file cannot be read',
  description:
    'A dependency manifest (requirements, pyproject.toml, package.json, a lock file) has a line the cockpit cannot parse, an include that is missing or leaves the agent, or invalid TOML/JSON. Installers fail or, worse, skip the entry; the other dependency rules cannot see it.',
  persona: 'sre',
  severity: 'warning',
  tags: ['reliability', 'supply-chain'],
  remediation: 'Fix the line the message names; `pip install -r` or `npm install --dry-run` shows the same error.',
  precision: 'very-high',
};

export const DEPENDENCY_RULES: readonly RuleMeta[] = [
  MALFORMED_MANIFEST,
  UNKNOWN_PACKAGE,
  UNRESOLVED_PACKAGE,
  DEPENDENCY_CONFUSION_RISK,
  UNPINNED_AGENT_PACKAGE,
  DEPRECATED_SDK,
  DANGEROUS_RELEASE,
  YANKED_RELEASE,
  DEPRECATED_RELEASE,
];

