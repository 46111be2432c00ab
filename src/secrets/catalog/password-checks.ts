import { isCommonPassword, isPlaceholder } from '../placeholders.js';

/**
 * When a password written next to its user and host is a real credential: shared by the URL
 * detectors and the credential files (.netrc, .pgpass, .git-credentials, docker and npm auth).
 */

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

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  return LOCAL_HOSTS.has(h) || h.startsWith('127.') || h.endsWith('.local') || h.endsWith('.localhost');
}

/**
 * False for placeholders (`{password}`, `${DB_PASSWORD}`, `changeme`), hosts from documentation
 * (`host`, `db.example.com`) and the local-dev convention: a default password on a local or compose
 * host (`postgres:postgres@localhost`) is a throwaway container credential, not a leak. The same
 * password on any other host is reported.
 *
 * Sample passwords (`P@ssw0rd`, `pass123`) mark a tutorial wherever a password can appear, but not in
 * a tool's own credential file (`.netrc`, `.pgpass`, `.git-credentials`): that file exists only to
 * hold working credentials, so `inCredentialFile` reports weak ones too.
 */
export function passwordIsReal(password: string, user: string, host: string, inCredentialFile = false): boolean {
  if (password === '' || isPlaceholder(password)) return false;
  if (!inCredentialFile && isCommonPassword(password)) return false;
  const pw = password.toLowerCase();
  if (isLocalHost(host) && (DEFAULT_PASSWORDS.has(pw) || pw === user.toLowerCase())) return false;
  const h = host.toLowerCase();
  return !DOC_HOSTS.has(h) && !isPlaceholder(h);
}
