import type { SourceFile } from '../source/read-sources.js';

/**
 * A fix is a list of text edits computed from the syntax tree (never a reprint of the file), so
 * formatting and comments stay as they were, plus the imports it needs and lines it adds to other
 * files (`.env.example`). One engine merges the fixes of a file and drops any that overlap.
 */
export interface TextEdit {
  /** Half-open UTF-16 range in the original text; start === end inserts. */
  start: number;
  end: number;
  text: string;
}

/** A Python import the fixed code needs: `import os` or `from tenacity import retry, stop_after_attempt`. */
export type PythonImport = { module: string } | { from: string; names: string[] };

export interface Fix {
  /** What changes, in a few words: `add timeout=30 to requests.get`. */
  description: string;
  edits: TextEdit[];
  pythonImports?: PythonImport[];
  /** Lines to ensure in another file of the agent, relative to the fixed file's folder. */
  ensureLines?: Array<{ file: string; line: string }>;
  /**
   * Set by a fix that moves a secret into an environment variable: `name` appears in the edits,
   * the description and the `NAME=` line, and heal renames it when another secret of the agent
   * already has it (one variable per distinct secret). `secretDigest` is a SHA-256 of the secret.
   */
  env?: { name: string; secretDigest: string };
}

/** A one-click fix the audit found, with where to apply it. */
export interface PlannedFix {
  fingerprint: string;
  ruleId: string;
  /** Report path (relative to the audited root). */
  file: string;
  /** Absolute path of the file to edit. */
  absolutePath: string;
  language: SourceFile['language'];
  fix: Fix;
}
