import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { CockpitError } from '../util/errors.js';
import { createApp, type AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  /** `http://HOST:PORT/` with the real port. */
  url: string;
  port: number;
  /** Stops accepting connections, ends open ones (event streams included) and resolves when closed. */
  close(): Promise<void>;
}

/** `http://127.0.0.1:8080/`, `http://[::1]:8080/`. */
function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): CockpitError {
  if (error.code === 'EADDRINUSE') return new CockpitError(`--port ${port}: the address is already in use on ${host}`);
  if (error.code === 'EACCES') return new CockpitError(`--port ${port}: not allowed to listen on ${host}:${port} (try a port above 1023)`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new CockpitError(`--host ${host}: not an address of this machine`);
  return new CockpitError(`cannot listen on ${host}:${port} (${error.code ?? error.message})`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, options.host, options.port));
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: serverUrl(options.host, port),
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Event streams and keep-alive connections would hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
