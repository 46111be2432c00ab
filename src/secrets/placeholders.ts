/**
 * The global allowlist: values that are shaped like secrets but are documentation, templates or test
 * fixtures. Every detector's candidate goes through `isPlaceholder`; a CI gate that cries wolf gets
 * switched off, so this errs towards silence for anything that says what it is.
 */

/** Long marker words: matched anywhere, any case (too long to appear by chance in random text). */
const MARKER_WORDS =
  /example|placeholder|redacted|change[-_]?me|replace[-_]?me|not[-_]?real|sample|dummy|test[-_]?(?:key|token|secret|password)|your(?:[-_]?api)?[-_]?(?:key|token|secret|password)|insert[-_]?(?:your|key|token|here)|[-_]here$/i;

/**
 * Short marker words only count at a word edge: `fake-key`, `YOUR_TOKEN`, `myFakeToken`, but not
 * the `fake` that a long random token contains one time in a thousand.
 */
const SHORT_WORD_EDGE = /(?<![A-Za-z])(?:fake|your|todo|fixme|mock|tbd)(?![a-z])/i;
const SHORT_WORD_CAMEL = /(?<=[a-z0-9])(?:Fake|Your|Todo|Mock)(?![a-z])/;

/**
 * Masks and elisions: `xxxx`, `****`, `...`, `…`, `<token>`, six identical characters in a row.
 * Runs of `A` are exempt: they are zero bytes in base64, and real OpenSSH and DER keys are full of them.
 */
const MASKS = /x{4,}|X{4,}|\*{3,}|\.\.\.|…|#{4,}|<[^<>]{0,60}>|([^A])\1{5,}/;

/** Keyboard walks and counting sequences that people type as a stand-in. */
const SEQUENCES = /0123456789|123456789|abcdefghij|ABCDEFGHIJ|qwertyuiop/;

