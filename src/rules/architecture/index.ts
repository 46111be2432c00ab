import type { Check } from '../types.js';
import { destructiveToolWithoutApprovalCheck } from './destructive-tool-without-approval.js';
import { unstructuredOutputParsingCheck } from './unstructured-output-parsing.js';

export const ARCHITECTURE_CHECKS: readonly Check[] = [unstructuredOutputParsingCheck, destructiveToolWithoutApprovalCheck];
