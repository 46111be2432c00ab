import ignore, { type Ignore } from 'ignore';
import { DEFAULT_CODE_KIND_SETTINGS, type CodeKindSettings } from './code-kind-settings.js';

/**
 * What a file is for, decided once from its path and used by discovery, every rule and the scanners:
 * - `test`: test code (tests/, test_*.py, *.test.ts, conftest.py, evals) that never ships;
 * - `fixture`: data tests read (fixtures/, testdata/, mocks, VCR cassettes, snapshots);
 * - `vendored`: someone else's code copied in (vendor/, third_party/);
 * - `docs`: documentation (docs/, Markdown and reStructuredText);
 * - `example`: examples and samples, which people copy, so rules still read them;
 * - `production`: everything else.
 * Test and fixture code is where sentinels (`not-a-real-key`), dummy clients and recorded answers live:
 * only real-looking secrets and personal data are reported there.
 */
export type CodeKind = 'production' | 'test' | 'fixture' | 'vendored' | 'docs' | 'example';

// The settings live apart (no `ignore` import) so the policy, and the CLI paths that need only it, load cheaply.
export {  type CodeKindSettings };

const VENDORED_DIR = /(?:^|\/)(?:vendor|vendored|third[_-]party|site-packages|node_modules|bower_components)\//i;
const FIXTURE_DIR =
  /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test[_-]data|__mocks__|mocks?|cassettes|__snapshots__|snapshots|golden)\//i;
const FIXTURE_FILE = /\.snap$|(?:^|\/)[^/]*cassette[^/]*\.ya?ml$/i;
const TEST_DIR =
  /(?:^|\/)(?:tests?|__tests__|specs?|testing|e2e|integration[_-]tests?|unit[_-]tests?|functional[_-]tests?|evals?|test[_-]utils)\//i;
const TEST_FILE =
  /(?:^|\/)(?:test_[^/]*\.(?:py|ipynb)|[^/]*_tests?\.py|tests?\.py|conftest\.py|[^/]*[._](?:test|spec|e2e)\.[cm]?[jt]sx?|[^/]*_test\.go|setup[_-]tests?\.[cm]?[jt]s|(?:vitest|jest|playwright)\.config\.[cm]?[jt]s)$/i;
const DOCS_DIR = /(?:^|\/)(?:docs?|documentation)\//i;
const DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc)$/i;
const EXAMPLE_DIR = /(?:^|\/)(?:examples?|samples?|demos?|cookbooks?|tutorials?)\//i;

function matcher(patterns: readonly string[]): Ignore | undefined {
  return patterns.length > 0 ? ignore().add([...patterns]) : undefined;
}

/** Classifies POSIX paths relative to the audited root; build one per run (patterns compiled once). */
export class CodeKinds {
  private readonly testPaths: Ignore | undefined;
  private readonly productionPaths: Ignore | undefined;

  constructor(readonly settings: CodeKindSettings = DEFAULT_CODE_KIND_SETTINGS) {
    this.testPaths = matcher(settings.testPaths);
    this.productionPaths = matcher(settings.productionPaths);
  }

  kindOf(relativePath: string): CodeKind {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || path === '.') return 'production';
    if (this.productionPaths?.ignores(path)) return 'production';
    if (VENDORED_DIR.test(path)) return 'vendored';
    if (FIXTURE_DIR.test(path) || FIXTURE_FILE.test(path)) return 'fixture';
    if (this.testPaths?.ignores(path) || TEST_DIR.test(path) || TEST_FILE.test(path)) return 'test';
    if (DOCS_DIR.test(path) || DOCS_FILE.test(path)) return 'docs';
    if (EXAMPLE_DIR.test(path)) return 'example';
    return 'production';
  }

  /** A folder that holds only tests or fixtures (never an agent): `tests`, `pkg/tests/unit`, `fixtures`. */
  isTestFolder(relativeFolder: string): boolean {
    if (relativeFolder === '.' || relativeFolder === '') return false;
    const kind = this.kindOf(`${relativeFolder}/_`);
    return kind === 'test' || kind === 'fixture';
  }

  /** Test and fixture code: only real-looking secrets and personal data are reported there (unless `rules: all`). */
  isTestCode(relativePath: string): boolean {
    const kind = this.kindOf(relativePath);
    return kind === 'test' || kind === 'fixture';
  }
}

export const DEFAULT_CODE_KINDS = new CodeKinds();

/** The conventional notion alone (no cockpit.yaml patterns): for callers that have no run settings. */
export function isTestCodePath(relativePath: string): boolean {
  return DEFAULT_CODE_KINDS.isTestCode(relativePath);
}

const BY_CONTENT = new Map<string, CodeKinds>();
const BY_OBJECT = new WeakMap<CodeKindSettings, CodeKinds>();

/**
 * One classifier per distinct settings. Called for every file, so the settings object is the fast key;
 * policies are cloned into workers, so a clone seen for the first time is matched by its content.
 */
export function codeKindsOf(settings: CodeKindSettings): CodeKinds {
  if (settings === DEFAULT_CODE_KIND_SETTINGS) return DEFAULT_CODE_KINDS;
  let kinds = BY_OBJECT.get(settings);
  if (kinds) return kinds;
  const key = JSON.stringify(settings);
  kinds = BY_CONTENT.get(key);
  if (!kinds) BY_CONTENT.set(key, (kinds = new CodeKinds(settings)));
  BY_OBJECT.set(settings, kinds);
  return kinds;
}
