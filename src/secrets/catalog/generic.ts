import { characterClasses, shannonEntropy } from '../entropy.js';
import { isCommonPassword, looksLikeWords } from '../placeholders.js';
import type { SecretDetector } from '../types.js';
import { PROVIDER_PREFIXES } from './patterns.js';
import { ALNUM, HEX, rand } from './sample-tokens.js';

/**
 * The generic detector: a secret-looking name assigned a high-entropy literal, in code (Python,
 * TS/JS, Go), .env, YAML, JSON, TOML, Dockerfile and shell. The regex starts on the last word of the
 * name (`key`, `token`, `secret`, `password`, …) so it can skip ahead cheaply; what a regex cannot
 * judge — the whole name, quoting, code references, strength — is checked in `verify`.
 */

const WORD = String.raw`(?<word>key|token|secret|passw(?:or)?d|passphrase|pwd|pass|credentials?|auth(?:orization)?)`;
/** Closing quote of a JSON/dict key (maybe escaped, as in notebooks) and `]` of `environ["X"]`. */
const NAME_END = String.raw`(?:\\{0,3}["'\x60])?\]?`;
/** `=`, `:`, `:=`, `=>`, `??=`, `||=` or an annotated `: str =`; never `==` or `::`. Spaces kept to tell .env from code. */
const OP = String.raw`(?<op>[ \t]{0,4}(?::[ \t]{0,4}[A-Za-z_][\w.\[\]|, ]{0,30}?[ \t]{0,4}=(?!=)|:=|=>|\?\?=|\|\|=|=(?!=)|:(?![:=]))[ \t]{0,4})`;
/** Optional string prefix and opening quote, then an optional auth scheme (`"Bearer …"`). */
const OPEN = String.raw`(?:[bru]?(?<oq>\\{0,3}["'\x60]))?(?:(?:bearer|basic|token)[ ]{1,4})?`;
/**
 * The literal: right after a quote, or unquoted (not glued to a quote or word). Neither form allows
 * whitespace, so prose (`"Enter your password"`) never matches. The `(?=(…))\k<secret>` wrapper is an
 * atomic group: every terminator is outside the value's character class, so giving characters back
 * could never succeed, and without it `key=key=key=…` cost 300 steps per `key`. Whether a quoted value
 * really ends on its closing quote is checked in `verify`.
 */
const VALUE = String.raw`(?=(?<secret>(?<=["'\x60]|["'\x60](?:bearer|basic|token)[ ]{1,4})[^\s"'\x60\\]{8,300}|(?<![\w"'\x60])[^\s"'\x60\\;,&#()\[\]{}<>$]{8,300}))\k<secret>(?=[\s;,&#)\]}\\"'\x60]|$)`;

const GENERIC_REGEX = new RegExp(WORD + NAME_END + OP + OPEN + VALUE, 'gi');

