export {  agentPackageKind,   } from './agent-packages.js';
;
;
export { dangerousReleases,  deprecatedSdk,   } from './match.js';
