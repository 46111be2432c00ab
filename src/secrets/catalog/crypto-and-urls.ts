import { characterClasses } from '../entropy.js';
import { isCommonPassword, isPlaceholder } from '../placeholders.js';
import type { SecretDetector } from '../types.js';
import { LEFT, RIGHT } from './patterns.js';
import { ALNUM, B64URL, b64url, pem, rand } from './sample-tokens.js';

/** Key material, bearer tokens and credentials embedded in URLs. */

// ---- PEM private keys -------------------------------------------------------------------------

/** A real key body has long base64 runs; code between a BEGIN and an END header in a parser does not. */
function pemHasKeyBody(secret: string): boolean {
  return /[A-Za-z0-9+/]{40}/.test(secret);
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

/** Hosts that only exist on a developer machine or inside a compose network. */
const LOCAL_HOSTS = new Set([
  'localhost', '127.0.0.1', '0.0.0.0', 'host.docker.internal', 'db', 'database', 'postgres', 'postgresql', 'pg',
  'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'cache', 'rabbitmq', 'rabbit', 'amqp', 'broker', 'queue',
]);
/** Passwords that ship as defaults in docker images and tutorials. */
const DEFAULT_PASSWORDS = new Set([
  'password', 'postgres', 'root', 'admin', 'pass', 'secret', 'changeme', 'example', 'mysql', 'mariadb', 'redis',
  'guest', 'rabbitmq', 'mongo', 'mongodb', 'user', 'test', 'dev', 'development', 'local', 'docker', 'toor',
  '123456', 'password123', 'postgrespw',
]);
/** Hosts that are the word "host" in documentation, not a machine. */
const DOC_HOSTS = new Set(['host', 'hostname', 'server', 'myhost', 'your-host', 'dbhost', 'db_host', 'domain']);

/**
 * The local-dev convention: a default password on a local or compose host (`postgres:postgres@localhost`)
 * is a throwaway container credential, not a leak. The same password on any other host is reported.
 */
function urlPasswordIsReal(_url: string, match: RegExpExecArray): boolean {
  const password = match.groups?.['pw'] ?? '';
  if (isPlaceholder(password) || isCommonPassword(password)) return false; // `{password}`, `${DB_PASSWORD}`, `P@ssw0rd`
  const user = (match.groups?.['user'] ?? '').toLowerCase();
  const host = (match.groups?.['host'] ?? '').toLowerCase();
  const pw = password.toLowerCase();
  const local = LOCAL_HOSTS.has(host) || host.startsWith('127.') || host.endsWith('.local') || host.endsWith('.localhost');
  if (local && (DEFAULT_PASSWORDS.has(pw) || pw === user)) return false;
  if (DOC_HOSTS.has(host)) return false;
  // `scheme://host:8080@...` is a port typed in the wrong place, not a password.
  if (/^\d{1,5}$/.test(password)) return false;
  return true;
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
const jwtHeader = b64url('{"alg":"HS256","typ":"JWT"}');
const jwt = (payload: string, seed: string): string => `${jwtHeader}.${b64url(payload)}.${rand(seed, 43, B64URL)}`;

export const CRYPTO_AND_URL_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'private-key',
    title: 'Private key (PEM block)',
    description: 'A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted or PGP); whoever has it can sign, decrypt or log in as its owner.',
    // The body may hold `-` (Proc-Type, DEK-Info headers) but never `-----`, so an unterminated BEGIN
    // stops at the next PEM boundary instead of scanning 16 000 characters for an END.
    regex:
      /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,().'"+]|-(?!----)){40,16000}?-----END \k<kind>PRIVATE KEY(?: BLOCK)?-----/g,
    keywords: ['private key'],
    verify: pemHasKeyBody,
    remediation: 'Treat the key as compromised: revoke or replace it wherever it is trusted, and load keys from a secret store or KMS.',
    samples: {
      fire: [
        pem('pem-rsa', 'RSA PRIVATE KEY', 1600),
        pem('pem-openssh', 'OPENSSH PRIVATE KEY', 380),
        `SIGNING_KEY = "${pem('pem-pkcs8', 'PRIVATE KEY', 220, '\\n')}"`,
        pem('pem-ec', 'EC PRIVATE KEY', 160),
        pem('pem-enc', 'ENCRYPTED PRIVATE KEY', 900),
        pem('pem-pgp', 'PGP PRIVATE KEY BLOCK', 700),
      ],
      silent: [
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        pem('pem-public', 'PUBLIC KEY', 390),
        'if pem.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):',
      ],
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
