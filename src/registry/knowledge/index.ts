export { AGENT_PACKAGES, agentPackageKind, type AgentPackage, type AgentPackageKind } from './agent-packages.js';
export { DANGEROUS_RELEASES, type DangerousRelease } from './dangerous-releases.js';
export { DEPRECATED_MODULES, DEPRECATED_SDKS, type DeprecatedModules, type DeprecatedSdk } from './deprecated-sdks.js';
export { dangerousReleases, deprecatedModule, deprecatedSdk, isValidRange, versionMatches } from './match.js';
