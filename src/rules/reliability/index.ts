import type { Check } from '../types.js';
import { adkGeminiNoRetryCheck } from './adk-gemini-no-retry.js';
import { aiSdkCallNoTimeoutCheck } from './ai-sdk-call-no-timeout.js';
import { floatingModelAliasCheck } from './floating-model-alias.js';
import { httpCallNoTimeoutCheck } from './http-call-no-timeout.js';
import { missingRetryOnHttpToolCheck } from './missing-retry-on-http-tool.js';
import { modelClientNoTimeoutCheck } from './model-client-no-timeout.js';
import { retiredModelCheck } from './retired-model.js';
import { retriesDisabledCheck } from './retries-disabled.js';
import { unboundedAgentStepsCheck } from './unbounded-agent-steps.js';
import { unboundedLoopAgentCheck } from './unbounded-loop-agent.js';
import { unboundedModelLoopCheck } from './unbounded-model-loop.js';
import { unboundedRetryCheck } from './unbounded-retry.js';

/** SRE / reliability checks, in a fixed order so reports are deterministic. */
export const RELIABILITY_CHECKS: readonly Check[] = [
  modelClientNoTimeoutCheck,
  httpCallNoTimeoutCheck,
  aiSdkCallNoTimeoutCheck,
  retriesDisabledCheck,
  adkGeminiNoRetryCheck,
  unboundedRetryCheck,
  retiredModelCheck,
  floatingModelAliasCheck,
  unboundedModelLoopCheck,
  unboundedAgentStepsCheck,
  unboundedLoopAgentCheck,
  missingRetryOnHttpToolCheck,
];
