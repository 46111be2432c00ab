/** A decision's status in words, as every text output names it (a module of its own: no zod, no file access). */
export const TRIAGE_STATUS_LABELS = { 'accepted-risk': 'accepted risk', 'false-positive': 'false positive' } as const;
