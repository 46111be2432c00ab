import pg from 'pg';
import { CockpitError } from '../../util/errors.js';
import { storeConnection, type StoreConnection } from '../url.js';
import { SchemaTooNewError } from './migrations.js';

/** An open pool and the label that names it in messages (password masked). */
export interface StorePool {
  pool: pg.Pool;
  label: string;
  close(): Promise<void>;
}

/** Network errors carry a code; Node's happy-eyeballs connect wraps several in an AggregateError. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? inner.map(errorCode).find((value) => value !== undefined) : undefined;
}

const TLS_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate not signed by a trusted CA',
  CERT_HAS_EXPIRED: 'certificate expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not name this host',
};

/** Why a connection failed, in a few words; never the password (pg's messages do not contain it, but be sure). */
export function connectFailure(error: unknown, connection: StoreConnection): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  let detail: string;
  if (code && TLS_CODES[code]) detail = `TLS: ${TLS_CODES[code]}; set sslrootcert=FILE or PGSSLROOTCERT to the server's CA`;
  else if (/does not support SSL/i.test(message)) detail = `the server does not offer TLS, but sslmode=${connection.sslMode} needs it`;
  else if (/timeout/i.test(message)) detail = `timed out after ${(connection.config.connectionTimeoutMillis ?? 0) / 1000} s`;
  else if (code && /^[A-Z][A-Z0-9_]+$/.test(code)) detail = message && !message.includes(code) ? `${code}: ${message}` : code;
  else detail = message || 'unknown error';
  if (typeof connection.config.password === 'string' && connection.config.password.length > 0) detail = detail.split(connection.config.password).join('****');
  return `${connection.label}: cannot connect (${detail})`;
}

async function probe(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  client.release();
}

/**
 * A lost connection must never be an unhandled 'error' event: that crashes the process with exit 1,
 * which CI reads as "secret found". The pool's own listener covers idle clients; a client checked out
 * with `pool.connect()` has none while in use, and pg emits 'error' on it even as the running query
 * fails. So every client gets a listener when it is created: the failed query (or the next one, on a
 * client no longer queryable) then carries the error to `storeError`, one line and exit 3.
 */
export function guardPool(pool: pg.Pool): void {
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
}

/**
 * Opens a pool and checks it with one connection, so an unreachable store is one clear line (exit 3)
 * before any work starts. sslmode prefer/allow retries without TLS when the server has none, as libpq does.
 */
export async function openStorePool(url: string, env: NodeJS.ProcessEnv, options: { max?: number } = {}): Promise<StorePool> {
  const connection = storeConnection(url, env);
  const create = (config: pg.PoolConfig) => {
    const pool = new pg.Pool({ ...config, max: options.max ?? 8, idleTimeoutMillis: 10_000 });
    guardPool(pool);
    return pool;
  };
  let pool = create(connection.config);
  try {
    await probe(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const fallback = (connection.sslMode === 'prefer' || connection.sslMode === 'allow') && error instanceof Error && /does not support SSL/i.test(error.message);
    if (!fallback) throw new CockpitError(connectFailure(error, connection));
    pool = create({ ...connection.config, ssl: false });
    try {
      await probe(pool);
    } catch (plainError) {
      await pool.end().catch(() => undefined);
      throw new CockpitError(connectFailure(plainError, connection));
    }
  }
  let closed = false;
  return {
    pool,
    label: connection.label,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

const LOST_CONNECTION = /Connection terminated|not queryable|terminating connection/i;
/** Socket errors, and the SQLSTATEs of a backend shut down or killed (57P01-57P03). */
const LOST_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', '57P01', '57P02', '57P03']);

/** Errors that mean "the database is not there right now" (down, restarting, unreachable, full), not "this query failed". */
export function isUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  if (LOST_CONNECTION.test(message) || /timeout|timed out/i.test(message)) return true;
  if (code === undefined) return false;
  // Class 08: connection exception; 53300: too many connections; 57P0x: shutting down, crashed, cannot connect now.
  return LOST_CONNECTION_CODES.has(code) || /^(08...|53300|57P0[1-4])$/.test(code) || ['ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(code);
}

/** A database error after connecting, as one line naming the store (SQLSTATE kept: it is what DBAs search for). */
export function storeError(label: string, error: unknown): CockpitError {
  // A lake file's own error names the file; a schema error is about this store, so it names the store.
  if (error instanceof SchemaTooNewError) return new CockpitError(`${label}: ${error.message}`);
  if (error instanceof CockpitError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  const code = errorCode(error);
  // The server went away mid-work (restart, crash, failover, a killed backend): say so first.
  if (LOST_CONNECTION.test(message) || (code !== undefined && LOST_CONNECTION_CODES.has(code))) {
    return new CockpitError(`${label}: lost the connection to the database (${message || code})`);
  }
  return new CockpitError(`${label}: ${message || 'unknown error'}${code && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : ''}`);
}

/** Runs `work` with an open store and always closes it; errors become one-line CockpitErrors. */
export async function withStore<T>(url: string, env: NodeJS.ProcessEnv, work: (store: StorePool) => Promise<T>): Promise<T> {
  const store = await openStorePool(url, env);
  try {
    return await work(store);
  } catch (error) {
    throw storeError(store.label, error);
  } finally {
    await store.close().catch(() => undefined);
  }
}
