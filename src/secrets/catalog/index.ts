import type { SecretDetector } from '../types.js';
import { AI_PROVIDER_DETECTORS } from './ai-providers.js';
import { CLOUD_DETECTORS } from './cloud.js';
import { CODE_HOSTING_DETECTORS } from './code-hosting.js';
import { CREDENTIAL_FILE_DETECTORS } from './credential-files.js';
import { CRYPTO_AND_URL_DETECTORS } from './crypto-and-urls.js';
import { FRAMEWORK_DETECTORS } from './frameworks.js';
import { GENERIC_DETECTORS } from './generic.js';
import { SAAS_DETECTORS } from './saas.js';

/**
 * Every detector, most specific first. Order is precedence: when two findings overlap, the one
 * listed earlier wins (a GCP service-account key beats the bare PEM block inside it, a database URL
 * beats the generic URL rule, anything beats the generic assignment rule). Framework keys and
 * credential files come after the provider formats (an `npm_` token in an .npmrc is an npm token)
 * and before the key, JWT and URL detectors (a kubeconfig token is reported as a kubeconfig
 * credential, a .git-credentials line as a git credential).
 */
export const SECRET_DETECTORS: readonly SecretDetector[] = [
  ...AI_PROVIDER_DETECTORS,
  ...CLOUD_DETECTORS,
  ...CODE_HOSTING_DETECTORS,
  ...SAAS_DETECTORS,
  ...FRAMEWORK_DETECTORS,
  ...CREDENTIAL_FILE_DETECTORS,
  ...CRYPTO_AND_URL_DETECTORS,
  ...GENERIC_DETECTORS,
];
