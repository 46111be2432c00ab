import { getJson } from './client.js';
import type { RuleDoc } from './types.js';

/** The catalog never changes while the server runs: fetch it once per page load. */
let pending: Promise<RuleDoc[]> | null = null;

export function loadRules(): Promise<RuleDoc[]> {
  pending ??= getJson<{ items: RuleDoc[] }>('/api/rules').then(
    (body) => body.items,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
