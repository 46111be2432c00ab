/**
 * A secret detector is data, not code (the gitleaks shape): a regex, the keywords that must appear in
 * a file before the regex is worth running, an optional entropy floor and allowlists. Samples that
 * must fire and must stay silent live beside each detector and are checked by the tests.
 */
/**
 * A sample line or file. A plain string is scanned as it is; `{ path, text }` is scanned as the file
 * at `path`, for detectors that only run on some files (`paths`) or judge a value by its file.
 */
export type SecretSample = string | { readonly path: string; readonly text: string };

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
  /**
   * Lower-case literals; the regex runs only if the file contains one of them (case-insensitive).
   * Empty for a detector scoped by `paths`, which runs on every file it names.
   */
  readonly keywords: readonly string[];
  /**
   * Credential files whose format is too plain to find anywhere else (`.pgpass` lines, htpasswd
   * entries, a bare Rails master key): the detector runs only on files whose POSIX path (relative to
   * the audited root) matches, and never when the caller does not know the path.
   */
  readonly paths?: RegExp;
  /** Minimum Shannon entropy (bits per char) of the secret, for formats that could match prose. */
  readonly minEntropy?: number;
  /** Matches of any of these (tested against the secret) are not reported. */
  readonly allowlist?: readonly RegExp[];
  /**
   * Whether a match is this detector's business at all (a kubeconfig's `users:` section, a docker
   * config's `auths`). False drops it silently: unlike a `verify` rejection, it does not stop the
   * fallback detectors from judging the same text.
   */
  readonly context?: (match: RegExpExecArray, text: string, path: string | undefined) => boolean;
  /**
   * Extra check for what a regex cannot say (the assigned name, a URL's host, password strength).
   * `match` comes from the engine's copy of `regex` compiled with flag `d`, so `match.indices` is set;
   * `text` is the whole scanned string, `path` its file when the caller knows it. Returning false
   * drops the match.
   */
  readonly verify?: (secret: string, match: RegExpExecArray, text: string, path: string | undefined) => boolean;
  /**
   * The secret is random printable text or a key block (WordPress salts, Django keys, PEM bodies,
   * crypt hashes) whose characters trip the global placeholder patterns by chance (`<…>`, `${`,
   * `%(`, `...`): the global check is skipped and `verify` judges placeholders itself.
   */
  readonly ownPlaceholderCheck?: boolean;
  /**
   * A catch-all detector (generic assignments, any URL with a password): it yields to every other
   * detector, both to their findings and to the spans they looked at and rejected as placeholders.
   */
  readonly fallback?: boolean;
  /**
   * The value has no structure of its own (no provider prefix or checksum): the detector trusts a
   * setting or file name (a Django SECRET_KEY, a .pgpass line). Tests, fixtures and docs are full of
   * such values, so the secret rule reports them only in other code, as it does for `fallback`.
   */
  readonly skipInTestsAndDocs?: boolean;
  /** Where to rotate / how to move the secret, shown as remediation. */
  readonly remediation?: string;
  /** Example lines that must produce exactly this detector's finding (written here, never real keys). */
  readonly samples: {
    readonly fire: readonly SecretSample[];
    readonly silent: readonly SecretSample[];
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
  /**
   * Set when the secret was split over string literals joined by `+` (or Python's implicit
   * concatenation): how many literals it spans. `start`/`end` then cover those literals, quotes and
   * operators included, and `secret` is the joined value.
   */
  readonly joinedPieces?: number;
}