/** References to a value held elsewhere: `${VAR}`, `$VAR`, `{{ secrets.X }}`, `%(x)s`, `{name}`, env reads. */
const TEMPLATE =
  /\$\{|\$\(|\{\{|\}\}|%\(|%[sd](?![A-Za-z0-9])|#\{|<%|^\$[A-Za-z_]|^\{[A-Za-z_][\w.]*\}$|process\.env|os\.environ|getenv|import\.meta\.env/;

/** Whole values that are a type name, a keyword or a default, never a credential. */
const EXACT = new Set([
  'none', 'null', 'nil', 'undefined', 'true', 'false', 'string', 'str', 'bytes', 'secretstr', 'optional',
  'password', 'passwd', 'pass', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'key', 'changeme',
  'admin', 'root', 'default', 'empty', 'required', 'hidden', 'masked', 'unset', 'test', 'testing',
  'example', 'sample', 'dummy', 'fake', 'mock', 'todo', 'tbd',
]);

/**
 * Keys published in vendor documentation that still work only against emulators: the Azurite storage
 * emulator's account key (AWS's documented keys are caught by the word EXAMPLE).
 */
const DOCUMENTED_KEYS = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='];

/** Stripe test-mode keys and publishable keys are meant to be shared; they are not findings. */
const PUBLIC_OR_TEST_PREFIX = /^(?:sk|rk|pk)_test_|^pk_live_/;

/** True when the value is a template or environment reference rather than a literal. */
export function isTemplateReference(value: string): boolean {
  return TEMPLATE.test(value);
}

/** `user/password` or `user:password` (NEO4J_AUTH, basic auth pairs): the password part decides. */
const CREDENTIAL_PAIR = /^[\w.@-]{1,64}[/:]([^/:\s]{1,64})$/;

/**
 * What says "stand-in" in any kind of value, random-looking or not: a whole value that is a type name or
 * default, a marker word, or a typed sequence. Both allowlists below start from it.
 */
function namesAStandIn(value: string): boolean {
  return (
    EXACT.has(value.toLowerCase()) ||
    MARKER_WORDS.test(value) ||
    SHORT_WORD_EDGE.test(value) ||
    SHORT_WORD_CAMEL.test(value) ||
    SEQUENCES.test(value)
  );
}

/** True when the value is a placeholder, a documented example, a test value or a template. */
export function isPlaceholder(value: string): boolean {
  if (namesAStandIn(value)) return true;
  // `NEO4J_AUTH=neo4j/password` in a tutorial's docker-compose: the image's documented default, not a secret.
  const pair = CREDENTIAL_PAIR.exec(value);
  if (pair && isCommonPassword(pair[1]!)) return true;
  return MASKS.test(value) || TEMPLATE.test(value) || PUBLIC_OR_TEST_PREFIX.test(value) || DOCUMENTED_KEYS.some((key) => value.includes(key));
}

/** A whole value that is a reference or an elision: `${X}`, `{{ x }}`, `<%= ENV["X"] %>`, `<key>`, `$VAR`. */
const WHOLE_TEMPLATE = /^(?:\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<%.*%>|%\(\w+\)s|<[^<>]*>|\$[A-Za-z_]\w*|\{[A-Za-z_][\w.]*\})$/s;
/** Elisions at an end (`abc...`, `...`), masks and long runs of one character. */
const ELIDED = /^(?:\.{3}|…)|(?:\.{3}|…)$|x{4,}|X{4,}|\*{4,}|(.)\1{7,}/;

/**
 * `isPlaceholder` for secrets that are random printable text (WordPress salts, Django keys, crypt
 * hashes): their `<…>`, `$(`, `%(` and `...` come by chance, so only words that say what the value
 * is, a whole-value template, an elision at an end and long runs of one character count.
 */
export function isPlaceholderText(value: string): boolean {
  const trimmed = value.trim();
  return namesAStandIn(trimmed) || WHOLE_TEMPLATE.test(trimmed) || ELIDED.test(trimmed);
}

/** Passwords from tutorials and breach top lists; they mark a sample, and a real one would be cracked anyway. */
const COMMON_PASSWORDS = new Set([
  'password', 'passwort', 'admin', 'administrator', 'root', 'toor', 'changeme', 'secret', 'letmein', 'welcome',
  'qwerty', 'iloveyou', 'monkey', 'dragon', 'master', 'login', 'guest', 'default', 'test', 'user', 'pass',
  'hunter', 'abc', 'mypassword', 'yourpassword', 'supersecret', 'topsecret', 'secretpassword', 'pwd', 'postgres',
]);
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '5': 's', $: 's', '7': 't' };

/**
 * True for a well-known weak or sample password, also in leetspeak and with digits or symbols tacked
 * on: `P@55w0rd!`, `Password123`, `admin2024`, `changeme!`.
 */
export function isCommonPassword(value: string): boolean {
  const core = value.toLowerCase().replace(/[\d!@#$%^&*._-]+$/, '');
  if (COMMON_PASSWORDS.has(core)) return true;
  const plain = value.toLowerCase().replace(/[@4310!5$7]/g, (c) => LEET[c] ?? c).replace(/[^a-z]+$/, '');
  return COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plain.replace(/i+$/, ''));
}

/**
 * True when the value reads as words (`AccessTokenValue`, `no-password-required`,
 * `CUSTOMER_MANAGED_KMS_KEY`): names, labels and enum values, not random strings. Random strings split
 * into short, vowel-poor fragments, so at most a few of their letters land in word-like parts.
 */
export function looksLikeWords(value: string): boolean {
  if (/\d/.test(value)) return false;
  const parts = value.split(/[^A-Za-z]+/).flatMap((chunk) => chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
  if (parts.length === 0) return false;
  let letters = 0;
  let wordy = 0;
  for (const part of parts) {
    letters += part.length;
    const vowels = part.replace(/[^aeiouyAEIOUY]/g, '').length;
    if (part.length >= 3 && vowels / part.length >= 0.2 && vowels < part.length) wordy += part.length;
  }
  return letters / parts.length >= 3 && wordy / letters >= 0.75;
}
