import type { Check } from '../types.js';
import { piiFieldsToModelCheck } from './pii-fields-to-model.js';
import { promptOrMessagesLoggedCheck } from './prompt-or-messages-logged.js';
import { sensitiveTracingEnabledCheck } from './sensitive-tracing-enabled.js';
import { tracingDisabledCheck } from './tracing-disabled.js';

export const POLICY_CHECKS: readonly Check[] = [
  promptOrMessagesLoggedCheck,
  sensitiveTracingEnabledCheck,
  tracingDisabledCheck,
  piiFieldsToModelCheck,
];
