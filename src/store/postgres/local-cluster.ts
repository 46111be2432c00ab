import { execFile, spawn } from 'node:child_process';
import { appendFile, chmod, chown, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A throwaway PostgreSQL server on 127.0.0.1 for the tests and the store benchmark: `initdb` into a
 * temp folder, `pg_ctl start`, `pg_ctl stop`, folder removed. It uses the Debian `postgresql`
 * package's binaries and never touches a system cluster. PostgreSQL refuses to run as root, so as
 * root it runs as the `postgres` user the package creates. A small watchdog process stops the server
 * and removes the folder if the process that started it dies without calling stop().
 */

const run = promisify(execFile);

export interface LocalClusterOptions {
  /** Superuser name (default: cockpit). */
  user?: string;
  /** With a password, TCP connections need it (scram-sha-256); without, they are trusted. */
  password?: string;
  /** Serve TLS too, with a fresh self-signed certificate for 127.0.0.1 and localhost (its file is `caFile`). */
  tls?: boolean;
}

export interface LocalCluster {
  host: string;
  port: number;
  user: string;
  /** `postgres://user[:password]@127.0.0.1:port/database` */
  url(database?: string): string;
  /** The server's self-signed certificate, with `tls`. */
  caFile?: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL through psql as the superuser (over the socket, no password). */
  psql(sql: string, database?: string): Promise<string>;
  stop(): Promise<void>;
}

export class PostgresNotFoundError extends Error {
  constructor() {
    super('PostgreSQL not found: apt-get install postgresql');
    this.name = 'PostgresNotFoundError';
  }
}

/** initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin (Debian), else the PATH. */
export async function findPostgresBin(): Promise<string> {
  const debian = '/usr/lib/postgresql';
  let versions: string[] = [];
  try {
    versions = (await readdir(debian)).filter((name) => /^\d+(\.\d+)?$/.test(name)).sort((a, b) => Number(b) - Number(a));
  } catch {
    // Not Debian's layout.
  }
  for (const version of versions) {
    const bin = path.join(debian, version, 'bin');
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin;
  }
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  throw new PostgresNotFoundError();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const WATCHDOG = `
const { execFileSync } = require('node:child_process');
const { readFileSync, rmSync } = require('node:fs');
const [watched, dir, ...stop] = process.argv.slice(1);
const gone = () => {
  try { if (/^\\d+ \\(.*\\) Z/s.test(readFileSync('/proc/' + watched + '/stat', 'utf8'))) return true; } catch {}
  try { process.kill(Number(watched), 0); return false; } catch (error) { return error.code === 'ESRCH'; }
};
process.on('SIGTERM', () => process.exit(0));
setInterval(() => {
  if (!gone()) return;
  try { execFileSync(stop[0], stop.slice(1), { stdio: 'ignore', timeout: 20000 }); } catch {}
  try { rmSync(dir, { recursive: true, force: true }); } catch {}
  process.exit(0);
}, 300);
`;

export async function startLocalCluster(options: LocalClusterOptions = {}): Promise<LocalCluster> {
  const bin = await findPostgresBin();
  const user = options.user ?? 'cockpit';
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
      throw new Error('running as root needs the postgres user (apt-get install postgresql creates it)');
    });
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    owner = { uid: Number(stdout.trim()), gid: Number(group.trim()) };
    await chown(dir, owner.uid, owner.gid);
  }
  const give = async (file: string) => {
    if (owner) await chown(file, owner.uid, owner.gid);
  };
  // As root, every PostgreSQL binary runs as the postgres user.
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  const exec = async (tool: string, args: string[]) => {
    const [file, fullArgs] = command(tool, args);
    try {
      return await run(file, fullArgs, { cwd: dir, env: { ...process.env, LC_ALL: 'C', PGTZ: 'UTC' } });
    } catch (error) {
      const output = error as { stderr?: string; stdout?: string; message: string };
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`${tool} failed: ${(output.stderr || output.stdout || output.message).trim()}${log ? `\n${log.trim().split('\n').slice(-5).join('\n')}` : ''}`);
    }
  };

  const initArgs = ['-D', dataDir, '-U', user, '-E', 'UTF8', '--locale=C', '--no-sync', '--auth-local=trust'];
  if (options.password !== undefined) {
    const pwfile = path.join(dir, 'pwfile');
    await writeFile(pwfile, `${options.password}\n`, { mode: 0o600 });
    await give(pwfile);
    initArgs.push('--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  } else {
    initArgs.push('--auth-host=trust');
  }
  try {
    await exec('initdb', initArgs);
    if (options.password !== undefined) await rm(path.join(dir, 'pwfile'), { force: true });

    const serverOptions = `-k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    let caFile: string | undefined;
    if (options.tls) {
      caFile = path.join(dir, 'server.crt');
      const keyFile = path.join(dir, 'server.key');
      await run('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout', keyFile, '-out', caFile,
      ]);
      await chmod(keyFile, 0o600);
      await give(keyFile);
      await give(caFile);
      // In postgresql.conf, not on the command line: there ALTER SYSTEM (and tests) can still turn TLS off.
      await appendFile(path.join(dataDir, 'postgresql.conf'), `\nssl = on\nssl_cert_file = '${caFile}'\nssl_key_file = '${keyFile}'\n`);
    }

    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await exec('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', `${serverOptions} -p ${port}`, '-w', '-t', '30', 'start']);
        break;
      } catch (error) {
        // Another process took the port between the probe and the bind: once more on a fresh one.
        if (attempt >= 2 || !/could not bind|already in use/i.test(String(error))) throw error;
      }
    }

    const [stopFile, stopArgs] = command('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']);
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG, '--', String(process.pid), dir, stopFile, ...stopArgs], { detached: true, stdio: 'ignore' });
    watchdog.unref();

    const host = '127.0.0.1';
    const credentials = options.password !== undefined ? `${encodeURIComponent(user)}:${encodeURIComponent(options.password)}` : encodeURIComponent(user);
    const url = (database = 'postgres') => `postgres://${credentials}@${host}:${port}/${encodeURIComponent(database)}`;
    const psql = async (sql: string, database = 'postgres') =>
      (await exec('psql', ['-h', dir, '-p', String(port), '-U', user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-X', '-q', '-A', '-t', '-c', sql])).stdout;
    let stopping: Promise<void> | undefined;
    return {
      host,
      port,
      user,
      url,
      ...(caFile ? { caFile } : {}),
      async createDatabase(name) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name '${name}': use lower-case letters, digits and _`);
        await psql(`CREATE DATABASE ${name}`);
        return url(name);
      },
      psql,
      stop() {
        stopping ??= (async () => {
          try {
            await exec('pg_ctl', ['-D', dataDir, 'stop', '-m', 'fast', '-w']);
          } finally {
            if (watchdog.pid !== undefined) {
              try {
                process.kill(watchdog.pid, 'SIGTERM');
              } catch {
                // Already gone.
              }
            }
            await rm(dir, { recursive: true, force: true });
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await exec('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
