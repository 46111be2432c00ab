import type { Check } from '../types.js';
import { noOutputTokenCapCheck } from './no-output-token-cap.js';
import { noUsageBudgetCheck } from './no-usage-budget.js';
import { premiumModelForSimpleTaskCheck } from './premium-model-for-simple-task.js';
import { staticPromptWithoutCachingCheck } from './static-prompt-without-caching.js';

export const FINOPS_CHECKS: readonly Check[] = [
  noOutputTokenCapCheck,
  premiumModelForSimpleTaskCheck,
  staticPromptWithoutCachingCheck,
  noUsageBudgetCheck,
];
