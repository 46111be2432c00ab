export { discoverIndexes } from './discover.js';
export { redactUrl, splitUrlCredentials } from './redact.js';
export {
  type Credential,
  Credentials,
  DEFAULT_NPM,
  DEFAULT_PYPI,
  type DiscoverOptions,
  type DiscoveryResult,
  type Ecosystem,
  type IndexRole,
  type IndexSetting,
  type IndexTool,
  type RedactedCredential,
} from './types.js';