/** Parts of the name before a bare `key` that make it a credential (`api_key`, `secretKey`, `APIKEY`). */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'signing', 'sign', 'encryption', 'encrypt', 'master', 'auth', 'client',
  'app', 'application', 'license', 'licence', 'subscription', 'service', 'admin', 'consumer', 'session', 'webhook',
  'hmac', 'jwt', 'crypto', 'cipher', 'aes', 'ssh', 'account', 'storage', 'shared', 'bot', 'deploy', 'server',
  'management', 'mgmt', 'sdk', 'write', 'ingest', 'secure', 'security', 'cookie', 'token', 'developer', 'dev',
]);
/** Qualifiers that say the value is not a credential: DB/cache keys, tokenizer tokens, pagination, public keys. */
const DENY_QUALIFIERS = new Set([
  'public', 'publishable', 'pub', 'site', 'anon', 'primary', 'foreign', 'sort', 'partition', 'cache', 'lookup',
  'idempotency', 'object', 'row', 'range', 'index', 'map', 'dict', 'hash', 'hashed', 'next', 'page', 'pagination',
  'continuation', 'cursor', 'csrf', 'xsrf', 'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'special', 'start',
  'end', 'stop', 'device', 'push', 'max', 'min', 'num', 'total', 'count', 'routing', 'message', 'i18n',
  'translation', 'label', 'dedup', 'group', 'field', 'column', 'attr', 'attribute', 'property', 'prop', 'meta',
  'redis', 's3', 'bucket', 'invalid', 'wrong', 'bad', 'sync', 'registration', 'update', 'request', 'change',
]);
/** Name parts that mark the whole assignment as a decoy or as public. */
const DENY_ANYWHERE = new Set(['public', 'publishable', 'example', 'sample', 'dummy', 'fake', 'mock', 'placeholder']);
/** Words that only count as their own name part (`db_pass`, not `bypass`; `api_key`, not `monkey`). */
const NEEDS_EDGE = new Set(['key', 'pass', 'pwd', 'auth', 'authorization', 'credential', 'credentials']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass']);

/** `a.b`, `a?.b`, `a!.b`, `A::b`, `a->b`: member access, i.e. code. */
const CODE_EXPR = /^[A-Za-z_$][\w$]*(?:(?:\??\.|!\.|::|->)[A-Za-z_$][\w$]*)+[!?]?$/;
/** Operators and prefixes that only appear in expressions, never inside a credential written unquoted. */
const EXPR_SYNTAX = /^[!@*&]|\?\.|\?\?|\|\||&&|=>|->|::/;
/** A declaration keyword before the name: `const token = …` is code, so the value must be quoted. */
const DECLARATION = /(?:^|[\s;{(])(?:const|let|var|val|final|def|fn|func|auto|static)\s+[\w$.]*$/;
const IDENT = /^[A-Za-z_$][\w$]*$/;
/** `DEFAULT_SECRET_2`, `auth_token_value`: each segment in one case, unlike a random token that contains `_`. */
const SNAKE_CASE = /^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(?:_+(?:[a-z0-9]+|[A-Z0-9]+))+$/;
const DOTTED_IDENT = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const URL_OR_PATH = /^[a-z][a-z0-9+.-]*:\/\/|^(?:\.{1,2}|~)?\/(?:[a-z0-9_.-]+\/?)+$|^[A-Za-z]:\\|\.(?:pem|key|json|txt|ya?ml|env|crt|cer|p12|pfx|jks|ini|cfg|conf|toml|pub|gpg|asc|der)$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PROVIDER_PREFIX = new RegExp(`^(?:${PROVIDER_PREFIXES.join('|')})`);

/** `OPENAI_API_KEY` → [openai, api, key]; `apiKey` → [api, key]; `APIKey` → [api, key]. */
function splitIdentifier(name: string): string[] {
  const parts: string[] = [];
  for (const chunk of name.split(/[^A-Za-z0-9]+/)) {
    for (const m of chunk.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g)) parts.push(m[0].toLowerCase());
  }
  return parts;
}

/** `team/prod/openai`, `AKID/20240101/us-east-1/s3/aws4_request`: a path or scope, not base64 (whose segments mix case). */
function looksLikePath(value: string): boolean {
  const segments = value.split('/');
  return segments.length >= 3 && segments.filter((s) => /^[a-z0-9_.-]{3,}$/.test(s)).length >= 2;
}

/** Password hashes (bcrypt, argon2, crypt, Django): stored verifiers, not the password. */
const PASSWORD_HASH = /^(?:\$(?:2[abxy]|argon2(?:id|i|d)|pbkdf2[-\w]*|scrypt|[156])\$|(?:pbkdf2_sha\d+|bcrypt|argon2)\$)/;

/** Algorithm and scheme names that sit where a secret could (`Authorization: AWS4-HMAC-SHA256 …`). */
const ALGORITHM = /^(?:AWS4-HMAC-SHA256|HMAC-?SHA-?\d+|SHA-?\d+|AES-?\d+(?:-[A-Z]+)?|[RHEP]S\d{3}|EdDSA)$/i;

function isSecretName(name: string, word: string): boolean {
  const parts = splitIdentifier(name);
  if (parts.some((p) => DENY_ANYWHERE.has(p))) return false;
  const last = parts.at(-1) ?? '';
  let qualifier: string;
  if (last === word) {
    qualifier = parts.at(-2) ?? '';
  } else if (last.endsWith(word)) {
    // Glued without a separator (`apikey`, `dbpassword`, `monkey`): only trust known qualifiers for short words.
    qualifier = last.slice(0, -word.length);
    if (NEEDS_EDGE.has(word) && !KEY_QUALIFIERS.has(qualifier)) return false;
  } else {
    return false;
  }
  if (DENY_QUALIFIERS.has(qualifier)) return false;
  if (word === 'key') {
    const envStyle = /^[A-Z][A-Z0-9_]*$/.test(name.split('.').at(-1) ?? '');
    return KEY_QUALIFIERS.has(qualifier) || (envStyle && qualifier !== '');
  }
  return true;
}

function isSecretValue(value: string, name: string, word: string, quoted: boolean, codeStyle: boolean): boolean {
  // `FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD"`: an enum member named after itself.
  const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (squash(value) === squash(name.split('.').at(-1) ?? '')) return false;
  if (ALGORITHM.test(value) || PASSWORD_HASH.test(value)) return false;
  if (DOTTED_IDENT.test(value) && (!quoted || !/\d/.test(value))) return false; // settings.SECRET_KEY, "auth.token.label"
  if (!quoted) {
    // Unquoted is fine in .env, YAML and INI, but in code it is an expression: a variable, a member, a negation.
    if (CODE_EXPR.test(value) || EXPR_SYNTAX.test(value)) return false;
    // An identifier is a variable when it reads as words or has snake_case; a random one is an INI value.
    if (IDENT.test(value) && (SNAKE_CASE.test(value) || looksLikeWords(value.replace(/\d+/g, '-')))) return false;
    if (codeStyle && IDENT.test(value) && shannonEntropy(value) < 3.5) return false;
  }
  if (URL_OR_PATH.test(value) || EMAIL.test(value) || looksLikePath(value)) return false;
  if (PROVIDER_PREFIX.test(value)) return false; // a provider token its own detector did not accept: truncated or made up
  if (/^\d+$/.test(value)) return false; // ids, ports, phone numbers
  const classes = characterClasses(value);
  if (PASSWORD_WORDS.has(word)) {
    if (isCommonPassword(value) || looksLikeWords(value)) return false; // `P@55w0rd!`, `IAmSensitive`
    return value.length >= 8 && classes >= 2 && (classes >= 3 || value.length >= 10) && shannonEntropy(value) >= 2.5;
  }
  return value.length >= 12 && shannonEntropy(value) >= 3.0 && !looksLikeWords(value);
}

/** Identifier characters of a name, including `.` (`self.api_key`), `-` (`x-api-key`) and `$` (`$token`). */
function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 95 || code === 46 || code === 45 || code === 36
  );
}

