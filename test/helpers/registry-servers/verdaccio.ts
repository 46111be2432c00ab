import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

import { basicAuthorization, htpasswdLine, randomPassword } from './credentials.js';
import { deprecateVersion, publishPackage, type NpmTestPackage } from './npm-publish.js';
import { LOOPBACK, onPort } from './ports.js';
import { logTail, spawnSupervised, waitUntilServing } from './supervised-process.js';

/**
 * `private`: every package needs a login; Verdaccio answers anonymous reads with 401 (it answers 403 only to a
 * logged-in user who lacks access, see @verdaccio/auth allow_action), like a private registry without a token.
 * `open`: anonymous reads allowed, the public mirror.
 */
type VerdaccioMode = 'private' | 'open';

export interface VerdaccioOptions {
  mode: VerdaccioMode;
  /** The user created in the htpasswd file; publishing needs it in both modes. Default `cockpit-ci`. */
  username?: string;
  /**
   * Private mode only: packages of this scope are readable by nobody, so the logged-in user gets 403 on them.
   * Default `@locked`.
   */
  lockedScope?: string;
  /** How long to wait for the first answer, in ms; default 15 000. */
  timeoutMs?: number;
  /** A fixed port instead of a free one (no retry); for tests of the port-collision path. */
  port?: number;
}

export interface VerdaccioHandle {
  mode: VerdaccioMode;
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  username: string;
  password: string;
  /** A bearer token for `username`, from a real login (`PUT /-/user/org.couchdb.user:<name>`). */
  token: string;
  /** Private mode: the scope the user may not read (403); undefined in open mode. */
  lockedScope: string | undefined;
  /** Temp folder with config.yaml, htpasswd, storage/ and the logs; removed by stop(). */
  folder: string;
  publish(pkg: NpmTestPackage): Promise<void>;
  deprecate(name: string, version: string, message: string): Promise<void>;
  stop(): Promise<void>;
}

const NOBODY_GROUP = 'cockpit-no-such-group';

function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
}

function packageRules(mode: VerdaccioMode, lockedScope: string): Record<string, Record<string, string>> {
  // No `proxy` key anywhere: no uplinks, so nothing ever leaves 127.0.0.1.
  const write = { publish: '$authenticated', unpublish: '$authenticated' };
  if (mode === 'open') return { '@*/*': { access: '$all', ...write }, '**': { access: '$all', ...write } };
  return {
    // Verdaccio takes the first pattern that matches, so the locked scope goes first.
    [`${lockedScope}/*`]: { access: NOBODY_GROUP, ...write },
    '@*/*': { access: '$authenticated', ...write },
    '**': { access: '$authenticated', ...write },
  };
}

function configYaml(folder: string, mode: VerdaccioMode, lockedScope: string): string {
  return stringify({
    storage: path.join(folder, 'storage'),
    // max_users -1 closes registration: the only account is the one written into htpasswd.
    auth: { htpasswd: { file: path.join(folder, 'htpasswd'), max_users: -1 } },
    uplinks: {},
    packages: packageRules(mode, lockedScope),
    web: { enable: false },
    middlewares: { audit: { enabled: false } },
    log: { type: 'file', path: path.join(folder, 'verdaccio.log'), level: 'warn' },
  });
}

/** Logs in the way `npm login` does against an existing account: Basic credentials, and a token comes back. */
async function login(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${encodeURIComponent(username)}`, url), {
    method: 'PUT',
    headers: { authorization: basicAuthorization(username, password), 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${username}`, name: username, password, type: 'user', roles: [] }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: unknown };
  if (response.status !== 201 || typeof body.token !== 'string') {
    throw new Error(`Verdaccio login as ${username} failed: HTTP ${response.status}`);
  }
  return body.token;
}

/** Starts one Verdaccio in a fresh temp folder on a free port of 127.0.0.1 and logs in. */
export async function startVerdaccio(options: VerdaccioOptions): Promise<VerdaccioHandle> {
  const username = options.username ?? 'cockpit-ci';
  const lockedScope = options.lockedScope ?? '@locked';
  const password = randomPassword();
  return onPort(options.port, async (port) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), `cockpit-verdaccio-${options.mode}-`));
    const configFile = path.join(folder, 'config.yaml');
    const processLog = path.join(folder, 'process.log');
    await mkdir(path.join(folder, 'storage'));
    await writeFile(path.join(folder, 'htpasswd'), htpasswdLine(username, password), { mode: 0o600 });
    await writeFile(configFile, configYaml(folder, options.mode, lockedScope));

    const env = { ...process.env };
    delete env['NODE_OPTIONS']; // the test runner's loaders have no business in the server
    const child = spawnSupervised({
      command: process.execPath,
      args: [verdaccioBin(), '--config', configFile, '--listen', `${LOOPBACK}:${port}`],
      cwd: folder,
      env,
      logFile: processLog,
    });
    const url = `http://${LOOPBACK}:${port}/`;
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= child.stop().then(() => rm(folder, { recursive: true, force: true }));
      return stopped;
    };
    try {
      await waitUntilServing({
        name: `Verdaccio (${options.mode})`,
        process: child,
        url: new URL('-/ping', url).href,
        port,
        logFiles: [processLog, path.join(folder, 'verdaccio.log')],
        secrets: [password],
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
      const token = await login(url, username, password).catch(async (error: unknown) => {
        throw new Error(`${(error as Error).message}\n${await logTail([processLog], [password])}`);
      });
      return {
        mode: options.mode,
        url,
        port,
        username,
        password,
        token,
        lockedScope: options.mode === 'private' ? lockedScope : undefined,
        folder,
        publish: (pkg) => publishPackage(url, token, pkg),
        deprecate: (name, version, message) => deprecateVersion(url, token, name, version, message),
        stop,
      };
    } catch (error) {
      await stop();
      throw error;
    }
  });
}
