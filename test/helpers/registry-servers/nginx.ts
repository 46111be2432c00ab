import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { htpasswdLine, randomPassword } from './credentials.js';
import { LOOPBACK, onPort } from './ports.js';
import { writePypiTree, type PypiProject } from './pypi-files.js';
import { spawnSupervised, waitUntilServing } from './supervised-process.js';

export const DEFAULT_NGINX = '/usr/sbin/nginx';

/** The three indexes one nginx serves, each under its own path prefix. */
export type PypiIndexKind = 'private' | 'denied' | 'open';
export const PYPI_INDEX_KINDS: readonly PypiIndexKind[] = ['private', 'denied', 'open'];

export interface PypiNginxOptions {
  /** The projects behind each index; an index left out serves an empty one. */
  projects: Partial<Record<PypiIndexKind, readonly PypiProject[]>>;
  /** Basic-auth user of the private index. Default `cockpit-ci`. */
  username?: string;
  nginxPath?: string;
  /** How long to wait for the first answer, in ms; default 15 000. */
  timeoutMs?: number;
  /** A fixed port instead of a free one (no retry); for tests of the port-collision path. */
  port?: number;
}

export interface PypiNginxHandle {
  /** `http://127.0.0.1:PORT/` */
  baseUrl: string;
  port: number;
  /** Simple index roots: `<baseUrl>private/simple/` (Basic auth), `denied/simple/` (always 403), `open/simple/`. */
  urls: Record<PypiIndexKind, string>;
  /** PyPI JSON API roots: `<baseUrl><kind>/pypi/`, so a project's document is `<root><name>/json`. */
  jsonApiUrls: Record<PypiIndexKind, string>;
  username: string;
  password: string;
  /** Temp folder with nginx.conf, htpasswd, www/, logs/; removed by stop(). */
  folder: string;
  stop(): Promise<void>;
}

/** Served identically under each prefix; the private and denied prefixes only add their access rules. */
function indexLocations(kind: PypiIndexKind): string {
  return `
      location /${kind}/simple/ {
        # PEP 691: the map below picks index.json for a JSON Accept header, index.html (PEP 503) otherwise.
        index $pypi_simple_index;
        types {
          text/html html;
          application/vnd.pypi.simple.v1+json json;
        }
        charset utf-8;
        add_header Vary Accept;
      }
      location /${kind}/pypi/ {
        types { }
        default_type application/json;
      }
      location /${kind}/packages/ {
        types { }
        default_type application/octet-stream;
      }`;
}

function nginxConf(folder: string, port: number, asRoot: boolean): string {
  const at = (...parts: string[]): string => path.join(folder, ...parts);
  return `# Generated for one test run; see test/helpers/registry-servers/nginx.ts.
${asRoot ? '# Workers would run as nobody, who cannot read a 0700 temp folder.\nuser root;' : ''}
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('logs', 'error.log')} warn;

events {
  worker_connections 128;
}

http {
  access_log ${at('logs', 'access.log')};
  # Every temp path inside the folder: the compiled-in /var/lib/nginx is not writable for a normal user.
  client_body_temp_path ${at('temp', 'body')};
  proxy_temp_path ${at('temp', 'proxy')};
  fastcgi_temp_path ${at('temp', 'fastcgi')};
  uwsgi_temp_path ${at('temp', 'uwsgi')};
  scgi_temp_path ${at('temp', 'scgi')};
  server_tokens off;
  default_type application/octet-stream;
  # PyPI 301-redirects /simple/<name> to /simple/<name>/; a relative Location keeps the client on 127.0.0.1:PORT.
  absolute_redirect off;

  map $http_accept $pypi_simple_index {
    default index.html;
    "~*application/vnd\\.pypi\\.simple\\.(v1|latest)\\+json" index.json;
  }

  server {
    listen ${LOOPBACK}:${port};
    root ${at('www')};

    location / {
      return 404;
    }

    location /private/ {
      auth_basic "cockpit private index";
      auth_basic_user_file ${at('htpasswd')};
${indexLocations('private')}
    }

    location /denied/ {
      deny all;
    }

    location /open/ {
${indexLocations('open')}
    }
  }
}
`;
}

async function assertNginxInstalled(nginxPath: string): Promise<void> {
  try {
    await access(nginxPath, constants.X_OK);
  } catch {
    throw new Error(`nginx not found at ${nginxPath}: install the Debian package (apt-get install nginx-light)`);
  }
}

/**
 * Starts nginx on a free port of 127.0.0.1 serving three PyPI-style indexes (simple API in both PEP 503 and
 * PEP 691 forms, the JSON API, and the distribution files) from a fresh temp folder.
 */
export async function startPypiNginx(options: PypiNginxOptions): Promise<PypiNginxHandle> {
  const nginxPath = options.nginxPath ?? DEFAULT_NGINX;
  await assertNginxInstalled(nginxPath);
  const username = options.username ?? 'cockpit-ci';
  const password = randomPassword();
  const asRoot = process.getuid?.() === 0;

  return onPort(options.port, async (port) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'cockpit-nginx-'));
    const confFile = path.join(folder, 'nginx.conf');
    const logs = path.join(folder, 'logs');
    await Promise.all([mkdir(logs), mkdir(path.join(folder, 'temp'))]);
    for (const kind of PYPI_INDEX_KINDS) await writePypiTree(path.join(folder, 'www', kind), options.projects[kind] ?? []);
    await writeFile(path.join(folder, 'htpasswd'), htpasswdLine(username, password, 'SSHA'), { mode: 0o600 });
    await writeFile(confFile, nginxConf(folder, port, asRoot));

    const child = spawnSupervised({
      command: nginxPath,
      // -e: the startup error log, before nginx has read error_log from the config.
      args: ['-p', folder, '-c', confFile, '-e', path.join(logs, 'error.log'), '-g', 'daemon off; master_process on;'],
      cwd: folder,
      logFile: path.join(logs, 'process.log'),
    });
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= child.stop().then(() => rm(folder, { recursive: true, force: true }));
      return stopped;
    };
    const baseUrl = `http://${LOOPBACK}:${port}/`;
    try {
      await waitUntilServing({
        name: 'nginx',
        process: child,
        url: `${baseUrl}open/simple/`,
        port,
        logFiles: [path.join(logs, 'process.log'), path.join(logs, 'error.log')],
        secrets: [password],
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
    } catch (error) {
      await stop();
      throw error;
    }
    const perKind = (suffix: string): Record<PypiIndexKind, string> => ({
      private: `${baseUrl}private/${suffix}`,
      denied: `${baseUrl}denied/${suffix}`,
      open: `${baseUrl}open/${suffix}`,
    });
    return { baseUrl, port, urls: perKind('simple/'), jsonApiUrls: perKind('pypi/'), username, password, folder, stop };
  });
}
