import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import type { PoolConfig } from 'pg';
import { CockpitError } from '../util/errors.js';
import { readRegularFileSync } from '../util/read-regular-file.js';

/**
 * A PostgreSQL store URL (`postgres://user:password@host:port/database?sslmode=…`) turned into a
 * node-postgres pool configuration, the way libpq reads it: URL first, then the PG* environment
 * variables, then libpq's defaults. The password is only ever in `config`; everything printable
 * goes through `label`.
 */

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof SSL_MODES)[number];

export interface StoreConnection {
  /** For `new pg.Pool()`: holds the password, never print it. */
  config: PoolConfig;
  /** `postgres://user:****@host:port/database`: safe for messages. */
  label: string;
  sslMode: SslMode;
}

const STORE_SCHEME = /^postgres(?:ql)?:\/\//i;
const DEFAULT_PORT = 5432;
const DEFAULT_CONNECT_TIMEOUT_S = 10;
const APPLICATION_NAME = 'agentops-cockpit';

export function isStoreUrl(value: string): boolean {
  return STORE_SCHEME.test(value);
}

/**
 * The URL with its password masked, for messages about a URL that may not even parse: the userinfo
 * password and a `password=` query parameter become `****`, the user name stays (it is no secret).
 */
export function redactStoreUrl(raw: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(raw)?.[0] ?? '';
  const rest = raw.slice(scheme.length);
  // The last '@' ends the userinfo even when an unencoded '@' or '/' sits inside the password;
  // when an '@' is really in a query value this masks too much, never too little.
  const at = rest.lastIndexOf('@');
  const colon = at < 0 ? -1 : rest.slice(0, at).indexOf(':');
  const masked = colon < 0 ? raw : `${scheme}${rest.slice(0, colon)}:****@${rest.slice(at + 1)}`;
  return masked.replace(/([?&]password=)[^&#]*/gi, '$1****');
}

function decode(text: string, what: string, shown: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new CockpitError(`${shown}: the ${what} is not valid percent-encoding`);
  }
}

function readPem(file: string, what: string): string {
  // Only a regular file, so a FIFO or a device given as a certificate fails at once instead of blocking.
  return readRegularFileSync(file, { shown: `${what} ${file}`, maxBytes: 1024 * 1024 });
}

interface TlsInputs {
  mode: SslMode;
  host: string;
  rootCert: string | undefined;
  cert: string | undefined;
  key: string | undefined;
  shown: string;
}

/**
 * libpq's sslmode on top of Node's TLS. `prefer`/`allow` try TLS without verification and fall back
 * to plain text when the server has no TLS (connection.ts does the fallback); `require` encrypts
 * without checking the certificate unless a root certificate is given (then it is `verify-ca`, as in
 * libpq); `verify-full` checks the chain and the host name, against `sslrootcert` or, without one,
 * Node's trusted CAs (`sslrootcert=system` says so explicitly).
 */
function tlsOptions(inputs: TlsInputs): false | ConnectionOptions {
  const { mode, rootCert } = inputs;
  // As in libpq: a Unix socket never speaks TLS, whatever sslmode says.
  if (mode === 'disable' || inputs.host.startsWith('/')) return false;
  const options: ConnectionOptions = {};
  if (inputs.cert) options.cert = readPem(inputs.cert, 'sslcert');
  if (inputs.key) options.key = readPem(inputs.key, 'sslkey');
  const ca = rootCert && rootCert !== 'system' ? readPem(rootCert, 'sslrootcert') : undefined;
  if (ca) options.ca = ca;
  if (mode === 'allow' || mode === 'prefer') return { ...options, rejectUnauthorized: false };
  if (mode === 'require' && !ca) return { ...options, rejectUnauthorized: false };
  if (mode === 'verify-ca' || mode === 'require') {
    if (!ca) throw new CockpitError(`${inputs.shown}: sslmode=verify-ca needs a root certificate (sslrootcert=FILE or PGSSLROOTCERT)`);
    // The chain is checked against the CA; the host name is not (that is verify-full).
    return { ...options, rejectUnauthorized: true, checkServerIdentity: () => undefined };
  }
  return { ...options, rejectUnauthorized: true, ...(isIP(inputs.host) === 0 && !inputs.host.startsWith('/') ? { servername: inputs.host } : {}) };
}

/** The URL and its host; `postgres://user@/db?host=/socket/dir` (user but no host) is valid for libpq, not for WHATWG. */
function parseUrl(raw: string, shown: string): { url: URL; hostname: string } {
  if (!isStoreUrl(raw)) throw new CockpitError(`${shown}: not a PostgreSQL URL (expected postgres://user@host:port/database)`);
  try {
    const url = new URL(raw);
    return { url, hostname: url.hostname };
  } catch {
    // Retry with a stand-in host where the authority ends in '@' (no host given).
  }
  try {
    if (/^[^?#]*@\//.test(raw.replace(STORE_SCHEME, ''))) return { url: new URL(raw.replace(/@\//, '@placeholder/')), hostname: '' };
  } catch {
    // Fall through to the message below.
  }
  throw new CockpitError(`${shown}: not a valid URL (percent-encode '@', ':' and '/' in the user name and password)`);
}

function positiveInteger(value: string, what: string, shown: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new CockpitError(`${shown}: ${what} '${value}' is not a positive whole number`);
  return number;
}

/** The URL as shown: user, host, port and database; never the password or query parameters. */
function connectionLabel(parts: { user: string; hasPassword: boolean; host: string; port: number; database: string }): string {
  const user = encodeURIComponent(parts.user);
  const userinfo = parts.hasPassword ? `${user}:****@` : `${user}@`;
  if (parts.host.startsWith('/')) return `postgres://${userinfo}/${encodeURIComponent(parts.database)}?host=${parts.host}&port=${parts.port}`;
  const host = isIP(parts.host) === 6 ? `[${parts.host}]` : parts.host;
  return `postgres://${userinfo}${host}:${parts.port}/${encodeURIComponent(parts.database)}`;
}

/**
 * Settings from the URL, then PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE,
 * PGSSLROOTCERT, PGSSLCERT, PGSSLKEY, PGCONNECT_TIMEOUT, PGAPPNAME, PGOPTIONS; query parameters `sslmode`,
 * `sslrootcert`, `sslcert`, `sslkey`, `connect_timeout`, `application_name`, `host`, `port`, `user`,
 * `password`, `dbname`, `options`, `channel_binding` are honoured, others are ignored (as their owners' drivers do).
 */
export function storeConnection(raw: string, env: NodeJS.ProcessEnv): StoreConnection {
  const shown = redactStoreUrl(raw);
  const { url, hostname: rawHostname } = parseUrl(raw, shown);
  const query = (name: string): string | undefined => url.searchParams.get(name) ?? undefined;
  const fromEnv = (name: string): string | undefined => (env[name] === '' ? undefined : env[name]);

  const hostname = decode(rawHostname, 'host', shown).replace(/^\[(.*)\]$/, '$1');
  if (hostname.includes(',')) throw new CockpitError(`${shown}: several hosts in one URL are not supported; name one host`);
  const host = hostname || query('host') || fromEnv('PGHOST') || 'localhost';
  const portText = url.port || query('port') || fromEnv('PGPORT');
  const port = portText === undefined ? DEFAULT_PORT : positiveInteger(portText, 'port', shown);
  const user = decode(url.username, 'user name', shown) || query('user') || fromEnv('PGUSER') || fromEnv('USER') || 'postgres';
  const password = decode(url.password, 'password', shown) || query('password') || fromEnv('PGPASSWORD');
  const database = decode(url.pathname.replace(/^\//, ''), 'database name', shown) || query('dbname') || fromEnv('PGDATABASE') || user;

  const rootCert = query('sslrootcert') ?? fromEnv('PGSSLROOTCERT');
  // libpq 16: sslrootcert=system without an sslmode means verify-full.
  const modeText = query('sslmode') ?? fromEnv('PGSSLMODE') ?? (rootCert === 'system' ? 'verify-full' : 'prefer');
  if (!(SSL_MODES as readonly string[]).includes(modeText)) throw new CockpitError(`${shown}: sslmode '${modeText}' is not one of ${SSL_MODES.join(', ')}`);
  const sslMode = modeText as SslMode;
  const ssl = tlsOptions({ mode: sslMode, host, rootCert, cert: query('sslcert') ?? fromEnv('PGSSLCERT'), key: query('sslkey') ?? fromEnv('PGSSLKEY'), shown });

  const timeoutText = query('connect_timeout') ?? fromEnv('PGCONNECT_TIMEOUT');
  const connectTimeoutS = timeoutText === undefined ? DEFAULT_CONNECT_TIMEOUT_S : positiveInteger(timeoutText, 'connect_timeout', shown);

  // `-c search_path=fleet` and friends, as libpq's `options`.
  const options = query('options') ?? fromEnv('PGOPTIONS');

  const config: PoolConfig = {
    host,
    port,
    user,
    database,
    ssl,
    application_name: query('application_name') ?? fromEnv('PGAPPNAME') ?? APPLICATION_NAME,
    connectionTimeoutMillis: connectTimeoutS * 1000,
    ...(options ? { options } : {}),
    ...(query('channel_binding') === 'require' ? { enableChannelBinding: true } : {}),
  };
  // Without a password pg still looks at ~/.pgpass (PGPASSFILE), like libpq.
  if (password) config.password = password;
  return { config, label: connectionLabel({ user, hasPassword: Boolean(password), host, port, database }), sslMode };
}
