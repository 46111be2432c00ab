import type { Check } from '../types.js';

export const UX_CHECKS: readonly Check[] = [];
