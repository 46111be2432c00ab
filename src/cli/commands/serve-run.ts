import { spawn } from 'node:child_process';
import path from 'node:path';
import { resolveSettings } from '../../config/settings.js';
import { lakeFolderStore } from '../../server/fleet-store.js';
import { isLoopbackHost, MIN_TOKEN_LENGTH } from '../../server/security.js';
import { startServer, type RunningServer } from '../../server/server.js';
import { serveFromStore } from '../../store/serve-store.js';
import { isStoreUrl, redactStoreUrl } from '../../store/url.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { DEFAULT_LAKE, displayRoot, requireDirectory } from './common.js';
import { TOKEN_VARIABLE } from './serve.js';

export interface ServeFlags {
  config?: string;
  lake?: string;
  store?: string;
  workspace?: string;
  host?: string;
  port?: string;
  open?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65_535) throw new CockpitError(`--port: '${value}' is not a port number (0-65535; 0 picks a free one)`);
  return port;
}

/** The token for a non-loopback address (required there), and for loopback when the user set one. */
function serverToken(host: string, env: NodeJS.ProcessEnv): string | undefined {
  const token = env[TOKEN_VARIABLE];
  if (token === undefined || token === '') {
    if (isLoopbackHost(host)) return undefined;
    throw new CockpitError(`--host ${host}: serving beyond this machine needs a token; set ${TOKEN_VARIABLE} (clients send Authorization: Bearer <token>)`);
  }
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new CockpitError(`${TOKEN_VARIABLE}: use at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`);
  }
  return token;
}

/** Opens the dashboard in the desktop's browser; a headless machine simply has none. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the URL is printed anyway.
  }
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runServe(flags: ServeFlags, io: CliIo, stopped: () => Promise<void> = untilSignal): Promise<number> {
  const host = flags.host ?? '127.0.0.1';
  const port = parsePort(flags.port ?? '8080');
  const token = serverToken(host, io.env);
  const workspaceGiven = flags.workspace ?? '.';
  const workspaceRoot = path.resolve(io.cwd, workspaceGiven);
  await requireDirectory(workspaceRoot, workspaceGiven);
  if (flags.lake !== undefined && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; serve it with --store URL`);
  // A lake that does not exist yet is an empty fleet: the first audit (from the dashboard too) creates it.
  const lakeDir = flags.lake !== undefined ? path.resolve(io.cwd, flags.lake) : path.join(workspaceRoot, DEFAULT_LAKE);
  const settings = resolveSettings({ config: flags.config, cwd: io.cwd }, io.env);
  // --store: read the PostgreSQL fleet store; audits from the dashboard still write the lake, then are pushed.
  const database = flags.store !== undefined ? await serveFromStore(flags.store, io.env, { workspaceRoot, lakeDir, settings }) : undefined;
  const lakeLabel = database?.label ?? displayRoot(lakeDir, io.cwd);

  const server: RunningServer = await startServer({
    host,
    port,
    store: database?.store ?? lakeFolderStore(lakeDir),
    lakeDir,
    lakeLabel,
    ...(database ? { runAudit: database.runAudit } : {}),
    rootLabel: displayRoot(workspaceRoot, io.cwd),
    workspaceRoot,
    settings,
    ...(token !== undefined ? { token } : {}),
  }).catch(async (error: unknown) => {
    await database?.close();
    throw error;
  });
  io.stderr(`Serving the cockpit dashboard at ${server.url} (${database ? 'store' : 'lake'}: ${lakeLabel})\n`);
  if (flags.open !== false && io.stderrIsTty && !io.env['CI']) openBrowser(server.url);
  await stopped();
  await server.close();
  await database?.close();
  return 0;
}
