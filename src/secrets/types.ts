/**
 * A secret detector is data, not code (the gitleaks shape): a regex, the keywords that must appear in
 * a file before the regex is worth running, an optional entropy floor and allowlists. Samples that
 * must fire and must stay silent live beside each detector and are checked by the tests.
 */
export interface SecretDetector {
  /** Stable id, kebab-case, e.g. `openai-project-key`. The rule id is `secret/<id>`. */
  readonly id: string;
  /** Human title, e.g. `OpenAI project API key`. */
  readonly title: string;
  /** One sentence: what the credential grants and where it comes from. */
  readonly description: string;
  /**
   * Global regex (flag `g` required; `d` not needed). The secret is the named group `secret`, or the
   * whole match when the group is absent.
   */
  readonly regex: RegExp;
  /** Lower-case literals; the regex runs only if the file contains one of them (case-insensitive). */
  readonly keywords: readonly string[];
  /** Minimum Shannon entropy (bits per char) of the secret, for formats that could match prose. */
  readonly minEntropy?: number;
  /** Matches of any of these (tested against the secret) are not reported. */
  readonly allowlist?: readonly RegExp[];
  /**
   * Extra check for what a regex cannot say (the assigned name, a URL's host, password strength).
   * `match` comes from the engine's copy of `regex` compiled with flag `d`, so `match.indices` is set;
   * `text` is the whole scanned string. Returning false drops the match.
   */
  readonly verify?: (secret: string, match: RegExpExecArray, text: string) => boolean;
  /**
   * A catch-all detector (generic assignments, any URL with a password): it yields to every other
   * detector, both to their findings and to the spans they looked at and rejected as placeholders.
   */
  readonly fallback?: boolean;
  /** Where to rotate / how to move the secret, shown as remediation. */
  readonly remediation?: string;
  /** Example lines that must produce exactly this detector's finding (written here, never real keys). */
  readonly samples: {
    readonly fire: readonly string[];
    readonly silent: readonly string[];
  };
}

/** One secret found in a text: offsets are UTF-16 indexes into the scanned string. */
export interface SecretMatch {
  readonly detectorId: string;
  /** Offset of the secret's first character. */
  readonly start: number;
  /** Offset one past the secret's last character. */
  readonly end: number;
  /** The raw secret. Never leaves the process: use `redactSecret` for anything shown or stored. */
  readonly secret: string;
}
