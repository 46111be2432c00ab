/** Where `ops baseline create` writes, relative to the audited root (no imports: the CLI's help text needs it at start-up). */
export const DEFAULT_BASELINE = '.cockpit/baseline.json';
