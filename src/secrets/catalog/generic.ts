import { characterClasses, shannonEntropy } from '../entropy.js';
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
 * The literal: right after a quote and up to the closing quote, or unquoted up to a terminator.
 * Neither form allows whitespace, so prose (`"Enter your password"`) never matches.
 */
const VALUE = String.raw`(?<secret>(?<=["'\x60]|["'\x60](?:bearer|basic|token)[ ]{1,4})[^\s"'\x60\\]{8,300}(?=\\{0,3}["'\x60])|(?<![\w"'\x60])[^\s"'\x60\\;,&#()\[\]{}<>$]{8,300}(?=[\s;,&#)\]}\\"'\x60]|$))`;

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
  'redis', 's3', 'bucket', 'invalid', 'wrong', 'bad', 'sync', 'registration', 'ssh_public',
]);
/** Name parts that mark the whole assignment as a decoy or as public. */
const DENY_ANYWHERE = new Set(['public', 'publishable', 'example', 'sample', 'dummy', 'fake', 'mock', 'placeholder']);
/** Words that only count as their own name part (`db_pass`, not `bypass`; `api_key`, not `monkey`). */
const NEEDS_EDGE = new Set(['key', 'pass', 'pwd', 'auth', 'authorization', 'credential', 'credentials']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass']);

const NAME_CHAR = /[A-Za-z0-9_.$-]/;
/** `a.b`, `a?.b`, `a!.b`, `A::b`, `a->b`: member access, i.e. code. */
const CODE_EXPR = /^[A-Za-z_$][\w$]*(?:(?:\??\.|!\.|::|->)[A-Za-z_$][\w$]*)+[!?]?$/;
/** Operators and prefixes that only appear in expressions, never inside a credential written unquoted. */
const EXPR_SYNTAX = /^[!@*&]|\?\.|\?\?|\|\||&&|=>|->|::/;
/** A declaration keyword before the name: `const token = …` is code, so the value must be quoted. */
const DECLARATION = /(?:^|[\s;{(])(?:const|let|var|val|final|def|fn|func|auto|static)\s+[\w$.]*$/;
const IDENT = /^[A-Za-z_$][\w$]*$/;
const DOTTED_IDENT = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const URL_OR_PATH = /^[a-z][a-z0-9+.-]*:\/\/|^(?:\.{1,2}|~)?\/(?:[a-z0-9_.-]+\/?)+$|^[A-Za-z]:\\|\.(?:pem|key|json|txt|ya?ml|env|crt|cer|p12|pfx|jks|ini|cfg|conf|toml|pub|gpg|asc|der)$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PROVIDER_PREFIX = new RegExp(`^(?:${PROVIDER_PREFIXES.join('|')})`);

/** `OPENAI_API_KEY` → [openai, api, key]; `apiKey` → [api, key]; `APIKey` → [api, key]. */
export function splitIdentifier(name: string): string[] {
  const parts: string[] = [];
  for (const chunk of name.split(/[^A-Za-z0-9]+/)) {
    for (const m of chunk.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g)) parts.push(m[0].toLowerCase());
  }
  return parts;
}

/**
 * True when every part of the value reads as a word (`AccessTokenValue`, `my-service-name`): names
 * and labels, not random strings. Random strings split into short, vowel-poor fragments.
 */
export function looksLikeWords(value: string): boolean {
  if (/\d/.test(value)) return false;
  const parts = value.split(/[^A-Za-z]+/).flatMap((chunk) => chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
  if (parts.length === 0) return false;
  let letters = 0;
  for (const part of parts) {
    letters += part.length;
    const vowels = part.replace(/[^aeiouyAEIOUY]/g, '').length;
    if (part.length < 2 || vowels === 0 || vowels / part.length < 0.2) return false;
  }
  return letters / parts.length >= 3;
}

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

function isSecretValue(value: string, word: string, quoted: boolean, codeStyle: boolean): boolean {
  if (DOTTED_IDENT.test(value) && (!quoted || !/\d/.test(value))) return false; // settings.SECRET_KEY, "auth.token.label"
  if (!quoted) {
    // Unquoted is fine in .env, YAML and INI, but in code it is an expression: a variable, a member, a negation.
    if (CODE_EXPR.test(value) || EXPR_SYNTAX.test(value)) return false;
    if (IDENT.test(value) && (codeStyle || looksLikeWords(value.replace(/\d+/g, '-')))) return false;
  }
  if (URL_OR_PATH.test(value) || EMAIL.test(value)) return false;
  if (PROVIDER_PREFIX.test(value)) return false; // a provider token its own detector did not accept: truncated or made up
  if (/^\d+$/.test(value)) return false; // ids, ports, phone numbers
  const classes = characterClasses(value);
  if (PASSWORD_WORDS.has(word)) {
    return value.length >= 8 && classes >= 2 && (classes >= 3 || value.length >= 10) && shannonEntropy(value) >= 2.5;
  }
  return value.length >= 12 && shannonEntropy(value) >= 3.0 && !looksLikeWords(value);
}

function verifyAssignment(secret: string, match: RegExpExecArray, text: string): boolean {
  const rawWord = match.groups?.['word'] ?? '';
  const word = rawWord.toLowerCase();
  let nameStart = match.index;
  while (nameStart > 0 && NAME_CHAR.test(text[nameStart - 1] ?? '')) nameStart--;
  const name = text.slice(nameStart, match.index + rawWord.length).replace(/^[$.]+/, '');
  if (!isSecretName(name, word)) return false;
  const quoted = match.groups?.['oq'] !== undefined;
  if (!quoted && DECLARATION.test(text.slice(Math.max(0, nameStart - 40), nameStart))) return false;
  const op = match.groups?.['op'] ?? '';
  // `token = value` with spaces is code (a variable); `TOKEN=value` is .env / shell / Dockerfile.
  const codeStyle = /^[ \t]+=|=[ \t]+$/.test(op) && !op.includes(':');
  return isSecretValue(secret, word, quoted, codeStyle);
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
        `export INTERNAL_API_KEY=${v('gen-8')}`,
        `  client_secret: ${v('gen-9', 40)}`,
        `  "access_token": "${rand('gen-10', 40, HEX)}",`,
        `webhook_secret = "${v('gen-11', 24)}"`,
        `ENV APP_SECRET=${v('gen-12')}`,
        `ARG DEPLOY_TOKEN=${v('gen-13')}`,
        'DB_PASSWORD=Tr0ub4dor!3horse',
        '  password: "k9#Lm2!xQv8Z"',
        `def connect(host: str, password: str = "Zq7!pR2m#Xw9") -> Conn:`,
        `os.environ["VENDOR_API_KEY"] = "${v('gen-14')}"`,
        `headers = {"Authorization": "Bearer ${v('gen-15', 40)}"}`,
        `Server=db01;Database=agents;User Id=svc;Password=Vb7!tq2LmZ9w;`,
      ],
      silent: [
        'password: str',
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
        '{ password: userPassword1, email }',
      ],
    },
  },
];
