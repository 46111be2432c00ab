import type { SyntaxTree } from '../source/syntax-tree.js';
import type { Category, Fixability, Persona, SensitiveSpan, Severity } from '../findings/model.js';
import type { FrameworkId, LibraryId } from '../findings/kinds.js';
import type { SourceFile } from '../source/read-sources.js';
import type { HealValues } from '../heal/defaults.js';
import type { Fix } from '../heal/types.js';
import type { CodeKind } from '../source/code-kind.js';
import type { RuleOption } from './options.js';

type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** What a rule is, independent of any run: drives SARIF `rules[]`, docs/RULES.md and the reports. */
export interface RuleMeta {
  /** `category/slug`, e.g. `secret/openai-project-key`. Used in suppressions and baselines. */
  readonly id: string;
  readonly title: string;
  /** What it detects and why it matters (SARIF fullDescription). */
  readonly description: string;
  readonly persona: Persona;
  readonly category: Category;
  readonly severity: Severity;
  readonly fixability: Fixability;
  /** OWASP LLM / Agentic ids and CWE ids, e.g. `LLM02:2025`, `CWE-798`. */
  readonly tags: readonly string[];
  readonly remediation: string;
  /** Where the framework documents the safe form (a URL), shown with the rule. */
  readonly docs?: string;
  /** Frameworks and libraries the rule reads (`langgraph`, `vercel-ai-sdk`, …); empty for framework-neutral rules. */
  readonly frameworks?: readonly (FrameworkId | LibraryId)[];
  /**
   * The framework releases (and their API names and defaults) the rule was checked against, e.g.
   * `ai 7.x: isStepCount(n)`: frameworks rename options between releases, so docs/RULES.md says what is known.
   */
  readonly knows?: readonly string[];
  readonly precision: Precision;
  /** 0.0–10.0 as GitHub code scanning reads it; security rules only. */
  readonly securitySeverity?: number;
  /** Settings the rule reads from cockpit.yaml, with their schemas and defaults. */
  readonly options?: readonly RuleOption[];
}

/** What a check reports; the engine turns it into a `Finding` (region, snippet, fingerprint, suppression). */
export interface RawFinding {
  readonly ruleId: string;
  /** UTF-16 offsets into the file text. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /**
   * The normalised content the fingerprint is built from (so it survives line moves). For secrets
   * this is a digest of the secret, never the secret itself.
   */
  readonly fingerprintContent: string;
  /** Set when the match itself is sensitive: every snippet of this file masks it. */
  readonly sensitive?: SensitiveSpan;
  /** Overrides the rule's default fixability for this finding. */
  readonly fixability?: Fixability;
  /** The text edits that resolve the finding, for one-click findings the cockpit can heal. */
  readonly fix?: Fix;
}

export interface CheckContext {
  readonly file: SourceFile;
  /** What the file is for (test, fixture, docs, example, production), from its path in the audited root. */
  readonly codeKind: CodeKind;
  report(finding: RawFinding): void;
  /** The file's syntax tree, parsed at most once and only when a check asks. */
  tree(): Promise<SyntaxTree | undefined>;
  /** Values fixes write (timeouts, retry counts, caps), from cockpit.yaml or the defaults. */
  readonly heal: HealValues;
  /** Rule id → the options cockpit.yaml sets for it (validated when the file loaded); absent: none set. */
  readonly ruleOptions?: ReadonlyMap<string, Record<string, unknown>>;
  /** The other files of the same agent, for checks that follow an import into another module (absent: this file alone). */
  readonly agentFiles?: AgentFiles;
}

/** One agent's source files as a check sees them across modules; files in another worker's batch are read on demand. */
export interface AgentFiles {
  /** Every source file of the agent, as POSIX paths relative to the agent root (the form of `SourceFile.path`). */
  readonly paths: readonly string[];
  read(path: string): Promise<SourceFile | undefined>;
  /** The syntax tree for the file's own checks; one parse shared with `moduleTree` where their lifetimes allow. */
  tree?(file: SourceFile): Promise<SyntaxTree | undefined>;
  /** The syntax tree of a module the cross-module analysis reads, parsed once and kept for the whole audit. */
  moduleTree?(file: SourceFile): Promise<SyntaxTree | undefined>;
}

/**
 * A check inspects one file and may report findings for any of its rules. Most checks own one rule;
 * the secret scanner owns one rule per detector so each credential type has its own SARIF rule.
 */
export interface Check {
  readonly rules: readonly RuleMeta[];
  appliesTo?(file: SourceFile): boolean;
  run(context: CheckContext): void | Promise<void>;
}
