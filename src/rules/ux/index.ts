import type { Check } from '../types.js';
import { agentWithoutDescriptionCheck } from './agent-without-description.js';
import { agentWithoutInstructionsCheck } from './agent-without-instructions.js';
import { loopLimitExceptionUncaughtCheck } from './loop-limit-exception-uncaught.js';

export const UX_CHECKS: readonly Check[] = [loopLimitExceptionUncaughtCheck, agentWithoutDescriptionCheck, agentWithoutInstructionsCheck];
