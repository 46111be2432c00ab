/** Where the triage file lives, relative to the audited root; committed like the baseline. */
export const DEFAULT_TRIAGE = '.cockpit/triage.json';
