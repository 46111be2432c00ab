/** `test_code:` in the root cockpit.yaml: gitignore-style patterns relative to the audited root. */
export interface CodeKindSettings {
  /** Extra paths that are test code (e.g. `qa/`, `**\/*_scenarios.py`). */
  readonly testPaths: readonly string[];
  /** Paths never treated as test, fixture, docs or example code, whatever their names say. */
  readonly productionPaths: readonly string[];
  /** `all` audits test code with every rule, like production code. */
  readonly rules: 'secrets-and-pii' | 'all';
}

export const DEFAULT_CODE_KIND_SETTINGS: CodeKindSettings = { testPaths: [], productionPaths: [], rules: 'secrets-and-pii' };