function verifyAssignment(secret: string, match: RegExpExecArray, text: string): boolean {
  const quoted = match.groups?.['oq'] !== undefined;
  if (quoted && !/["'\x60\\]/.test(text[match.indices?.groups?.['secret']?.[1] ?? 0] ?? '')) return false; // `"two words"`
  // Cheapest rejection first: most candidates in ordinary code are `name = some.expression`.
  if (!quoted && (DOTTED_IDENT.test(secret) || CODE_EXPR.test(secret) || EXPR_SYNTAX.test(secret))) return false;
  const rawWord = match.groups?.['word'] ?? '';
  const word = rawWord.toLowerCase();
  let nameStart = match.index;
  while (nameStart > 0 && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
  const name = text.slice(nameStart, match.index + rawWord.length).replace(/^[$.]+/, '');
  if (!isSecretName(name, word)) return false;
  if (!quoted && DECLARATION.test(text.slice(Math.max(0, nameStart - 40), nameStart))) return false;
  const op = match.groups?.['op'] ?? '';
  // `token = value` with spaces is code (a variable); `TOKEN=value` is .env / shell / Dockerfile.
  const codeStyle = /^[ \t]+=|=[ \t]+$/.test(op) && !op.includes(':');
  return isSecretValue(secret, name, word, quoted, codeStyle);
}

const v = (seed: string, length = 32): string => rand(seed, length, ALNUM);

export const GENERIC_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'generic-secret-assignment',
    title: 'Hardcoded secret assigned to a credential name',
    description: 'A high-entropy literal assigned to a name such as api_key, token, client_secret or password, in code or configuration.',
    regex: GENERIC_REGEX,
    keywords: ['key', 'token', 'secret', 'pass', 'pwd', 'auth', 'credential'],
    verify: verifyAssignment,
    fallback: true,
    remediation: 'Move the value to the environment or a secret manager, read it at run time, and rotate it: it is in the history.',
    samples: {
      fire: [
        `api_key = "${v('gen-1')}"`,
        `    api_key: str = '${v('gen-2')}'`,
        `const authToken = "${v('gen-3', 40)}";`,
        `const client = new Client({ apiKey: "${v('gen-4')}" });`,
        `llm = make_llm(model="big", api_key="${v('gen-5')}")`,
        `settings = dict(client_secret="${v('gen-6')}")`,
        `SERVICE_TOKEN=${v('gen-7')}`,
        `SESSION_SECRET=${v('gen-17', 12)}_${v('gen-18', 20)}`,
        `export INTERNAL_API_KEY=${v('gen-8')}`,
        `  client_secret: ${v('gen-9', 40)}`,
        `  "access_token": "${rand('gen-10', 40, HEX)}",`,
        `webhook_secret = "${v('gen-11', 24)}"`,
        `ENV APP_SECRET=${v('gen-12')}`,
        `ARG DEPLOY_TOKEN=${v('gen-13')}`,
        'DB_PASSWORD=Tr0ub4dor!3horse',
        `[database]\npassword = "Qm4!vT8zLp2#"  # config.toml`,
        `auth_token = ${v('gen-16', 40)}`,
        '  password: "k9#Lm2!xQv8Z"',
        `def connect(host: str, password: str = "Zq7!pR2m#Xw9") -> Conn:`,
        `os.environ["VENDOR_API_KEY"] = "${v('gen-14')}"`,
        `headers = {"Authorization": "Bearer ${v('gen-15', 40)}"}`,
        `Server=db01;Database=agents;User Id=svc;Password=Vb7!tq2LmZ9w;`,
        '      - NEO4J_AUTH=neo4j/Vb7tq2LmZ9wQ4xKd',
      ],
      silent: [
        'password: str',
        '      - NEO4J_AUTH=neo4j/password',
        'BASIC_AUTH: "admin:changeme"',
        'def get_token(self) -> str:',
        'token_url = "https://auth.acme.dev/oauth/token"',
        'api_key_header = "X-API-Key"',
        'password_field = "password"',
        'api_key = os.environ["OPENAI_API_KEY"]',
        'api_key = os.getenv("OPENAI_API_KEY")',
        'token = os.environ.get("SERVICE_TOKEN", "")',
        'const apiKey = process.env.OPENAI_API_KEY;',
        'const apiKey = process.env["OPENAI_API_KEY"];',
        'SECRET_KEY=${SECRET_KEY}',
        'SECRET_KEY=$SECRET_KEY',
        'api_key: {{ secrets.API_KEY }}',
        'password = "%(db_password)s"',
        'API_KEY=your-api-key-here',
        'api_key = "<YOUR_KEY>"',
        'API_KEY=YOUR_API_KEY',
        'token = "xxxxxxxxxxxxxxxxxxxxxxxx"',
        'password = "****************"',
        'password = "changeme"',
        'secret = "replace-me-before-deploy"',
        'api_key = "TODO"',
        'token = "<token>"',
        'api_key = "..."',
        'api_key = "dummy-key-1234567890abc"',
        'api_key = "fake_api_key_1234567890"',
        'token = "not-real-token-9f8e7d6c"',
        'api_key = "test-key-4f9a8b7c6d5e"',
        'SECRET = "sample-secret-value-123"',
        'api_key = "placeholder-8c7b6a5f4e3d"',
        'password = "REDACTED-2024"',
        'token = self.config.auth.token',
        'token: Optional[str] = None',
        'password: str = Field(..., description="Database password")',
        'primary_key = "id_user_account_ref"',
        'cache_key = f"user:{user_id}:profile"',
        'eos_token = "<|endoftext|>"',
        'monkey = "Xk29vPq8Lm3nRt7w"',
        'max_tokens = 4096',
        '  "password": "Enter your password",',
        'sort_key = "createdAt"',
        'NEXT_PUBLIC_API_KEY=pk_4b8f0c2e9a7d6b5c',
        'private_key = "keys/service-account.pem"',
        'secret_name = "prod/agents/openai"',
        'if token == "Bearer abcdefghijklmnop":',
        'password = hashed_password',
        'token = DEFAULT_TOKEN_2',
        'password = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"',
        '{ password: userPassword1, email }',
      ],
    },
  },
];
