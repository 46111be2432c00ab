import { characterClasses, shannonEntropy } from '../entropy.js';
import type { SecretDetector } from '../types.js';
import { LEFT, RIGHT } from './patterns.js';
import { passwordIsReal } from './password-checks.js';
import { ALNUM, B64, B64URL, b64url, pem, ppk, rand } from './sample-tokens.js';

/** Key material, bearer tokens and credentials embedded in URLs. */

// ---- PEM private keys -------------------------------------------------------------------------

/** Armor and PuTTY header lines (`Proc-Type: 4,ENCRYPTED`, `Comment: "…"`, `Private-Lines: 14`): metadata, not key material. */
const HEADER_LINE = /^[A-Za-z][\w-]*:(?:[ \t].*)?$/;
/** Words that mark a key block as documentation; long enough never to turn up in random base64. */
const KEY_BODY_MARKERS = /example|placeholder|redacted|sample|dummy|insert|replace|your[_-]?(?:private[_-]?)?key/i;

/**
 * The base64 of a key block: BEGIN/END markers, header lines, string escapes and the quotes,
 * commas, `+` and whitespace of a key written as a string literal in code all removed.
 */
function keyBody(secret: string): string {
  return secret
    .replace(/^-{4,5} ?BEGIN [^-]{1,60}-{4,5}|-{4,5} ?END [^-]{1,60}-{4,5}$/g, '')
    .split(/\\r\\n|\\n|\r?\n/)
    .map((line) => line.trim().replace(/^["'+]+|["',+)]+$/g, '').trim())
    .filter((line) => !HEADER_LINE.test(line))
    .join('')
    .replace(/["'+,\s]/g, '');
}

/**
 * A key block is real when its body is base64 with long runs and a random spread. Code between a
 * BEGIN and an END marker (a parser) is not mostly base64; an elided body (`...`, `<key>`), a
 * marker word or a long run of one character is documentation. The global placeholder check is
 * skipped for key blocks: a 1,600-character random body contains `xxxx` or `-tbd-`-like runs by chance.
 */
function keyBlockIsReal(secret: string): boolean {
  const body = keyBody(secret);
  if (body.length < 40 || !/[A-Za-z0-9+/]{40}/.test(body)) return false;
  if (body.replace(/[^A-Za-z0-9+/=]/g, '').length / body.length < 0.95) return false;
  if (/\.\.\.|…|[<>]/.test(body) || KEY_BODY_MARKERS.test(body) || /([^A])\1{9,}/.test(body)) return false;
  return shannonEntropy(body) >= 4.5;
}

// ---- JWT ----------------------------------------------------------------------------------------

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A signed JWT whose header really is a JOSE header. Unsigned (`alg: none`) tokens, Supabase `anon`
 * keys (public by design) and the well-known jwt.io demo token are not secrets.
 */
function isLiveJwt(secret: string): boolean {
  const [head, body] = secret.split('.');
  const header = decodeSegment(head ?? '');
  if (typeof header !== 'object' || header === null) return false;
  const alg = (header as Record<string, unknown>)['alg'];
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return false;
  const payload = decodeSegment(body ?? '');
  if (typeof payload !== 'object' || payload === null) return false;
  const claims = payload as Record<string, unknown>;
  if (claims['role'] === 'anon') return false;
  if (claims['sub'] === '1234567890' && claims['name'] === 'John Doe') return false;
  return true;
}

// ---- URLs with a password -----------------------------------------------------------------------

/**
 * A URL's password, judged like any password next to its user and host (see password-checks.ts);
 * `scheme://host:8080@...` is a port typed in the wrong place, not a password.
 */
function urlPasswordIsReal(_url: string, match: RegExpExecArray): boolean {
  const password = match.groups?.['pw'] ?? '';
  if (/^\d{1,5}$/.test(password)) return false;
  return passwordIsReal(password, match.groups?.['user'] ?? '', match.groups?.['host'] ?? '');
}

/**
 * For any-scheme URLs, documentation is the usual source (`https://a:b@host`, MDN's
 * `anonymous:flabada@`), so the password must also look like one: 6+ characters and two classes.
 */
function webUrlPasswordIsReal(url: string, match: RegExpExecArray): boolean {
  const password = match.groups?.['pw'] ?? '';
  if ((match.groups?.['user'] ?? '').toLowerCase() === 'anonymous') return false;
  if (password.length < 6 || (characterClasses(password) < 2 && password.length < 12)) return false;
  return urlPasswordIsReal(url, match);
}

/**
 * Both URL detectors start on a known scheme (a literal alternation V8 scans quickly, ~550 MB/s) and
 * report the whole URL, so the redaction can keep user and host and hide only the password.
 * Left edge as in patterns.ts: not inside a longer word, a notebook's `\n` escape allowed.
 */
const URL_LEFT = String.raw`(?<![\w+.-](?<!\\[nrt]))`;
const DB_SCHEMES =
  'postgres(?:ql)?|pgsql|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j|couchdb';
const WEB_SCHEMES =
  'https?|s?ftps?|ssh|git(?:\\+(?:https?|ssh))?|svn(?:\\+ssh)?|smtps?|imaps?|pop3s?|ldaps?|wss?|socks[45]h?|rtsp|nntp|webdavs?';
/** Userinfo and host after `://`; the password stops at `@`, `/`, quotes and a JSON escape. */
const userinfo = (minUser: number): string =>
  String.raw`(?<user>[^\s:@\/"'<>\\]{${minUser},64}):(?<pw>[^\s@\/"'<>\\,;]{1,128})@(?<host>[A-Za-z0-9._-]{1,253})(?::\d{1,5})?`;

const pw = (seed: string): string => rand(seed, 18, ALNUM);
/** An SSH.com key block: PEM-like, but four dashes and spaces around the label. */
const ssh2Key = (seed: string, length: number, ...headers: string[]): string =>
  [
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
    ...headers,
    ...pem(seed, 'KEY', length).split('\n').slice(1, -1),
    '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
  ].join('\n');
const jwtHeader = b64url('{"alg":"HS256","typ":"JWT"}');
const jwt = (payload: string, seed: string): string => `${jwtHeader}.${b64url(payload)}.${rand(seed, 43, B64URL)}`;

export const CRYPTO_AND_URL_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'private-key',
    title: 'Private key (PEM block)',
    description: 'A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted or PGP); whoever has it can sign, decrypt or log in as its owner.',
    // The body is anything but `-----` (a single `-` appears in Proc-Type and DEK-Info headers, PGP armor
    // headers hold any character), so an unterminated BEGIN stops at the next PEM boundary instead of
    // scanning 16 000 characters for an END; `keyBlockIsReal` then checks that the body is base64.
    regex:
      /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){40,16000}?-----END \k<kind>PRIVATE KEY(?: BLOCK)?-----/g,
    keywords: ['private key'],
    verify: keyBlockIsReal,
    ownPlaceholderCheck: true,
    remediation: 'Treat the key as compromised: revoke or replace it wherever it is trusted, and load keys from a secret store or KMS.',
    samples: {
      fire: [
        pem('pem-rsa', 'RSA PRIVATE KEY', 1600),
        pem('pem-openssh', 'OPENSSH PRIVATE KEY', 380),
        `SIGNING_KEY = "${pem('pem-pkcs8', 'PRIVATE KEY', 220, '\\n')}"`,
        pem('pem-ec', 'EC PRIVATE KEY', 160),
        pem('pem-enc', 'ENCRYPTED PRIVATE KEY', 900),
        pem('pem-pgp', 'PGP PRIVATE KEY BLOCK', 700),
        pem('pem-pgp-armor', 'PGP PRIVATE KEY BLOCK', 700).replace('-----\n', '-----\nVersion: GnuPG v2\nComment: Release signing <release@corp.internal>\n\n'),
        pem('pem-dsa', 'DSA PRIVATE KEY', 900).replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0F1E2D3C4B5A69788796A5B4C3D2E1F0\n\n'),
        `KEY = (\n    "${pem('pem-concat', 'RSA PRIVATE KEY', 640).split('\n').join('\\n"\n    "')}"\n)`,
      ],
      silent: [
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        pem('pem-public', 'PUBLIC KEY', 390),
        'if pem.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):',
        `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${rand('pem-elided', 40, B64)}...\n-----END PRIVATE KEY-----`,
        `-----BEGIN OPENSSH PRIVATE KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END OPENSSH PRIVATE KEY-----`,
        'if line == "-----BEGIN RSA PRIVATE KEY-----":\n    in_key = True  # collect body lines until the end marker appears\nelif line == "-----END RSA PRIVATE KEY-----":',
      ],
    },
  },
  {
    // https://tartarus.org/~simon/putty-snapshots/htmldoc/AppendixC.html (formats 2 and 3)
    id: 'putty-private-key',
    title: 'PuTTY private key (.ppk)',
    description: 'A PuTTY key file (PuTTY-User-Key-File-2/-3 with Private-Lines): the SSH private key that logs in wherever its public half is authorized.',
    regex: /PuTTY-User-Key-File-[23]: [^\r\n\\]{1,80}(?:[^P]|P(?!rivate-MAC:|uTTY-User-Key-File-)){40,20000}?Private-MAC:[ \t]?[0-9a-fA-F]{40,64}/g,
    keywords: ['putty-user-key-file-'],
    verify: (secret) => secret.includes('Private-Lines:') && keyBlockIsReal(secret),
    ownPlaceholderCheck: true,
    remediation: 'Remove the public key from every authorized_keys it was added to, generate a new key pair, and keep .ppk files out of the repository.',
    samples: {
      fire: [ppk('ppk-2', 2), ppk('ppk-3', 3, 'ssh-ed25519'), ppk('ppk-crlf', 2, 'ssh-rsa', '\r\n')],
      silent: [
        'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: <comment>\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: <mac>',
        'if header.startswith("PuTTY-User-Key-File-"):',
      ],
    },
  },
  {
    // The SSH.com / Tectia format PuTTYgen exports ("Export ssh.com key").
    id: 'ssh-com-private-key',
    title: 'SSH.com (SSH2) private key',
    description: 'An SSH.com-format private key block (---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----), as Tectia and PuTTYgen write it.',
    regex: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[^-]|-(?!---)){40,16000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----/g,
    keywords: ['begin ssh2 encrypted private key'],
    verify: keyBlockIsReal,
    ownPlaceholderCheck: true,
    remediation: 'Remove the public key from every authorized_keys it was added to, generate a new key pair, and keep key files out of the repository.',
    samples: {
      fire: [
        ssh2Key('ssh2-1', 900, 'Comment: "rsa-key-20240101"'),
        ssh2Key('ssh2-2', 700),
      ],
      silent: ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----', '---- BEGIN SSH2 PUBLIC KEY ----'],
    },
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    description: 'A signed JWT (header.payload.signature); until it expires it is a bearer credential for whatever the claims allow.',
    regex: new RegExp(`${LEFT}eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,1000}${RIGHT}`, 'g'),
    keywords: ['eyj'],
    minEntropy: 3.5,
    verify: isLiveJwt,
    remediation: 'Revoke the session or rotate the signing key that issued it; never commit tokens, fetch them at run time.',
    samples: {
      fire: [
        `Authorization: Bearer ${jwt('{"sub":"svc-agent-runner","scope":"tools:write","iat":1718000000,"exp":1900000000}', 'jwt-1')}`,
        `SUPABASE_SERVICE_ROLE_KEY=${jwt('{"iss":"supabase","ref":"qwhzkpbmtrvxnyac","role":"service_role","iat":1700000000,"exp":2015000000}', 'jwt-2')}`,
      ],
      silent: [
        `SUPABASE_ANON_KEY=${jwt('{"iss":"supabase","ref":"qwhzkpbmtrvxnyac","role":"anon","iat":1700000000,"exp":2015000000}', 'jwt-3')}`,
        `const demo = "${jwt('{"sub":"1234567890","name":"John Doe","iat":1516239022}', 'jwt-4')}";`,
        `partial = "${jwtHeader}.${b64url('{"sub":"42"}')}"`,
      ],
    },
  },
  {
    id: 'database-url-password',
    title: 'Database connection URL with a password',
    description: 'A database or broker URL (postgres, mysql, mongodb, redis, amqp, …) that carries its password inline.',
    regex: new RegExp(
      String.raw`${URL_LEFT}(?:${DB_SCHEMES})(?:\+[A-Za-z0-9]{1,20})?:\/\/${userinfo(0)}(?:\/[\w.-]{1,64})?`,
      'g',
    ),
    // Scheme-first regexes cost ~250 MB/s, so gate on the scheme as written in a URL (`mysql://`,
    // `postgresql+psycopg://`), not on the bare word that code mentions everywhere.
    keywords: [
      'postgres://', 'postgresql://', 'postgres+', 'postgresql+', 'pgsql://', 'mysql://', 'mysql+', 'mariadb://',
      'mariadb+', 'mongodb://', 'mongodb+', 'redis://', 'rediss://', 'redis+', 'amqp://', 'amqps://', 'mssql://',
      'mssql+', 'sqlserver://', 'cockroachdb://', 'cockroachdb+', 'clickhouse://', 'clickhouse+', 'neo4j://',
      'neo4j+', 'couchdb://',
    ],
    verify: urlPasswordIsReal,
    remediation: 'Change the database password, then build the URL at run time from DATABASE_URL or a secret manager.',
    samples: {
      fire: [
        `DATABASE_URL=postgresql://app_user:${pw('db-1')}@db.internal:5432/prod`,
        `engine = create_engine("mysql+pymysql://svc:${pw('db-2')}@mysql-primary.prod.internal/app")`,
        `MONGO_URI="mongodb+srv://api:${pw('db-3')}@cluster0.ab1cd.mongodb.net/agents?retryWrites=true"`,
        `REDIS_URL=redis://:${pw('db-4')}@cache.prod.internal:6379/0`,
        `  broker_url: amqp://worker:${pw('db-5')}@rabbit.prod.internal:5672/`,
      ],
      silent: [
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
        'DATABASE_URL=postgresql://user:${DB_PASSWORD}@db:5432/app',
        'url = "postgres://app@localhost/db"',
        'url = f"postgresql://{user}:{password}@{host}:{port}/{db}"',
        'MONGO_URI="mongodb+srv://<username>:<password>@cluster0.mongodb.net"',
        'REDIS_URL=redis://:redis@redis:6379/0',
      ],
    },
  },
  {
    id: 'basic-auth-url-password',
    title: 'URL with embedded credentials',
    description: 'A user:password@host URL over HTTP(S), git, FTP/SFTP, SSH, SMTP, IMAP, LDAP, WebSocket or SOCKS (proxies, package indexes, remotes).',
    regex: new RegExp(String.raw`${URL_LEFT}(?:${WEB_SCHEMES}):\/\/${userinfo(1)}`, 'g'),
    keywords: ['://'],
    verify: webUrlPasswordIsReal,
    fallback: true,
    remediation: 'Rotate the password or token, and pass credentials through a credential helper, netrc or environment variables.',
    samples: {
      fire: [
        `HTTPS_PROXY=http://proxyuser:${pw('url-1')}@proxy.corp.internal:3128`,
        `pip install --index-url https://deploy:${pw('url-2')}@pkgs.corp.internal/simple agent-tools`,
        `git remote add origin https://ci-bot:${pw('url-3')}@git.corp.internal/team/repo.git`,
      ],
      silent: [
        'git clone https://user@git.corp.internal/team/repo.git',
        'git remote add origin https://ci-bot:${GIT_TOKEN}@git.corp.internal/team/repo.git',
        'HTTP_PROXY=http://username:password@proxy:8080',
        'see http://localhost:8080/@admin for details',
      ],
    },
  },
];
